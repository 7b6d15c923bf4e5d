"""The vocabulary every layer shares: frozen types (`types`), the connector protocols,
the config and its JSON Schema, the category taxonomy, check findings, errors and exit codes.
The only part of scanner that connectors and exporters import, with `identifiers`; it imports
nothing else of pdmap."""
