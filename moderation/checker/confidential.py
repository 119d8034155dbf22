"""Confidential information: marked or evidently confidential material being shared, NDAs
being broken, and complaints, investigations or disciplinaries about findable staff.

A marker counts when it labels what is being shared ("it's marked 'not for circulation'"),
not when someone talks about confidentiality ("'I can't talk to you, it's confidential' is
not what the law says"). The writer's own documents and own disciplinary are theirs to
share. Evidence is weighed with signals.py.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon, signals
from .context import Document, FieldText
from .verdict import Finding, finding_from_message


def _kind(group: list[signals.Evidence]) -> str:
    names = {item.spec.name for item in group if item.spec.weight > 0}
    if names & {"label", "quoted_label", "label_read"}:
        return "label"
    if "nda" in names:
        return "nda"
    if "staff_process" in names and "staff_target" in names:
        return "staff"
    return "label"


@cache
def _quoted_label() -> signals.SignalSpec:
    spec = dict(lexicon.get("confidential.signals.label"))
    spec.update(respect_quotes=False, weight=2)
    return signals.compile_signal("quoted_label", spec)


# The writer saying they may not tell ("not allowed to share this"), as against a bare
# "the truth is" or "but honestly", which the breaking signal also holds.
_FORBIDDEN = re.compile(
    r"\b(?:not|shouldn['\u2019]?t|should\s+not|can['\u2019]?t|cannot)\b", re.IGNORECASE
)


def _convincing(names: set[str], forbidden: bool = False) -> bool:
    """Which combinations of evidence make a confidentiality finding.

    A label on what is shared is enough; an NDA must be broken, not just signed; a staff
    process needs someone findable; a copied document, or one told while saying it may not
    be, needs to be one that isn't public.
    """
    return bool(
        "label" in names
        or ("nda" in names and names & {"breaking", "disclosure", "staff_process"})
        or {"staff_process", "staff_target"} <= names
        or {"disclosure", "restricted_document"} <= names
        or {"excerpt", "restricted_document"} <= names
        or {"excerpt", "label_read"} <= names
        # Told anyway from a record that is not public: "notes from the case conference,
        # which I'm not meant to repeat: ...".
        or {"breaking", "restricted_document"} <= names
        or {"unannounced", "org_change"} <= names
        # A change to the service told while saying it may not be: "technically not allowed
        # to share this, but the restructure paper says two wards are merging".
        or ({"breaking", "org_change"} <= names and forbidden)
        or {"unannounced", "disclosure"} <= names
        or {"disclosure", "quoted_label"} <= names
        or {"label_read", "disclosure"} <= names
        or {"label_read", "breaking"} <= names
    )


# Something not public yet: "before anything is published", "until it's announced",
# "the report will be published next month". Read in the few words before the counter.
_PENDING = re.compile(
    r"\b(?:before|until|till|prior\s+to|ahead\s+of|yet\s+to\s+be|due\s+to\s+be|will\s+be|"
    r"['\u2019]ll\s+be|would\s+be|['\u2019]d\s+be|is\s+to\s+be|going\s+to\s+be)\b[^.!?\n]{0,30}$",
    re.IGNORECASE,
)


#: How many sentences from a label "already public" may be and still cancel it.
_PUBLIC_REACH = 2


def _pending(ft: FieldText, item: signals.Evidence) -> bool:
    """True when a "public" counter is said of something not yet public."""
    sentence_start, _ = ft.sentence(item.start)
    return _PENDING.search(ft.text, max(sentence_start, item.start - 40), item.start) is not None


def detect_field(ft: FieldText) -> list[Finding]:
    """Clusters of confidentiality evidence that reach the threshold."""
    threshold = int(lexicon.get("confidential.threshold"))
    evidence = [
        item
        for item in signals.gather(ft, signals.signal_set("confidential.signals"))
        # Something not yet public does not cancel a label: "the Trust has ten days to
        # respond before anything is published".
        if not (item.spec.name == "public" and _pending(ft, item))
    ]
    # A marking on what is shared outweighs something public said of another thing
    # paragraphs away ("marked 'strictly confidential' ... the public consultation is based
    # on a story that isn't the whole story"): near the label, "it's on the website" still
    # cancels it.
    labels = [item.sentence for item in evidence if item.spec.name == "label"]
    if labels:
        evidence = [
            item
            for item in evidence
            if item.spec.name != "public"
            or any(abs(item.sentence - sentence) <= _PUBLIC_REACH for sentence in labels)
        ]
    if any(item.spec.name == "disclosure" for item in evidence):
        # "I'm pasting the email: 'Please do not discuss this until...'": when the writer
        # says they are copying something out, a label inside the quotation counts too.
        evidence += [
            item
            for item in signals.gather(ft, (_quoted_label(),))
            if ft.in_quote(item.start, item.end)
        ]
    findings: list[Finding] = []
    for group in signals.clusters(ft, evidence, threshold):
        kind = _kind(group)
        names = {item.spec.name for item in group if item.spec.weight > 0}
        forbidden = any(
            item.spec.name == "breaking" and _FORBIDDEN.search(ft.text, item.start, item.end)
            for item in group
        )
        if not _convincing(names, forbidden):
            continue
        lead = signals.lead(
            [item for item in group if item.spec.name not in ("staff_target", "breaking")] or group
        )
        entry = lexicon.get(f"confidential.messages.{kind}")
        findings.append(
            finding_from_message(
                ft.name,
                ft.text,
                lead.start,
                lead.end,
                concern="confidential-information",
                entry=entry,
                action="hold",
                rule=f"confidential:{kind}",
            )
        )
    return findings


def detect(doc: Document) -> list[Finding]:
    """Run the confidentiality check over every field."""
    return [finding for ft in doc.fields for finding in detect_field(ft)]
