"""The checker: a submission's text in, a moderation verdict out.

Plain Python — no Django, no database, no request — so it can run on every keystroke
pause, in the ``moderate`` command and in tests alike::

    from moderation.checker import check

    verdict = check(kind="post", fields={"title": "...", "body": "..."})
    verdict.decision  # "publish" | "hold" | "return"

The vocabularies the detectors use live in guidance/content/checks/*.toml.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from . import (
    advice,
    boundaries,
    concern_models,
    conduct,
    confidential,
    gate,
    identifiers,
    people,
    phrases,
    risk_model,
    safeguarding,
    spam,
    watched,
)
from .context import Document
from .verdict import Finding, Note, Verdict, WatchedTerm, decide, order_findings

__all__ = ["Finding", "Note", "Verdict", "WatchedTerm", "check"]

KINDS = ("post", "comment")


def check(
    kind: str = "post",
    fields: Mapping[str, str | None] | None = None,
    watched_terms: Iterable[WatchedTerm] = (),
) -> Verdict:
    """Read a submission's fields and return the verdict.

    ``kind`` is "post" or "comment"; ``fields`` maps field names ("title", "body") to
    their text (None or missing fields are skipped); ``watched_terms`` are the moderators'
    own terms from the admin.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    clean = {name: text for name, text in (fields or {}).items() if isinstance(text, str) and text}
    doc = Document(kind, clean)

    findings: list[Finding] = []
    with gate.active(doc.text, [field.text for field in doc.fields]), phrases.cache():
        # Order matters: identifiers claim their digits before later detectors look.
        findings.extend(identifiers.detect(doc))
        findings.extend(people.detect(doc))
        findings.extend(confidential.detect(doc))
        findings.extend(conduct.detect(doc))
        findings.extend(boundaries.detect(doc))
        findings.extend(advice.detect(doc))
        findings.extend(spam.detect(doc))
        risk = safeguarding.assess(doc)
        findings.extend(risk.findings)
        findings.extend(watched.detect(doc, tuple(watched_terms)))
        if not findings:
            # Nothing the rules or the safeguarding reader would hold: the other concerns'
            # learned readers have a last look (they only ever hold, for a moderator). Still
            # inside the gates: the text they read, with its quotations left out, has no word
            # the submission lacks, so its spelling is read gated like the rest.
            findings.extend(concern_models.second_reading(doc))

    findings = _drop_spam_contact_details(findings)
    findings, guessed_risk = _returns_outrank_a_weak_guess(findings, doc)
    findings = order_findings(findings)
    concerns = {finding.concern for finding in findings}
    return Verdict(
        decision=decide(findings),
        findings=findings,
        notes=[*doc.notes, *risk.notes],
        suggested_content_warning=risk.content_warning if kind == "post" else None,
        shows_crisis_contacts=(
            "safeguarding" in concerns or risk.touches_first_person or guessed_risk
        ),
    )


def _returns_outrank_a_weak_guess(
    findings: list[Finding], doc: Document
) -> tuple[list[Finding], bool]:
    """A text the rules return (a third party's identifier, a slur, spam) whose only
    safeguarding finding is the learned reader's stays returned unless the reader is sure
    (its return threshold, well above the ordinary one), and says whether a guess was set
    aside. Across the labelled sets, the reader's guesses on returned texts at the ordinary
    threshold were mostly wrong, and each would send a text that must be revised to the
    moderators' queue; the ones it was sure of were real risks. The author of a set-aside
    guess still sees the crisis contacts at once, and the revised text is read again in
    full."""
    if not any(f.action == "return" for f in findings):
        return findings, False
    risk = [f for f in findings if f.concern == "safeguarding"]
    if not risk or any(f.rule != "safeguarding:model" for f in risk):
        return findings, False
    model = risk_model.current()
    if model is not None and model.fires([ft.text for ft in doc.fields], returned=True):
        return findings, False
    return [f for f in findings if f.concern != "safeguarding"], True


def _drop_spam_contact_details(findings: list[Finding]) -> list[Finding]:
    """In obvious spam, the spammer's own number or address is part of the advert, and so
    is a direction to every reader in the same field ("stop taking your pills and try
    X today"): the advert is the concern, not advice to one person. That holds when the
    advert speaks of its promoter in the third person too ("WhatsApp him on +234 …",
    "Dr Olumide the great herbalist cured me"): he is the seller, not a third party being
    identified."""
    spam_fields = {f.field for f in findings if f.concern == "spam" and f.action == "return"}
    if not spam_fields:
        return findings
    contact_rules = ("phone", "email", "address")
    return [
        f
        for f in findings
        if not (f.concern == "personal-details" and f.rule in contact_rules)
        and not (
            f.concern == "identifiable-information"
            and (f.rule in contact_rules or f.rule.startswith("name:"))
            and f.field in spam_fields
        )
        and not (f.rule == "advice:direction" and f.field in spam_fields)
    ]
