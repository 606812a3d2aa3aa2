"""The project's own figures: ``python -m benchmarks`` prints one JSON object."""
