"""Benchmarks of the generator and the generated clients (`make bench`); see BENCHMARKS.md."""
