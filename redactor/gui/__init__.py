"""PySide6 desktop front end. Everything slow runs in ``workers`` off the UI thread."""
