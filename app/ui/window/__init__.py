"""The main window's rooms: its lists, tabs, menus, banner and status bar."""
