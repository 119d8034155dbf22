"""Fixtures for the guidance tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from guidance.content_files import DEFAULT_CONTENT_DIR, GuidanceContent, load_content
from guidance.loading import sync_content


@pytest.fixture(scope="session")
def shipped_content() -> GuidanceContent:
    """The content files as shipped in the repository."""
    return load_content()


@pytest.fixture
def guidance(db, shipped_content) -> GuidanceContent:
    """The shipped guidance, in the database.

    The data migration loads it into a fresh test database, but a test that flushes the
    database (transactional_db) empties it again, so load it if it is missing.
    """
    from guidance.models import Principle

    if not Principle.objects.exists():
        sync_content(shipped_content)
    return shipped_content


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A private, editable copy of the content folder."""
    target = tmp_path / "content"
    shutil.copytree(DEFAULT_CONTENT_DIR, target, ignore=shutil.ignore_patterns("checks"))
    return target
