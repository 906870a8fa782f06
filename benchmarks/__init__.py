"""Benchmarks: speed, memory, load and fault scripts. Results in benchmarks/RESULTS.md."""
