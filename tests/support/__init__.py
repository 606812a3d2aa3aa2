"""What the tests and the benchmarks share for running the central office server:
a free loopback port, ``thuisboek-server serve`` in a subprocess, and a fresh
PostgreSQL database dropped afterwards. Nothing here imports pytest at import
time, so the benchmarks use it too."""
