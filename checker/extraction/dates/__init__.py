"""Rules for dates figures; the corpus beside them is their test and documentation."""
