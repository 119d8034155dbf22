"""Fixtures shared by the checker's tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from checker_scoring import SILENT_MODEL

from moderation.checker import concern_models, risk_model


@pytest.fixture
def rules_only() -> Iterator[None]:
    """Neither learned reader: what the rules alone decide."""
    with risk_model.stand_in(SILENT_MODEL), concern_models.stand_in({}):
        yield
