"""Exceptions raised by provenance. Every message says the cause and, where there is one, the fix."""

from __future__ import annotations


class ProvenanceError(Exception):
    """Base class of every error this library raises on purpose."""


class InputError(ProvenanceError, ValueError):
    """A text or file cannot be used as input (binary, undecodable, missing, a directory...)."""


class ConfigError(ProvenanceError, ValueError):
    """A setting is out of range or names something that does not exist."""


class MissingModelError(ProvenanceError, RuntimeError):
    """The packaged embedding model or NLP model is not installed, or its weights do not verify."""


class ReportError(ProvenanceError, ValueError):
    """A saved report cannot be read back (wrong schema version, malformed JSON)."""
