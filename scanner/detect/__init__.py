"""Verdicts on fields: the name lexicon, value detection (Presidio and spaCy, behind the
`presidio` package, the only code that imports them), what the sampled values show
(`values`), the fusion of all into one FieldVerdict per field (`classify`), and the masking
of evidence."""
