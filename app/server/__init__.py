"""The central office server: FastAPI app, its own storage and the admin CLI (DESIGN.md §6).

It imports the domain and the wire schemas; nothing of the desktop app's UI,
storage or crypto.
"""
