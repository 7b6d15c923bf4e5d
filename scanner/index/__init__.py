"""The index: its tables and engine (`store`), subjects, identifiers and occurrences
(`inventory`), and the inventory report (`report`). Never a raw personal value."""
