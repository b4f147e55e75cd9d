"""Reading the curated data files shipped in ``diplotext/data``."""

from diplotext.resources.loader import Table, load_lines, load_table, read_text

__all__ = ["Table", "load_lines", "load_table", "read_text"]
