"""Identifiers of people: normalising a raw value (e-mail, phone, IBAN, card, name,
account), guarding against placeholders and role addresses, hashing with the index key
(`normalise`, `key`), and finding identifiers in free text (`text`). Pure functions, no I/O
beyond the key file; connectors and exporters may import them."""
