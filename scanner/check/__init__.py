"""The CI gate: personal-data fields a git diff adds (`gitdiff`) checked against the data
map (`gate`)."""
