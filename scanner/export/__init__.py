"""Answering a person: resolving identifiers to subjects, reading the index (`reader`),
fetching their records from the sources (`wiring`) and writing the portability package
(`package`, through exporters.portability)."""
