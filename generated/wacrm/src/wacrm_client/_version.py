"""The package version: its release record's (codegen release), else the spec's info.version."""

__version__ = "2.0.0"
