"""Unit tests of the runtime sources in templates/runtime, imported directly (see ``conftest``)."""
