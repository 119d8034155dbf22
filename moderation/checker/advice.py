"""Clinical advice: individual clinical direction given to a specific person.

A finding needs three things: a direction (stop, double, skip, give him one of your...) or
a diagnosis of the reader ("you've clearly got BPD"); a medicine, dose or test in view (for
directions); and a specific person — the reader of a comment, an @handle, a name. Own
experience, general information and "ask your GP" signposting are not findings.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon
from .context import Document, FieldText
from .verdict import Finding, finding_from_message

_ADDRESSEE = re.compile(
    r"\b(?:you|your|you['\u2019]re|you['\u2019]ve|you['\u2019]ll|you['\u2019]d|u|ur|yourself)\b|@\w+",
    re.I,
)


@cache
def _regexes() -> dict[str, lexicon.Regex]:
    return {
        "direction": lexicon.pattern_regex("advice.direction.patterns"),
        "diagnosis": lexicon.pattern_regex("advice.diagnosis.patterns"),
        "context": lexicon.pattern_regex("advice.context.patterns"),
        "signposting": lexicon.pattern_regex("advice.signposting.patterns"),
    }


def _addressed(ft: FieldText, start: int) -> bool:
    """True when the sentence speaks to someone (you, @handle) or is an order to them."""
    sentence_start, sentence_end = ft.sentence(start)
    if _ADDRESSEE.search(ft.text, sentence_start, sentence_end):
        return True
    # An imperative at the start of a sentence ("Skip the mirtazapine tonight").
    lead = ft.text[sentence_start:start].strip(" \t\n-\u2013\u2014:,@")
    return not lead or bool(
        re.fullmatch(r"(?:@\w+|honestly|just|seriously|mate|hun|so|and)?", lead, re.I)
    )


def _signposted(ft: FieldText, start: int) -> bool:
    sentence_start, sentence_end = ft.sentence(start)
    return _regexes()["signposting"].search(ft.text, sentence_start, sentence_end) is not None


# "If you're still groggy, you could halve ...": the condition is the reader's own state,
# and what follows it is a direction to them, not a general rule.
_READER_CONDITION = re.compile(
    r"^\s*(?:@\w+[,:]?\s+)?(?:honestly,?\s+|tbh,?\s+)?(?:if|when|once|whenever)\s+"
    r"(?:you|u|your|ur)\b[^.!?\n]{0,80}?(?:,\s*|\s+)(?:then\s+)?"
    r"(?:(?:you|u)\s+(?:could|should|can|might|need\s+to|ought\s+to|must)\s+"
    r"(?:just\s+|always\s+|easily\s+|safely\s+)?(?:try\s+)?|just\s+|i['\u2019]?d\s+(?:just\s+)?)?$",
    re.IGNORECASE,
)


def _generic(ft: FieldText, start: int, reply: bool) -> bool:
    """A hypothetical or generic clause, unless a reply conditions on its reader."""
    if not ft.hypothetical(start):
        return False
    if not reply:
        return True
    sentence_start, _ = ft.sentence(start)
    return not _READER_CONDITION.match(ft.text, sentence_start, start)


def detect_field(ft: FieldText, reply: bool = False) -> list[Finding]:
    """Directions and diagnoses aimed at a specific person (``reply``: a comment, which
    speaks to the person it answers)."""
    rx = _regexes()
    findings: list[Finding] = []
    for kind in ("direction", "diagnosis"):
        for match in rx[kind].finditer(ft.text):
            start, end = match.start(), match.end()
            if ft.in_quote(start, end) or ft.mentioned(start) or _generic(ft, start, reply):
                continue
            # A comma ends the negator's reach: "it isn't touching it, bump it to 100" is
            # an order after a remark, not a negated order.
            if ft.negated(start, short_reach=True) or ft.reported(start):
                continue
            if _signposted(ft, start):
                continue
            if not _addressed(ft, start):
                continue
            if kind == "direction":
                around_start, around_end = ft.around(start, 1, 0)
                if not rx["context"].search(ft.text, around_start, around_end):
                    continue
            entry = lexicon.get(f"advice.messages.{kind}")
            findings.append(
                finding_from_message(
                    ft.name,
                    ft.text,
                    start,
                    end,
                    concern="clinical-advice",
                    entry=entry,
                    action="hold",
                    rule=f"advice:{kind}",
                )
            )
    return findings


def detect(doc: Document) -> list[Finding]:
    """Run the clinical-advice check over every field."""
    reply = doc.kind == "comment"
    return [finding for ft in doc.fields for finding in detect_field(ft, reply)]
