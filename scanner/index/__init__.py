"""The index: every table (`schema`), the store and its scans (`store`), the key check
(`keycheck`), what readers are told of the scans (`health`), the subject inventory the link
passes write (`inventory`, with the SQLite fast path `childpages`), reading it for people
(`queries`), and the inventory report (`report`). Never a raw personal value."""
