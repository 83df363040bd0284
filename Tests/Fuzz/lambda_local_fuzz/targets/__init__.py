"""One module per port or parser; each has `run_case(rng, context)` returning None or a failure."""
