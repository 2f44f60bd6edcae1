"""Rules for percent figures; the corpus beside them is their test and documentation."""
