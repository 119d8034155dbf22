"""Apostrophes are not quotation marks, a condition inside an aside does not govern the
sentence around it, and a pasted document told as sent to others carries its marking.
Wordings are our own."""

from __future__ import annotations

import pytest

from moderation.checker import check
from moderation.checker.context import FieldText, quote_spans


def quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_spans(text)]


# -- the quotation reader ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a clipped word opening, a plural possessive closing
        "I told 'em on Monday that the carers' rota was a mess.",
        "Back in the '80s the residents' lounge had an ashtray on every table.",
        "\u2018Tis a long story, but the nurses\u2019 station moved again.",
        "\u2018Cause honestly the doctors\u2019 mess is nicer than our ward.",
    ],
)
def test_apostrophes_do_not_pair_into_a_quotation(text: str) -> None:
    assert quoted(text) == []


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("She said 'we are all tired' and put the kettle on.", "we are all tired"),
        ("Mum's favourite line was 'nobody ever died of a cold cuppa'.", None),
        ("He kept saying 'I hate the doctors' and then went quiet.", "I hate the doctors"),
        ("The poster read \u2018the patients\u2019 voice matters\u2019 in big letters.", None),
        ("My family's advice was 'just rest' and it worked.", "just rest"),
    ],
)
def test_real_quotations_are_still_read(text: str, inner: str | None) -> None:
    spans = quoted(text)
    assert len(spans) == 1, spans
    if inner is not None:
        assert spans == [inner]


def test_a_finding_after_a_clipped_word_is_not_swallowed() -> None:
    verdict = check(
        kind="comment",
        fields={
            "body": "I told 'em straight: Sister Marsh on Larch is a useless idiot, and the "
            "patients' families agree with me."
        },
    )
    assert "personal-attack" in verdict.concerns, verdict.findings


def test_a_finding_inside_a_real_quotation_is_still_set_aside() -> None:
    verdict = check(
        kind="comment",
        fields={"body": "The training used the line 'you are a useless idiot' as a bad example."},
    )
    assert "personal-attack" not in verdict.concerns, verdict.findings


# -- asides -------------------------------------------------------------------------------------


def test_a_condition_inside_an_aside_does_not_govern_the_sentence() -> None:
    text = "The deputy \u2014 you'll guess who if you know the unit \u2014 was suspended last week."
    assert not FieldText("body", text).hypothetical(text.index("was suspended"))


@pytest.mark.parametrize(
    "text",
    [
        "If a nurse \u2014 any nurse at all \u2014 was suspended for that, I'd resign.",
        "If anyone asks, the deputy was suspended for a rota mix-up.",
    ],
)
def test_a_condition_that_opens_the_sentence_still_does(text: str) -> None:
    assert FieldText("body", text).hypothetical(text.index("was suspended"))


# -- confidentiality ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "So here's the memo our chief exec sent round to the team leads on Friday, marked "
        '"INTERNAL ONLY": \u201cThe day hospital will close at the end of March.\u201d',
        "You didn't get this from me, but the email the deputy director sent to service "
        "managers says \u201cdo not circulate: two wards merge in June\u201d.",
        "The senior sister \u2014 you'll know who if you work nights \u2014 was suspended on "
        "Tuesday and HR are investigating.",
    ],
)
def test_it_holds_marked_material_and_findable_staff_processes(body: str) -> None:
    verdict = check(kind="comment", fields={"body": body})
    assert verdict.decision == "hold", verdict.findings
    assert "confidential-information" in verdict.concerns


@pytest.mark.parametrize(
    "body",
    [
        # talking about marking things, nothing shared
        'Our trust marks far too much as "not for circulation" and it slows everyone down.',
        # an email sent to the writer about their own leave
        "The email my manager sent me about my annual leave was lovely, honestly.",
        # a hypothetical process, nobody findable
        "If a nurse is suspended, the union rep should be told the same day.",
    ],
)
def test_it_publishes_talk_about_confidentiality(body: str) -> None:
    verdict = check(kind="comment", fields={"body": body})
    assert "confidential-information" not in verdict.concerns, verdict.findings
