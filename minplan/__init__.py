"""Min plan: content models, loading, validation and the rules behind the pages.

Plain Python with no Streamlit imports, so that every rule can be tested
without a browser and reused by the command line check.
"""
