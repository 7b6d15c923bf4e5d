"""Shared document readers (csv, json, text, pdf, docx, gz ...)."""
