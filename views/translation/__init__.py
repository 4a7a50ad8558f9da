"""The translation capability's page for staff (Oversettelser): how far each language has come, and where."""
