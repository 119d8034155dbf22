"""Clinical advice: individual direction to a specific person, and diagnosing them."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check


@pytest.mark.parametrize(
    "body",
    [
        "@Jen stop taking your sertraline, you don't need it.",
        "Just double your quetiapine to 100mg tonight.",
        "@Mark a level of 1.3 is fine, you can skip next week's blood test.",
        "Give him one of your diazepam when he gets wound up.",
        "Reading your posts, you've clearly got BPD, not bipolar.",
        "You don't need therapy, you need lithium.",
        "If I were you I'd stop the lamotrigine straight away.",
    ],
)
def test_it_holds_individual_clinical_direction(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold"
    assert verdict.concerns == ["clinical-advice"]


@pytest.mark.parametrize(
    "body",
    [
        "I can't tell you what to do with your dose; please ring your GP or pharmacist.",
        "I came off sertraline over four months with my GP. Everyone's different.",
        "Anyone on clozapine has regular blood tests because of a small risk to white cells.",
        "Don't change your lithium without speaking to your prescriber first.",
        "I take 20mg citalopram and it took six weeks to help.",
    ],
)
def test_it_publishes_own_experience_general_information_and_signposting(body: str) -> None:
    assert comment(body).decision == "publish"


@pytest.mark.parametrize(
    "body",
    [
        "@Jo your daughter is clearly bipolar, the mood swings give it away.",
        "What you've described is classic OCD. Get your GP to put you on fluoxetine.",
        "@Raf that's a chest infection, give him the amoxicillin from the cupboard.",
    ],
)
def test_it_holds_diagnoses_of_the_reader_or_their_family_and_medicines_handed_on(
    body: str,
) -> None:
    verdict = check(kind="comment", fields={"body": body})
    assert verdict.decision == "hold", verdict.findings
    assert verdict.concerns == ["clinical-advice"]


@pytest.mark.parametrize(
    "body",
    [
        "That's a UTI I think, my mum had the same and the GP sorted her out with antibiotics.",
        "My son is autistic and school has been brilliant this year.",
        "Ask your GP to check your bloods if you're worried.",
    ],
)
def test_own_family_news_and_signposting_publish(body: str) -> None:
    assert check(kind="comment", fields={"body": body}).decision == "publish"
