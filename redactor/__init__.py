"""Redactor: find and irreversibly mask personal data on label and receipt images."""

__version__ = "0.1.0"
