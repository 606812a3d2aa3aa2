"""Fault injection for the reliability battery: things that go wrong on purpose."""
