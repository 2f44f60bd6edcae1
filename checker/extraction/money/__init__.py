"""Rules for money figures; the corpus beside them is their test and documentation."""
