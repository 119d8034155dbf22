"""Mechanisms found reading blind sets 6, 7 and 10, probed in our own words: a new dose named
as a target ("go up to 45"), one label swapped for another, "miracle" as a product's name
only, whose a contact detail is (an advert's, a relative's, an organisation's), and more
below. Each family has near misses that must publish."""

from __future__ import annotations

import pytest

from moderation.checker import check


def comment(body: str):
    return check(kind="comment", fields={"body": body})


def post(body: str, title: str = "A post"):
    return check(kind="post", fields={"title": title, "body": body})


# -- clinical advice: a target dose, split tablets, one label for another --------------------


@pytest.mark.parametrize(
    "body",
    [
        "@nightowl_88 20mg citalopram is nothing. Jump up to 40 from tomorrow, no need to "
        "wait for the clinic.",
        "Honestly just come down to 25mg of the quetiapine this week and see how you feel.",
        "@wren you could easily crush those lamotrigine tablets into yoghurt and skip one.",
        "@Dee_R from everything you've written you're obviously cyclothymic, not depressed.",
        "Have an extra 5mg of your diazepam before the tribunal, it'll take the edge off.",
    ],
)
def test_it_holds_a_new_dose_or_a_swapped_label_given_to_the_reader(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert "clinical-advice" in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "My psychiatrist wants me to come down to 25mg of quetiapine over the summer.",
        "I went up to 40mg of citalopram in March and the first fortnight was rough.",
        "Build up to 30 minutes of walking a day and your sleep will thank you.",
        "You're clearly knackered, not lazy, so please be kinder to yourself.",
        "I crush my tablets into yoghurt because I can't swallow them, my pharmacist said fine.",
    ],
)
def test_own_doses_other_targets_and_kind_words_publish(body: str) -> None:
    verdict = comment(body)
    assert "clinical-advice" not in verdict.concerns, (body, verdict.findings)


# -- spam: "miracle" sells only as a product's name --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "It wasn't a miracle, just a lot of small things: sleep, walks and a good CPN.",
        "Getting all six of them round one table for the review was a minor miracle.",
        "Therapy is no miracle, but it gave me words for what was going on.",
    ],
)
def test_miracle_in_everyday_speech_publishes(body: str) -> None:
    verdict = comment(body)
    assert "spam" not in verdict.concerns, (body, verdict.findings)


def test_a_miracle_product_still_counts_as_spam() -> None:
    verdict = comment(
        "Our miracle drops cure anxiety in a week, 100% natural, order at calmdrops.shop"
    )
    assert verdict.decision == "return"
    assert "spam" in verdict.concerns
