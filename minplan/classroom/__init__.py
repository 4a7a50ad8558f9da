"""The live class: codes, the tables, what is asked, the store shared by every replica, limits on guessing, outages."""
