"""Clinical direction put as a combination, a target dose or an imperative with a quantity of
the reader's medicine, and diagnosis by "everything you've described"; selling to readers
("the balm I sell, message me for prices"). Wordings are our own; near misses publish."""

from __future__ import annotations

import pytest
from checker_scoring import comment


@pytest.mark.parametrize(
    "body",
    [
        "Try the melatonin alongside with your mirtazapine, knocks you right out.",
        "Honestly you should jump straight to 60mg, the GP is being too cautious.",
        "Pop three of your propranolol before the interview and you'll sail through.",
        "All of what you've written screams bipolar to me.",
    ],
)
def test_it_holds_individual_clinical_direction(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", body
    assert "clinical-advice" in verdict.concerns, body


@pytest.mark.parametrize(
    "body",
    [
        "My psychiatrist moved me up to 150mg in June and it took a month to settle.",
        "I take melatonin with my mirtazapine, but only because my GP checked it first.",
        "Everything you've described sounds exhausting; please tell your GP how bad it's got.",
    ],
)
def test_it_publishes_own_experience_and_signposting(body: str) -> None:
    verdict = comment(body)
    assert "clinical-advice" not in verdict.concerns, (body, verdict.findings)


def test_it_holds_selling_to_readers_by_message() -> None:
    verdict = comment(
        "The lavender sleep balm we make and sell has changed my nights. "
        "Message me for prices, mates rates for anyone on here."
    )
    assert verdict.decision == "hold"
    assert "spam" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        "Message me if you want the reading list from the course, happy to share it.",
        "The charity shop I volunteer at sells books for 50p, worth a look.",
    ],
)
def test_it_publishes_sharing_that_sells_nothing(body: str) -> None:
    verdict = comment(body)
    assert "spam" not in verdict.concerns, (body, verdict.findings)


def test_it_returns_links_whose_words_are_shopping_searches() -> None:
    verdict = comment(
        "Lovely read. Sorted my kit via [buy compression socks](https://socks.example.net), "
        "[discount fob watches](https://fobs.example.net) and "
        "[cheap lanyards uk](https://lanyards.example.net)."
    )
    assert verdict.decision == "return"
    assert "spam" in verdict.concerns


def test_it_publishes_one_plainly_named_link() -> None:
    verdict = comment(
        "The [carers' assessment guide](https://www.carersuk.org/help-and-advice) helped us."
    )
    assert "spam" not in verdict.concerns
