"""The public API: check(), the verdict's shape, the decision rules and watched terms."""

from __future__ import annotations

import pytest

from moderation.checker import Finding, Note, Verdict, WatchedTerm, check
from moderation.checker.verdict import decide


def finding(concern: str, action: str = "hold") -> Finding:
    return Finding(concern, "house-think-before-you-post", "body", 0, 1, "x", "m", None, action)  # type: ignore[arg-type]


def test_no_findings_publish() -> None:
    assert decide([]) == "publish"


def test_a_return_finding_returns() -> None:
    assert decide([finding("spam", "return"), finding("personal-attack")]) == "return"


def test_safeguarding_always_holds_even_beside_a_return() -> None:
    assert (
        decide([finding("identifiable-information", "return"), finding("safeguarding")]) == "hold"
    )


def test_other_findings_hold() -> None:
    assert decide([finding("personal-attack")]) == "hold"


def test_it_publishes_clean_text_with_no_findings() -> None:
    verdict = check(kind="post", fields={"title": "A good week", "body": "The team were great."})
    assert isinstance(verdict, Verdict)
    assert verdict.decision == "publish"
    assert verdict.findings == [] and verdict.concerns == []


def test_findings_point_at_the_words_in_the_named_field() -> None:
    title = "Call me on 07700 900115"
    body = "Nothing much to say."
    verdict = check(kind="post", fields={"title": title, "body": body})
    [found] = verdict.findings
    assert found.field == "title"
    assert title[found.start : found.end] == found.excerpt == "07700 900115"
    assert found.message and found.suggestion


def test_concerns_are_ordered_with_safeguarding_first_and_deduplicated() -> None:
    verdict = check(
        kind="comment",
        fields={"body": "You idiot. I want to die. You're a moron and a fraud."},
    )
    assert verdict.concerns[0] == "safeguarding"
    assert len(verdict.concerns) == len(set(verdict.concerns))


def test_to_dict_has_the_contract_shape() -> None:
    verdict = check(kind="comment", fields={"body": "His NHS number is 943 476 5919."})
    data = verdict.to_dict()
    assert set(data) == {"decision", "concerns", "findings"}
    assert set(data["findings"][0]) >= {
        "concern",
        "principle",
        "field",
        "start",
        "end",
        "excerpt",
        "message",
    }
    extras = verdict.to_dict(extras=True)
    assert {"notes", "suggested_content_warning", "shows_crisis_contacts"} <= set(extras)


def test_notes_never_change_the_decision() -> None:
    verdict = check(kind="comment", fields={"body": "He committed suicide in 1998."})
    assert verdict.decision == "publish"
    assert all(isinstance(note, Note) for note in verdict.notes) and verdict.notes


def test_it_refuses_an_unknown_kind() -> None:
    with pytest.raises(ValueError):
        check(kind="page", fields={"body": "x"})


def test_missing_and_empty_fields_are_fine() -> None:
    assert check(kind="post", fields={"title": None, "body": ""}).decision == "publish"
    assert check(kind="comment", fields={}).decision == "publish"


def test_watched_terms_match_whole_words_case_insensitively_with_their_action() -> None:
    terms = (
        WatchedTerm("Ward 99", "hold", "confidential-information", "nmc-confidential-info"),
        WatchedTerm("snakeoil", "return", "spam", "house-no-advertising"),
    )
    held = check(
        kind="comment", fields={"body": "Rumours about WARD  99 again."}, watched_terms=terms
    )
    assert held.decision == "hold"
    assert held.findings[0].excerpt == "WARD  99"
    assert held.findings[0].principle == "nmc-confidential-info"
    returned = check(kind="comment", fields={"body": "Buy SnakeOil today"}, watched_terms=terms)
    assert returned.decision == "return"
    assert (
        check(kind="comment", fields={"body": "snakeoils"}, watched_terms=terms).decision
        == "publish"
    )
