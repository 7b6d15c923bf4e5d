"""Generated estates whose truth is known row by row (tests and benchmarks share them)."""
