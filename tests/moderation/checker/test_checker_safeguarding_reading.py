"""The context readings safeguarding leans on: how far a negation reaches past a comma, a
past marker that holds a recent one, and whose subject a possessive after a preposition is."""

from __future__ import annotations

from moderation.checker import check
from moderation.checker.context import FieldText


def test_a_comma_ends_a_negations_reach_when_asked() -> None:
    text = "haven't slept, want to die"
    ft = FieldText("body", text)
    assert ft.negated(text.index("want"))  # the default reading is unchanged
    assert not ft.negated(text.index("want"), short_reach=True)


def test_an_emphatic_repeat_carries_the_negation_past_its_comma() -> None:
    text = "I would never, ever hurt myself."
    ft = FieldText("body", text)
    assert ft.negated(text.index("hurt"), short_reach=True)


def test_a_negation_in_the_same_short_clause_still_counts() -> None:
    text = "Honestly, I'm not going to kill myself."
    ft = FieldText("body", text)
    assert ft.negated(text.index("kill"), short_reach=True)


def test_this_time_last_year_is_the_past_even_with_a_later_marker() -> None:
    text = "I was in hospital this time last year and now I'm home."
    ft = FieldText("body", text)
    assert ft.time(text.index("hospital"), text.index("hospital") + 8) == "past"


def test_a_recent_marker_outside_every_past_one_still_wins() -> None:
    text = "Clean since 2019 but I cut again last night."
    ft = FieldText("body", text)
    assert ft.time(text.index("cut"), text.index("cut") + 3) == "recent"


def test_cues_within_lists_every_match_inside_the_span() -> None:
    text = "Today I woke early. Yesterday too, and again this morning."
    ft = FieldText("body", text)
    second = ft.sentences[1]
    found = [text[s:e].lower() for s, e in ft.cues_within("recent", *second)]
    assert found == ["yesterday", "again", "this morning"]


def test_my_after_a_preposition_is_not_the_subject() -> None:
    verdict = check(
        kind="comment", fields={"body": "Sent a card to my son and set a date. I'm calm now."}
    )
    assert "safeguarding" in verdict.concerns


def test_my_relative_as_subject_is_still_someone_else() -> None:
    verdict = check(kind="comment", fields={"body": "My brother has a plan for the garden."})
    assert "safeguarding" not in verdict.concerns


def test_a_fresh_clause_after_a_comma_is_not_an_emphatic_repeat() -> None:
    text = "I'm not ok, honestly want to die"
    ft = FieldText("body", text)
    assert not ft.negated(text.index("want"), short_reach=True)


def test_because_ends_a_negations_reach_when_asked() -> None:
    text = "I haven't got any plans because I won't be here."
    ft = FieldText("body", text)
    assert not ft.negated(text.index("won't"), short_reach=True)
    assert ft.negated(text.index("plans"), short_reach=True)


def test_a_new_clause_with_its_own_subject_ends_a_negations_short_reach() -> None:
    text = "I don't drink and I want to die"
    ft = FieldText("body", text)
    assert ft.negated(text.index("want"))  # the default reading is unchanged
    assert not ft.negated(text.index("want"), short_reach=True)
    other = "I don't smoke or drink"
    assert FieldText("body", other).negated(other.index("drink"), short_reach=True)


def test_a_goodbye_in_someone_elses_quoted_words_speaks_of_their_risk() -> None:
    verdict = check(
        kind="comment",
        fields={
            "body": "Discharged a man with severe depression today. At the lift he said, \"Don't "
            "worry about me, it'll all be over by Christmas anyway.\" I can't settle."
        },
    )
    assert verdict.decision == "hold" and verdict.concerns[0] == "safeguarding"
    finding = next(f for f in verdict.findings if f.concern == "safeguarding")
    assert "someone who may be at risk" in finding.message


def test_short_paragraphs_count_the_breaks_before_each_sentence() -> None:
    from moderation.checker import safeguarding
    from moderation.checker.context import Document

    body = "\n\n".join(
        " ".join(f"Sentence {p}-{s} is here." for s in range(sentences))
        for p, sentences in enumerate([2, 9, 1, 3, 12, 4])
    )
    ft = Document("post", {"body": body}).fields[0]
    breaks = [m.start() for m in safeguarding._PARAGRAPH_BREAK.finditer(ft.text)]
    members: dict[int, list[int]] = {}
    for index, (start, _) in enumerate(ft.sentences):
        members.setdefault(sum(1 for b in breaks if b < start), []).append(index)
    expected = {
        index: number
        for number, indices in members.items()
        if len(indices) <= safeguarding.PARAGRAPH_SENTENCES
        for index in indices
    }
    assert safeguarding._short_paragraphs(ft) == expected
    assert expected and len(set(expected.values())) == 4
