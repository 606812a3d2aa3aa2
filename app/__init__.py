"""Thuisboek: the home book of family-style child-welfare homes."""
