"""Extraction: every figure in a text, with kind, value, qualifier and raw offsets."""
from .engine import extract, parse_figure

__all__ = ["extract", "parse_figure"]
