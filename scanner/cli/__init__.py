"""The command line: one thin module per command group, the shared context, error
handling and options (`common`), progress display, and `pdmap init` (`setup`, `templates`)."""
