"""The speed-ups must not change what is found.

Keyword gating and the word-start fast path (gate.py) skip work only when a pattern cannot
match; word-by-word phrase matching (phrases.py) must find what the phrase regex finds.
Property tests generate text from the vocabularies themselves, so that patterns do match.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation.checker import check, gate, lexicon, phrases, words

# Compile every vocabulary once (lazily compiled patterns appear on first use).
for _sample in (
    "I want to die. His NHS number is 943 476 5919. You idiot. DM me. Buy now www.x.biz",
    "Mr J on Ward 4 was sectioned; bed 6 last night. I'm 29, from a small village.",
):
    check(kind="post", fields={"title": "t", "body": _sample})


@contextmanager
def forced_fast_path() -> Iterator[None]:
    """Within the block the gate takes its fast path for every text: a ratio of 0 lets any
    number of candidates through, and a length of 0 stops short texts being skipped."""
    saved = gate.FAST_PATH_MIN_LENGTH, gate.FAST_PATH_RATIO
    gate.FAST_PATH_MIN_LENGTH, gate.FAST_PATH_RATIO = 0, 0
    try:
        yield
    finally:
        gate.FAST_PATH_MIN_LENGTH, gate.FAST_PATH_RATIO = saved


def _all_words() -> list[str]:
    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and len(node) < 60 and "\\" not in node:
            words.update(w.strip("*") for w in node.split() if w.strip("*"))

    walk(lexicon.data())
    return sorted(words)


WORDS = _all_words()
FILLER = ["the", "and", "I", "you", "he", "said", "a", "12", "07700", "900123", "Ward", "."]
TOKENS = st.sampled_from(WORDS + FILLER * 20)
SEPARATORS = st.sampled_from([" ", " ", " ", "  ", ", ", ". ", "\n", "'", "-", "! "])


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(TOKENS, SEPARATORS), min_size=5, max_size=60))
    return "".join(word + sep for word, sep in pieces)


def _gated_patterns() -> list[gate.Gated]:
    # type() rather than isinstance(): some objects in a Django process are lazy proxies
    # whose __class__ raises when touched.
    return [obj for obj in gc.get_objects() if type(obj) is gate.Gated]


def _phrase_sets() -> list[phrases.PhraseSet]:
    return [obj for obj in gc.get_objects() if type(obj) is phrases.PhraseSet]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_gating_and_the_fast_path_find_exactly_what_a_plain_scan_finds(text: str) -> None:
    patterns = _gated_patterns()
    assert len(patterns) > 50
    plain = [[m.span() for m in p.pattern.finditer(text)] for p in patterns]
    with gate.active(text):
        gated = [[m.span() for m in p.finditer(text)] for p in patterns]
    for pattern, expected, found in zip(patterns, plain, gated, strict=True):
        assert found == expected, pattern


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_word_by_word_phrases_agree_with_the_phrase_regex(text: str) -> None:
    for phrase_set in _phrase_sets():
        source_phrases = phrase_set.source_phrases
        regex = re.compile(
            r"(?<![\w@])" + lexicon.alternation(source_phrases) + r"(?![\w])", lexicon.FLAGS
        )
        found = [m.span() for m in phrase_set.finditer(text)]
        # Everything found word by word is a real occurrence of a phrase...
        for start, end in found:
            assert regex.fullmatch(text, start, end), (text[start:end], source_phrases[:5])
        # ...and every occurrence the regex sees starts inside something found.
        for match in regex.finditer(text):
            assert any(s <= match.start() < e for s, e in found), (match.group(), text)


def test_digit_first_rewrites_keep_the_meaning() -> None:
    for source in (
        r"\b\d{1,3}[- ]?(?:year|yr)s?[- ]?old\b",
        r"(?<![\w])\d{1,2}\s?(?-i:[MF])(?![\w])",
    ):
        rewritten = gate.digit_first(source)
        assert rewritten != source and rewritten.startswith(r"\d")
        for text in ("a 34-year-old man", "x34M", "34 M", "1234-year-old", "age 7yr old"):
            assert [m.span() for m in re.finditer(source, text, re.I)] == [
                m.span() for m in re.finditer(rewritten, text, re.I)
            ]


def test_split_top_level_respects_groups_classes_and_escapes() -> None:
    assert gate.split_top_level(r"(?:a|b)|c[|]d|\|x") == ["(?:a|b)", "c[|]d", r"\|x"]
    assert gate.split_top_level(r"(?P<n>a)|b") == [r"(?P<n>a)|b"]


def test_required_stems_come_from_words_that_must_appear() -> None:
    pattern = re.compile(r"\b(?:stop|quit)\s+taking\s+your\s+(?:sertraline|lithium)\b", re.I)
    stems = gate.required_stems(pattern)
    assert frozenset({"sert", "lith"}) in stems or frozenset({"taki"}) in stems
    assert gate.first_stems(pattern) == frozenset({"stop", "quit"})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), texts())
def test_the_word_start_fast_path_on_a_field_finds_what_a_plain_scan_finds(
    title: str, body: str
) -> None:
    # Force the fast path (a ratio of 0 lets any number of candidates through; the length
    # limit otherwise skips short texts) on the whole submission and on each field.
    body = (body + " ") * 3
    whole = f"{title}\n{body}"
    patterns = [p for p in _gated_patterns() if p.first is not None]
    assert len(patterns) > 50
    with forced_fast_path(), gate.active(whole):
        for text in (whole, body, title):
            for pattern in patterns:
                expected = [m.span() for m in pattern.pattern.finditer(text)]
                assert [m.span() for m in pattern.finditer(text)] == expected, pattern


def test_short_whole_words_are_looked_up_exactly_but_word_beginnings_are_not() -> None:
    def first(source: str) -> frozenset[str] | None:
        return gate.first_stems(re.compile(source, re.I), exact=True)

    assert first(r"\b(?:i|we)\s+live") == frozenset({"i" + gate.WHOLE, "we" + gate.WHOLE})
    # "i" then an optional apostrophe: the word "i" (of "i'm") or the word "im"
    assert first(r"\bi'?m\b") == frozenset({"i" + gate.WHOLE, "im" + gate.WHOLE})
    assert first(r"\b(?:ha)+\s") == frozenset({"ha"})  # "haha" repeats the run
    assert first(r"\bthe") == frozenset({"the"})  # "there" starts with it


def test_literal_gate_needs_one_literal_of_each_required_set() -> None:
    pattern = re.compile(r"(?<![\w@])(?:\w*fuck\w*|f\*\*\*ing)(?![\w])", re.I)
    assert gate.required_literals(pattern) == (frozenset({"fuck", "f***ing"}),)
    gated = gate.Gated(pattern)
    with gate.active("What a MOTHERFUCKING day"):
        assert [m.group() for m in gated.finditer("What a MOTHERFUCKING day")]
    with gate.active("A quiet day on the ward"):
        assert gated.search("A quiet day on the ward") is None


def test_case_folding_for_the_literal_gate_keeps_what_ignorecase_matches() -> None:
    # The Kelvin sign and the long s match "k" and "s" when case is ignored.
    assert gate.fold("FUC\u212a") == "fuck"
    assert gate.fold("\u017fhit") == "shit"


def test_first_stems_read_through_the_letters_the_parser_factors_out() -> None:
    # re's parser turns "shouting|swearing" into "s" + (houting|wearing): read on.
    def first(source: str) -> frozenset[str] | None:
        return gate.first_stems(re.compile(source, re.I), exact=True)

    assert first(r"\b(?:shouting|swearing|screaming)\s+at") == frozenset({"shou", "swea", "scre"})
    assert first(r"\b(?:mum|mother)['\u2019]s\b") == frozenset({"mum" + gate.WHOLE, "moth"})
    assert first(r"\bfantasi[sz]e") == frozenset({"fant"})
    assert first(r"\b(?:ha)+ppy") == frozenset({"ha"})  # "hahappy": the run repeats
    assert first(r"\b(?:one|two|\d+)\s+a\s+day") == frozenset(
        {"one" + gate.WHOLE, "two" + gate.WHOLE, gate.DIGIT}
    )
    assert first(gate.digit_first(r"\b\d{1,2}\s?(?:am|pm)\b")) == frozenset({gate.DIGIT})


def test_patterns_led_by_punctuation_start_in_the_gap_before_their_word() -> None:
    lead = [False]
    pattern = re.compile(r"(?:^|[.!?]\s*)typical\s+nurse", re.I)
    assert gate.first_stems(pattern, exact=True, lead=lead) == frozenset({"typi"})
    assert lead == [True]
    # Without a boundary the word could start inside another ("atypical").
    assert gate.first_stems(re.compile(r"\s*typical", re.I), lead=[False]) is None

    gated = gate.Gated(pattern)
    text = ("Typical nurse. Long day!  Typical nurse? atypical nurse. " * 12).strip()
    with forced_fast_path(), gate.active(text):
        found = [m.span() for m in gated.finditer(text)]
    assert found == [m.span() for m in pattern.finditer(text)]
    assert len(found) == 24


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_a_texts_words_are_its_runs_of_letters_and_digits(text: str) -> None:
    for sample in (text, text.upper(), "\u0130stanbul, _snake_case_ caf\u00e9 \u2019" + text):
        found = words.Words(sample)
        tokens = list(re.finditer(r"[^\W_]+", sample))
        assert found.starts == [m.start() for m in tokens]
        assert found.ends == [m.end() for m in tokens]
        assert found.words == [m.group().lower() for m in tokens]
        assert all(found.words[i] == word for word, at in found.where.items() for i in at)


def test_alternatives_that_start_with_a_rare_literal_are_found_where_it_occurs() -> None:
    def first(source: str) -> frozenset[str] | None:
        return gate.first_stems(re.compile(source, re.I), exact=True, lead=[False])

    assert first(r"(?:https?://|www\.)\S+") == frozenset(
        {gate.LITERAL + "http", gate.LITERAL + "www."}
    )
    assert first(r"(?:@\w+[,:]?\s+|\b)you\s+work") == frozenset(
        {gate.LITERAL + "@", "you" + gate.WHOLE}
    )
    # A look-behind for a space or comma puts the number at the start of a word.
    assert first(r"(?<=,\s)\d{1,2}(?=,)") == frozenset({gate.DIGIT})

    pattern = re.compile(r"(?:@\w+[,:]?\s+|\b)you\s+work", re.I)
    gated = gate.Gated(pattern)
    text = "@sam you work nights? You WORK days, @jo: you work, ex@you work " * 10
    with forced_fast_path(), gate.active(text):
        found = [m.span() for m in gated.finditer(text)]
    assert found == [m.span() for m in pattern.finditer(text)]
    assert len(found) == 40


def test_any_word_followed_by_an_apostrophe_is_found_from_the_apostrophes() -> None:
    source = r"\b(?:the\s+only|[a-z]+['\u2019]s\s+only)\s+nurse"
    lead = [False]
    first = gate.first_stems(re.compile(source, re.I), exact=True, lead=lead)
    assert first == frozenset({"the" + gate.WHOLE, gate.FOLLOWED + "'\u2019"})
    # Letters then "_" or a space are not "a word then a mark".
    assert gate.first_stems(re.compile(r"\b\w+'s", re.I), exact=True, lead=lead) is None
    assert gate.first_stems(re.compile(r"\b[a-z]*'s", re.I), exact=True, lead=lead) is None

    pattern = re.compile(source, re.I)
    gated = gate.Gated(pattern)
    text = "Ward 4\u2019s only nurse. the only nurse; x_y's only nurse, Sam's  only nurse " * 8
    with forced_fast_path(), gate.active(text):
        found = [m.span() for m in gated.finditer(text)]
    assert found == [m.span() for m in pattern.finditer(text)]
    assert len(found) == 16  # "the only nurse" and "Sam's  only nurse", eight times


def test_case_sensitive_capitals_are_found_from_the_words_that_start_with_one() -> None:
    source = r"\b(?:next\s+door|(?-i:[A-Z][a-z]+))(?:'s|\s+has)\s+got\s+(?:the|my)\s+key"
    first = gate.first_stems(re.compile(source, re.I), exact=True, lead=[False])
    assert first == frozenset({"next", gate.CAPITAL})
    # Ignoring case, [A-Z] is any letter: no capital to look for (any word before "'").
    assert gate.first_stems(re.compile(r"\b[A-Z][a-z]+'s", re.I), exact=True) == frozenset(
        {gate.FOLLOWED + "'"}
    )

    pattern = re.compile(source, re.I)
    gated = gate.Gated(pattern)
    text = (
        "Dave's got the key. dave's got my key, McKay has got the KEY; next door has got my key. "
        * 6
    )
    with forced_fast_path(), gate.active(text):
        found = [m.span() for m in gated.finditer(text)]
    assert found == [m.span() for m in pattern.finditer(text)]
    assert len(found) == 12  # "Dave's ..." and "next door ..."; not "dave's" or "McKay"


def test_word_pairs_are_the_first_word_and_the_head_of_the_second() -> None:
    pattern = re.compile(r"\b(?:the|our)\s+(?:only\s+)?(?:nurse|HCA|doctor)\b", re.I)
    assert gate.word_pairs(pattern) == frozenset(
        {
            "the only",
            "the nurs",
            "the hca",
            "the doct",
            "our only",
            "our nurs",
            "our hca",
            "our doct",
        }
    )
    # "it's" is the word "it", an apostrophe, the word "s"; without it, the word "its".
    assert gate.word_pairs(re.compile(r"\bit['\u2019]?s\s+textbook\b", re.I)) == frozenset(
        {"it s", "its text"}
    )
    # Unknowable second words, words that may run together, a short second word that may
    # go on ("hca" and more letters): no pairs.
    for source in (r"\bthe\s+\w+\s+only\b", r"\bthe\s*only\b", r"\bthe\s+hca\w*"):
        assert gate.word_pairs(re.compile(source, re.I)) is None, source


def _pair_gated() -> list[gate.Gated]:
    return [p for p in _gated_patterns() if p.pairs is not None]


@st.composite
def texts_with_pairs(draw: st.DrawFn) -> str:
    """Vocabulary text with some pattern's first two words in it (whole second words are
    made up from their heads, so that a match is possible but not certain)."""
    pairs = sorted(set().union(*(p.pairs for p in _pair_gated())))
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=1, max_size=8))
    endings = st.sampled_from(["", "s", "ing", "ed", "ly", "ship"])
    pieces = [
        # A head of STEM letters may go on; a shorter one is the whole word.
        f"{first} {head}{draw(endings) if len(head) == gate.STEM else ''}"
        for first, head in (pair.split(" ") for pair in chosen)
    ]
    filler = draw(st.lists(TOKENS, min_size=len(pieces), max_size=len(pieces)))
    return " ".join(f"{piece} {word}" for piece, word in zip(pieces, filler, strict=True))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts_with_pairs(), texts())
def test_the_word_pair_gate_finds_exactly_what_a_plain_scan_finds(paired: str, text: str) -> None:
    # Force the fast path on short texts too (it is what consults the pairs), and check
    # that the pair gate really decided: it closes for some patterns and not for others.
    patterns = _pair_gated()
    assert len(patterns) > 50
    whole = f"{paired}. {text}"
    with forced_fast_path(), gate.active(whole):
        index = gate.word_starts(whole)
        assert index is not None
        present = index.pairs()
        assert present is not None
        open_by_pairs = [not present.isdisjoint(p.pairs) for p in patterns]
        assert any(open_by_pairs) and not all(open_by_pairs)
        for pattern in patterns:
            expected = [m.span() for m in pattern.pattern.finditer(whole)]
            assert [m.span() for m in pattern.finditer(whole)] == expected, pattern


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), texts())
def test_a_short_field_gated_on_its_own_words_finds_what_a_plain_scan_finds(
    title: str, body: str
) -> None:
    # The fields as check() passes them, so that the title has word prefixes of its own.
    body = (body + " ") * 8
    whole = f"{title}\n{body}"
    patterns = _gated_patterns()
    sets = [obj for obj in gc.get_objects() if type(obj) is gate.GatedSet]
    texts_ = (title, body, whole)
    # Outside gate.active() nothing is gated: every part of a set is scanned.
    ungated = [
        [[m.span() for m in regex_set.finditer(text)] for regex_set in sets] for text in texts_
    ]
    with gate.active(whole, [title, body]):
        assert gate._field_prefixes(title) is not None
        for text, expected_sets in zip(texts_, ungated, strict=True):
            for pattern in patterns:
                expected = [m.span() for m in pattern.pattern.finditer(text)]
                assert [m.span() for m in pattern.finditer(text)] == expected, pattern
                assert bool(pattern.search(text)) == bool(expected), pattern
            for regex_set, expected in zip(sets, expected_sets, strict=True):
                assert [m.span() for m in regex_set.finditer(text)] == expected, regex_set.pattern


# ASCII digits and letters, and characters a digit scan could trip on: an Arabic-Indic
# three (a decimal digit to "\\d"), superscript two and one half (numbers, not decimal).
DIGIT_TEXT = st.text(
    alphabet=st.sampled_from([*"0123456789 \t\n,.-_abAB", "\u0663", "\u00b2", "\u00bd", "\u00e9"]),
    max_size=80,
)


@settings(max_examples=60, deadline=None)
@given(DIGIT_TEXT)
def test_digit_led_anchors_find_what_a_plain_scan_finds(text: str) -> None:
    # Split the text first, as check() does, so that the digits come from its words (the
    # path being tested) rather than the plain scan DigitLed falls back to.
    anchors = [obj for obj in gc.get_objects() if type(obj) is gate.DigitLed]
    assert len(anchors) >= 5
    with words.active():
        found = words.of(text)
        assert words.cached(text) is found
        for anchor in anchors:
            expected = [m.span() for m in anchor.pattern.finditer(text)]
            assert [m.span() for m in anchor.finditer(text)] == expected, anchor.pattern


WORDS_AND_MARKS = ["I", "said", "it's", "'em", "the", "patients'", "Jo", "no", "...", "!", "?"]
WORDS_AND_MARKS += ['"', "'", ".", "\u2026", "\u201c", "\u201d", "\u2018", "\u2019"]
WORDS_AND_MARKS += [" ", " ", "\n", ")", "_", "*"]
MARKED_TEXT = st.lists(st.sampled_from(WORDS_AND_MARKS), max_size=60).map("".join)


@settings(max_examples=80, deadline=None)
@given(MARKED_TEXT)
def test_mark_led_patterns_find_what_a_plain_scan_finds(text: str) -> None:
    marked = [obj for obj in gc.get_objects() if type(obj) is gate.CharLed]
    assert len(marked) >= 2
    for pattern in marked:
        expected = [(m.span(), m.groups()) for m in pattern.pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected, pattern


def test_leading_marks_are_read_through_alternatives_groups_and_repeats() -> None:
    marked = gate.CharLed(re.compile(r"(?<!\w)'x|\"y|[.!]+z|(?:\n)"))
    assert marked.chars == "\n!\"'."
    for source in (r"a|'b", r"\s*'x", r"'?x"):  # a letter; a space; an optional mark
        with pytest.raises(ValueError):
            gate.CharLed(re.compile(source))


def test_first_words_are_spelled_out_whole_or_not_at_all() -> None:
    assert gate.first_words(re.compile(r"\b(?:the|our)\s+only", re.I)) == {"the", "our"}
    assert gate.first_words(re.compile(r"(?<![\w-])checkin(?![\w-])", re.I)) == {"checkin"}
    assert gate.first_words(re.compile(r"\bwant(?:s|ed)?\s+to", re.I)) == {
        "want",
        "wants",
        "wanted",
    }
    # The word may go on ("step*", "stockpil\w+"), or an underscore joins it to the next.
    for source in (r"\bstep", r"\bstockpil\w+", r"\bfoo_bar"):
        assert gate.first_words(re.compile(source, re.I)) is None, source


def test_a_case_sensitive_pattern_starting_with_a_capital_is_tried_at_capitals() -> None:
    # The whole pattern case-sensitive, not only a (?-i:...) group in it.
    assert gate.first_stems(re.compile(r"\b[A-Z][a-z]+\s+(?:is|was)\s+my\s+patient")) == {
        gate.CAPITAL
    }
    # Case-insensitive, or the group's flags differ from the pattern's: letters, not capitals.
    assert gate.first_stems(re.compile(r"\b[A-Z]x", re.I)) is None
    assert gate.first_stems(re.compile(r"\b(?i:[A-Z])x")) is None
    text = "Notes. Mo was my patient, then Jo is my patient too. jo is my patient."
    pattern = gate.Gated(re.compile(r"\b(?P<d>[A-Z][a-z]+)\s+(?:is|was)\s+my\s+patient"))
    with forced_fast_path(), gate.active(text):
        found = [m.group("d") for m in pattern.finditer(text)]
    assert found == ["Mo", "Jo"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts(), st.lists(st.sampled_from(WORDS[:200] + FILLER), min_size=1, max_size=6))
def test_remembered_starts_of_words_are_what_a_fresh_look_up_finds(
    text: str, asked: list[str]
) -> None:
    wanted = frozenset(word.lower() for word in asked)
    index = gate.word_starts(text)
    if index is None or index.pairs() is None:
        return
    plain = sorted(
        start
        for word, start in zip(words.of(text).words, words.of(text).starts, strict=True)
        if word in wanted
    )
    assert index.starts_of_words(wanted) == plain
    assert index.starts_of_words(wanted) == plain  # asked again: the remembered answer


# -- patterns that start at the text's start or a mark; bare domains in spam links -----------

START_OR_MARK_TEXT = st.lists(
    st.sampled_from(
        [
            *WORDS_AND_MARKS,
            *["not", "supposed", "to", "share", "this", "but", "(", "\U0001f602", "\U0001f525"],
            *["typical", "Typical", "honestly", "."],
        ]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(START_OR_MARK_TEXT)
def test_patterns_that_start_at_a_mark_find_what_a_plain_scan_finds(text: str) -> None:
    marked = [obj for obj in gc.get_objects() if type(obj) is gate.Gated and obj.marks is not None]
    assert marked, "no gated pattern is read as starting at the text's start or a mark"
    with forced_fast_path(), gate.active(text):
        for pattern in marked:
            expected = [(m.span(), m.groups()) for m in pattern.pattern.finditer(text)]
            found = [(m.span(), m.groups()) for m in pattern._open_finditer((text,))]
            assert found == expected, pattern


def test_start_or_marks_are_read_only_where_every_match_begins_there() -> None:
    read = gate._start_or_marks
    assert read(re.compile(r"(?:^|[.!?\n]\s*)not\s+supposed")) == (True, "\n!.?")
    assert read(re.compile(r"(?:^|\.)x")) == (True, ".")
    assert read(re.compile(r"^x", re.MULTILINE)) is None  # "^" after every line break too
    assert read(re.compile(r"(?:^|a)x")) is None  # a letter can start it anywhere
    assert read(re.compile(r"^x")) is None  # only the start: left to the plain scan


DOMAIN_TEXT = st.lists(
    st.sampled_from(
        [
            *["nhs", "uk", "co", "com", "org", "biz", "xyz", "claims-uk", "www", "a1", "x"],
            *[".", ".", "-", "@", "/", " ", "_", "K", "\u212a", "\n", "info", "net", "io"],
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(DOMAIN_TEXT)
def test_bare_domains_are_found_where_a_plain_scan_finds_them(text: str) -> None:
    from moderation.checker import spam

    links = spam._link_regex()
    domains = links.parts[1]
    assert type(domains) is spam._Domains
    expected = [m.span() for m in domains.part.pattern.finditer(text)]
    assert [m.span() for m in domains.finditer(text)] == expected
