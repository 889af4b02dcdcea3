"""Stage 5, format + write: rendered text onto disk without ever leaving a half-written package.

`tree.py` writes the files into a staging folder, formats them with one ruff run, and swaps the
folder into place atomically; it also compares two trees (`codegen check`).
"""
