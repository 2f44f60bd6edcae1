"""Text handling: reading article files exactly as they are on disk."""
