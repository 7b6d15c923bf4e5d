"""Data shipped as package data: categories, lexicon, recognizers."""
