"""Playing recordings beside texts, and the staff page that records them."""
