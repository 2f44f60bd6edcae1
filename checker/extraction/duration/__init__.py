"""Rules for duration figures; the corpus beside them is their test and documentation."""
