"""Reading context: sentences, clauses, quotation, negation, reported speech, time."""

from __future__ import annotations

from moderation.checker.context import FieldText, split_sentences


def test_it_splits_sentences_but_not_after_titles_or_initials() -> None:
    text = "Dr. Okafor saw J.S. today. He was calm!\nNext line here"
    pieces = [text[start:end].strip() for start, end in split_sentences(text)]
    assert pieces == ["Dr. Okafor saw J.S. today.", "He was calm!", "Next line here"]


def test_it_finds_the_clause_after_but() -> None:
    text = "I don't want to hurt anybody but I keep thinking about it."
    ft = FieldText("body", text)
    start, _ = ft.clause(text.index("keep"))
    assert text[start:].lstrip().startswith("I keep")


def test_negation_reaches_a_few_words_back_in_the_same_clause() -> None:
    text = "I'm not going to hurt myself, but I can't stop thinking about it."
    ft = FieldText("body", text)
    assert ft.negated(text.index("hurt myself"))
    assert not ft.negated(text.index("thinking"))


def test_some_negators_belong_to_the_risk_itself() -> None:
    text = "I can't stop thinking about killing myself."
    ft = FieldText("body", text)
    assert not ft.negated(text.index("killing"))


def test_it_knows_what_is_inside_quotation_marks() -> None:
    text = 'The trainer said "I want to die" is a phrase to take seriously, and I agree.'
    ft = FieldText("body", text)
    assert ft.in_quote(text.index("I want"), text.index("die") + 3)
    assert not ft.in_quote(text.index("agree"), text.index("agree") + 5)


def test_it_reads_mention_and_hypothetical_frames() -> None:
    text = "The course covered phrases like wanting to die. If a patient says that, ask."
    ft = FieldText("body", text)
    assert ft.mentioned(text.index("wanting"))
    assert ft.hypothetical(text.index("says"))


def test_reported_speech_belongs_to_the_speaker_not_the_writer() -> None:
    text = "She said I want to die. I told my GP I have been struggling."
    ft = FieldText("body", text)
    assert ft.reported(text.index("I want"))
    assert not ft.reported(text.index("I have"))


def test_a_condition_is_not_reported_speech() -> None:
    text = "If my manager says one more word I'll lose it."
    ft = FieldText("body", text)
    assert not ft.reported(text.index("I'll"))


def test_it_tells_recent_from_past() -> None:
    text = "Back then I was self-harming most days. I cut myself again last night. I'm 37 now."
    ft = FieldText("body", text)
    assert ft.time(text.index("self-harming"), text.index("most")) == "past"
    assert ft.time(text.index("cut"), text.index("again")) == "recent"
