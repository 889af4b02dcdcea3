"""The package version: its release record's (codegen release), else the spec's info.version."""

__version__ = "3.0.0"
