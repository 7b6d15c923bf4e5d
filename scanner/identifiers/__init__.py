"""Identifiers of people: normalising a raw value (e-mail, phone, IBAN, card, name,
account) and guarding against placeholders and role addresses (`normalise`), hashing with
the installation key (`hashing`, `key`), and finding identifiers in free text (`text`).
Pure functions, no I/O beyond the key file; connectors and exporters may import them."""
