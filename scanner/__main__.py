"""`python -m scanner` is `pdmap`."""

from scanner.cli.main import main

# guarded, as multiprocessing asks of a main module (the link pass spawns workers).
if __name__ == "__main__":
    main()
