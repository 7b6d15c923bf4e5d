"""Verdicts on fields: the name lexicon, value detection (Presidio and spaCy, behind the
`presidio` package, the only code that imports them), the fusion of both into one
FieldVerdict per field (`classify`), and the masking of evidence."""
