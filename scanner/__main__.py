"""`python -m scanner` is `pdmap`."""

from scanner.cli import main

main()
