"""The package version, from the spec's info.version."""

__version__ = "3"
