"""Detection's vocabulary as data (the TOML files here) and their loader."""
