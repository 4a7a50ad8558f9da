"""Download buttons and upload handling for the exchange formats (minplan/exchange), used by several pages."""
