"""Content: the schema, safe YAML reading, validation, loading, texts by language."""
