"""Streamlit views: one module per kind of page. Only these modules call st.*."""
