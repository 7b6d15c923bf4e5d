"""pdmap's core: vocabulary, config, detection, verdicts, linking, index, engine, CLI."""

__version__ = "0.1.0"
