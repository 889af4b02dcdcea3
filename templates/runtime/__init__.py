"""The shared runtime of every generated package, importable here as the development package `runtime`.

Its unit tests import these modules directly, and ruff, mypy and pyright check them as source. The
generator copies every module except this `__init__` and the development `_constants.py` into each
package, beside a `_constants.py` rendered for that package (`generator/runtime_files.py`).
"""
