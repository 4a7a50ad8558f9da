"""The live class: codes, the tables, what is asked, and the store shared by every replica."""
