"""Things said to one reader: advice conditioned on their own state ("if you're still
groggy, you could halve ..."), "you should try doubling ...", and another member's workplace
with the times they are there. And adverts: HTML links whose words are a shopping search,
and a direction to every reader inside an obvious advert. Wordings are our own."""

from __future__ import annotations

import pytest
from checker_scoring import comment

from moderation.checker import check, concern_models

# -- advice to the person a reply answers --------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "If the tremor's still bad next week, you could just halve your lithium for a bit.",
        "When you get the brain zaps, just take an extra venlafaxine before bed.",
        "You should try doubling your mirtazapine, it's the only thing that gets me to sleep.",
        "Have you tried stopping the quetiapine for a few days? I did and felt loads better.",
        "@rowan_k why not try coming off the sertraline over Christmas and see?",
    ],
)
def test_it_holds_directions_to_the_reader(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "clinical-advice" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        # a general rule, signposted
        "If you miss a dose of sertraline, don't double up; your pharmacist can advise.",
        # someone else in the condition
        "If a patient misses a dose of lithium, the team would usually skip that one.",
        # the writer's own plan
        "I should try coming off the sertraline one day, maybe next summer.",
        # asking about talking to a prescriber
        "Have you tried talking to your GP about the side effects of the sertraline?",
        # the writer's own routine
        "When I get the brain zaps, I take my venlafaxine a bit earlier.",
    ],
)
def test_it_publishes_general_rules_signposting_and_own_experience(body: str) -> None:
    verdict = comment(body)
    assert "clinical-advice" not in verdict.concerns, (body, verdict.findings)


def test_a_post_to_everyone_with_a_condition_stays_general_to_the_rules() -> None:
    fields = {
        "title": "Side effects",
        "body": "If you're still groggy in the mornings, you could halve your "
        "mirtazapine; lots of people find that, so ask your prescriber.",
    }
    # The rules read it as general. The other concerns' learned readers (which read what
    # the rules let through) may still hold a dose change for a moderator to look at; they
    # never return it.
    with concern_models.stand_in({}):
        verdict = check(kind="post", fields=fields)
    assert "clinical-advice" not in verdict.concerns, verdict.findings
    assert check(kind="post", fields=fields).decision in ("publish", "hold")


# -- another member's workplace and hours --------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "@kestrel22 you work the deli counter at the big Morrisons in Bangor Saturday "
        "mornings, right? I'll come and say hello.",
        "@pip_ot you're on reception at Ashgrove Surgery most mornings, aren't you?",
    ],
)
def test_it_holds_a_members_workplace_and_times(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", verdict.findings
    assert "personal-details" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        # the writer's own job
        "I work the deli counter at the big Morrisons in Bangor Saturday mornings.",
        # a condition, nobody in particular
        "If you work at Morrisons on Saturday mornings you'll know how mad it gets.",
        # a workplace with no times
        "You work at Ashgrove Surgery too? Small world!",
    ],
)
def test_it_publishes_own_jobs_conditions_and_workplaces_without_times(body: str) -> None:
    verdict = comment(body)
    assert "personal-details" not in verdict.concerns, (body, verdict.findings)


# -- adverts -----------------------------------------------------------------------------------


def test_html_links_with_shopping_words_are_returned_as_spam() -> None:
    body = (
        "Great read. See also "
        '<a href="https://links.example.net/1">cheap counselling manchester</a>, '
        '<a href="https://links.example.net/2">best hypnotherapist near me</a> and '
        '<a href="https://links.example.net/3">buy anxiety tablets online</a>.'
    )
    verdict = comment(body)
    assert verdict.decision == "return"
    assert verdict.concerns == ["spam"]


def test_an_html_link_to_a_trusted_guide_publishes() -> None:
    verdict = comment(
        'Mind\'s page helped me: <a href="https://www.mind.org.uk/info">anxiety and panic</a>.'
    )
    assert verdict.decision == "publish", verdict.findings


def test_a_direction_inside_an_obvious_advert_is_part_of_the_advert() -> None:
    body = (
        "MIRACLE calm drops cure depression in 7 days, 100% natural, guaranteed! "
        "Stop taking your antidepressants and order now: https://drops.example.xyz/buy"
    )
    verdict = comment(body)
    assert verdict.decision == "return"
    assert verdict.concerns == ["spam"], verdict.findings


def test_the_same_direction_outside_an_advert_is_still_advice() -> None:
    verdict = comment("Stop taking your antidepressants, honestly, they did nothing for me.")
    assert "clinical-advice" in verdict.concerns
