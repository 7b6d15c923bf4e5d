"""The embedded demo estate: a shop database, a mailbox and files with a known cast
(`estate`, `mail`, `values`)."""
