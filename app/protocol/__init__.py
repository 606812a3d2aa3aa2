"""The sync wire format, shared by the desktop app and the central office server."""
