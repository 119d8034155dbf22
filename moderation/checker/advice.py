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
from .context import OPENS_ON_HANDLE, Document, FieldText
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
    # A comment that opens on "@someone" goes on speaking to them for a sentence or two
    # ("@Frankie_B that dose sounds high. I'd ask … and just snap them in half").
    if OPENS_ON_HANDLE.match(ft.text) and ft.sentence_index(start) <= 2:
        return True
    # An imperative at the start of a sentence ("Skip the mirtazapine tonight"), or the
    # second of two joined by "and" ("Get a second opinion and push for clozapine").
    lead = ft.text[sentence_start:start].strip(" \t\n-\u2013\u2014:,@")
    return not lead or bool(
        re.fullmatch(r"(?:@\w+|honestly|just|seriously|mate|hun|so|and)?", lead, re.I)
        or _JOINED_ORDER.fullmatch(lead)
    )


# A first order joined to the one read: "get a second opinion and", "go back to your GP
# and then".
_JOINED_ORDER = re.compile(
    r"(?:@\w+[,:]?\s+)?(?:(?:honestly|seriously|mate|hun|just|so)[,]?\s+)?"
    r"(?:get|go|ask|tell|see|book|ring|call|try|demand|insist|request|write|email|push|find)\b"
    r"[^.!?\n,;]{0,60}?\s+(?:and|then|and\s+then)",
    re.IGNORECASE,
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


# "If he can't sleep tonight, just give him …", "if that doesn't work after a week put it
# up to 6mg": a condition on anyone, then an order in the imperative. The mood, not who the
# condition is about, makes it a direction ("if you're on lithium, you'll have bloods" is
# information, and so is "if it doesn't work they usually put it up").
_CONDITION_THEN_ORDER = re.compile(
    r"(?:^\s*|[,;:(\u2013\u2014-]\s*|\band\s+)(?:@\w+[,:]?\s+)?(?:(?:mate|hun|love|honestly|so)[,]?\s+)?"
    r"(?:if|when|once|whenever)\s+[^.!?\n]{3,80}?(?:,\s*|\s+)(?:then\s+)?(?:just\s+)?$",
    re.IGNORECASE,
)
_IMPERATIVE = re.compile(
    r"(?:give|take|double|halve|triple|put|go|drop|cut|stop|skip|start|try|up|bump|knock|bring|"
    r"increase|reduce|lower|raise|have|pop|crush|split)\b",
    re.IGNORECASE,
)


# A subject, a modal or a habit just before the verb makes it a statement, not an order:
# "if it doesn't work they usually put it up to 6mg". "He", "she" and "it" are not among
# them: the verbs read are in the base form, which a singular subject does not take, so
# "if the 20mg isn't touching it just take two" has "it" as an object and then an order.
_STATEMENT_BEFORE = re.compile(
    r"\b(?:i|you|u|we|they|who|which|that|usually|normally|often|always|sometimes|"
    r"generally|would|will|might|could|can|should|may|must|to|did|do|does|doctors?|gps?|"
    r"nurses?|teams?|psychiatrists?|consultants?)\s+(?:just\s+|then\s+)?$",
    re.IGNORECASE,
)


def _order_after_condition(ft: FieldText, start: int) -> bool:
    """True when the words at ``start`` are an order straight after an "if …" clause."""
    sentence_start, _ = ft.sentence(start)
    lead = ft.text[sentence_start:start]
    return bool(
        _IMPERATIVE.match(ft.text, start)
        and _CONDITION_THEN_ORDER.search(lead)
        and not _STATEMENT_BEFORE.search(lead)
    )


def _generic(ft: FieldText, start: int, reply: bool) -> bool:
    """A hypothetical or generic clause, unless a reply conditions on its reader or an
    order in the imperative follows the condition."""
    if not ft.hypothetical(start) or _order_after_condition(ft, start):
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
            # A negation inside the condition ("if he can't sleep tonight just give him
            # …") does not reach the order after it.
            negated = ft.negated(start, short_reach=True) and not _order_after_condition(ft, start)
            if negated or ft.reported(start):
                continue
            if _signposted(ft, start):
                continue
            if not (_addressed(ft, start) or _order_after_condition(ft, start)):
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
