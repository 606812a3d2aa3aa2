"""Thuisboek: the home book of family-style child-welfare homes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("thuisboek")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
