"""The central office server: FastAPI app, its own storage and the admin CLI
(docs/architecture.md, "The central office server").

It imports the domain and the wire schemas; nothing of the desktop app's UI,
storage or crypto.
"""
