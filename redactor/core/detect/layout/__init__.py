"""Lines put together: rows, blocks, and each value paired with its label."""
