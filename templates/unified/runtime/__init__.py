"""The inbox runtime as a development package (mypy, pyright, unit tests); the generator copies its modules
into `convapi`, beside the rendered `_providers.py` and the generated `models.py`."""
