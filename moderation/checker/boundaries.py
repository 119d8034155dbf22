"""Professional boundaries: invitations to private or personal-account contact aimed at
service users, and personal relationships with current or former service users or their
carers.

An invitation alone ("follow me for more OT posts") is fine; it becomes a finding with an
audience of service users, a personal channel or secrecy ("don't tell my manager"). A
relationship needs someone the writer cared for. Refusals and advice ("I declined and
replied through the team inbox") cancel the rest. Evidence is weighed with signals.py.
"""

from __future__ import annotations

from . import lexicon, signals
from .context import Document, FieldText
from .verdict import Finding, finding_from_message


def detect_field(ft: FieldText) -> list[Finding]:
    """Clusters of boundary evidence that reach the threshold."""
    threshold = int(lexicon.get("boundaries.threshold"))
    evidence = signals.gather(ft, signals.signal_set("boundaries.signals"))
    findings: list[Finding] = []
    for group in signals.clusters(ft, evidence, threshold):
        names = {item.spec.name for item in group if item.spec.weight > 0}
        relationship = {"service_user", "relationship"} <= names
        # An invitation needs something that makes it a boundary issue: an audience of
        # service users, a personal channel, or keeping it from the team.
        invitation = bool(names & {"invitation", "personal_channel"}) and (
            len(names & {"invitation", "personal_channel", "audience", "secrecy", "service_user"})
            >= 2
        )
        if not (relationship or invitation):
            continue
        kind = "relationship" if relationship else "invitation"
        lead = signals.lead(group)
        entry = lexicon.get(f"boundaries.messages.{kind}")
        findings.append(
            finding_from_message(
                ft.name,
                ft.text,
                lead.start,
                lead.end,
                concern="professional-boundaries",
                entry=entry,
                action="hold",
                rule=f"boundaries:{kind}",
            )
        )
    return findings


def detect(doc: Document) -> list[Finding]:
    """Run the boundaries check over every field."""
    return [finding for ft in doc.fields for finding in detect_field(ft)]
