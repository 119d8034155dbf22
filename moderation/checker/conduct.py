"""Placeholder while the module is written."""

from .context import Document
from .verdict import Finding


def detect(doc: Document) -> list[Finding]:
    return []
