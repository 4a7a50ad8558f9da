"""Translations: which texts lack a support language, and whether each uses the glossary's word for a legal term."""
