"""The same families in other words: a diagnosis after "who's got", a unique role with an
admission, a team dismissed as "the lot of them", a marking read off a document whose
contents are passed on, a member found at a café at lunchtime, "try taking two of your
...", "you sound bipolar". Each with near misses. Wordings are our own."""

from __future__ import annotations

import pytest
from checker_scoring import comment


@pytest.mark.parametrize(
    ("body", "concern"),
    [
        (
            "Massive well done to Colin, who's got bipolar disorder and just ran the 10k.",
            "identifiable-information",
        ),
        (
            "The only male midwife in Hexham got sectioned last month, it's all over town.",
            "identifiable-information",
        ),
        (
            "The home treatment team in Goole? Useless clowns, the lot of them.",
            "personal-attack",
        ),
        (
            "The memo says CONFIDENTIAL across the top, but here's what it says: the unit "
            "closes in May and nobody's been told.",
            "confidential-information",
        ),
        (
            "@wren_7 you're at the Costa on Bridge Street most lunchtimes, right? I'll find you.",
            "personal-details",
        ),
        ("Try taking two of your diazepam instead of one, it'll calm you right down.", None),
        ("honestly you sound really bipolar, get yourself checked", None),
    ],
)
def test_it_holds_the_family_in_other_words(body: str, concern: str | None) -> None:
    verdict = comment(body)
    assert verdict.decision == "hold", (body, verdict.findings)
    assert (concern or "clinical-advice") in verdict.concerns, (body, verdict.findings)


@pytest.mark.parametrize(
    "body",
    [
        "The only male midwife in Hexham retired last month, it's all over town.",
        "Our HCAs? Legends, the lot of them.",
        "I forgot my badge again. Idiot.",
        "Every trust email says confidential at the bottom, so don't worry about forwarding "
        "the rota.",
        "@wren_7 you're at the conference in York this week too? Come and say hello!",
        "I know I sound bipolar when I'm high, it's literally my diagnosis.",
        "You sound exhausted, please be kind to yourself tonight.",
        "The meeting was managers only, which annoyed everyone on the ward.",
    ],
)
def test_it_publishes_the_near_misses(body: str) -> None:
    verdict = comment(body)
    assert verdict.decision == "publish", (body, verdict.findings)
