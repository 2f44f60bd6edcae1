"""Extraction: every figure in a text, with kind, value, qualifier and raw offsets."""
from .engine import RULES, extract, parse_figure, reference_date

__all__ = ["RULES", "extract", "parse_figure", "reference_date"]
