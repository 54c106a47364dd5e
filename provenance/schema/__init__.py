"""The JSON Schema of provenance reports (package data)."""
