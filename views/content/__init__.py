"""Pages that show content as reference: the glossary."""
