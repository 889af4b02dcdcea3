"""The package version: its release record's (releases/convapi), else the first one, 0.1.0."""

__version__ = "0.1.0"
