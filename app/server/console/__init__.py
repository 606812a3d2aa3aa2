"""The office console: a browser interface to the central office server, under /office/."""
