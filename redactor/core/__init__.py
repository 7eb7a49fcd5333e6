"""Qt-free engine. The GUI and the CLI are thin front ends over this package."""
