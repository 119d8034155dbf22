"""Confidential processes about findable staff: a complaint aimed at a titled or named
person, a body still investigating, an incident report that blames a role everyone can
place. Wordings are our own; the writer's own complaint and public reports publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment


@pytest.mark.parametrize(
    "body",
    [
        "The complaint about Nurse Okonjo from bay 3's daughter, which HR are still "
        "investigating, says she mocked him.",
        "The serious incident panel's findings single out the night coordinator on Larch, "
        "and we all know who that is.",
    ],
)
def test_it_holds_processes_about_findable_staff(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", body
    assert "confidential-information" in verdict.concerns, body


@pytest.mark.parametrize(
    "body",
    [
        "I made a complaint about my own care last year and PALS were brilliant with me.",
        "The national review of inpatient deaths is out and it makes hard reading for all of us.",
    ],
)
def test_it_publishes_own_complaints_and_public_reports(body: str) -> None:
    verdict = comment(body)
    assert "confidential-information" not in verdict.concerns, (body, verdict.findings)
