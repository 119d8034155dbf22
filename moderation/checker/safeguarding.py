"""Safeguarding: risk of harm to the writer or someone else, or a disclosure of abuse.

The hard part is telling the thing from talk about the thing. Signals (phrases and
patterns in safeguarding.toml) are weighed in context:

* a signal that is negated ("I'm not going to hurt myself"), quoted or taught ("the
  training covered phrases like 'I want to die'") or hypothetical/generic ("if a patient
  says they want to die") does not count;
* first-person signals only count when the writer is the subject, not a reported speaker
  ("she said she wanted to die" is not the writer's risk);
* a recovery story set in the past ("I self-harmed from 14 until my twenties") does not
  count — but it still shows support contacts, and a post about it gets a content note;
* weaker signals (a goodbye, a timeframe, bruises, a child) count when they add up within
  a sentence or two.

Safeguarding findings always hold (never return) — see verdict.decide.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache

from . import gate, lexicon, risk_model, spelling
from .context import Document, FieldText
from .verdict import Finding, Note, finding_at, finding_from_message

THRESHOLD = 3
SHORT_FIELD_SENTENCES = 5  # a short comment is read as one window
PARAGRAPH_SENTENCES = 8  # and so is a paragraph of a long post

#: When several kinds of signal meet, the message speaks to the most urgent.
KIND_PRIORITY = ("self", "self_harm", "method", "others", "abuse", "child", "adult", "other")


@dataclass(frozen=True, slots=True)
class Signal:
    """One kind of evidence from safeguarding.toml, compiled."""

    name: str
    weight: int
    subject: str  # "self" | "other" | "any"
    past: str  # "ignore" | "keep"
    kind: str
    regex: lexicon.Regex
    requires: lexicon.Regex | None
    counter: lexicon.Regex | None
    counter_anywhere: lexicon.Regex | None = None
    boost_recent: bool = False
    needs_first_person: bool = False
    negation_at_end: bool = False
    respect_hypothetical: bool = True
    respect_negation: bool = True
    everyday_partings: bool = False
    others_at_end: bool = False
    writer_as_object: bool = False
    respect_quotes: bool = True
    subject_in_match: bool = False
    counter_after: int = 0


@dataclass(slots=True)
class Hit:
    signal: Signal
    field: str
    start: int
    end: int
    weight: int
    sentence: int
    words: str = ""


@dataclass(slots=True)
class Assessment:
    """What the safeguarding reading found, beyond plain findings."""

    findings: list[Finding] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    content_warning: str | None = None
    touches_first_person: bool = False


@cache
def signals() -> tuple[Signal, ...]:
    """All signals from safeguarding.toml, compiled once."""
    compiled: list[Signal] = []
    for name, spec in lexicon.get("safeguarding.signals").items():
        regex = lexicon.compile_many(
            [lexicon.expand(pattern) for pattern in spec.get("patterns", [])],
            spec.get("phrases") or None,
        )
        requires = spec.get("requires")
        counter = spec.get("counter")
        anywhere = spec.get("counter_anywhere")
        compiled.append(
            Signal(
                name=name,
                weight=int(spec["weight"]),
                subject=spec.get("subject", "any"),
                past=spec.get("past", "ignore"),
                kind=spec.get("kind", "self"),
                regex=regex,
                # One phrase list, or several ("a means, or a medicine by name").
                requires=(
                    lexicon.phrase_regex(*([requires] if isinstance(requires, str) else requires))
                    if requires
                    else None
                ),
                counter=(
                    lexicon.compile_many(
                        [lexicon.expand(p) for p in spec.get("counter_patterns", [])],
                        lexicon.strings(counter),
                    )
                    if counter
                    else None
                ),
                counter_anywhere=lexicon.phrase_regex(anywhere) if anywhere else None,
                boost_recent=bool(spec.get("boost_recent", False)),
                needs_first_person=bool(spec.get("needs_first_person", False)),
                negation_at_end=bool(spec.get("negation_at_end", False)),
                respect_hypothetical=bool(spec.get("respect_hypothetical", True)),
                respect_negation=bool(spec.get("respect_negation", True)),
                everyday_partings=bool(spec.get("everyday_partings", False)),
                others_at_end=bool(spec.get("others_at_end", False)),
                writer_as_object=bool(spec.get("writer_as_object", False)),
                respect_quotes=bool(spec.get("respect_quotes", True)),
                subject_in_match=bool(spec.get("subject_in_match", False)),
                counter_after=int(spec.get("counter_after", 0)),
            )
        )
    return tuple(compiled)


# The writer in the words themselves: me/myself anywhere ("better off without me"), or I/my
# leading them. "My arm" further in is a possession ("the cat scratched my arm"): whoever
# comes before is the subject.
_SELF_IN_MATCH = re.compile(
    r"\b(?:me|myself|mine)\b|^(?:my|i)\b|^i['\u2019]|\b(?:if|once|when)\s+i\b", re.IGNORECASE
)
_OBJECT_SELF = re.compile(r"\b(?:me|my)\b", re.IGNORECASE)
_FIRST_IN_SENTENCE = re.compile(
    r"\b(?:i|i['\u2019]m|im|i['\u2019]ve|ive|i['\u2019]d|me|my|myself)\b", re.I
)
_TOPIC_AFTER = re.compile(
    r"\s*(?:and\s+suicide\s+|&\s+suicide\s+)?(?:awareness|training|prevention|policy|policies|"
    r"service|services|team|research|module|session|course|strategy|lead|guidance|guidelines?|"
    r"assessment|assessments|audits?|checks|risk|rates?|figures|statistics|data|pathway|champion|charity|"
    r"support\s+group|group|workshop|conference|study|studies|literature|recovery\s+college)\b",
    re.IGNORECASE,
)


# A noun named as a subject of thought or talk, not an event: "the function of self-harm",
# "stigma around overdose".
_TOPIC_BEFORE = re.compile(
    r"\b(?:function|purpose|topic|subject|language|stigma|rates?|prevalence|causes?|reasons?|"
    r"meaning|understanding|discussion|conversation|talk|training|nature|kinds?|types?|forms?|"
    r"management|myths?|attitudes?)\s+(?:of|around|about|on|towards)\s+$",
    re.IGNORECASE,
)


def _third_person_subject(ft: FieldText, start: int) -> bool:
    """True when the nearest subject before ``start`` in its clause is he/she/they, or the
    word is someone else's ("his overdose", "my patient's overdose")."""
    clause_start, _ = ft.clause(start)
    if _POSSESSIVE_BEFORE.search(ft.text, max(clause_start, start - 30), start):
        return True
    pronouns = list(_PRONOUN.finditer(ft.text, clause_start, start))
    return bool(pronouns) and pronouns[-1].group().lower().split("'")[0].split("\u2019")[0] in {
        "he",
        "she",
        "they",
    }


def _first_person_near(ft: FieldText, start: int) -> bool:
    """I/me/my in this sentence or the next/previous one, outside quotation marks."""
    around_start, around_end = ft.around(start, 1, 1)
    return any(
        not ft.in_quote(m.start(), m.end())
        for m in _FIRST_IN_SENTENCE.finditer(ft.text, around_start, around_end)
    )


_RELATIVE = re.compile(
    r"\s+(?:\w+\s+)?(?:son|daughter|child|kid|boy|girl|mum|mam|mom|mother|dad|father|brother|"
    r"sister|husband|wife|partner|boyfriend|girlfriend|friend|mate|flatmate|housemate|"
    r"neighbour|nan|gran|grandad|grandson|granddaughter|niece|nephew|cousin|uncle|aunt|"
    r"patient|client|service\s+user|colleague|student|teenager|cat|dog|kitten|puppy|pet)s?\b",
    re.IGNORECASE,
)
_SOMEONE_OF_MINE = re.compile(r"(?:my|our)" + _RELATIVE.pattern, re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(
    r"(?:\b(?:his|her|their)|\w['\u2019]s)\s+(?:\w+\s+)?$", re.IGNORECASE
)
_THIRD_IN_MATCH = re.compile(r"\b(?:she|he|they|her|his|him|their|them)\b", re.IGNORECASE)
_PRONOUN = re.compile(
    r"\b(?:i|i['\u2019]m|im|i['\u2019]ve|ive|i['\u2019]d|i['\u2019]ll|me|my|myself|we|you|u|you['\u2019]re|ur|he|she|"
    r"they|he['\u2019]s|she['\u2019]s|they['\u2019]re|someone|somebody|anyone|people|patients?|clients?|"
    r"who|it)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = frozenset(
    {
        "i",
        "i'm",
        "i\u2019m",
        "im",
        "i've",
        "i\u2019ve",
        "ive",
        "i'd",
        "i\u2019d",
        "i'll",
        "i\u2019ll",
        "me",
        "my",
        "myself",
        "it",
    }
)


def _subject_is_writer(ft: FieldText, start: int, end: int, default: bool = True) -> bool:
    """True when the writer is the subject of the words at start:end.

    ``default`` answers when no subject can be seen ("want to die." on its own is read as
    the writer; "walked off the ward" on its own is not).
    """
    if _SELF_IN_MATCH.search(ft.text[start:end]):
        return True
    sentence_start, _ = ft.sentence(start)
    clause_start, _ = ft.clause(start)
    for prefix_start in (clause_start, sentence_start):
        pronouns = [
            p
            for p in _PRONOUN.finditer(ft.text, prefix_start, start)
            # "letters to my kids": an object after a preposition is nobody's subject.
            if not (
                _OBJECT_BEFORE.search(ft.text, prefix_start, p.start())
                and p.group().lower() in _OBJECTS
            )
        ]
        if pronouns:
            last = pronouns[-1]
            if last.group().lower() == "my" and _RELATIVE.match(ft.text, last.end()):
                return False  # "my son ...", "my flatmate ...": someone else
            return last.group().lower() in _FIRST_PERSON
    return default


# Inside a span that runs from the writer's word to a word about harm, a later subject takes
# the harm over ("when she told me she'd hurt herself", "my husband counts my tablets"), and
# harm done to someone else is not the writer's risk ("they thought I'd hurt him").
_SUBJECTS_IN_MATCH = re.compile(
    r"\b(?:(?P<self>i|i['\u2019](?:m|d|ve|ll)|im|ive|id)|(?P<other>he|she|they)(?:['\u2019]\w+)?"
    r"|(?P<relative>my" + _RELATIVE.pattern + r"))(?=\s|$)",
    re.IGNORECASE,
)
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tells|tell|said|says|admitted|admits)\s+(?:me\s+)?(?:that\s+)?$", re.IGNORECASE
)
_REFLEXIVE_AFTER = re.compile(r"\s+(?:herself|himself|themselves|themself)\b", re.IGNORECASE)
_MEDICINE = re.compile(r"pills|tablets", re.IGNORECASE)
_HARM_TO_OTHER = re.compile(
    r"\b(?:hurt|harm|kill|cut|hit)\w*\s+(?:him|her|them|someone|somebody)\b",
    re.IGNORECASE,
)


def _someone_else_in_match(ft: FieldText, start: int, end: int) -> bool:
    """True when the last subject in the words at start:end is someone else, or the harm
    they end on is done to someone else."""
    subjects = list(_SUBJECTS_IN_MATCH.finditer(ft.text, start, end))
    last_word = start + ft.text[start:end].rstrip().rfind(" ") + 1
    if subjects and subjects[-1].lastgroup == "other":
        # Their own harm, told to the writer ("she told me she'd hurt herself"), is theirs,
        # judged by the others' signals; harm they do to someone ("she said he hurts her")
        # is abuse, and "he can't get out and hurt himself" is about his care: both count.
        # Told as just happened ("she'd cut herself again last night"), it still counts.
        told = _TOLD_BEFORE.search(ft.text, max(0, start - 20), subjects[-1].start())
        return (
            told is not None
            and _REFLEXIVE_AFTER.match(ft.text, end) is not None
            and ft.time(start, end) != "recent"
        )
    if subjects and subjects[-1].lastgroup == "relative":
        # A relative handling the writer's medicine ("my husband counts my tablets").
        return _MEDICINE.fullmatch(ft.text, last_word, end) is not None
    return _HARM_TO_OTHER.match(ft.text, last_word) is not None


_OBJECTS = frozenset({"my", "me", "him", "her", "them", "you", "u", "it", "someone", "somebody"})
_OBJECT_BEFORE = re.compile(
    r"\b(?:to|for|with|at|about|from|of|by|on|into|onto|towards|against|than)\s+$",
    re.IGNORECASE,
)


@cache
def _counter() -> lexicon.Regex:
    return lexicon.phrase_regex("safeguarding.counter.phrases")


# A trip told to someone so that they stay away: "told my care coordinator I'm going to my
# sister's for a fortnight so she won't visit". The trip is the cover, not the explanation.
_COVER = re.compile(
    r"\bso\s+(?:that\s+)?(?:she|he|they|nobody|no\s+one|my\s+\w+(?:\s+\w+)?)\s+"
    r"(?:won['\u2019]?t|wouldn['\u2019]?t|doesn['\u2019]?t|don['\u2019]?t|can['\u2019]?t|wont)\s+"
    r"(?:visit|come\s+(?:round|over|looking)|check\s+(?:on|in\s+on)\s+me|ring|call|notice|"
    r"look\s+for\s+me|wonder\s+where|find\s+me)\b"
    # "told him it was a clear-out": the everyday reason given to someone else as a pretext.
    r"|\btold\s+(?:him|her|them|everyone|my\s+\w+|the\s+\w+)\s+(?:it\s+was|it['\u2019]s)\s+"
    r"(?:a|just|only)\b"
    # "See you tomorrow is what I told them but it isn't true": a return said to be a lie.
    r"|\b(?:is|was)\s+what\s+i\s+(?:told|said\s+to)\b|\b(?:isn['\u2019]?t|is\s+not|wasn['\u2019]?t)\s+true\b"
    r"|\bit['\u2019]?s\s+a\s+lie\b"
    # "everyone at work thinks I've got a new job": what others believe is the pretext.
    r"|\b(?:thinks?|believes?|assumes?)\s+(?:that\s+)?i['\u2019]?(?:ve\s+got|m|\s+am|\s+have)\b",
    re.IGNORECASE,
)


def _explained(ft: FieldText, start: int, end: int) -> bool:
    """True when an everyday parting (a job, a move, a holiday) of the writer's is named
    between start and end, outside any sentence that tells it as a cover story."""
    for match in _counter().finditer(ft.text, start, end):
        sentence_start, sentence_end = ft.sentence(match.start())
        if _COVER.search(ft.text, sentence_start, sentence_end):
            continue
        # Someone else's retirement or holiday ("the reason she can't retire") explains
        # nothing about the writer's goodbye.
        if _third_person_subject(ft, match.start()):
            continue
        return True
    return False


_WHO = re.compile(r"\bwho\s*$", re.IGNORECASE)
_ONE_PERSON = re.compile(r"\b(?:her|him|his)\b", re.IGNORECASE)


def _specific(ft: FieldText, start: int, end: int) -> bool:
    """True when a generic "staff who ..." is about one person after all: "night staff who
    leave her in wet sheets" names what happens to her, not to anyone."""
    sentence_start, _ = ft.sentence(start)
    cue = ft.cue_between("hypothetical", sentence_start, start)
    return (
        cue is not None
        and _WHO.search(ft.text, cue[0], cue[1]) is not None
        and _ONE_PERSON.search(ft.text, start, end) is not None
    )


# Exasperation: "if one more person on a Teams call tells me to 'reach out' I'm going to
# launch my laptop into the canal", "if my ex turns up late one more time I'll kill him". A
# condition counting one more of an annoyance, with no harm in it ("if he hits her one more
# time") and not one more stretch of life ("one more day like this"), before the words.
_EXASPERATION = re.compile(
    r"\bif\b(?P<condition>[^.!?\n]{0,100}?)\bone\s+more\s+"
    r"(?!(?:day|night|week|month|year|morning|minute|hour|second)s?\b)\w+",
    re.IGNORECASE,
)
_HARM_IN_CONDITION = re.compile(
    r"\b(?:hit|hits|hurt|hurts|touch\w*|lay\w*\s+a\s+finger|beat\w*|punch\w*|kick\w*|"
    r"slap\w*|strangl\w*|chok\w*|threat\w*|rap\w*|abus\w*|harm\w*|cut\w*|die|dies|kill\w*)\b",
    re.IGNORECASE,
)


# The stock words of exasperation. A menace told in other words ("I'll be waiting for him in
# the staff car park") is meant, whatever condition comes before it.
_STOCK_FIGURE = re.compile(r"\b(?:kill\w*|kms|murder\w*|throttle|strangle|die|dead)\b", re.I)


def _exasperated(ft: FieldText, start: int) -> bool:
    """True when the words at ``start`` answer a condition counting one more annoyance."""
    sentence_start, _ = ft.sentence(start)
    _, window_end = ft.around(start, 0, 1)
    # A means named in the same breath ("..., I'm going to end it, I've got the pills ready")
    # is no figure of speech.
    if _means_named().search(ft.text, start, window_end):
        return False
    for match in _EXASPERATION.finditer(ft.text, sentence_start, start):
        if not _HARM_IN_CONDITION.search(match.group()):
            return True
    return False


@cache
def _means_named() -> lexicon.Regex:
    return lexicon.phrase_regex("safeguarding.lists.means")


# Someone else's question put to the writer: "she asked if I'd ever attempted to end my life".
_ASKED_IF = re.compile(
    r"\b(?P<who>\w+)\s+(?:\w+\s+)?(?:asked|asks|asking|ask)\s+(?:me\s+)?(?:if|whether)\b"
    r"(?:(?!\b(?:and|but|so|said|told)\b)[^.!?\n,;:]){0,60}$",
    re.IGNORECASE,
)


# An answer that hides a yes: "I said no, because I didn't want it on a government file".
_CONCEALED_ANSWER = re.compile(
    r"\b(?:said|told\s+(?:her|him|them))\s+no\b[^.!?\n]{0,30}?\b(?:because|cos|but|as)\b"
    r"|\blied\b|\bdidn['\u2019]?t\s+tell\s+(?:her|him|them)\s+the\s+truth\b",
    re.IGNORECASE,
)


def _asked_of_writer(ft: FieldText, start: int) -> bool:
    """True when the words at ``start`` are inside someone else's question to the writer,
    and the answer, in that sentence or the next, does not hide a yes."""
    sentence_start, _ = ft.sentence(start)
    asked = _ASKED_IF.search(ft.text, sentence_start, start)
    if asked is None or asked.group("who").lower() in {"i", "we"}:
        return False
    _, answer_end = ft.around(start, 0, 1)
    return _CONCEALED_ANSWER.search(ft.text, start, answer_end) is None


# A text that sets itself up as teaching in its opening sentences ("Did the grooming awareness
# module today", "I ran the physical risk session for the new preceptees").
# ("I'm a student nurse in training" is who the writer is, not a lesson.)
_TEACHING = re.compile(
    r"\b(?:teach|teaches|teaching|taught|module|preceptees?|lectures?|lecturing|workshop|"
    r"awareness|induction|study\s+day|cpd|training\s+(?:day|session|course)|"
    r"(?:ran|run|running|did|gave|give|giving|deliver\w*)\s+(?:the|a|our|my)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:session|training))\b",
    re.IGNORECASE,
)
# The subject of a general statement: people in general, or the signs themselves.
_GENERIC_SUBJECT = re.compile(
    r"\b(?:people|staff|they|we|you|someone|somebody|anyone|everyone|groomers|abusers|"
    r"perpetrators|parents|carers|children|families|nurses|clinicians|professionals|"
    r"colleagues|patients|clients|students|signs?|symptoms?|it|these|those|there)\b",
    re.IGNORECASE,
)
TEACHING_OPENING = 3
# Someone in particular: the writer, or one person spoken of.
_PARTICULAR = re.compile(
    r"\b(?:i|i['\u2019](?:m|d|ve|ll)|im|ive|me|my|myself|he|she|him|her|his|hers|himself|"
    r"herself|he['\u2019]s|she['\u2019]s|one\s+of\s+the|that\s+(?:man|woman|boy|girl)|"
    r"the\s+(?:man|woman|boy|girl|lad|lass|child|kid|baby|toddler|patient|resident|lady|"
    r"gentleman|young\s+person|teenager))\b",
    re.IGNORECASE,
)


def _taught_generically(ft: FieldText, start: int, end: int) -> bool:
    """True when a text framed as teaching says the words of nobody in particular: "groomers
    make the young person feel special", "staff are quicker to recognise bruises", "fainting
    and palpitations are not just part of it". A sentence about the writer or one person
    ("she pulled up her sleeve to show me bruises") is read as usual."""
    last = min(len(ft.sentences), TEACHING_OPENING) - 1
    if not _TEACHING.search(ft.text, 0, ft.sentences[last][1]):
        return False
    sentence_start, sentence_end = ft.sentence(start)
    if any(
        not ft.in_quote(m.start(), m.end())
        for m in _PARTICULAR.finditer(ft.text, sentence_start, sentence_end)
    ):
        return False
    # A topic noun ("the grooming awareness module") or a statement about people in general;
    # a bare fragment ("Tablets all lined up on the desk.") is read as usual.
    return bool(_TOPIC_AFTER.match(ft.text, end)) or bool(
        _GENERIC_SUBJECT.search(ft.text, sentence_start, sentence_end)
    )


def _weigh(signal: Signal, ft: FieldText, start: int, end: int) -> tuple[int, bool]:
    """(weight after context, whether it touches suicide/self-harm in the first person)."""
    if signal.weight > 0 and (
        (
            _exasperated(ft, start)
            and (signal.kind != "others" or _STOCK_FIGURE.search(ft.text, start, end))
        )
        or _taught_generically(ft, start, end)
    ):
        return 0, False
    if ft.mentioned(start) or (
        signal.respect_hypothetical and ft.hypothetical(start) and not _specific(ft, start, end)
    ):
        return 0, False
    if signal.weight < 0:
        # Counter-evidence ("he's safe now") counts unless it is itself denied.
        return (0 if ft.negated(start, short_reach=True) else signal.weight), False
    # A signal that reports someone else's words counts them as its evidence.
    quoted = signal.respect_quotes and ft.in_quote(start, end)
    # "they say 'he pinned me to the wall', 'I saw spots'": a list of quoted phrases is
    # examples, even for a signal that takes one person's quoted goodbye as theirs.
    if ft.in_quote(start, end) and _in_quoted_list(ft, start, end):
        return 0, False
    if signal.needs_first_person:
        # A bare noun ("an overdose") has no subject of its own: the writer must be in view,
        # outside quotation marks, and the noun must not be naming a topic ("self-harm
        # awareness training").
        if _TOPIC_AFTER.match(ft.text, end) or not _first_person_near(ft, start):
            return 0, False
        if _TOPIC_BEFORE.search(ft.text, max(0, start - 40), start):
            return 0, False
        if _third_person_subject(ft, start):
            return 0, False  # "she's in ICU after an overdose": it is hers, not the writer's
    writer = (
        signal.subject != "self"
        or signal.needs_first_person
        # Care done to the writer ("they're pumping my stomach", "A&E glued me up").
        or (signal.writer_as_object and _OBJECT_SELF.search(ft.text, start, end) is not None)
        or _subject_is_writer(ft, start, end)
    )
    if signal.subject == "self" and (
        quoted or ft.reported(start) or _asked_of_writer(ft, start) or not writer
    ):
        return 0, False
    if signal.subject_in_match and _someone_else_in_match(ft, start, end):
        return 0, False
    touches = signal.subject == "self" and signal.kind in ("self", "self_harm")
    if signal.respect_negation and ft.negated(start, short_reach=True):
        return 0, touches
    if signal.negation_at_end or signal.others_at_end:
        last_word = start + ft.text[start:end].rstrip().rfind(" ") + 1
        if signal.negation_at_end and last_word > start and ft.negated(last_word, short_reach=True):
            return 0, touches
        # "my power of attorney after Dad's death": the death at the end is someone else's.
        if (
            signal.others_at_end
            and last_word > start
            and _POSSESSIVE_BEFORE.search(ft.text, max(start, last_word - 30), last_word)
        ):
            return 0, False
    sentence_start, sentence_end = ft.sentence(start)
    if signal.counter_after:
        # "Drove over the viaduct this morning. ... drove on home to bed": the outing's end
        # is often told in the next sentence.
        sentence_end = ft.around(start, 0, signal.counter_after)[1]
    if signal.counter and signal.counter.search(ft.text, sentence_start, sentence_end):
        return 0, False
    # A frame set once for the whole text: "Dear future me" makes "by the time you read
    # this" the writer's own future.
    if signal.counter_anywhere and signal.counter_anywhere.search(ft.text):
        return 0, False
    if (
        signal.subject == "other"
        and not _THIRD_IN_MATCH.search(ft.text, start, end)
        and not _SOMEONE_OF_MINE.match(ft.text, start)  # "my flatmate's been missing"
        and _subject_is_writer(ft, start, end, default=False)
    ):
        return 0, False
    # The person at risk is often named once and then called "she": look at the whole text.
    if signal.requires and not signal.requires.search(ft.text):
        return 0, False
    # Leaving a job or going on holiday: goodbyes and dates that are not a farewell. The
    # reason is often given a little way off, or in the post's opening sentence.
    if signal.everyday_partings:
        wide_start, wide_end = ft.around(start, 2, 2)
        opening_start, opening_end = ft.sentences[0]
        if _explained(ft, wide_start, wide_end) or _explained(ft, opening_start, opening_end):
            return 0, False
    weight = signal.weight
    if signal.past == "ignore":
        when = ft.time(start, end)
        if when == "past":
            return 0, touches
        if when is None and signal.boost_recent:
            # "...after an overdose? Happened to me yesterday": the time is one sentence on.
            index = ft.sentence_index(start)
            if ft.cue_in_sentences(
                "recent", max(0, index - 1), min(len(ft.sentences) - 1, index + 1)
            ):
                when = "recent"
        if when == "recent" and signal.boost_recent:
            weight = min(THRESHOLD, weight + 1)
    if quoted:
        weight -= 1  # someone else's words, reported: still evidence, but weaker
    return max(0, weight), touches


_LIST_GAP = re.compile(
    r"[\s\"'\u201c\u201d\u2018\u2019]*[,;/]\s*(?:or\s+|and\s+)?[\"'\u201c\u2018]?$"
)


def _in_quoted_list(ft: FieldText, start: int, end: int) -> bool:
    """True when the quotation holding start:end is one of a list of quotations ("'he had
    his hands round my neck', 'he pinned me to the wall', 'I saw spots'"): phrases given as
    examples, not one person's words."""
    quotes = [q for q in ft.quotes if ft.sentence_index(q[0]) == ft.sentence_index(start)]
    index = next((i for i, (s, e) in enumerate(quotes) if s <= start and end <= e), None)
    if index is None:
        return False
    neighbours = []
    if index > 0:
        neighbours.append(ft.text[quotes[index - 1][1] : quotes[index][0]])
    if index + 1 < len(quotes):
        neighbours.append(ft.text[quotes[index][1] : quotes[index + 1][0]])
    return any(len(gap) <= 12 and _LIST_GAP.match(gap) for gap in neighbours)


def _idiom_runs_on(idioms: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when an idiom starts within the words and carries on past them: "want to die"
    in "want to die of embarrassment" is the idiom's, not a wish to die."""
    return any(start <= s < end < e for s, e in idioms)


# A wish not to wake that runs on to a time is a lie-in: "not wake up till Thursday", "don't
# want to wake up tomorrow before 2pm". ("Never wake up again" has no time to run to.)
_WAKE = re.compile(r"\bwak(?:e|ing)\b", re.IGNORECASE)
_UNTIL_A_TIME = re.compile(
    r"(?:\s+(?:up|again|tomorrow|today))*\s+(?:till|until|til|before|b4)\s+"
    r"(?:\d|noon|midday|lunch\w*|dinner|tea\s*time|the\s+(?:weekend|afternoon|evening)|next\b|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|spring|christmas|it['\u2019]s\s+over)",
    re.IGNORECASE,
)


def _lie_in(ft: FieldText, start: int, end: int) -> bool:
    """True when words about not waking run on to a time ("not wake up till Thursday")."""
    return bool(_WAKE.search(ft.text, start, end)) and bool(_UNTIL_A_TIME.match(ft.text, end))


def _hits(ft: FieldText) -> tuple[list[Hit], bool]:
    hits: list[Hit] = []
    touches = False
    idioms = [m.span() for m in _concept("continuations").finditer(ft.text)]
    for signal in signals():
        for match in signal.regex.finditer(ft.text):
            if signal.weight > 0 and _idiom_runs_on(idioms, match.start(), match.end()):
                continue
            if signal.weight > 0 and _lie_in(ft, match.start(), match.end()):
                continue
            weight, touched = _weigh(signal, ft, match.start(), match.end())
            touches = touches or touched
            if weight != 0:
                hits.append(
                    Hit(
                        signal,
                        ft.name,
                        match.start(),
                        match.end(),
                        weight,
                        ft.sentence_index(match.start()),
                        match.group().lower(),
                    )
                )
    # Overlapping hits from different signals describe the same words: keep the heaviest.
    hits.sort(key=lambda h: (-abs(h.weight), h.start))
    kept: list[Hit] = []
    for hit in hits:
        if not any(hit.start < k.end and k.start < hit.end for k in kept):
            kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept, touches


def _window_score(hits: list[Hit]) -> int:
    """Sum the hits' weights, counting a repeated phrase once."""
    seen: dict[tuple[str, str], int] = {}
    for hit in hits:
        key = (hit.signal.name, " ".join(hit.words.split()))
        seen[key] = max(seen[key], hit.weight) if key in seen else hit.weight
    return sum(seen.values())


def _kind_of(ft: FieldText, hit: Hit) -> str:
    """The message a finding speaks with: a goodbye in someone else's quoted words ("it'll all
    be over soon", he said) is their risk, not the writer's."""
    if (
        hit.signal.kind == "self"
        and hit.signal.subject == "any"
        and ft.in_quote(hit.start, hit.end)
    ):
        return "other"
    return hit.signal.kind


def _message(kind: str) -> tuple[str, str | None, str]:
    entry = lexicon.get(f"safeguarding.messages.{kind}")
    return entry["message"], entry.get("suggestion"), entry["principle"]


def _findings(ft: FieldText, hits: list[Hit]) -> list[Finding]:
    findings: list[Finding] = []
    used: set[int] = set()
    short = len(ft.sentences) <= SHORT_FIELD_SENTENCES
    paragraph = _short_paragraphs(ft)
    for index, hit in sorted(enumerate(hits), key=lambda item: -item[1].weight):
        if index in used or hit.weight <= 0:
            continue
        window = [
            (i, other)
            for i, other in enumerate(hits)
            if short
            or abs(other.sentence - hit.sentence) <= 1
            or paragraph.get(other.sentence, -1) == paragraph.get(hit.sentence, -2)
        ]
        if _window_score([other for _, other in window]) < THRESHOLD:
            continue
        used.update(i for i, _ in window)
        lead = min(
            (other for _, other in window if other.weight > 0),
            key=lambda h: (-h.weight, KIND_PRIORITY.index(h.signal.kind), h.start),
        )
        findings.append(_signal_finding(ft, lead))
    if not findings:
        findings.extend(_preparations(ft, hits))
    return findings


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _short_paragraphs(ft: FieldText) -> dict[int, int]:
    """Sentence index -> paragraph number, for the paragraphs of a long post that are short
    enough to read as one window, as a short comment is: a threat's parts ("I know where he
    parks", then his routine, then "he won't be going home") are told across a paragraph."""
    if len(ft.sentences) <= SHORT_FIELD_SENTENCES:
        return {}
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(ft.text)]
    members: dict[int, list[int]] = {}
    for index, (start, _) in enumerate(ft.sentences):
        # The breaks before the sentence (found in order, so sorted), counted by bisection.
        members.setdefault(bisect_left(breaks, start), []).append(index)
    return {
        index: number
        for number, indices in members.items()
        if len(indices) <= PARAGRAPH_SENTENCES
        for index in indices
    }


#: Goodbyes and preparations spread over a long post add up across it, at a higher bar.
PREPARATIONS_THRESHOLD = THRESHOLD + 2


def _preparations(ft: FieldText, hits: list[Hit]) -> list[Finding]:
    """A farewell told across a post: a pet rehomed in one paragraph, a cover story in the
    next, "look after each other" at the end. Only goodbye-type signals (those leaving a job
    or a holiday explain) count, and any such everyday parting anywhere in the field
    cancels the reading."""
    parting = [hit for hit in hits if hit.signal.everyday_partings and hit.weight > 0]
    if len({hit.signal.name for hit in parting}) < 2:
        return []
    if _window_score(parting) < PREPARATIONS_THRESHOLD or _explained(ft, 0, len(ft.text)):
        return []
    lead = max(parting, key=lambda h: (h.weight, -h.start))
    return [_signal_finding(ft, lead)]


def _composite_finding(ft: FieldText, start: int, end: int, rule: str) -> Finding:
    """A safeguarding hold read from several signs together rather than from one list."""
    entry = lexicon.get("safeguarding.messages.composite")
    return finding_from_message(
        ft.name,
        ft.text,
        start,
        end,
        concern="safeguarding",
        entry=entry,
        action="hold",
        rule=rule,
    )


def _signal_finding(ft: FieldText, lead: Hit) -> Finding:
    """The safeguarding hold for evidence that added up, shown on its strongest sign."""
    message, suggestion, principle = _message(_kind_of(ft, lead))
    return finding_at(
        ft.name,
        ft.text,
        lead.start,
        lead.end,
        concern="safeguarding",
        principle=principle,
        message=message,
        suggestion=suggestion,
        action="hold",
        rule=f"safeguarding:{lead.signal.name}",
    )


# -- content warnings, signposting and gentle-language notes ------------------------------------


@cache
def _topic(name: str) -> lexicon.Regex:
    return lexicon.phrase_regex(f"safeguarding.topics.{name}")


def _content_warning(doc: Document, findings: list[Finding]) -> str | None:
    topics: list[str] = []
    title = next((ft.text for ft in doc.fields if ft.name == "title"), "")
    kinds = {f.rule.split(":", 1)[-1] for f in findings}
    for name, label, related in (
        ("suicide", "suicide", {"suicidal", "plan", "means", "farewell", "hopeless", "method"}),
        ("self_harm", "self-harm", {"self_harm", "self_harm_soft", "urges"}),
    ):
        mentions = sum(len(_topic(name).findall(ft.text)) for ft in doc.fields)
        if mentions >= 2 or _topic(name).search(title) or kinds & related:
            topics.append(label)
    if not topics:
        return None
    return "discusses " + " and ".join(topics)


@cache
def _language_notes() -> tuple[tuple[lexicon.Regex, str, str, str | None], ...]:
    notes = []
    for entry in lexicon.get("language.note"):
        regex = lexicon.compile_many(
            [lexicon.expand(p) for p in entry.get("patterns", [])], entry.get("phrases") or None
        )
        notes.append((regex, entry["principle"], entry["message"], entry.get("suggestion")))
    return tuple(notes)


def _notes(doc: Document, content_warning: str | None) -> list[Note]:
    notes: list[Note] = []
    for ft in doc.fields:
        for regex, principle, message, suggestion in _language_notes():
            for match in regex.finditer(ft.text):
                notes.append(
                    Note(principle, ft.name, match.start(), match.end(), message, suggestion)
                )
    if content_warning and doc.kind == "post":
        signposting = lexicon.phrase_regex("safeguarding.topics.signposting")
        if not any(signposting.search(ft.text) for ft in doc.fields):
            for ft in doc.fields:
                first = _topic("suicide").search(ft.text) or _topic("self_harm").search(ft.text)
                if first:
                    notes.append(
                        Note(
                            "sam-signpost-support",
                            ft.name,
                            first.start(),
                            first.end(),
                            "Posts about suicide or self-harm help readers most when they say "
                            "where support is. The site adds its support box; you could also "
                            "mention one yourself.",
                            "Add a line such as: \u201cIf this brings things up for you, "
                            "Samaritans are free on 116 123, any time.\u201d",
                        )
                    )
                    break
        notes.insert(
            0,
            Note(
                "sam-content-warning",
                doc.fields[0].name,
                0,
                0,
                f"This post {content_warning}. A short content note at the top lets readers "
                "choose whether to read on.",
                f"Start with a line such as \u201cContent note: this post {content_warning}.\u201d",
            ),
        )
    return notes


# -- composite reading -----------------------------------------------------------------------------


@cache
def _concept(name: str) -> lexicon.Regex:
    if name == "idioms":
        return lexicon.phrase_regex("safeguarding.idioms.phrases")
    if name == "hyperbole":
        return lexicon.phrase_regex("safeguarding.idioms.hyperbole")
    if name == "continuations":
        return lexicon.phrase_regex("safeguarding.idioms.continuations")
    return lexicon.phrase_regex(f"safeguarding.composite.{name}")


_WRITER = re.compile(
    r"\b(?:i|i['\u2019]m|im|i['\u2019]ve|ive|i['\u2019]ll|i['\u2019]d|me|my|myself)\b", re.I
)


def _composite(ft: FieldText, already: list[Finding]) -> list[Finding]:
    """Risk worded in a way no signal lists: the writer + death or means + intent or distress.

    Runs per sentence, only where no finding was made, with the same context filters as the
    signals (negation, quotation, teaching, hypotheticals, the past, idioms, someone else).
    """
    covered = {ft.sentence_index(f.start) for f in already}
    death = list(_concept("death").finditer(ft.text))
    means = list(_concept("means").finditer(ft.text))
    if not (death or means):
        return []
    idioms = [m.span() for m in _concept("idioms").finditer(ft.text)]
    idioms += [m.span() for m in _concept("continuations").finditer(ft.text)]
    # An idiom's "dead" ("dead small", "dead on my feet") is no word about death for any
    # other word either: drop it before pairing death words with means.
    death = [m for m in death if not any(s <= m.start() < e for s, e in idioms)]
    # A death that is someone else's ("he'd be dead within a year", "lost three mates to
    # suicide", "after the death of a man", "my dad dying") is no word about the writer's
    # death, alone or as the partner of a means in the next sentence.
    death = [
        m
        for m in death
        if not _someone_elses_death(ft, m.start(), m.end())
        and not _third_person_subject(ft, m.start())
    ]
    means = [m for m in means if not any(s <= m.start() < e for s, e in idioms)]
    strong_means = [m.span() for m in _concept("means_strong").finditer(ft.text)]
    # "It's all written in my care plan": a plan for keeping well is no intent.
    care_plans = [m.span() for m in _care_plans().finditer(ft.text)]
    boosters = {
        ft.sentence_index(m.start())
        for m in _concept("intent").finditer(ft.text)
        if not _OTHER_PLAN.match(ft.text, m.end())
        and not any(s <= m.start() < e for s, e in care_plans)
    } | ft.sentences_matching(_concept("distress"))
    weak_boosters = ft.sentences_matching(_concept("intent_weak"))
    findings: list[Finding] = []
    for hit in sorted(death + means, key=lambda m: m.start()):
        start, end = hit.start(), hit.end()
        index = ft.sentence_index(start)
        if index in covered or any(s <= start < e for s, e in idioms):
            continue
        if _TOPIC_AFTER.match(ft.text, end) or _everyday_after().match(ft.text, end):
            # "ligature risk assessment", "suicide prevention training"; a means naming an
            # everyday thing ("the gas bill", "the knife block", "a rope swing").
            continue
        if _OUTING_BEFORE.search(ft.text, max(0, start - 25), start):
            continue  # "then go and see the sea", "a paddle in the river": an outing
        if ft.in_quote(start, end) or ft.mentioned(start) or ft.hypothetical(start):
            continue
        if _exasperated(ft, start) or _lie_in(ft, start, end):
            continue
        if (
            ft.reported(start)
            or ft.negated(start, short_reach=True)
            or _third_person_subject(ft, start)
        ):
            continue
        sentence_start, sentence_end = ft.sentence(start)
        writer = [
            m
            for m in _WRITER.finditer(ft.text, sentence_start, sentence_end)
            if not ft.in_quote(m.start(), m.end())
        ]
        lead_words = ft.text[sentence_start:start].split()
        # "Took loads of ...", "Been sat in the bath with a razor": no subject at all, the
        # sentence opening on a verb, as people write about themselves in a hurry.
        implicit_writer = len(lead_words) <= 1 or (
            _SUBJECTLESS_START.match(ft.text[sentence_start:sentence_end].lstrip()) is not None
            and not _ANY_SUBJECT.search(ft.text, sentence_start, sentence_end)
        )
        if not (writer or implicit_writer):
            continue
        if _THIRD_BEFORE.search(ft.text, max(sentence_start, start - 25), start):
            continue
        if _readers(ft, start):
            continue  # "you can split those tablets": the reader's means, not the writer's
        if ft.time(start, end) == "past":
            continue
        if _parting_explained(ft, start, end):
            continue  # "I won't be here - moving back to Newport"
        if hit in means and _everyday_use().search(ft.text, sentence_start, sentence_end):
            continue  # "a rope in the boot in case we need a tow", "paracetamol for my headache"
        if hit in means and _PLACE_MEANS.fullmatch(hit.group()) and _outing(ft, start):
            continue  # "the multi-storey at dawn with the photography club"
        nearby = {index, max(0, index - 1), min(len(ft.sentences) - 1, index + 1)}
        # A word about death and a means of harm together need nothing more.
        partners = means if hit in death else death
        both = any(ft.sentence_index(m.start()) in nearby for m in partners)
        supported = nearby & boosters or (
            hit in death
            and nearby & weak_boosters
            # "This heat, I'm dying. Can't wait for autumn": a weak sign beside hyperbole.
            and not ft.sentences_matching(_concept("hyperbole")) & nearby
        )
        # Told as just happened, a means that is rarely everyday ("the blade", "the ledge")
        # needs nothing more; "took two paracetamol last night" or "cut my finger this
        # morning" does.
        strong = any(s <= start < e for s, e in strong_means)
        if not (supported or both or (strong and ft.time(start, end) == "recent")):
            continue
        covered.add(index)
        findings.append(_composite_finding(ft, start, end, "safeguarding:composite"))
    return findings


# Who a death belongs to, read from the words just before it: someone lost to it ("lost a
# man we'd worked with for years to suicide"), an event named with a determiner ("after the
# death of", "a death like this", "a suicide on the ward"), a relative or a thing dying ("her
# grandad dying by suicide", "my dad dying", "plants that are mostly dying").
_LOST_TO = re.compile(
    r"\b(?:lost|lose|losing|loses)\s+(?:[\w'\u2019]+\s+){1,10}?to\s+$", re.IGNORECASE
)
_EVENT_NOUN = re.compile(
    r"\b(?:a|an|the|any|each|every|another|this|that|his|her|their|its|your|[\w]+['\u2019]s)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "I lost my job and I want to die": a wish between "lost" and the word makes it the writer's.
_WISH_BETWEEN = re.compile(
    r"\b(?:i|i['\u2019]\w+|want\w*|wish\w*|going|gonna|and|but)\b", re.IGNORECASE
)
_MANNER_BEFORE = re.compile(r"\b(dying|died|dies|death)\s+(?:by|from|of)\s+$", re.IGNORECASE)
_EVENT_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\u2026]|$)|\s+(?:of|like|on|in|at|after|among|within|by|review|was|were)\b",
    re.IGNORECASE,
)
_EVENT_WORDS = frozenset({"death", "suicide", "dying"})
_RELATIVE_BEFORE = re.compile(
    r"\b(?:my|our|his|her|their|your|a|the)"
    + _RELATIVE.pattern.removesuffix(r"s?\b")
    + r"s?\s+(?:\w+\s+)?$"
    r"|\b(?:that|which|who)\s+(?:is|are|was|were)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _someone_elses_death(ft: FieldText, start: int, end: int) -> bool:
    """True when the death word at start:end names someone else's death or a thing's."""
    clause_start, _ = ft.clause(start)
    before = ft.text[max(clause_start, start - 90) : start]
    lost = _LOST_TO.search(before)
    if (
        lost
        and ft.text[start:end].lower() in _EVENT_WORDS
        and not _WISH_BETWEEN.search(lost.group())
    ):
        return True
    # "her grandad dying by suicide": the manner of a death already someone else's.
    manner = _MANNER_BEFORE.search(before)
    if manner and _someone_elses_death(
        ft, manner.start(1) + start - len(before), manner.end(1) + start - len(before)
    ):
        return True
    word = ft.text[start:end].lower()
    if (
        word in _EVENT_WORDS
        and _EVENT_NOUN.search(before[-40:])
        # "after the death of", "a death like this", "any particular death.", not "a suicide
        # is the only way out" or "the death I want".
        and _EVENT_AFTER.match(ft.text, end)
    ):
        # "planning my death" stays the writer's; "the death of me" is an idiom elsewhere.
        return not before.rstrip().lower().endswith("my")
    return (
        word in {"dying", "death", "dead", "died"}
        and _RELATIVE_BEFORE.search(before[-50:]) is not None
    )


# Means that are places: only these can be an outing.
_PLACE_MEANS = re.compile(
    r"(?:the\s+)?(?:bridge|multi-?storey|roof|cliffs?|ledge|motorway|sea|river|canal|viaduct|"
    r"top\s+of|top\s+floor\s+of\s+the\s+car\s+park|car\s+park\s+roof|the\s+line|tracks|"
    r"railway|trains?)",
    re.IGNORECASE,
)


@cache
def _outing_regex() -> lexicon.Regex:
    # Only the outing patterns, not the location signal's company list: "drive into the river
    # with the kids" has company and is no outing.
    spec = lexicon.get("safeguarding.signals.location")
    return lexicon.compile_many([lexicon.expand(p) for p in spec.get("counter_patterns", [])])


def _outing(ft: FieldText, start: int) -> bool:
    """True when the sentence at ``start`` or the next names an outing: with a group or a
    club, for a photograph, or ending at home ("and drove on home to bed")."""
    sentence_start, _ = ft.sentence(start)
    _, after_end = ft.around(start, 0, 1)
    return _outing_regex().search(ft.text, sentence_start, after_end) is not None


def _parting_explained(ft: FieldText, start: int, end: int) -> bool:
    """True when the death word at start:end is a parting ("won't be here") that an everyday
    parting nearby or in the opening sentence explains, as it would a farewell signal."""
    partings = _concept("parting").finditer(ft.text)
    if not any(s < end and start < e for s, e in (m.span() for m in partings)):
        return False
    wide_start, wide_end = ft.around(start, 2, 2)
    opening_start, opening_end = ft.sentences[0]
    return _explained(ft, wide_start, wide_end) or _explained(ft, opening_start, opening_end)


@cache
def _care_plans() -> lexicon.Regex:
    return lexicon.phrase_regex("safeguarding.lists.care_plans")


@cache
def _everyday_use() -> lexicon.Regex:
    return lexicon.phrase_regex("safeguarding.everyday_use.words")


# A place visited for its own sake just before a means word: "go and see the sea".
_OUTING_BEFORE = re.compile(
    r"\b(?:see|seeing|visit|visiting|look\s+at|looking\s+at|paddle\s+in|paddling\s+in|"
    r"swim\s+in|swimming\s+in|a\s+day\s+(?:at|by)|a\s+trip\s+to|a\s+walk\s+(?:by|along))\s+$",
    re.IGNORECASE,
)


@cache
def _everyday_after() -> lexicon.Regex:
    return lexicon.compile(
        r"\s+(?:" + lexicon.list_source("safeguarding.composite.everyday_after") + r")\b"
    )


_SECOND_PERSON = frozenset({"you", "u", "you're", "you\u2019re", "ur", "your", "yours"})
_READER = re.compile(
    r"\b(?:you|u|you['\u2019]re|ur|your|yours|i|i['\u2019]m|im|i['\u2019]ve|ive|i['\u2019]d|"
    r"i['\u2019]ll|me|my|myself|he|she|they|we)\b",
    re.IGNORECASE,
)


def _readers(ft: FieldText, start: int) -> bool:
    """True when the last person named in the clause before ``start`` is the reader: "you
    can split those tablets", "your meds"."""
    clause_start, _ = ft.clause(start)
    people = list(_READER.finditer(ft.text, clause_start, start))
    return bool(people) and people[-1].group().lower() in _SECOND_PERSON


# A plan for something else: "a plan for bad weather", "planned a route", "plan B".
_OTHER_PLAN = re.compile(
    r"(?<=plan|nned)(?:s)?\s+(?:for|b\b|with|of|in\s+place|together|a\s+|the\s+|our\s+|"
    r"to\s+(?!(?:end|kill|die|do\s+it|go\s+through|take\s+my|not\s+be|finish)\b))",
    re.IGNORECASE,
)
_SUBJECTLESS_START = re.compile(
    r"(?:(?:just|still|now|honestly|so|literally|already)\s+)*(?:been|took|taken|bought|sat|"
    r"sitting|stood|standing|had|got|going|gonna|feel\w*|can['\u2019]?t|cant|want\w*|need\w*|"
    r"think\w*|sorted|done|writing|wrote|waiting|lying|cut\w*|burn\w*|planning|planned|"
    r"decided|tried|trying|keep|kept|started|looking|looked|googl\w*|counting|saving|"
    r"stockpil\w*|found|ordered|lined|hiding|hid)\b",
    re.IGNORECASE,
)
_ANY_SUBJECT = re.compile(
    r"\b(?:i|i['\u2019]m|im|i['\u2019]ve|ive|we|you|he|she|they|it|this|that|there|"
    r"someone|somebody|people|everyone|nobody)\b",
    re.IGNORECASE,
)
_THIRD_BEFORE = re.compile(
    r"\b(?:he|she|they|his|her|their|him|them|patient|client|man|woman|lad|girl|boy|someone|"
    r"somebody|people|person)(?:['\u2019]s)?\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _read(ft: FieldText) -> tuple[list[Finding], bool]:
    hits, touches = _hits(ft)
    found = _findings(ft, hits)
    found += _composite(ft, found)
    if not found:
        found = _gist(ft)
    return found, touches


# -- the gist of a short text ---------------------------------------------------------------------

#: How many different kinds of sign a short text needs, and which kinds must be among them.
GIST_KINDS = 3
GIST_ANCHORS = ("parting", "arranging", "means")
GIST_MAX_SENTENCES = 6


@cache
def _gist_kinds() -> dict[str, lexicon.Regex]:
    return {
        name: lexicon.phrase_regex(f"safeguarding.gist.{name}")
        for name in lexicon.get("safeguarding.gist")
    }


_EXPLAINED = re.compile(
    r"\b(?:about|because|cos|coz|since|so\s+(?:that|i|we|he|she|they)|while|whilst|until|till|"
    r"in\s+case|for\s+(?:his|her|their|the|my|our)\s+(?!(?:own|good|keeps|last)\b)\w+)\b",
    re.IGNORECASE,
)


@cache
def _company() -> lexicon.Regex:
    return lexicon.phrase_regex("safeguarding.lists.company")


def _gist(ft: FieldText) -> list[Finding]:
    """A short text by the writer with three different kinds of sign (a parting, an
    arrangement, calm, something kept from others, a place, a time, a means, worthlessness),
    one of them a parting, an arrangement or a means: the gist of a farewell that
    no phrase names. An everyday parting or an outing anywhere in the text cancels it."""
    if len(ft.sentences) > GIST_MAX_SENTENCES or not _WRITER.search(ft.text):
        return []
    if _explained(ft, 0, len(ft.text)) or _company().search(ft.text):
        return []
    idioms = [m.span() for m in _concept("idioms").finditer(ft.text)]
    found: dict[str, list[tuple[int, int]]] = {}
    for name, regex in _gist_kinds().items():
        for match in regex.finditer(ft.text):
            start, end = match.span()
            if any(s <= start < e for s, e in idioms) or ft.in_quote(start, end):
                continue
            if ft.mentioned(start) or ft.hypothetical(start) or ft.time(start, end) == "past":
                continue
            # An arrangement explained ("a note for Shaz about the boiler") is an errand.
            _, clause_end = ft.clause(start)
            if _EXPLAINED.search(ft.text, end, clause_end):
                continue
            found.setdefault(name, []).append((start, end))
    anchors = [name for name in GIST_ANCHORS if name in found]
    # Several different arrangements or partings count beyond their kind, up to two more.
    extra = min(2, sum(len(found[name]) - 1 for name in anchors))
    if not anchors or (len(found) + extra < GIST_KINDS + 1 and len(found) < GIST_KINDS):
        return []
    start, end = found[anchors[0]][0]
    return [_composite_finding(ft, start, end, "safeguarding:gist")]


def _as_written(finding: Finding, view: spelling.Standard) -> Finding:
    """A finding made on the standard-spelling view, pointed at the words as written."""
    start, end = view.original_span(finding.start, finding.end)
    return replace(finding, start=start, end=end, excerpt=view.original[start:end])


def _standard_reading(doc: Document) -> tuple[list[Finding], bool] | None:
    """Read the standard-spelling view of the fields ("wud" as "would", "me mam" as "my
    mam"), or None when every field is already in standard spelling."""
    views = {ft.name: spelling.standard(ft.text) for ft in doc.fields}
    if not any(view.changed for view in views.values()):
        return None
    standard = Document(doc.kind, {name: view.text for name, view in views.items()})
    findings: list[Finding] = []
    touches = False
    with gate.active(standard.text, [ft.text for ft in standard.fields]):
        for ft in standard.fields:
            found, touched = _read(ft)
            touches = touches or touched
            findings.extend(_as_written(finding, views[ft.name]) for finding in found)
    return findings, touches


def _second_reader(doc: Document) -> list[Finding]:
    """The learned second reader (risk_model.py): when the rules found nothing, a text the
    model scores over its threshold is held, pointed at the sentence whose words weigh most
    (with its neighbour when that weighs at least half as much). It only ever adds a hold;
    it never returns and never removes a finding."""
    model = risk_model.current()
    if model is None or not doc.fields:
        return []
    if not model.fires([ft.text for ft in doc.fields]):
        return []
    message, suggestion, principle = _message("other")
    return model.hold_on_strongest_passage(
        doc.fields,
        concern="safeguarding",
        message=message,
        suggestion=suggestion,
        principle=principle,
        rule="safeguarding:model",
    )


def assess(doc: Document) -> Assessment:
    """Read the whole submission for safeguarding risk, content warnings and wording notes."""
    assessment = Assessment()
    reading = _standard_reading(doc)
    if reading is None:
        for ft in doc.fields:
            found, touches = _read(ft)
            assessment.touches_first_person = assessment.touches_first_person or touches
            assessment.findings.extend(found)
    else:
        assessment.findings, assessment.touches_first_person = reading
    if not assessment.findings:
        assessment.findings.extend(_second_reader(doc))
    assessment.content_warning = _content_warning(doc, assessment.findings)
    assessment.notes = _notes(doc, assessment.content_warning)
    if assessment.findings:
        assessment.touches_first_person = True
    return assessment
