"""Reading context around a match: sentences, clauses, quotation, negation, time, person.

Detectors find candidate spans with regular expressions; the helpers here answer the
questions that decide whether a candidate means what it seems to: is it negated ("I'm not
going to hurt myself"), quoted or taught ("the training covered phrases like 'I want to
die'"), hypothetical ("if a patient says they want to die"), in the past ("ten years ago
I self-harmed") or about the writer, the reader or someone else.

Everything works on character offsets into one field's text, so findings can point at the
exact words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from . import gate, lexicon
from .verdict import Note

# A sentence ends at . ! ? (plus closing quotes/brackets) before white space, or at a line
# break. Candidate ends after abbreviations and initials are rejected in split_sentences.
# CharLed (gate.py): tried only at the marks, found with str.find, not at every character.
_SENTENCE_END = gate.CharLed(re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]*_]*(?=\s)|\n"))
_LIST_NUMBER = re.compile(r"\s*\d{1,2}")
_WORD_BEFORE_DOT = re.compile(r"(?<![\w'\u2019])([A-Za-z][A-Za-z.]*)\.$")
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.){1,3}[a-z]")
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|\s[-\u2013\u2014]+\s|\u2014"
    r"|,\s*(?=(?:but|although|though|yet|whereas|except|so|because|while|and|or|then|"
    r"i|i'm|i\u2019m|i've|i\u2019ve|he|she|they|we|it|you|that's|which)\b)"
    r"|\b(?:but|although|though|however|whereas|except\s+that|yet|whereas)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\w'\u2019*]+")
_REPORT_GAP = re.compile(
    r"\s*(?:[:,\"\u201c'\u2018]|that\b|(?:me|us|him|her|them|everyone|people|you)\b\s*(?:that\b|[:,\"\u201c'\u2018]|$)|$)",
    re.IGNORECASE,
)
# The dashes or bracket of an aside, before and after a condition inside it.
_ASIDE_OPEN = re.compile(
    r"\s[-\u2013\u2014]+\s(?![^-\u2013\u2014(]*[-\u2013\u2014(])|\((?![^(]*\()"
)
_ASIDE_CLOSE = re.compile(r"\s[-\u2013\u2014]+\s|\)")
# A negation repeated for emphasis ("never, ever"); not "honestly" or "really", which start
# a new clause as often as they stress the old one ("I'm not ok, honestly want to die").
_EMPHATIC = re.compile(r"\s*(?:ever|never|not|no|nor|at\s+all)\b", re.IGNORECASE)
# Where a negation's short reach ends: "because", or a conjunction starting a clause with a
# subject of its own ("his dad doesn't come home and there's no food").
_SHORT_REACH_STOP = re.compile(
    r"\b(?:because|cos|coz|cause|cuz)\b"
    # "no" governs one noun: "with no breakfast and bruises on her legs".
    r"|\bno\s+\w+(?:\s+\w+)?\s+(?:and|but)\s+(?!no\b|any\b)"
    r"|\b(?:and|so|then|but|or)\s+(?=(?:i|i['\u2019]m|im|i['\u2019]ve|ive|he|she|they|we|there|"
    r"there['\u2019]s|it|it['\u2019]s|you|my|his|her|their)\b)"
    # A second verb of its own after "and": "hasn't slept for days and keeps a knife".
    r"|\b(?:and|but|then)\s+(?=(?:keeps?|kept|has|had|says|said|gets|got|goes|went|puts|took|"
    r"takes|sleeps|slept|hides|hid|carries|carried|sits|sat|stands|stood)\b)",
    re.IGNORECASE,
)
# Between a count of time since an act and the act itself ("since I last | self-harmed"):
# a new clause means the words after it are another matter ("since I last saw my kids and I
# want to die today").
_NEW_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|so|then|because)\b", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:if|when|whenever|unless|every\s+time)\b", re.IGNORECASE)


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(word.lower() for word in lexicon.strings("context.sentences.abbreviations"))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into (start, end) sentence spans, keeping offsets into the text."""
    spans: list[tuple[int, int]] = []
    start = 0
    abbreviations = _abbreviations()
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if match.group() != "\n" and match.group().startswith("."):
            line_start = text.rfind("\n", 0, match.start()) + 1
            if _LIST_NUMBER.fullmatch(text, line_start, match.start()):
                continue  # "3." numbering a list item belongs to the item, not a sentence
            before = _WORD_BEFORE_DOT.search(text, max(0, match.start() - 12), match.start() + 1)
            if before:
                word = before.group(1).lower()
                # An initial (J.), dotted initials (J.S., e.g.) or a known abbreviation
                # (Dr., approx.) does not end a sentence.
                if len(word) == 1 or _DOTTED_INITIALS.fullmatch(word) or word in abbreviations:
                    continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    if not spans:
        spans.append((0, len(text)))
    return spans


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans (inner text) enclosed in double or single quotation marks."""
    spans: list[tuple[int, int]] = []
    for match in _QUOTE.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        start = match.start() + 1
        spans.append((start, start + len(inner)))
    return spans


# An apostrophe is not a quotation mark: one that opens a clipped word ('em, 'til, 'cause,
# 'Tis, the '90s) does not open a quotation, and one that closes a plural possessive ("the
# patients' families") does not close one — otherwise the words between would be read as
# quoted and every finding in them dropped.
_CLIPPED = r"(?!(?:em|til|till|cause|cos|coz|bout|round|n|tis|twas|ere|alf|owt|nowt|appen)\b|\d)"
_NOT_POSSESSIVE = (
    r"(?<!s(?=['\u2019]\s+(?!(?:and|but|or|nor|then|so|as|to|at|in|on|of|for|with|by|he|she|"
    r"they|i|we|you|it|before|after|when|while|because|said|says|was|were|is|are|which|who|"
    r"that|if|until|till)\b)[a-z]))"
)
# A comment that opens by addressing a member: "@Sam …", "lol @literal_lou …", "Oi @x,".
OPENS_ON_HANDLE = re.compile(r"\s*(?:[\w'\u2019!]+[,!]?\s+){0,2}@\w+")

# CharLed (gate.py): every quotation starts with a quotation mark or an apostrophe.
_QUOTE = gate.CharLed(
    re.compile(
        r'"([^"\n]{1,600})"'
        r"|\u201c([^\u201d\n]{1,600})\u201d"
        rf"|\u2018{_CLIPPED}(.{{1,400}}?){_NOT_POSSESSIVE}\u2019(?!\w)"
        rf"|(?<![\w'])'(?=\w){_CLIPPED}([^\n]{{1,300}}?)(?<=[\w.!?,\u2026]){_NOT_POSSESSIVE}'(?![\w])",
        re.IGNORECASE,
    )
)


@cache
def _compiled(name: str) -> lexicon.Regex:
    """Context regexes built from context.toml, compiled once."""
    if name == "negator":
        return lexicon.phrase_regex("context.negation.negators")
    if name == "negation_exception":
        return lexicon.compile(
            r"^(?:" + lexicon.list_source("context.negation.exceptions") + r")(?!\w)"
        )
    if name == "mention":
        return lexicon.phrase_regex("context.quotation.mention_cues")
    if name == "reporting":
        return lexicon.phrase_regex("context.quotation.reporting_verbs")
    if name == "hypothetical":
        return lexicon.pattern_regex("context.hypothetical.patterns")
    if name == "recent":
        return lexicon.phrase_regex("context.time.recent")
    if name == "habitual":
        return lexicon.phrase_regex("context.time.habitual")
    if name == "past":
        return lexicon.compile_many(
            lexicon.strings("context.time.past_patterns"), lexicon.strings("context.time.past")
        )
    if name == "elapsed":
        return lexicon.pattern_regex("context.time.elapsed")
    if name == "relapse":
        return lexicon.phrase_regex("context.time.relapse")
    if name == "past_weak":
        return lexicon.phrase_regex("context.time.past_weak")
    if name == "past_nearby":
        return lexicon.compile_many(
            [r"\bi['\u2019]?m\s+\d{2}\s+now\b"], lexicon.strings("context.time.past_nearby")
        )
    if name == "first":
        return lexicon.phrase_regex("context.person.first")
    if name == "second":
        return lexicon.phrase_regex("context.person.second")
    if name == "service_user":
        return lexicon.phrase_regex("context.person.service_user")
    raise KeyError(name)


def regex(name: str) -> lexicon.Regex:
    """A named context regex (negator, mention, reporting, hypothetical, recent, past, ...)."""
    return _compiled(name)


@dataclass(frozen=True, slots=True)
class Frame:
    """How a span sits in its sentence."""

    quoted: bool
    mentioned: bool
    reported: bool
    hypothetical: bool
    negated: bool
    time: str | None  # "recent", "past" or None

    @property
    def real(self) -> bool:
        """True when the words are said for real about now (not quoted, taught or denied)."""
        return not (self.quoted or self.mentioned or self.hypothetical or self.negated)


class FieldText:
    """One field's text with its sentences, clauses and quotations worked out on demand."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.sentences = split_sentences(text)
        self._starts = [start for start, _ in self.sentences]
        self._spans: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self._sentence_sets: dict[int, set[int]] = {}

    # -- context cues, found once per text ---------------------------------------------------
    def spans(self, name: str) -> tuple[list[int], list[tuple[int, int]]]:
        """(starts, spans) of every match of the named context regex in this text."""
        found = self._spans.get(name)
        if found is None:
            pairs = [(m.start(), m.end()) for m in regex(name).finditer(self.text)]
            found = ([start for start, _ in pairs], pairs)
            self._spans[name] = found
        return found

    def sentences_matching(self, pattern: Any) -> set[int]:
        """Indices of the sentences in which ``pattern`` matches (one scan of the text)."""
        key = id(pattern)
        found = self._sentence_sets.get(key)
        if found is None:
            found = {self.sentence_index(m.start()) for m in pattern.finditer(self.text)}
            self._sentence_sets[key] = found
        return found

    def cue_between(self, name: str, start: int, end: int) -> tuple[int, int] | None:
        """The last match of a context regex lying wholly inside [start, end), if any."""
        starts, pairs = self.spans(name)
        index = bisect_right(starts, end) - 1
        while index >= 0 and pairs[index][0] >= start:
            if pairs[index][1] <= end:
                return pairs[index]
            index -= 1
        return None

    def cues_within(self, name: str, start: int, end: int) -> list[tuple[int, int]]:
        """Every match of a context regex lying wholly inside [start, end)."""
        starts, pairs = self.spans(name)
        return [
            pair
            for pair in pairs[bisect_left(starts, start) : bisect_left(starts, end)]
            if pair[1] <= end
        ]

    def cue_in_sentences(self, name: str, first: int, last: int) -> bool:
        """True when a match of a context regex lies within sentences first..last."""
        start = self.sentences[first][0]
        end = self.sentences[last][1]
        return self.cue_between(name, start, end) is not None

    # -- sentences and clauses -------------------------------------------------------------
    def sentence_index(self, pos: int) -> int:
        """Index of the sentence that contains offset ``pos``."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def sentence(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence containing ``pos``."""
        return self.sentences[self.sentence_index(pos)]

    def sentence_text(self, pos: int) -> str:
        start, end = self.sentence(pos)
        return self.text[start:end]

    def around(self, pos: int, before: int = 1, after: int = 1) -> tuple[int, int]:
        """Span of the sentence containing ``pos`` plus ``before``/``after`` neighbours."""
        index = self.sentence_index(pos)
        first = self.sentences[max(0, index - before)]
        last = self.sentences[min(len(self.sentences) - 1, index + after)]
        return first[0], last[1]

    def clause(self, pos: int) -> tuple[int, int]:
        """(start, end) of the clause containing ``pos`` (split at but/although/;/dashes)."""
        index = self.sentence_index(pos)
        breaks = self._clauses.get(index)
        if breaks is None:
            start, end = self.sentences[index]
            breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.text, start, end)]
            self._clauses[index] = breaks
        clause_start, clause_end = self.sentences[index]
        for break_start, break_end in breaks:
            if break_end <= pos:
                clause_start = break_end
            elif break_start >= pos:
                clause_end = break_start
                break
        return clause_start, clause_end

    # -- quotation ---------------------------------------------------------------------------
    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return quote_spans(self.text)

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """True when the span lies inside quotation marks."""
        end = start if end is None else end
        return any(q_start <= start and end <= q_end for q_start, q_end in self.quotes)

    # -- framing -----------------------------------------------------------------------------
    def negated(self, start: int, words: int = 5, *, short_reach: bool = False) -> bool:
        """True when a negator governs the words at ``start`` (same clause, few words before).

        ``short_reach``: a comma, "because" or a conjunction opening a clause with its own
        subject ends the negator's reach ("can't sleep, want to die"; "you won't hear from
        me again, look after each other"; "I haven't got any because I won't be here";
        "I don't drink and I want to die").
        """
        clause_start, _ = self.clause(start)
        if short_reach:
            comma = self.text.rfind(",", clause_start, start)
            # "never, ever": an emphatic repeat carries the negation on past its comma.
            if comma >= 0 and not _EMPHATIC.match(self.text, comma + 1, start):
                clause_start = comma + 1
            ends = [m.end() for m in _SHORT_REACH_STOP.finditer(self.text, clause_start, start)]
            if ends:
                clause_start = ends[-1]
        prefix = self.text[clause_start:start]
        tokens = list(_WORDS.finditer(prefix))
        if not tokens:
            return False
        window_start = tokens[max(0, len(tokens) - words)].start()
        window = prefix[window_start:]
        negators = list(regex("negator").finditer(window))
        if not negators:
            return False
        return not regex("negation_exception").match(window[negators[-1].start() :])

    def mentioned(self, start: int) -> bool:
        """True when the sentence frames the words as an example, a quotation or teaching."""
        sentence_start, _ = self.sentence(start)
        return self.cue_between("mention", sentence_start, start) is not None

    def reported(self, start: int) -> bool:
        """True when the words are someone else's reported speech ("she said I want to...")."""
        sentence_start, _ = self.sentence(start)
        last = self.cue_between("reporting", sentence_start, start)
        if last is None:
            return False
        last_start, last_end = last
        # "If my manager says one more word, I'll..." is a condition, not reported speech.
        if _CONDITIONAL.search(self.text, sentence_start, last_start):
            return False
        # The reported words follow the verb directly ("she said I...", "told me that...",
        # "wrote: ..."); "whoever wrote this is..." is not a report.
        gap = self.text[last_end:start]
        if len(gap) > 60 or not _REPORT_GAP.match(gap):
            return False
        # Who is speaking? Look at the few words before the reporting verb.
        lead = self.text[max(sentence_start, last_start - 40) : last_start]
        lead_words = _WORDS.findall(lead.lower())[-3:]
        first_person = {
            "i",
            "i've",
            "i\u2019ve",
            "i'd",
            "i\u2019d",
            "i'll",
            "i\u2019ll",
            "ive",
            "we",
        }
        return not any(word in first_person for word in lead_words)

    def hypothetical(self, start: int) -> bool:
        """True when the clause is conditional or generic ("if a patient says...").

        A condition inside an aside that closes before the words does not govern them:
        "the lead — you'll know who I mean if you've worked there — was suspended".
        """
        sentence_start, _ = self.sentence(start)
        cue = self.cue_between("hypothetical", sentence_start, start)
        if cue is None:
            return False
        opened = _ASIDE_OPEN.search(self.text, sentence_start, cue[0])
        if opened and _ASIDE_CLOSE.search(self.text, cue[1], start):
            # Only an aside that opened after any earlier condition is set aside.
            return self.cue_between("hypothetical", sentence_start, opened.start()) is not None
        return True

    def time(self, start: int, end: int, reach: int = 1) -> str | None:
        """'recent', 'past' or None from time markers near the span.

        The sentence itself decides first: a recent marker wins over a past one ("three
        years clean and I cut myself again" is about now), a past anchor wins over a
        habitual one ("back then I was self-harming most days") but a weak one ("at school")
        loses to it ("he keeps turning up at school with bruises"); neighbouring sentences can
        only add a past reading ("I'm 37 now").
        """
        index = self.sentence_index(start)
        sentence_start, sentence_end = self.sentences[index]
        past = self.cues_within("past", sentence_start, sentence_end)
        recent = self.cues_within("recent", sentence_start, sentence_end)
        # "Four years today since...", "this time last year": a past marker that contains
        # the recent one wins.
        if any(not any(ps <= rs and re <= pe for ps, pe in past) for rs, re in recent):
            # "Eight months since I last burned myself, and I'm marking it today": time
            # counted since the act, naming it just after, makes the recent word the
            # milestone's date, unless the run is broken ("two months clean and I cut again
            # today") or a new act follows the recent word ("... and tonight I burned myself").
            counted = any(
                es <= start <= ee + 12
                and not _NEW_CLAUSE.search(self.text, ee, start)
                and not any(es <= rs < start for rs, _ in recent)
                for es, ee in self.cues_within("elapsed", sentence_start, sentence_end)
            )
            if counted and not self.cues_within("relapse", sentence_start, sentence_end):
                return "past"
            return "recent"
        if past:
            # "Went back to the old habit after 18 months clean": the only past is the run
            # the act broke, so the act itself is now.
            elapsed = self.cues_within("elapsed", sentence_start, sentence_end)
            if (
                elapsed
                and self.cues_within("relapse", sentence_start, sentence_end)
                and all(any(es <= ps and pe <= ee for es, ee in elapsed) for ps, pe in past)
            ):
                return "recent"
            return "past"
        if self.cue_in_sentences("habitual", index, index):
            return "recent"
        if self.cue_between("past_weak", sentence_start, sentence_end):
            return "past"
        if reach:
            first = max(0, index - reach)
            last = min(len(self.sentences) - 1, index + reach)
            if self.cue_in_sentences("past_nearby", first, last) and not self.cue_in_sentences(
                "recent", first, last
            ):
                return "past"
        return None

    def frame(self, start: int, end: int) -> Frame:
        """All the framing questions at once, for a candidate span."""
        return Frame(
            quoted=self.in_quote(start, end),
            mentioned=self.mentioned(start),
            reported=self.reported(start),
            hypothetical=self.hypothetical(start),
            negated=self.negated(start),
            time=self.time(start, end),
        )


def has_first_person(text: str) -> bool:
    """True when the text contains I/me/my."""
    return regex("first").search(text) is not None


def has_second_person(text: str) -> bool:
    """True when the text contains you/your."""
    return regex("second").search(text) is not None


class Document:
    """A submission being checked: its kind, its fields, and notes shared by detectors.

    Detectors run in a fixed order; earlier ones can ``claim`` a span (an NHS number) so
    that later ones (phone numbers) don't read the same digits twice.
    """

    def __init__(self, kind: str, fields: dict[str, str]) -> None:
        self.kind = kind
        self.fields = [FieldText(name, text) for name, text in fields.items() if text]
        self._claimed: dict[str, list[tuple[int, int]]] = {}
        #: Concerns whose evidence a detector looked at and set aside on purpose (a number
        #: labelled as an NHS number that is a placeholder; a case the writer says is made
        #: up): the learned readers, which can't see why, leave those concerns alone.
        self.cleared: set[str] = set()
        #: Advice-only notes a detector leaves for the author (their own NHS number told).
        self.notes: list[Note] = []

    def claim(self, field_name: str, start: int, end: int) -> None:
        """Mark a span as already explained by a detector."""
        self._claimed.setdefault(field_name, []).append((start, end))

    def claimed(self, field_name: str, start: int, end: int) -> bool:
        """True when an earlier detector claimed any part of the span."""
        return any(
            c_start < end and start < c_end for c_start, c_end in self._claimed.get(field_name, ())
        )

    @cached_property
    def text(self) -> str:
        """All fields joined, for document-wide cues (a composite case, a training post)."""
        return "\n".join(field.text for field in self.fields)
