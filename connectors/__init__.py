"""One module per source family."""
