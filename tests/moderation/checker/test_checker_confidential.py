"""Confidential information: marked material, broken NDAs, staff processes."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check


@pytest.mark.parametrize(
    "body",
    [
        "From this morning's MDT (internal only, so don't pass it on): two beds are closing.",
        "I've seen the minutes. They're marked 'not for circulation' but here goes.",
        "This is strictly confidential, but the Trust is cutting twelve posts.",
        "Leaked memo from the director: no agency staff from Monday.",
        "I signed an NDA when I left, but honestly, sod it: the deputy director covered it up.",
        "Mark Dempsey, the ward manager on Cedar, is suspended while HR investigate.",
        "The only male band 6 on nights had a complaint upheld against him.",
        "Can't say too much because it's not been announced, but the team is being restructured.",
    ],
)
def test_it_holds_confidential_material(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert "confidential-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "Carers keep hearing \"I can't talk to you, it's confidential\" and that's wrong.",
        "Our trust publishes its board papers online every month.",
        "When I raised a concern last year the investigation took nine months.",
        "I'm on suspension pending an investigation and I'm terrified. Any advice?",
        "The envelope was marked private and confidential: it was my own discharge summary.",
        "Does anyone have a template confidentiality agreement for a peer group?",
    ],
)
def test_it_publishes_talk_about_confidentiality_and_the_writers_own_affairs(body: str) -> None:
    assert comment(body).decision == "publish"


@pytest.mark.parametrize(
    "body",
    [
        "Ward Sister Jan Polley has had four complaints from relatives this year, two gone to "
        "the ombudsman. Thought you should know.",
        "Dr Amis is under NMC investigation again, heard it straight from HR.",
        "I'm not supposed to say because of the NDA, but the settlement was £40k. "
        "Keep it between us.",
    ],
)
def test_it_holds_processes_about_findable_staff_and_broken_agreements(body: str) -> None:
    verdict = check(kind="comment", fields={"body": body})
    assert verdict.decision == "hold", verdict.findings
    assert verdict.concerns == ["confidential-information"]


@pytest.mark.parametrize(
    "body",
    [
        "My complaint about the ward has gone to PALS and I'm hoping for a meeting soon.",
        "Sarah Jones has had two complaints about parking from the neighbours, bless her.",
        "The service is under review this year, like every service in the trust.",
    ],
)
def test_own_complaints_everyday_complaints_and_reviews_publish(body: str) -> None:
    assert check(kind="comment", fields={"body": body}).decision == "publish"
