"""The detection plan's text steps, grouped by what they read (see detect/registry.py)."""
