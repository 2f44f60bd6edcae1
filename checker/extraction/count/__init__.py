"""Rules for count figures; the corpus beside them is their test and documentation."""
