"""Professional boundaries: invitations to private or personal-account contact aimed at
service users, and personal relationships with current or former service users or their
carers.

An invitation alone ("follow me for more OT posts") is fine; it becomes a finding with an
audience of service users, a personal channel or secrecy ("don't tell my manager"). A
relationship needs someone the writer cared for. Refusals and advice ("I declined and
replied through the team inbox") cancel the rest. Evidence is weighed with signals.py.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon, signals
from .context import Document, FieldText
from .verdict import Finding, finding_from_message


@cache
def _specs() -> tuple[tuple[signals.SignalSpec, ...], tuple[signals.SignalSpec, ...]]:
    """The boundary signals, with "group_member" set apart (read only when needed)."""
    specs = signals.signal_set("boundaries.signals")
    return (
        tuple(spec for spec in specs if spec.name != "group_member"),
        tuple(spec for spec in specs if spec.name == "group_member"),
    )


def _practitioner(ft: FieldText) -> bool:
    """True when the writer names themself as the one giving care or running the group."""
    return lexicon.pattern_regex("boundaries.practitioner.patterns").search(ft.text) is not None


# Someone carried on by pronoun: "he spent Christmas alone", "I lent him money", "we've
# been seeing each other" (the writer and them).
_CARRIED = re.compile(r"\b(?:he|him|his|she|her|they|them|their|we|us)\b", re.IGNORECASE)
_CARRY = 4  # sentences a person can be carried by pronoun


def _carried_relationship(
    ft: FieldText, evidence: list[signals.Evidence]
) -> list[signals.Evidence] | None:
    """The person the writer cares for and a relationship told a few sentences later, with
    the sentences between still about them ("One of the men I support has no family. Last
    Christmas he was alone. So I invited him to ours for Christmas dinner."): the clusters'
    one-sentence window loses them. One sentence between may be about something else ("The
    group finished in June.")."""
    people = [e for e in evidence if e.spec.name in ("service_user", "group_member")]
    relations = [e for e in evidence if e.spec.name == "relationship"]
    for person in people:
        for relation in relations:
            if not 1 < relation.sentence - person.sentence <= _CARRY:
                continue
            between = range(person.sentence + 1, relation.sentence + 1)
            unlinked = sum(not _CARRIED.search(ft.text, *ft.sentences[index]) for index in between)
            if unlinked <= 1:
                return [person, relation]
    return None


def _finding(ft: FieldText, group: list[signals.Evidence]) -> Finding | None:
    """A finding when a group of evidence makes a boundary issue, else None."""
    # "My personal mobile" is both an invitation phrase and a personal channel: the same
    # words are one piece of evidence, not two ("My personal email is … if anyone wants the
    # rota template" offers no one in care anything).
    channels = [item for item in group if item.spec.name == "personal_channel"]
    names = {
        item.spec.name
        for item in group
        if item.spec.weight > 0
        and not (
            item.spec.name == "invitation"
            and any(c.start < item.end and item.start < c.end for c in channels)
        )
    }
    if "group_member" in names:
        names.add("service_user")
    relationship = {"service_user", "relationship"} <= names
    # An invitation needs something that makes it a boundary issue: an audience of
    # service users, a personal channel, or keeping it from the team.
    invitation = bool(names & {"invitation", "personal_channel"}) and (
        len(names & {"invitation", "personal_channel", "audience", "secrecy", "service_user"}) >= 2
    )
    if not (relationship or invitation):
        return None
    kind = "relationship" if relationship else "invitation"
    lead = signals.lead(group)
    entry = lexicon.get(f"boundaries.messages.{kind}")
    return finding_from_message(
        ft.name,
        ft.text,
        lead.start,
        lead.end,
        concern="professional-boundaries",
        entry=entry,
        action="hold",
        rule=f"boundaries:{kind}",
    )


def detect_field(ft: FieldText) -> list[Finding]:
    """Clusters of boundary evidence that reach the threshold."""
    threshold = int(lexicon.get("boundaries.threshold"))
    main, group_member = _specs()
    evidence = signals.gather(ft, main)
    # Members of a group matter only beside a relationship, and only when the writer runs
    # the group: most texts have neither, so neither is looked for.
    if any(item.spec.name == "relationship" for item in evidence) and _practitioner(ft):
        evidence += signals.gather(ft, group_member)
    findings = [
        finding
        for group in signals.clusters(ft, evidence, threshold)
        if (finding := _finding(ft, group)) is not None
    ]
    carried = _carried_relationship(ft, evidence) or _kept_from_work(evidence)
    if carried and not any(f.rule == "boundaries:relationship" for f in findings):
        group = carried + [item for item in evidence if item.spec.window == "field"]
        finding = _finding(ft, group) if signals.score(group) >= threshold else None
        if finding is not None:
            findings.append(finding)
    return findings


def _kept_from_work(evidence: list[signals.Evidence]) -> list[signals.Evidence] | None:
    """Someone the writer cares for, a relationship and keeping it from the team, each
    anywhere in the text ("a young man I worked with ... we text most nights now ... I
    haven't mentioned it in supervision because I know what they'll say"): a long story
    spreads them wider than a pronoun carries, and the secrecy says what the relationship
    is. A refusal anywhere still cancels it (it is field-wide)."""
    first: dict[str, signals.Evidence] = {}
    for item in evidence:
        name = "service_user" if item.spec.name == "group_member" else item.spec.name
        first.setdefault(name, item)
    if not {"service_user", "relationship", "secrecy"} <= first.keys():
        return None
    return [first["service_user"], first["relationship"], first["secrecy"]]


def detect(doc: Document) -> list[Finding]:
    """Run the boundaries check over every field."""
    return [finding for ft in doc.fields for finding in detect_field(ft)]
