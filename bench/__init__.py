"""The benchmark harness: ``python -m bench`` (``make bench``); see BENCHMARKS.md."""
