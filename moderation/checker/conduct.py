"""Conduct: graded profanity, slurs, sexual remarks, demeaning generalisations and
personal attacks.

* Mild and medium swearing not aimed at anyone is not a finding ("bloody hell, what a
  shift"); strong swearing holds; slurs return (hold when quoted or reported).
* Stigmatising words ("psycho", "nutter") are findings only when used on someone, never
  when someone is talking about them.
* An attack needs a person as its target — a reader ("you idiot"), a named or
  identifiable colleague or team ("the night team on Rowan are useless") — not a system,
  a policy or the writer themself ("I was an idiot to think...").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import lexicon
from .context import OPENS_ON_HANDLE, Document, FieldText
from .verdict import Finding, Note, finding_at

_INTENSIFIERS = (
    r"(?:(?:such|so|just|really|clearly|obviously|frankly|honestly|truly|genuinely|literally|"
    r"actually|nothing\s+but|an?|the|"
    r"one|complete|total|utter|absolute|completely|totally|utterly|absolutely|bloody|fucking|"
    r"f\*+ing|massive|pathetic|stupid|ignorant|sad|little|typical|proper|right|bunch\s+of|"
    r"load\s+of|pack\s+of|lot\s+of|collection\s+of|shower\s+of|waste\s+of|biggest|most),?\s+)*"
)


@cache
def _regexes() -> dict[str, lexicon.Regex]:
    # Up to three describing words before the insult, listed or not ("a cold, lazy old
    # cow", "a sanctimonious prick"): the insult itself carries the attack. Words that turn
    # the sentence ("but", "not", "who") stop the run, so "a good nurse but lazy" is not read
    # as one insult.
    adjectives_run = (
        r"(?:(?:" + lexicon.list_source("conduct.attack.insult_adjectives") + r"|"
        r"(?!(?:" + lexicon.list_source("conduct.attack.run_breakers") + r")\b)"
        r"[a-z]+(?:-[a-z]+)?)"
        r"\s*,?\s*(?:and\s+)?){0,3}?"
    )
    groups = lexicon.list_source("conduct.groups.nouns")
    flags = lexicon.FLAGS
    return {
        "strong": lexicon.phrase_regex("conduct.profanity.strong"),
        "hard": lexicon.phrase_regex("conduct.slurs.hard"),
        "ambiguous": lexicon.phrase_regex("conduct.slurs.ambiguous"),
        "clinical_after": lexicon.compile(
            r"\s+(?:" + lexicon.list_source("conduct.slurs.clinical_after") + r")\b", flags
        ),
        "everyday_after": lexicon.compile(
            r"\s+(?:" + lexicon.list_source("conduct.slurs.ambiguous_everyday_after") + r")\b",
            flags,
        ),
        "stigma": lexicon.phrase_regex("conduct.slurs.stigma"),
        "mention": lexicon.phrase_regex("conduct.slurs.mention_cues"),
        "discussion": lexicon.phrase_regex("conduct.slurs.discussion_cues"),
        "sneer": lexicon.pattern_regex("conduct.attack.sneer_patterns"),
        "verdict": lexicon.pattern_regex("conduct.attack.verdict_patterns"),
        "explicit": lexicon.phrase_regex("conduct.sexual.explicit"),
        "sex_clinical_word": lexicon.phrase_regex("conduct.sexual.clinical_words"),
        "sex_clinical_context": lexicon.phrase_regex("conduct.sexual.clinical_context"),
        "innuendo": lexicon.compile_many(
            lexicon.strings("conduct.sexual.innuendo_patterns"),
            lexicon.strings("conduct.sexual.innuendo"),
        ),
        # Rare words first: find a demeaning word or an insult, then read back from it.
        "descriptor": lexicon.phrase_regex(
            "conduct.groups.descriptors", "conduct.groups.demeaning.nouns"
        ),
        "closing_descriptor": lexicon.compile(
            r"\b(?:"
            + lexicon.list_source("conduct.groups.closing_descriptors")
            + r")(?=\s*(?:[.,!?;:)\n]|$)"
            r"|\s+(?:ngl|tbh|lol|honestly|every\s+time|all\s+of\s+them)\b)",
            flags,
        ),
        "group_before": lexicon.compile(
            # Up to eight words of what the group does: "anyone who takes an overdose for
            # the third time is ...".
            rf"(?<![\w])(?:{groups})(?:\s+[\w-]+){{0,8}}?\s+(?:are|is|were|r)\s+"
            rf"(?:(?:all|just|mostly|basically|nothing\s+but|such|so|a\s+bunch\s+of|a\s+load\s+of|"
            rf"only|always|never|usually|simply|generally|largely|the\s+ones)\s+)*"
            rf"(?:[\w-]+\s+){{0,2}}?$"
            rf"|\b(?:these|those)\s+(?:\S+\s+)?(?:{groups})\b[^.!?\n]{{0,60}}?\b$"
            # What the group supposedly cannot do: "half the overseas nurses here can't even
            # speak English properly".
            rf"|(?<![\w])(?:{groups})(?:\s+[\w-]+){{0,4}}?\s+(?:can['\u2019]?t|cannot|can\s+barely|"
            rf"can\s+hardly)\s+(?:even\s+)?(?:[\w-]+\s+)?$"
            # A description that is itself a verb phrase, straight after the group: "bipolar
            # people shouldn't be allowed to work on wards".
            rf"|(?<![\w])(?:{groups})\s+$"
            rf"|(?<![\w])(?:{groups})\s+(?:should|need\s+to|ought\s+to)\s+(?:be\s+)?(?:\w+\s+){{0,3}}?$"
            # A right denied to the group, however it is named: "people with learning
            # disabilities shouldn't be allowed to have kids".
            rf"|(?<![\w])(?:{groups})(?:\s+[\w-]+){{0,4}}?(?:\s*,[^,.!?\n]{{1,60}},)?\s+"
            rf"(?:should(?:n['\u2019]?t|\s+not|\s+never)|"
            rf"must\s+not|mustn['\u2019]?t|ought\s+not\s+to)\s+$",
            flags,
        ),
        "demeaning_group": lexicon.compile(
            r"\b(?:those|these|all\s+the|all\s+these|all\s+those|bunch\s+of|load\s+of|"
            r"lot\s+of|typical|bloody|fucking|half\s+(?:of\s+)?the|most\s+of\s+the|"
            r"some\s+of\s+the|all\s+of\s+the|(?:half|most|some|all)\s+of\s+these|"
            r"(?:half|most|some|all)\s+of\s+those)\s+(?:[\w-]+\s+)?(?:"
            + lexicon.list_source("conduct.groups.demeaning.nouns")
            + r")(?!\w)|(?<![\w])(?:"
            + lexicon.list_source("conduct.groups.demeaning.nouns")
            + r")\s+(?:(?:should|need\s+to|are\s+all|are\s+just|ought\s+to|can\s+go|want\s+to)\b|"
            # "Same frequent flyers through the 136 suite every weekend, wasting police time".
            r"(?:[\w-]+,?\s+){0,6}?(?:wasting|clogging\s+up|hogging|blocking\s+(?:beds|the))\b)"
            # A verbless sentence pinning the noun on a share of the group just named:
            # "Scroungers, most of them, and they moan louder than …".
            + r"|(?:^|[.!?]\s+|\n)(?:"
            + lexicon.list_source("conduct.groups.demeaning.nouns")
            + r")\s*,?\s*(?:the\s+lot|most|half|all|the\s+majority|nearly\s+all|every\s+one)"
            r"\s+of\s+(?:them|em|['\u2019]em)\b",
            flags,
        ),
        "group_send": lexicon.compile(
            # "Home" with where or how is a discharge ("send dads home with a car seat").
            rf"\b(?:send|ship|kick|throw)\s+(?:\w+\s+){{0,2}}?(?:{groups})\s+(?:\w+\s+)?"
            r"(?:home\b(?!\s+(?:with|without|to|after|early|alone|on|from|for|once|when|at|"
            r"in|by|and\s+(?:wait|ring|call|hope))\b)|back\b|out\b)",
            flags,
        ),
        # A slur or a stigma word aimed at a person is an insult too.
        "insult": lexicon.phrase_regex(
            "conduct.attack.insult_nouns",
            "conduct.attack.insult_adjectives",
            "conduct.slurs.hard",
            "conduct.slurs.ambiguous",
            "conduct.slurs.stigma",
        ),
        "insult_noun": lexicon.phrase_regex("conduct.attack.insult_nouns"),
        "demeaning_noun": lexicon.phrase_regex("conduct.groups.demeaning.nouns"),
        # "that nasty, two-faced woman": insulting words on an ordinary word for a person.
        "person_noun": lexicon.compile(
            r"\b(?:woman|man|bloke|lad|girl|guy|fella|lady|individual|person|creature|"
            r"specimen|nurse|doctor|manager|consultant|matron|sister|cow)\b",
            flags,
        ),
        # (Words that describe harm done, "that dangerous man", are a report, not an insult.)
        "insulting_words_before": lexicon.compile(
            r"\b(?:that|this|what\s+an?)\s+(?:(?:"
            + _insulting_words()
            + r")\s*,?\s*(?:and\s+)?){1,3}$"
            # Two or more said of someone: "He is a vain, vacuous little man".
            + r"|(?:\b(?:is|was)|['\u2019]s)\s+(?:such\s+|just\s+|nothing\s+but\s+)?an?\s+(?:(?:"
            + _insulting_words()
            + r")\s*,?\s*(?:and\s+)?){2,3}(?:(?:little|old|jumped-up)\s+)?$",
            flags,
        ),
        "the_insulting_words_before": lexicon.compile(
            r"\b(?:the|that|this|what\s+an?)\s+(?:(?:"
            + lexicon.alternation(
                [
                    word
                    for word in lexicon.strings("conduct.attack.insult_adjectives")
                    if word not in lexicon.strings("conduct.attack.harm_described")
                    and " " not in word
                ]
            )
            + r")\s*,?\s*(?:and\s+)?){1,3}(?:(?:little|old|bloody|great|big|fat|jumped-up)\s+)?$",
            flags,
        ),
        "reader_before": lexicon.compile(
            rf"\b(?:you|u)(?:['\u2019]?re|\s+are|\s+r)?\s+{_INTENSIFIERS}{adjectives_run}$"
            # "Stop being such a ... about it", "don't be a ...": said to the reader.
            rf"|\b(?:stop|quit)\s+being\s+{_INTENSIFIERS}{adjectives_run}$"
            rf"|\b(?:don['\u2019]?t|do\s+not)\s+be\s+(?:such\s+)?(?:an?\s+)?{adjectives_run}$"
            rf"|\bare\s+(?:you|u)\s+(?:\w+\s+){{0,2}}(?:an?\s+)?$"
            r"|\bwhat\s+an?\s+$",
            flags,
        ),
        "reader": lexicon.compile(
            r"\b(?:people|idiots|morons|muppets|the\s+likes)\s+(?:like|of)\s+(?:you|u)\b"
            r"|,\s*genius\b",
            flags,
        ),
        "dismissive": lexicon.phrase_regex("conduct.attack.dismissive"),
        "predicate_before": lexicon.compile(
            # (An aside may follow the verb: "Ben is, frankly, a smug fraud".)
            rf"(?:\b(?:is|are|was|were)|['\u2019]s|['\u2019]re),?\s+{_INTENSIFIERS}{adjectives_run}$",
            flags,
        ),
        "that_before": lexicon.compile(r"\b(?:that|this|what\s+an?)\s+(?:[a-z]+\s+){0,2}?$", flags),
        "calls": lexicon.compile_many(
            lexicon.strings("conduct.attack.calls_for_harm_patterns"),
            lexicon.strings("conduct.attack.calls_for_harm"),
        ),
        "threat": lexicon.pattern_regex("conduct.attack.threat_patterns"),
        # A slur standing for one particular person: "the spaz in the wheelchair", "that
        # retard on reception" (a plural or a generic use is offensive content only).
        "slur_person": lexicon.compile(
            r"\b(?:the|that|this)\s+(?:(?!(?:"
            + lexicon.list_source("conduct.attack.run_breakers")
            + r")\b)[a-z]+\s+)?(?:"
            + lexicon.list_source("conduct.slurs.hard")
            + r")(?<!s)(?!\w)"
            # ...or plural, for the people who run or staff something: "the ... who run this
            # trust", "those ... in charge".
            + r"|\b(?:the|those|these)\s+(?:"
            + lexicon.list_source("conduct.slurs.hard")
            + r")(?<=s)\s+(?:(?:who|that)\s+(?:run|runs|manage|are\s+in\s+charge|are\s+running|"
            r"work\s+(?:on|in|at))|in\s+charge|running|managing)\b",
            flags,
        ),
        "not_people": lexicon.phrase_regex("conduct.attack.not_people"),
    }


def _message(key: str) -> tuple[str, str | None, str]:
    entry = lexicon.get(f"conduct.messages.{key}")
    return entry["message"], entry.get("suggestion"), entry["principle"]


def _make(
    ft: FieldText, start: int, end: int, concern: str, key: str, action: str, rule: str
) -> Finding:
    message, suggestion, principle = _message(key)
    return finding_at(
        ft.name,
        ft.text,
        start,
        end,
        concern=concern,
        principle=principle,
        message=message,
        suggestion=suggestion,
        action=action,  # type: ignore[arg-type]
        rule=rule,
    )


LOOKBACK = 120  # characters read back from an insult for its subject and verb


@cache
def _insulting_word_list() -> tuple[str, ...]:
    """The insulting adjectives, less the words that describe harm ("that dangerous man")."""
    harm = set(lexicon.strings("conduct.attack.harm_described"))
    return tuple(w for w in lexicon.strings("conduct.attack.insult_adjectives") if w not in harm)


@cache
def _insulting_words() -> str:
    """The insulting adjectives as an alternation."""
    return lexicon.alternation(_insulting_word_list())


@cache
def _insult_openers() -> frozenset[str]:
    """The one-word insulting adjectives, lower-cased, that may open a verbless verdict."""
    return frozenset(word.lower() for word in _insulting_word_list() if " " not in word)


@cache
def _verbless_verdict() -> re.Pattern[str]:
    """Two or more insulting words opening a sentence, with no subject of their own."""
    words = _insulting_words()
    return re.compile(
        rf"\s*(?:{words})\s*(?:,\s*|\s+and\s+)(?:and\s+)?(?:{words})\b", re.IGNORECASE
    )


def read_back(
    ft: FieldText, anchors: lexicon.Regex, before: lexicon.Regex, *, reach: int = LOOKBACK
) -> list[tuple[int, int, int]]:
    """(start, anchor start, end) where ``before`` ends right at an ``anchors`` match.

    "…the night team are a bunch of lazy, heartless jobsworths": find "jobsworths", then
    read back within its sentence for "are a bunch of lazy, heartless ".
    """
    found = []
    for anchor in anchors.finditer(ft.text):
        sentence_start, _ = ft.sentence(anchor.start())
        lead = before.search(ft.text, max(sentence_start, anchor.start() - reach), anchor.start())
        if lead:
            found.append((lead.start(), anchor.start(), anchor.end()))
    return found


# Pictographs and symbols: written between words, an emoji ends a sentence as a full stop
# would ("… with actual qualifications 🙄 Stick to your colouring-in").
_EMOJI = re.compile("[\u2600-\u27bf\U0001f300-\U0001faff]")


@lru_cache(maxsize=32)
def _has_emoji(text: str) -> bool:
    return _EMOJI.search(text) is not None


def _clause_start(ft: FieldText, start: int) -> int:
    """Where the words at ``start`` begin: their sentence, or the last emoji before them."""
    sentence_start, _ = ft.sentence(start)
    if not _has_emoji(ft.text):
        return sentence_start
    emoji = [m.end() for m in _EMOJI.finditer(ft.text, sentence_start, start)]
    return emoji[-1] if emoji else sentence_start


def _is_mention(ft: FieldText, start: int, end: int) -> bool:
    """Quoted, reported ("got called ...") or talked about ("words like ...")."""
    if ft.in_quote(start, end):
        return True
    clause_start = _clause_start(ft, start)
    # A cue counts unless the writer speaks in their own voice after it ("Don't care what
    # the policy says, I'm not calling that … 'she'").
    cue = ft.cue_between("mention", clause_start, start)
    if (
        cue is not None
        and not _OWN_CLAUSE_AFTER_CUE.search(ft.text, cue[1], start)
        and not _JOB_AFTER_CUE.match(ft.text, cue[1])
    ):
        return True
    lead = _SO_CALLED.sub(" ", ft.text[max(clause_start, start - 40) : start])
    cues = [
        m for m in _regexes()["mention"].finditer(lead) if not _JOB_AFTER_CUE.match(lead, m.end())
    ]
    return bool(cues) and not _OWN_CLAUSE_AFTER_CUE.search(lead, cues[-1].end())


# A teaching word that is part of someone's job title ("our module lead", "the training
# manager") names a person, not a lesson.
_JOB_AFTER_CUE = re.compile(
    r"\s+(?:lead|leads|leader|manager|co-?ordinator|director|tutor|convenor|organiser)\b",
    re.IGNORECASE,
)


# The writer speaking in their own voice after a cue, in a clause of their own: "…, I'm not
# calling that …" (not "he said I'm a …", which reports what was said).
_OWN_CLAUSE_AFTER_CUE = re.compile(
    r"[,;:\u2013\u2014]\s*(?:but\s+|and\s+|so\s+)?i(?:['\u2019]m|\s+am|['\u2019]ll|\s+will|['\u2019]d|"
    r"\s+won['\u2019]?t)\b",
    re.IGNORECASE,
)


# "So-called" is scorn, not a report of what someone was called ("the so-called peer
# workers round here are …").
_SO_CALLED = re.compile(r"\bso[- ]called\b", re.IGNORECASE)


# -- swearing, slurs, sexual remarks ------------------------------------------------------------


def _mention_note(ft: FieldText, start: int, end: int) -> Note:
    """A slur quoted or reported ("a patient called me a … last night") is talked about, not
    used (MODERATION.md): no finding, an advice note suggesting it be masked."""
    message, suggestion, principle = _message("slur_mentioned")
    return Note(principle, ft.name, start, end, message, suggestion)


def detect_language(ft: FieldText, notes: list[Note]) -> list[Finding]:
    """Strong profanity (hold), slurs (return), stigma words used on someone; a slur quoted
    or reported adds a note to ``notes`` instead."""
    found: list[Finding] = []
    rx = _regexes()
    for match in rx["strong"].finditer(ft.text):
        found.append(
            _make(
                ft, match.start(), match.end(), "offensive-content", "strong", "hold", "profanity"
            )
        )
    slurs = [(m.start(), m.end()) for m in rx["hard"].finditer(ft.text)]
    for start, end in sorted(slurs + masked_slurs(ft)):
        if rx["clinical_after"].match(ft.text, end):
            continue  # "spastic diplegia": the clinical term
        sentence_start, sentence_end = ft.sentence(start)
        if rx["discussion"].search(ft.text, sentence_start, sentence_end):
            continue  # "I hate the word '...'": talking about the word, not using it
        if _is_mention(ft, start, end):
            notes.append(_mention_note(ft, start, end))
        else:
            found.append(_make(ft, start, end, "offensive-content", "slur", "return", "slur"))
    for match in rx["ambiguous"].finditer(ft.text):
        # "Out for a fag", "a three-day bender", "cuts will cripple the service": everyday
        # words, unless they are used of people.
        if rx["everyday_after"].match(ft.text, match.end()):
            continue
        if _VERB_BEFORE.search(ft.text, max(0, match.start() - 12), match.start()):
            continue  # "the cuts will cripple ...": a verb, not a name for people
        called = _CALLED.search(ft.text, max(0, match.start() - 30), match.start())
        # "A [word] like you" is said of the reader, whatever comes before it.
        like_you = _LIKE_YOU.match(ft.text, match.end())
        if not (called or like_you or _used_of_someone(ft, match.start())):
            continue
        sentence_start, sentence_end = ft.sentence(match.start())
        if rx["discussion"].search(ft.text, sentence_start, sentence_end):
            continue
        if _is_mention(ft, match.start(), match.end()):
            notes.append(_mention_note(ft, match.start(), match.end()))
        else:
            found.append(
                _make(ft, match.start(), match.end(), "offensive-content", "slur", "return", "slur")
            )
    for match in rx["stigma"].finditer(ft.text):
        if _is_mention(ft, match.start(), match.end()):
            continue
        if _used_of_someone(ft, match.start()):
            found.append(
                _make(
                    ft, match.start(), match.end(), "offensive-content", "stigma", "hold", "stigma"
                )
            )
    found.extend(_sexual(ft))
    return found


# A word written with some letters masked or swapped for look-alikes: "f*ggot", "r3tard",
# "p@ki". It starts with a letter and has at least one masking character inside.
_MASKED_WORD = re.compile(r"(?<![\w*#$@])[a-z][a-z0-9*#$@!]{2,}(?![\w*#$@])", re.IGNORECASE)
# Cheap test first: a masking character or a digit with a letter (or mask) after it; the
# letter before it is checked in Python (a leading character class lets re skip ahead).
_MASK_INSIDE = re.compile(r"[*#$@!0-9][A-Za-z*#0-9]")
_MASK_CHARS = frozenset("*#$@!0123456789")
_LOOK_ALIKES = {"1": "i", "!": "i", "0": "o", "3": "e", "4": "a", "@": "a", "$": "s", "5": "s"}


@cache
def _maskable_slurs() -> tuple[tuple[str, bool], ...]:
    """(letters, takes a suffix) for each one-word slur of four letters or more: a
    shorter one masked ("w*g") is too like other masked words to tell apart. The slurs that
    are also everyday words count too: nobody disguises "poof" in "and poof, it vanished",
    so "p00fs" is the slur."""
    words = []
    for entry in (
        *lexicon.strings("conduct.slurs.hard"),
        *lexicon.strings("conduct.slurs.ambiguous"),
    ):
        letters = entry.rstrip("*").lower()
        if " " in letters or "-" in letters or len(letters) < 4:
            continue
        words.append((letters, entry.endswith("*")))
    return tuple(words)


def _unmasks_to(word: str, slur: str, suffix: bool) -> bool:
    """True when ``word``, read with its masked characters as any letter and look-alike
    digits as the letters they stand for, spells ``slur`` (plus a plural or suffix)."""
    longer = len(word) > len(slur)
    if len(word) < len(slur) or (longer and not (suffix or word[len(slur) :] == "s")):
        return False
    masked = 0
    for char, wanted in zip(word, slur, strict=False):
        if char == wanted:
            continue
        if char not in "*#" and _LOOK_ALIKES.get(char) != wanted:
            return False
        # A look-alike digit says which letter it is ("p00f"); a star hides it.
        masked += char in "*#"
    # The first letter written out, and no more than a third of the rest hidden: "c**n"
    # or "t**d" could be several words, "f*ggot" and "r3tard" only one.
    return word[0] == slur[0] and masked <= max(1, len(slur) // 3)


def masked_slurs(ft: FieldText) -> list[tuple[int, int]]:
    """Spans of hard slurs written masked ("you f*ggot"): a slur is still a slur with a
    star in it, though the strong-swearing list already covers masked swear words."""
    return _masked_slurs_in(ft.text)


@lru_cache(maxsize=32)
def _masked_slurs_in(text: str) -> list[tuple[int, int]]:
    # Cached: both the slur check and the attack check ask for the same field.
    found: list[tuple[int, int]] = []
    if not any(
        m.start() > 0 and text[m.start() - 1].isalpha() for m in _MASK_INSIDE.finditer(text)
    ):
        return found
    for match in _MASKED_WORD.finditer(text):
        word = match.group().lower()
        if _MASK_CHARS.isdisjoint(word):
            continue
        if any(_unmasks_to(word, slur, suffix) for slur, suffix in _maskable_slurs()):
            found.append((match.start(), match.end()))
    return found


_USED_OF_SOMEONE = re.compile(
    r"(?:\byou(?:['\u2019]?re|\s+are)?|\bis|\bare|\bwas|\bwere|['\u2019]s|['\u2019]re|\bbunch\s+of|"
    r"\bload\s+of|\blike|\bwhat|\bthose|\bthese|\bthat|\bsuch|\bsome|\btotal|\bcomplete|"
    r"\babsolute|\bproper|\bright|\bfucking|\bbloody|\bof)\s+(?:(?:an?|bit\s+of\s+an?|"
    r"[a-z]+)\s+){0,2}$",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|can|might|may|must|shall|should|to|did|does|do|don['\u2019]?t)|"
    r"['\u2019](?:ll|d))\s+$",
    re.IGNORECASE,
)
_CALLED = re.compile(
    r"\b(?:called|call(?:s|ing)?|names?\s+like)\s+(?:me|him|her|us|them|you)?\s*(?:an?\s+)?$", re.I
)
_WRITER_AS_SUBJECT = re.compile(r"\bi(?:['\u2019]?m|\s+am|\s+was|\s+felt|\s+feel)\b", re.I)


def _used_of_someone(ft: FieldText, start: int) -> bool:
    """True when the word is said of a person or people ("you ...", "those ...", "he's a
    ..."), not of the writer ("I felt such a ...")."""
    sentence_start, _ = ft.sentence(start)
    lead = ft.text[max(sentence_start, start - 30) : start]
    return bool(_USED_OF_SOMEONE.search(lead)) and not _WRITER_AS_SUBJECT.search(lead)


def _clinical_sex_word(ft: FieldText, match: re.Match[str]) -> bool:
    """True for a word that is also clinical ("orgasm") used where sexual function is
    discussed as health ("sexual side effects", "libido", "prolactin")."""
    rx = _regexes()
    if not rx["sex_clinical_word"].fullmatch(match.group()):
        return False
    around_start, around_end = ft.around(match.start(), 1, 1)
    return rx["sex_clinical_context"].search(ft.text, around_start, around_end) is not None


def _sexual(ft: FieldText) -> list[Finding]:
    rx = _regexes()
    explicit = [
        m
        for m in rx["explicit"].finditer(ft.text)
        if not ft.in_quote(m.start(), m.end()) and not _clinical_sex_word(ft, m)
    ]
    innuendo = [m for m in rx["innuendo"].finditer(ft.text) if not ft.in_quote(m.start(), m.end())]
    score = 2 * len(explicit) + len({m.group().lower() for m in innuendo})
    if score < 2:
        return []
    first = min([*explicit, *innuendo], key=lambda m: m.start())
    sentence_start, sentence_end = ft.sentence(first.start())
    return [
        _make(ft, sentence_start, sentence_end, "offensive-content", "sexual", "hold", "sexual")
    ]


_CANNOT = re.compile(
    r"\b(?:can['\u2019]?t|cannot|can\s+barely|can\s+hardly|shouldn['\u2019]?t|should\s+not)\b",
    re.IGNORECASE,
)

# A description put on a group by others, reported rather than asserted: "people who
# self-harm are often seen as attention seekers", "are written off as time-wasters".
_FRAMED = re.compile(
    r"\b(?:seen|viewed|labelled|labeled|called|dismissed|treated|written\s+off|branded|"
    r"described|portrayed|stereotyped|thought\s+of|regarded|painted|judged|made\s+to\s+feel)\b",
    re.IGNORECASE,
)


def detect_groups(ft: FieldText) -> list[Finding]:
    """Demeaning generalisations about a group of people."""
    found: list[Finding] = []
    rx = _regexes()
    # The description itself may be denied ("people in crisis are not attention seekers").
    # So may it be framed as others' view ("are seen as attention seekers").
    # ("Can't", "shouldn't" inside the description are its own words, not a denial.)
    spans = [
        (start, end)
        for descriptor in (rx["descriptor"], rx["closing_descriptor"])
        for start, anchor, end in read_back(ft, descriptor, rx["group_before"])
        if (not ft.negated(anchor) or _CANNOT.search(ft.text, start, anchor + 12))
        and not _FRAMED.search(ft.text, start, anchor)
    ]
    spans += [(m.start(), m.end()) for m in rx["group_send"].finditer(ft.text)]
    spans += [(m.start(), m.end()) for m in rx["demeaning_group"].finditer(ft.text)]
    for start, end in sorted(spans):
        # (Past a full stop too: a pattern anchored on the sentence before starts there.)
        while start < end and (ft.text[start].isspace() or ft.text[start] in ".!?"):
            start += 1
        if _is_mention(ft, start, end) or ft.reported(start) or ft.negated(start):
            continue
        # "People who..." is generic, but "most/all people who..." is still a generalisation.
        if ft.hypothetical(start) and not re.search(
            r"\b(?:most|all|these|those)\s+$", ft.text[max(0, start - 12) : start], re.I
        ):
            continue
        found.append(_make(ft, start, end, "offensive-content", "group", "hold", "demeaning-group"))
    return found


# -- personal attacks ----------------------------------------------------------------------------

_PERSON_SUBJECT = re.compile(
    r"\b(?:he|she|they|him|her|them|whoever|the\s+(?:man|woman|guy|bloke|lad|lass|lady|chap|fella|"
    r"author|writer|poster|op)|(?:this|that)\s+(?:man|woman|guy|bloke|one|person|nurse|doctor|"
    r"manager|consultant|psychiatrist|psychologist|worker|lot|idiot|gp|hca|pharmacist|"
    r"receptionist|therapist|counsellor|paramedic|midwife|surgeon|physio|porter|cpn|ot|"
    r"teacher|senco|social\s+worker|registrar|matron|sister|support\s+worker|locum)|team|teams|staff|nurses|"
    r"doctors|consultant|consultants|manager|managers|matron|sister|colleague|colleagues|"
    r"registrar|psychiatrist|psychologist|social\s+worker|ot|cpn|crew|lot\s+of\s+them|"
    r"the\s+lot\s+of\s+them|everyone\s+(?:in|on|at)\s+\w+|the\s+lot\s+(?:on|in|at|from)\s+\w+|"
    r"mr|mrs|ms|miss|dr|prof)\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    [
        "I",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "A",
        "An",
        "It",
        "My",
        "Our",
        "Your",
        "Their",
        "His",
        "Her",
    ]
)


def _names_a_person(subject: str, at_sentence_start: bool) -> bool:
    """True when the words before a predicate name a person or an identifiable group."""
    if _PERSON_SUBJECT.search(subject):
        return True
    words = subject.split()
    for index, word in enumerate(words):
        clean = word.strip(",.;:()\"'\u201c\u201d\u2018\u2019")
        if index == 0 and at_sentence_start:
            # A sentence's first word is capitalised anyway; a known given name there is
            # still a name ("Sandra on nights is a lazy cow").
            if clean in lexicon.string_set("people.names.given"):
                return True
            continue
        if clean[:1].isupper() and clean[1:].islower() and clean not in _NOT_NAMES:
            return True
    return False


# A team or staff group that readers could find: an attack on it is personal.
_IDENTIFIABLE_GROUP = re.compile(
    r"\b(?:team|teams|crew|shift|cmht|crht|department|practice|surgery|staff|nurses|doctors|"
    r"managers|consultants|hcas|receptionists|management)\b",
    re.IGNORECASE,
)

# Insult nouns that are as often things: "the stupid joke", "the useless plank of wood".
_THING_INSULTS = frozenset(
    {"joke", "shower", "plank", "dinosaur", "snake", "disgrace", "embarrassment", "clown show"}
)

# A verb after an epithet makes it the subject standing for someone ("the arrogant pig never
# listened", "the spineless rat signed off every cut"); "named the cat the arrogant pig
# because …" is a name, not an insult.
_ACTS_AFTER = re.compile(
    # (after a comma too, in apposition: "The consultant, the pompous old toad, never …")
    r",?\s+(?:\w+ly\s+)?(?:(?:never|always|just|still|then|even|only|once|actually|has|had|is|was|did|does|"
    r"didn['\u2019]?t|doesn['\u2019]?t|won['\u2019]?t|wouldn['\u2019]?t|couldn['\u2019]?t|can['\u2019]?t|"
    r"will|would|could|can|kept|keeps|said|says|told|tells|who|gets|got)\b|[a-z]+ed\b)",
    re.IGNORECASE,
)

# A subject counted over a group: "every nurse on that ward", "half the waiting room".
_QUANTIFIED = re.compile(
    r"(?:every|each|all|half|most|some|any|none|loads|lots|plenty)\b", re.IGNORECASE
)

# Words before a dismissal that make it a verb's complement or a statement, not an order:
# "made the whole thing go away", "the pain won't go away", "it never did go away".
_NOT_IMPERATIVE = re.compile(
    r"\b(?:make|makes|made|making|let|lets|letting|help|helps|helped|watch|watched|want|"
    r"wants|wanted|wish|wished|see|saw|seen)\s+(?:[\w'\u2019-]+\s+){0,3}$"
    r"|\b(?:will|won['\u2019]?t|wont|would|wouldn['\u2019]?t|didn['\u2019]?t|doesn['\u2019]?t|"
    r"never|can['\u2019]?t|did|does)\s+(?:just\s+)?$"
    # Waiting for something to pass: "waited for the ringing to go away".
    r"|\bfor\s+(?:[\w'\u2019-]+\s+){1,6}?to\s+$"
    r"|\b(?:it|they|this|that|pain|feelings?|thoughts|voices|urges?|symptoms)\s+$",
    re.IGNORECASE,
)

# The writer as the subject just before a dismissive phrase: "which I know nothing about",
# "we haven't a clue either".
_WRITER_BEFORE = re.compile(
    r"\b(?:i|we)(?:['\u2019](?:d|ll|ve))?\s+(?:really\s+|honestly\s+|genuinely\s+|still\s+|just\s+)?$",
    re.IGNORECASE,
)

_SELF_SUBJECT = re.compile(
    r"\b(?:i|i['\u2019]?m|im|we|we['\u2019]re|me|myself|us)\b", re.IGNORECASE
)


# Where a relative clause starts inside a subject: "the psychiatrist who assessed me".
_RELATIVE_CLAUSE = re.compile(r"\s(?:who|whom|that|which)\s", re.IGNORECASE)

# A reported clause with its own subject: "saying she's thick", "told me he was useless".
_REPORTED_SUBJECT = re.compile(
    r"\s+(?:(?:me|us|him|her|them|everyone)\s+)?(?:that\s+)?(?:she|he|they|i|you|we|it)\s*$",
    re.IGNORECASE,
)
_WRITER_SPEAKS = re.compile(
    r"\b(?:i|we|i['\u2019]ve|i['\u2019]d|i['\u2019]ll|ive)\b", re.IGNORECASE
)


def _reported_clause(ft: FieldText, start: int) -> bool:
    """True when the words at ``start`` are someone else's, reported with their own subject
    ("her coming home saying she's thick"). ``context.reported`` reads only reports that
    run straight on from the verb ("said: ...", "told me that ..."); a report the writer
    makes ("I keep saying he's useless") is the writer's own remark."""
    sentence_start, _ = ft.sentence(start)
    cue = ft.cue_between("reporting", sentence_start, start)
    if cue is None or not _REPORTED_SUBJECT.fullmatch(ft.text, cue[1], start):
        return False
    lead = ft.text[max(sentence_start, cue[0] - 30) : cue[0]]
    return not _WRITER_SPEAKS.search(" ".join(lead.split()[-3:]))


def _subject_before(ft: FieldText, start: int) -> str:
    clause_start, _ = ft.clause(start)
    sentence_start, _ = ft.sentence(start)
    lead_start = clause_start if start - clause_start > 3 else sentence_start
    words = ft.text[lead_start:start].split()
    return " ".join(words[-7:])


# An order reported as given: "told me to", "being told to", "shouted at us to".
_TOLD_TO = re.compile(
    r"\b(?:told|tell|tells|telling|asked|asks|shouted\s+at|yelled\s+at|screamed\s+at)\s+"
    r"(?:me|us|him|her|them|staff|the\s+\w+)\s+to\s*$|\btold\s+to\s*$",
    re.IGNORECASE,
)


# Someone addressed: an @handle, or "you"/"your" (not the generic "you know").
_SPOKEN_TO = re.compile(r"@\w+|\byou(?:r|['\u2019]re|['\u2019]ve)?\b(?!\s+know\b)", re.IGNORECASE)


def detect_attacks(ft: FieldText, doc: Document) -> list[Finding]:
    """Insults aimed at a reader, a named person or an identifiable team."""
    found: list[Finding] = []
    rx = _regexes()

    def usable(start: int, end: int) -> bool:
        return not (_is_mention(ft, start, end) or ft.reported(start) or ft.negated(start))

    def attack(start: int, end: int, key: str, rule: str) -> Finding:
        return _make(ft, start, end, "personal-attack", key, "hold", rule)

    reader_spans = [(s, e) for s, _a, e in read_back(ft, rx["insult"], rx["reader_before"])]
    reader_spans += [(m.start(), m.end()) for m in rx["reader"].finditer(ft.text)]
    for start, end in sorted(reader_spans):
        if usable(start, end):
            found.append(attack(start, end, "attack_reader", "attack:reader"))
    for name, rule in (("sneer", "attack:sneer"), ("dismissive", "attack:dismissive")):
        for match in rx[name].finditer(ft.text):
            # A pattern anchored on the sentence before ("(?:^|[.!?]\s+)…") starts in it;
            # read from the first word, or that sentence's "never" negates this one.
            start = match.start() + len(match.group()) - len(match.group().lstrip(".!?\n \t"))
            if name == "dismissive" and _NOT_IMPERATIVE.search(
                ft.text, max(_clause_start(ft, start), start - 40), start
            ):
                continue  # "made the whole thing go away": a verb's complement, not an order
            if name == "dismissive" and _WRITER_BEFORE.search(
                ft.text, max(_clause_start(ft, start), start - 20), start
            ):
                continue  # "the 1966 World Cup, which I know nothing about": the writer's own
            if name == "dismissive" and _TOLD_TO.search(
                ft.text, max(_clause_start(ft, start), start - 40), start
            ):
                continue  # "someone told me to piss off": what was said to the writer
            if usable(start, match.end()):
                found.append(attack(start, match.end(), "attack_reader", rule))
    for match in rx["verdict"].finditer(ft.text):
        # "Absolute clown." said back to someone the text has addressed (an @handle or
        # "you" before it); after the writer's own blunder it is self-mockery.
        start = match.start() + len(match.group()) - len(match.group().lstrip(".!?\n \t"))
        if _SPOKEN_TO.search(ft.text, 0, start) and usable(start, match.end()):
            found.append(attack(start, match.end(), "attack_reader", "attack:sneer"))
    for start, end in masked_slurs(ft):
        sentence_start, _ = ft.sentence(start)
        lead_start = max(sentence_start, start - LOOKBACK)
        if rx["reader_before"].search(ft.text, lead_start, start) and usable(start, end):
            found.append(attack(start, end, "attack_reader", "attack:reader"))
    for start, _anchor, end in read_back(ft, rx["insult"], rx["predicate_before"]):
        if _reported_clause(ft, start):
            continue  # "her coming home saying she's thick": her words about herself
        subject = _subject_before(ft, start)
        # "The psychiatrist who assessed me was …": the relative clause ends in the writer,
        # but its head, the psychiatrist, is the subject.
        relative = _RELATIVE_CLAUSE.search(subject)
        if relative and subject[: relative.start()].split():
            subject = subject[: relative.start()].rstrip()
        if not subject or _SELF_SUBJECT.search(subject.split()[-1] if subject else ""):
            continue
        if subject.endswith(('"', "\u201d")):
            continue  # "'they're just attention-seeking' is so dangerous" judges the words
        head = subject.split()[-1].strip(",.:;")
        if rx["not_people"].fullmatch(head.lower()) and not re.fullmatch(
            r"this|that", head, re.IGNORECASE
        ):
            continue  # "the system is useless" is fair comment about a system
        if _SELF_SUBJECT.search(" ".join(subject.split()[-2:])):
            continue
        sentence_start, _ = ft.sentence(start)
        # The first word of a sentence is capitalised anyway, so it can't vouch for a name.
        at_start = len(ft.text[sentence_start:start].split()) <= len(subject.split())
        if not _names_a_person(subject, at_start):
            continue
        if not usable(start, end) or ft.hypothetical(start):
            continue
        slur = _regexes()["hard"].search(ft.text, start, end)
        if slur and (
            re.match(r"(?:are|were|['\u2019]re)\b", ft.text[start:end], re.IGNORECASE)
            or slur.group().lower().endswith("s")
            or _QUANTIFIED.match(subject)
        ):
            # A slur about a whole group ("half the waiting room is ...s", "every nurse on
            # that ward is a ..."): offensive content, not an attack on one person.
            continue
        sentence_start, _ = ft.sentence(start)
        subject_start = ft.text.rfind(subject.split()[0], sentence_start, start)
        found.append(
            attack(
                subject_start if subject_start >= 0 else start,
                end,
                "attack_person",
                "attack:person",
            )
        )
    # Name-calling: insulting words on an ordinary word for a person ("that nasty, two-faced
    # woman"), or an insult after "that" ("that idiot").
    name_calling = [
        *read_back(ft, rx["person_noun"], rx["insulting_words_before"], reach=60),
        # An insult noun with an insulting word on it stands for a person even after "the":
        # "Good riddance, the arrogant pig never listened".
        *(
            found_at
            for found_at in read_back(
                ft, rx["insult_noun"], rx["the_insulting_words_before"], reach=60
            )
            if ft.text[found_at[1] : found_at[2]].lower() not in _THING_INSULTS
            and _ACTS_AFTER.match(ft.text, found_at[2])
        ),
        *read_back(ft, rx["insult_noun"], rx["that_before"], reach=40),
    ]
    # A demeaning noun for a team or staff group: "the night staff on X are a bunch of
    # clock-watching layabouts".
    for start, _anchor, end in read_back(ft, rx["demeaning_noun"], rx["predicate_before"]):
        subject = _subject_before(ft, start)
        if subject and _IDENTIFIABLE_GROUP.search(subject) and usable(start, end):
            sentence_start, _ = ft.sentence(start)
            subject_start = ft.text.rfind(subject.split()[0], sentence_start, start)
            found.append(
                attack(
                    subject_start if subject_start >= 0 else start,
                    end,
                    "attack_person",
                    "attack:team",
                )
            )
    # A verbless verdict opening the sentence after someone is named: "Can we talk about
    # Gareth Lowe, the new manager? Incompetent, lazy and should never have been promoted."
    openers = _insult_openers()
    for index, (sentence_start, sentence_end) in enumerate(ft.sentences[1:], start=1):
        first = ft.text[sentence_start : min(sentence_end, sentence_start + 40)].split(None, 1)
        if not first or first[0].strip(",").lower() not in openers:
            continue  # (a set look-up first: most sentences open on no insult at all)
        verdict = _verbless_verdict().match(ft.text, sentence_start, sentence_end)
        if verdict is None:
            continue
        before_start, before_end = ft.sentences[index - 1]
        if _names_a_person(ft.text[before_start:before_end], True) and usable(
            verdict.start(), verdict.end()
        ):
            found.append(attack(verdict.start(), verdict.end(), "attack_person", "attack:person"))
    for start, _anchor, end in name_calling:
        if usable(start, end) and not _SELF_SUBJECT.search(ft.text[max(0, start - 12) : start]):
            found.append(attack(start, end, "attack_person", "attack:name-calling"))
    for match in rx["threat"].finditer(ft.text):
        if usable(match.start(), match.end()):
            found.append(attack(match.start(), match.end(), "attack_person", "attack:threat"))
    for match in rx["slur_person"].finditer(ft.text):
        if rx["clinical_after"].match(ft.text, match.end()):
            continue
        sentence_start, sentence_end = ft.sentence(match.start())
        if rx["discussion"].search(ft.text, sentence_start, sentence_end):
            continue
        if _SELF_SUBJECT.search(ft.text[max(sentence_start, match.start() - 20) : match.start()]):
            continue  # "I felt like the ... of the class": the writer, not someone else
        if usable(match.start(), match.end()):
            found.append(
                _make(
                    ft,
                    match.start(),
                    match.end(),
                    "personal-attack",
                    "attack_person",
                    "hold",
                    "attack:slur-person",
                )
            )
    for match in rx["calls"].finditer(ft.text):
        lead = _subject_before(ft, match.start())
        if lead and re.search(r"\b(?:we|i|us)\s*$", lead, re.IGNORECASE):
            continue
        if usable(match.start(), match.end()):
            found.append(
                _make(
                    ft,
                    match.start(),
                    match.end(),
                    "personal-attack",
                    "attack_person",
                    "hold",
                    "attack:call-for-sanction",
                )
            )
    return found


_ONE_OF = re.compile(r"\b(?:an?|such\s+an?|some)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_LIKE_YOU = re.compile(r"\s+(?:like|such\s+as)\s+(?:you|u|yourself)\b", re.IGNORECASE)


def _slur_at_reader(ft: FieldText, start: int, end: int) -> bool:
    """A slur used of the member the text answers: "… a [slur] like you", or one of them
    ("a [slur] would think …") in the sentence that addresses "@someone" or the next."""
    if _LIKE_YOU.match(ft.text, end):
        return True
    opening = OPENS_ON_HANDLE.match(ft.text)
    if not opening or not _ONE_OF.search(ft.text, max(0, start - 30), start):
        return False
    return ft.sentence_index(start) <= ft.sentence_index(opening.end() - 1) + 1


def detect(doc: Document) -> list[Finding]:
    """Run the conduct detectors over every field."""
    findings: list[Finding] = []
    rx = _regexes()
    for ft in doc.fields:
        language = detect_language(ft, doc.notes)
        findings.extend(language)
        findings.extend(
            _make(
                ft, f.start, f.end, "personal-attack", "attack_reader", "hold", "attack:slur-reader"
            )
            for f in language
            if f.rule == "slur" and _slur_at_reader(ft, f.start, f.end)
        )
        groups = detect_groups(ft)
        # "Send them home, they're useless" after a remark about a group is about the group;
        # but "the night team on Rowan are a bunch of nutters" is aimed at people who can be
        # found, so it is an attack as well.
        group_sentences = {ft.sentence_index(f.start) for f in groups}
        attacks = [
            f
            for f in detect_attacks(ft, doc)
            if not (
                f.rule == "attack:person"
                and ft.sentence_index(f.start) in group_sentences
                and not _IDENTIFIABLE_GROUP.search(f.excerpt)
            )
        ]
        # A team called "a bunch of layabouts" is attacked, not generalised about: the
        # remark stays offensive content only when its words are stigmatising or a slur.
        team_sentences = {
            ft.sentence_index(f.start)
            for f in attacks
            if f.rule in ("attack:team", "attack:person") and _IDENTIFIABLE_GROUP.search(f.excerpt)
        }
        findings.extend(
            f
            for f in groups
            if not (
                ft.sentence_index(f.start) in team_sentences
                and not rx["stigma"].search(f.excerpt)
                and not rx["hard"].search(f.excerpt)
            )
        )
        findings.extend(attacks)
    return findings
