"""Rules for ordinal figures; the corpus beside them is their test and documentation."""
