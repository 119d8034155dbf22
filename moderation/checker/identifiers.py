"""Hard identifiers: health-service numbers, NI numbers, dates of birth, addresses,
postcodes, phone numbers, e-mail addresses and hospital/case numbers.

Each detector finds candidates with a strict pattern, validates them (checksums, real
dates, possible phone numbers), then decides whose detail it is:

* the writer's own → ``personal-details`` (hold: a private detail posted publicly);
* someone else's (a service user, relative, colleague) → ``identifiable-information``
  (return: a hard identifier of a third party);
* an organisation's (a helpline, PALS, a venue) → no finding.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

import phonenumbers

from . import gate, lexicon
from .context import Document, FieldText
from .verdict import Finding, Note, finding_at

# -- shared: whose detail is it? ---------------------------------------------------------------


@cache
def _owner_regexes() -> tuple[lexicon.Regex, lexicon.Regex, lexicon.Regex, lexicon.Regex]:
    self_before = lexicon.compile(
        "|".join(f"(?:{p})" for p in lexicon.strings("identifiers.owner.self_before")),
        re.IGNORECASE,
    )
    other_before = lexicon.compile(
        "|".join(f"(?:{p})" for p in lexicon.strings("identifiers.owner.other_before")),
        re.IGNORECASE,
    )
    organisation = lexicon.phrase_regex("identifiers.owner.organisation")
    member_before = lexicon.compile(
        "|".join(f"(?:{p})" for p in lexicon.strings("identifiers.owner.member_before")),
        re.IGNORECASE,
    )
    return self_before, other_before, organisation, member_before


def owner(
    ft: FieldText, start: int, end: int, *, reach: int = 160, personal_line: bool = False
) -> str | None:
    """Whose detail is ``text[start:end]``: 'self', 'other', 'member', 'org' or None.

    'member' is another member of the site, named by their @handle; None: can't tell.

    The nearest cue before the detail in its sentence wins ("text me on…", "ring him on…",
    "the Trust's Patient Advice and Liaison Service is on…"; ``personal_line`` says the
    detail is a mobile number, which an organisation word never claims); a cue just after it
    ("…, that's my mobile") counts too; then the sentence before; then whether the sentence
    is about someone in care.
    """
    self_re, other_re, org_re, member_re = _owner_regexes()
    sentence_start, sentence_end = ft.sentence(start)
    before_start = max(sentence_start, start - reach)
    if _LEAD_IN.fullmatch(ft.text, sentence_start, start):
        # The detail opens its own sentence ("… text my mate Lou, she won't mind. 07914
        # …", "Number: …"): the sentence before says whose it is.
        before_start = max(ft.around(start, 1, 0)[0], start - reach)

    def last_end(regex: lexicon.Regex) -> int:
        # Where the nearest cue of this kind starts (a long cue must not win by its tail).
        return max((m.start() for m in regex.finditer(ft.text, before_start, start)), default=-1)

    cues = {"self": last_end(self_re), "other": last_end(other_re), "org": last_end(org_re)}
    member_ends = [m.end() for m in member_re.finditer(ft.text, before_start, start)]
    # A member's cue wins when it is the nearest, or when another cue sits inside it
    # ("@OwlNightNurse put her email …": "her email" is the member's).
    if member_ends and max(member_ends) > max(cues.values()):
        return "member"
    nearest = max(cues, key=lambda key: cues[key])
    if nearest == "other" and re.match(
        r"(?:(?:ring|call|phone|text|e-?mail|contact|message)\s+)?(?:them|their|its)\b",
        ft.text[cues["other"] :],
        re.I,
    ):
        # "You can complain through PALS … Their number's …", "… takes donations. Ring them
        # on …": "their", "them" point back at the organisation just named when no one
        # person is in view.
        around_start, _ = ft.around(start, 1, 0)
        if org_re.search(ft.text, around_start, start) and not _ONE_PERSON.search(
            ft.text, around_start, start
        ):
            return "org"
    if cues[nearest] >= 0:
        # An organisation word only wins over a personal cue when it is clearly nearer, and
        # never for a mobile number ("pass on her number so the carers' service can ring").
        if nearest == "org" and max(cues["self"], cues["other"]) >= 0:
            personal = "self" if cues["self"] > cues["other"] else "other"
            if personal_line or cues["org"] - cues[personal] < 12:
                return personal
        return nearest

    after_end = min(sentence_end, end + 60)
    closes = bool(_CLOSES_SENTENCE.fullmatch(ft.text, end, sentence_end))
    if closes:
        # The detail closes its sentence, bar a word or two ("07700 900275. That's my
        # husband's number", "… ring 0113 496 0571 today? She's been waiting …"): the
        # sentence after says whose it is.
        after_end = min(ft.around(start, 0, 1)[1], end + 80)
    for key, regex in (("self", self_re), ("other", other_re)):
        if regex.search(ft.text, end, after_end):
            return key
    if (
        closes
        and _ONE_PERSON.search(ft.text, sentence_end, after_end)
        and not _WRITER.search(ft.text, sentence_end, after_end)
    ):
        # One person, not the writer, is what the next sentence is about ("… ring 0113 496
        # 0571 today? She's been waiting since March").
        return "other"
    # A person in the detail's own sentence ("Mr Aldous lives at …", "one man I've seen
    # since 2019, Gwilym Pritchard at …") outweighs a team or service named only in the
    # sentence before or after ("I'm leaving the community team …").
    if _ONE_PERSON.search(ft.text, sentence_start, start) and about_someone_else(
        ft, sentence_start, start
    ):
        return "other"
    around_start, _ = ft.around(start, 1, 0)
    if org_re.search(ft.text, around_start, after_end):
        return "org"
    if _service_user_regex().search(ft.text, sentence_start, sentence_end):
        return "other"
    if about_someone_else(ft, sentence_start, start):
        return "other"
    return None


# What may follow a detail that (nearly) closes its sentence: "today?", "please.".
_CLOSES_SENTENCE = re.compile(r"[\s.,;:!?)]*(?:[\w\u2019']+[\s.,;:!?)]*){0,2}")

# What may stand before a detail that opens its own sentence: a label, a colon, a dash.
_LEAD_IN = re.compile(
    r"[\s(\[:\u2013\u2014-]*(?:(?:tel|phone|mob(?:ile)?|number|no|e-?mail|address|"
    r"it['\u2019]s|it\s+is|that['\u2019]s|the\s+address\s+is)\.?\s*[:\u2013\u2014-]?\s*)?",
    re.IGNORECASE,
)


def about_someone_else(ft: FieldText, sentence_start: int, start: int) -> bool:
    """True when the sentence so far is about a third person and the writer is not near.

    "The young man I've been seeing at home (flat 7, ...)", "Her son asked for it by
    email, it's ...": a third person leads up to the detail, and no I/my/we sits just
    before it.
    """
    return bool(_THIRD_PERSON.search(ft.text, sentence_start, start)) and not _WRITER.search(
        ft.text, max(sentence_start, start - 25), start
    )


# The writer, in the first person.
_WRITER = re.compile(r"\b(?:i|my|me|we|our)\b", re.IGNORECASE)


_THIRD_PERSON = re.compile(
    r"\b(?:he|she|his|her|him|they|their|(?:young\s+|old\s+|elderly\s+)?(?:man|woman|lady|"
    r"gentleman|gent|lad|girl|boy|chap|bloke|fella)|mr|mrs|ms|miss)\b",
    re.IGNORECASE,
)


# One person, not a body that may be an organisation ("they", "their" are left out).
_ONE_PERSON = re.compile(
    r"\b(?:he|she|his|her|him|(?:young\s+|old\s+|elderly\s+)?(?:man|woman|lady|gentleman|gent|"
    r"lad|girl|boy|chap|bloke|fella)|mr|mrs|ms|miss)\b",
    re.IGNORECASE,
)


@cache
def _service_user_regex() -> lexicon.Regex:
    from .context import regex

    return regex("service_user")


def _message(key: str) -> tuple[str, str | None]:
    entry = lexicon.get(f"identifiers.messages.{key}")
    return entry["message"], entry.get("suggestion")


def _finding(
    ft: FieldText,
    start: int,
    end: int,
    *,
    whose: str | None,
    kind: str,
    rule: str,
    other_action: str = "return",
    unknown: str = "other",
) -> Finding | None:
    """Turn a validated identifier into a finding according to whose it is."""
    who = whose if whose is not None else unknown
    if who == "org":
        return None
    if who == "member":
        # Another member's private details: their own concern, but a third party's hard
        # identifier all the same, so sent back (MODERATION.md).
        return personal_details_finding(ft, start, end, f"{kind}_other", "return", rule)
    if who == "self":
        return personal_details_finding(ft, start, end, f"{kind}_own", "hold", rule)
    message, suggestion = _message(f"{kind}_other")
    return finding_at(
        ft.name,
        ft.text,
        start,
        end,
        concern="identifiable-information",
        principle="hcpc-identify-service-user",
        message=message,
        suggestion=suggestion,
        action=other_action,  # type: ignore[arg-type]
        rule=rule,
    )


def _note_own_detail(ft: FieldText, doc: Document, start: int, end: int, key: str) -> None:
    """Leave the author an advice-only note on their own detail (published all the same)."""
    entry = lexicon.get(f"identifiers.messages.{key}")
    doc.notes.append(
        Note(
            "house-your-personal-details",
            ft.name,
            start,
            end,
            entry["message"],
            entry.get("suggestion"),
        )
    )


def personal_details_finding(
    ft: FieldText,
    start: int,
    end: int,
    message_key: str,
    action: str,
    rule: str,
    *,
    messages: str = "identifiers",
) -> Finding:
    """A private contact or location detail posted publicly (the writer's, a member's, or
    one whose owner can't be told). ``messages`` names the vocabulary file whose
    [messages.<message_key>] entry the author is shown (people.py uses "people")."""
    entry = lexicon.get(f"{messages}.messages.{message_key}")
    message, suggestion = entry["message"], entry.get("suggestion")
    return finding_at(
        ft.name,
        ft.text,
        start,
        end,
        concern="personal-details",
        principle="house-your-personal-details",
        message=message,
        suggestion=suggestion,
        action=action,  # type: ignore[arg-type]
        rule=rule,
    )


def near_anchors(
    text: str, anchor: re.Pattern[str] | gate.DigitLed, pattern: Any, before: int, after: int
) -> list[re.Match[str]]:
    """Matches of ``pattern`` in windows around the matches of a cheap ``anchor`` regex.

    Identifier patterns start with a look-behind, which makes ``re`` try every position of
    the text; their anchors (a run of digits, an "@") start with a character class, which
    it can skip to. The windows are merged, so each match is found once.
    """
    windows: list[tuple[int, int]] = []
    for hit in anchor.finditer(text):
        start, end = max(0, hit.start() - before), min(len(text), hit.end() + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    found: dict[tuple[int, int], re.Match[str]] = {}
    for start, end in windows:
        for match in pattern.finditer(text, start, end):
            found.setdefault(match.span(), match)
    return [found[span] for span in sorted(found)]


# Anchors that start with a digit are tried only at the text's digits (gate.DigitLed).
_DIGIT_PAIRS = gate.DigitLed(re.compile(r"\d\d[ \t]?\d\d[ \t]?\d\d"))
_INWARD_CODE = gate.DigitLed(re.compile(r"\d[ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2}(?![A-Za-z0-9])"))
_HOUSE_NUMBER = gate.DigitLed(re.compile(r"\d{1,4}[A-Za-z]?,?\s+[A-Z]"))
_THREE_DIGITS = gate.DigitLed(re.compile(r"\d{3}"))
_DIGIT_RUN = gate.DigitLed(re.compile(r"\d{5,10}"))
# A record number: a run of digits, or a reference in parts ("CR/2291/47").
_RECORD_ANCHOR = gate.DigitLed(re.compile(r"\d(?:\d{4,9}|\d{1,5}[/-]\d)"))
_AT_SIGN = re.compile(r"@")


# -- NHS, CHI and H&C numbers -------------------------------------------------------------------

_TEN_DIGITS = re.compile(r"(?<![\w£$€.,/:-])(\d{3})([ \t-]?)(\d{3})\2(\d{4})(?![\w%]|[.,]\d)")
# Two to four groups of digits split by single spaces or hyphens (the digits counted after).
_ODD_TEN_DIGITS = re.compile(r"(?<![\w£$€.,/:-])\d{2,8}(?:[ \t-]\d{1,8}){1,3}(?![\w%]|[.,]\d)")
_TWO_DIGITS = gate.DigitLed(re.compile(r"\d\d"))


def nhs_checksum_ok(digits: str) -> bool:
    """Modulus-11 check used by NHS, CHI and H&C numbers (repdigits excluded).

    Weights 10..2 over the first nine digits; check = 11 - (sum mod 11); 11 means 0 and
    10 means no such number exists.
    """
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(
        int(digit) * weight for digit, weight in zip(digits[:9], range(10, 1, -1), strict=True)
    )
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def health_number_kind(digits: str) -> str:
    """Name the scheme a valid 10-digit number most likely belongs to."""
    prefix = int(digits[:3])
    if 320 <= prefix <= 399:
        return "H&C"
    if prefix <= 311:
        try:
            date(2000, int(digits[2:4]), int(digits[0:2]))
        except ValueError:
            return "NHS"
        return "CHI"
    return "NHS"


def detect_health_numbers(ft: FieldText, doc: Document) -> list[Finding]:
    """Checksum-valid NHS/CHI/H&C numbers not labelled as something else."""
    findings: list[Finding] = []
    labels = lexicon.phrase_regex("identifiers.health_number.labels")
    not_labels = lexicon.phrase_regex("identifiers.health_number.not_identifier_labels")
    usual = near_anchors(ft.text, _THREE_DIGITS, _TEN_DIGITS, 1, 14)
    taken = [match.span() for match in usual]
    # Ten digits grouped some other way ("961 2755 043", a CHI as "150372 4182") count
    # only where a label says what they are: unlabelled, such runs are mostly phones.
    odd = [
        match
        for match in near_anchors(ft.text, _TWO_DIGITS, _ODD_TEN_DIGITS, 1, 20)
        if len(digits_of(match.group())) == 10
        and not any(start < match.end() and match.start() < end for start, end in taken)
    ]
    for match in sorted([*usual, *odd], key=lambda m: m.start()):
        digits = digits_of(match.group())
        sentence_start, _ = ft.sentence(match.start())
        lead = ft.text[max(sentence_start, match.start() - 50) : match.start()]
        last_label = max((m.end() for m in labels.finditer(lead)), default=-1)
        last_not = max((m.end() for m in not_labels.finditer(lead)), default=-1)
        if not nhs_checksum_ok(digits):
            if match in usual:
                finding = _labelled_invalid_health_number(
                    ft, doc, match, lead, last_label, last_not
                )
                if finding:
                    findings.append(finding)
            continue
        if last_not > last_label:
            continue  # "ISBN 0…", "their reference 4…": a checksum passes 1 time in 11
        if match not in usual and last_label < 0:
            continue
        if digits.startswith("0") and last_label < 0 and health_number_kind(digits) != "CHI":
            continue  # a 10-digit number starting 0 with no label is more likely a phone
        doc.claim(ft.name, match.start(), match.end())
        if _EXAMPLE_NUMBER.search(lead):
            # "A made-up one would look like 938 659 0778": shown, not given.
            doc.cleared.add("identifiable-information")
            continue
        whose = _own_or_other(ft, match.start(), match.end())
        if whose == "self":
            # The writer's own number is neither a contact nor a location detail
            # (MODERATION.md's personal-details), and telling it is their choice, as with
            # their own date of birth. It is theirs to keep safe, so they are told.
            doc.cleared.update(("identifiable-information", "personal-details"))
            _note_own_detail(ft, doc, match.start(), match.end(), "health_number_own")
            continue
        finding = _finding(
            ft,
            match.start(),
            match.end(),
            whose=whose,
            kind="health_number",
            rule=f"health-number:{health_number_kind(digits)}",
        )
        if finding:
            findings.append(finding)
    return findings


def digits_of(text: str) -> str:
    """The decimal digits of ``text``, in order."""
    return "".join(char for char in text if char.isdigit())


@cache
def _clinical_detail() -> lexicon.Regex:
    return lexicon.phrase_regex(
        "clinical.events.strong",
        "clinical.events.weak",
        "clinical.diagnoses.common",
        "clinical.diagnoses.rare",
    )


# "such as 943 476 5919", "e.g.", "made-up", "fake": a number shown as an example.
_EXAMPLE_NUMBER = re.compile(
    r"\b(?:e\.?g\.?|for\s+example|for\s+instance|such\s+as|like|example|made[- ]up|"
    r"fake|dummy|test|sample|format|looks\s+like|something\s+like)\b",
    re.IGNORECASE,
)


def _labelled_invalid_health_number(
    ft: FieldText, doc: Document, match: re.Match[str], lead: str, last_label: int, last_not: int
) -> Finding | None:
    """A number given as someone's NHS/CHI/H&C number that fails the checksum.

    Only a checksum-valid number is a hard identifier to send back (MODERATION.md), but a
    number the writer says is a person's health-service number, beside details of their
    care, is meant to identify them: a typo or a misremembered digit does not make it safe.
    It is held for identifiable-information (the writer's own: personal-details, held).
    Unlabelled, labelled as something else, shown as an example or with no clinical
    detail nearby, it is left alone.
    """
    if last_label < 0 or last_not > last_label:
        return None
    if _EXAMPLE_NUMBER.search(lead) or len(set(digits_of(match.group()))) == 1:
        # Shown as an example, or a placeholder ("999 999 9999"): looked at and set aside.
        doc.cleared.add("identifiable-information")
        return None
    # The label must lead straight to the number ("NHS number as 948 …", "CHI: 29…").
    if len(lead) - last_label > 16:
        return None
    if ft.in_quote(match.start(), match.end()) or ft.hypothetical(match.start()):
        return None
    around_start, around_end = ft.around(match.start(), 1, 1)
    if not _clinical_detail().search(ft.text, around_start, around_end):
        return None
    doc.claim(ft.name, match.start(), match.end())
    return _finding(
        ft,
        match.start(),
        match.end(),
        whose=_own_or_other(ft, match.start(), match.end()),
        kind="health_number_labelled",
        rule="health-number:labelled-unverified",
        other_action="hold",
    )


def _own_or_other(ft: FieldText, start: int, end: int) -> str:
    """For identifiers that are never organisational: the writer's own, or someone else's."""
    whose = owner(ft, start, end)
    return "self" if whose == "self" else "other"


# -- National Insurance numbers ------------------------------------------------------------------


@cache
def _nino_regex() -> lexicon.Regex:
    return lexicon.compile(lexicon.get("identifiers.nino.pattern"), 0)


def detect_nino(ft: FieldText, doc: Document) -> list[Finding]:
    """National Insurance numbers in HMRC's format (prefix rules, suffix A-D)."""
    findings: list[Finding] = []
    pattern = _nino_regex()
    labels = lexicon.phrase_regex("identifiers.nino.labels")
    text = ft.text
    # Upper-case forms always count; lower-case ones only right after an NI label.
    candidates = near_anchors(text, _DIGIT_PAIRS, pattern, 4, 4)
    upper_text = text.upper()
    for match in near_anchors(upper_text, _DIGIT_PAIRS, pattern, 4, 4):
        lead = text[max(0, match.start() - 30) : match.start()]
        if not text[match.start() : match.end()].isupper() and labels.search(lead):
            candidates.append(match)
    seen: set[int] = set()
    for match in candidates:
        if match.start() in seen or doc.claimed(ft.name, match.start(), match.end()):
            continue
        seen.add(match.start())
        doc.claim(ft.name, match.start(), match.end())
        finding = _finding(
            ft,
            match.start(),
            match.end(),
            whose=_own_or_other(ft, match.start(), match.end()),
            kind="nino",
            rule="nino",
        )
        if finding:
            findings.append(finding)
    return findings


# -- dates of birth ------------------------------------------------------------------------------

_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_NUMBER = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
_DATE = re.compile(
    r"(?<![\w/.])(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4}|\d{2})(?![\w/]|\.\d)"
    rf"|(?<!\w)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTHS})\.?,?\s+(?P<y2>\d{{4}}|['\u2019]\d\d)(?!\d)"
    rf"|(?<!\w)(?P<m3>{_MONTHS})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}})(?!\d)",
    re.IGNORECASE,
)


def parse_date(match: re.Match[str]) -> date | None:
    """The date a _DATE match denotes, or None when it is not a real calendar date."""
    try:
        if match.group("d"):
            day, month, year = int(match.group("d")), int(match.group("m")), match.group("y")
        elif match.group("d2"):
            day = int(match.group("d2"))
            month = _MONTH_NUMBER[match.group("m2").lower().rstrip(".")]
            year = match.group("y2").lstrip("'\u2019")  # "3rd Jan '97"
        else:
            day = int(match.group("d3"))
            month = _MONTH_NUMBER[match.group("m3").lower().rstrip(".")]
            year = match.group("y3")
        full_year = (
            int(year)
            if len(year) == 4
            else (1900 + int(year) if int(year) > 30 else 2000 + int(year))
        )
        return date(full_year, month, day)
    except (ValueError, KeyError):
        return None


# "Born" said of something that is not a person: the NHS, a service, an idea.
_NOT_A_PERSON_BORN = re.compile(
    r"\b(?:(?-i:[A-Z]{2,}s?)|service|trust|charity|idea|movement|organi[sz]ation|hospital|ward|"
    r"unit|project|scheme|campaign|act|welfare\s+state|profession|college|society|union|"
    r"company|business|website|blog|podcast|group|network|it)\s+(?:was|were|got|first\s+)?\s*"
    r"born\b[^.!?\n]{0,40}$",
    re.IGNORECASE,
)


def detect_dates_of_birth(ft: FieldText, doc: Document) -> list[Finding]:
    """A full date next to a birth label (DOB, date of birth, born on)."""
    findings: list[Finding] = []
    labels = lexicon.phrase_regex("identifiers.dob.labels")
    today = date.today()
    # Only dates near a birth label can be dates of birth: look there, not everywhere.
    windows: list[tuple[int, int]] = []
    for label in labels.finditer(ft.text):
        start, end = max(0, label.start() - 40), min(len(ft.text), label.end() + 90)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    dates = [m for start, end in windows for m in _DATE.finditer(ft.text, start, end)]
    for match in dates:
        parsed = parse_date(match)
        if parsed is None or not (0 <= today.year - parsed.year <= 115):
            continue
        sentence_start, sentence_end = ft.sentence(match.start())
        lead = ft.text[max(sentence_start, match.start() - 30) : match.start()]
        trail = ft.text[match.end() : min(sentence_end, match.end() + 12)]
        # The label may stand further back when a colon hands the date over ("told me his
        # date of birth three times because he didn't trust the computer: 15 March 2004").
        handed_over = ft.text[sentence_start : match.start()].rstrip().endswith(":") and (
            labels.search(ft.text, max(sentence_start, match.start() - 90), match.start())
        )
        if not (
            labels.search(lead) or handed_over or re.match(r"\s*\(?\s*(?:dob|d\.o\.b)", trail, re.I)
        ):
            continue
        lead_start = max(sentence_start, match.start() - 60)
        if _NOT_A_PERSON_BORN.search(ft.text, lead_start, match.start()):
            continue
        doc.claim(ft.name, match.start(), match.end())
        whose = _dob_whose(ft, match.start(), match.end())
        if whose == "self":
            # The writer's own birthday is neither a contact nor a location detail
            # (MODERATION.md's personal-details), and telling it is their choice; they are
            # told it is safer kept off a public page.
            _note_own_detail(ft, doc, match.start(), match.end(), "dob_own")
            continue
        finding = _finding(
            ft, match.start(), match.end(), whose=whose, kind="dob", rule="date-of-birth"
        )
        if finding:
            findings.append(finding)
    return findings


# A sentence that starts at "Born …" with no subject of its own ("I'm 40 today! Born 9th
# of April 1986, …"): the subject is carried over from the sentence before.
_SUBJECTLESS_BORN = re.compile(r"\s*(?:[-\u2013\u2014(]\s*)?(?:and\s+)?born\b", re.IGNORECASE)
_BORN_CLAUSE = re.compile(r"[,;:\u2013\u2014-]\s*(?:and\s+)?born\s+(?:on\s+)?(?:the\s+)?$", re.I)
_BORN_ASIDE = re.compile(r"\(\s*born\s+(?:on\s+)?(?:the\s+)?$", re.I)
# The writer's own age said just before: "I turn 50 on 11 June (born …)".
_WRITER_TURNS = re.compile(
    r"\bi(?:['\u2019]m|\s+am|\s+turn(?:ed|s)?|['\u2019]ll\s+be|\s+will\s+be|\s+was)\s+(?:\w+\s+)?\d{1,3}\b",
    re.IGNORECASE,
)
_MY_BIRTHDAY = re.compile(r"\bmy\s+(?:\w+\s+)?(?:birthday|b-?day|birth)\b", re.I)
_WRITER_AGE_CLAUSE = re.compile(
    r"\s*(?:@\w+[,:]?\s+)?(?:and\s+|so\s+|well\s+)?i(?:['\u2019]m|\s+am|['\u2019]ll\s+be|\s+turn\w*|"
    r"['\u2019]ve\s+(?:just\s+)?turned|\s+was)\b(?![^,]*\b(?:my|our)\b)[^,]*$",
    re.IGNORECASE,
)
_WRITER_SUBJECT = re.compile(
    r"\b(?:i|i['\u2019]m|i['\u2019]ve|i['\u2019]d|i['\u2019]ll)\b", re.IGNORECASE
)


def _dob_whose(ft: FieldText, start: int, end: int) -> str:
    """Whose birth date it is: the writer's ('self') or someone else's ('other').

    A sentence with no subject of its own ("Born 9th of April 1986, …") is the writer's,
    as in a diary, unless someone else is in view: a third person in the sentence before
    or straight after the date ("…, she's outlived two husbands"), or, with nobody named
    at all, an event of care (clinical shorthand about a patient: "Born 1990, came in on
    a 136").
    """
    whose = owner(ft, start, end)
    if whose == "self":
        return "self"
    sentence_start, sentence_end = ft.sentence(start)
    if whose is not None:
        return "other"
    if not _SUBJECTLESS_BORN.match(ft.text, sentence_start, start):
        # "I'm 52 tomorrow, born 3rd Feb 1974": a clause with no subject of its own after
        # one in which the writer is the subject.
        # The clause before must be the writer's own, about nobody else ("My mother-in-law,
        # Patricia Hume, born …" and "I think my mum, born …" are not).
        clause = _BORN_CLAUSE.search(ft.text, sentence_start, start)
        aside = _BORN_ASIDE.search(ft.text, sentence_start, start)
        if aside:
            # "Diagnosed on my 30th birthday (born 3/7/1989, …)": an aside on the writer's
            # own birthday or age, nobody else in the clause before it.
            segment = ft.text[sentence_start : aside.start()]
            if (_MY_BIRTHDAY.search(segment) or _WRITER_TURNS.search(segment)) and not (
                _someone_else(segment)
            ):
                return "self"
        if not clause:
            return "other"
        segment = ft.text[sentence_start : clause.start()].rsplit(",", 1)[-1]
        writer = _WRITER_AGE_CLAUSE.match(segment) and not _someone_else(segment)
        return "self" if writer else "other"
    index = ft.sentence_index(start)
    previous = ft.text[slice(*ft.sentences[index - 1])] if index > 0 else ""
    if re.match(
        r"[\s,;:\u2013\u2014-]*(?:and\s+)?(?:she|he|they)\b", ft.text[end:sentence_end], re.I
    ):
        return "other"
    # Anyone else in the sentence before ("My mum is 80 today!", "Eileen turns 90") is
    # who the date belongs to, even beside the writer ("I can't believe Nan's 90").
    if _someone_else(previous):
        return "other"
    if _WRITER_SUBJECT.search(previous):
        return "self"
    if not previous.strip():
        # The text opens with it ("Born 9 June 1979, diagnosed with ADHD at 43. I still
        # think …"): the writer goes on in their own voice, about no one else.
        following = (
            ft.text[slice(*ft.sentences[index + 1])] if index + 1 < len(ft.sentences) else ""
        )
        if _WRITER_SUBJECT.search(following) and not _someone_else(following):
            return "self"
    care = _care_event().search(previous + " " + ft.text[sentence_start:sentence_end])
    return "other" if care else "self"


_RELATIVE_NOUN = re.compile(
    r"\b(?:my|our|his|her|their|your|the)\s+(?:\w+\s+)?(?:mum|mam|mom|mummy|dad|daddy|mother|"
    r"father|nan|nana|nanna|gran|granny|grandad|grandma|grandpa|son|daughter|brother|sister|"
    r"husband|wife|partner|boyfriend|girlfriend|friend|mate|neighbour|patient|client|aunt|"
    r"auntie|aunty|uncle|cousin|niece|nephew|boy|girl|lad|kid|child|baby|grandson|"
    r"granddaughter|in-laws?|mother-in-law|father-in-law|stepdad|stepmum|colleague|boss|"
    r"manager|resident|service\s+user)s?\b|\b(?:nan|gran|grandad|mum|dad|mam)['\u2019]s\b",
    re.IGNORECASE,
)


def _someone_else(text: str) -> bool:
    """True when a third person, a relative or a first name is in ``text``."""
    if _THIRD_PERSON.search(text) or _RELATIVE_NOUN.search(text):
        return True
    return any(
        word in lexicon.string_set("people.names.given")
        for word in re.findall(r"[A-Z][a-z]+", text)
    )


@cache
def _care_event() -> lexicon.Regex:
    return lexicon.phrase_regex("clinical.events.strong")


# -- addresses and postcodes ---------------------------------------------------------------------


@cache
def _postcode_regex() -> lexicon.Regex:
    return lexicon.compile(lexicon.get("identifiers.postcode.pattern"), re.IGNORECASE)


@cache
def _street_regex() -> lexicon.Regex:
    types = "|".join(re.escape(t) for t in lexicon.strings("identifiers.address.street_types"))
    return lexicon.compile(
        r"(?<![\w£$])(?:(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit|[Rr]oom)\.?\s+\d+[A-Za-z]?,?\s+)?"
        r"\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}"
        rf"(?:{types})\b\.?",
        0,
    )


def _address_whose(ft: FieldText, start: int, end: int, doc: Document) -> str | None:
    whose = owner(ft, start, end)
    if whose in ("self", "other", "member"):
        return whose
    sentence_start, _ = ft.sentence(start)
    if _LIVES_AT_BEFORE.search(ft.text, max(sentence_start, start - 80), start):
        # "The woman who calls the police … lives at 9 Beckside, Yarrowby DN31 2HT": "lives"
        # is never the writer, whatever else the sentence names.
        return "other"
    # The title says whose it is: "Mum's new address (cards welcome!)" over "It's Flat 6, …".
    if ft.name != "title" and any(
        _SOMEONE_ELSES_HOME.search(other.text) for other in doc.fields if other.name == "title"
    ):
        return "other"
    # Someone opening their door at it outweighs a venue named in the sentences around
    # ("… and we made a plan for getting her to the shop").
    if _door_opened(ft, end):
        return "other"
    # Someone else's home named just before, or someone the writer visits there, outweighs
    # a venue word ("house", "hall") around it.
    if _someone_elses_before(ft, start, _SOMEONE_ELSES_HOME) or _visited_someone(ft, start):
        return "other"
    venue = lexicon.phrase_regex("identifiers.address.venue_words")
    around_start, around_end = ft.around(start, 1, 1)
    if venue.search(ft.text, around_start, around_end):
        return "org"
    if _visited(ft, start, end):
        return "other"
    # One person in view and not the writer: named in the sentence before an address that
    # opens its own ("The man upstairs is under the CMHT … Flat 4, 11 Cromer Street …"), or
    # spoken of just after it ("knock loudly at 14 Tanner Row, the green door, because his
    # hearing aid's broken").
    if _LEAD_IN.fullmatch(ft.text, sentence_start, start):
        before_start, _ = ft.around(start, 1, 0)
        if about_someone_else(ft, before_start, sentence_start) and _ONE_PERSON.search(
            ft.text, before_start, sentence_start
        ):
            return "other"
    _, sentence_end = ft.sentence(start)
    if _ONE_PERSON.search(ft.text, end, min(sentence_end, end + 80)) and not _WRITER.search(
        ft.text, sentence_start, sentence_end
    ):
        return "other"
    return None


_LIVES_AT_BEFORE = re.compile(
    r"\b(?:lives|is\s+living|stays|is\s+staying)\s+(?:at|on)\s+[^.!?\n]{0,40}$", re.IGNORECASE
)


# Someone else's home named just before the address, in its sentence or the one before:
# "… to my client's new flat. It's 8 Hollins Court …", "her house is 14 …".
def _possessed(things: str) -> re.Pattern[str]:
    """Someone else's ``things`` ("his", "her", "their", "my client's", "Priya's" …)."""
    return re.compile(
        r"\b(?:his|her|their|(?:my|our|the)\s+(?:\w+\s+)?\w+['\u2019]s|"
        rf"(?P<name>(?-i:[A-Z][a-z]+))['\u2019]s)\s+(?:new\s+|old\s+|own\s+|current\s+|personal\s+)?"
        rf"(?:{things})\b",
        re.IGNORECASE,
    )


_SOMEONE_ELSES_HOME = _possessed(
    "flat|house|home|address|place|bungalow|maisonette|bedsit|caravan|cottage"
)
# "… said I could pass his email on. It's …": whose address it is, said just before.
_SOMEONE_ELSES_EMAIL = _possessed("e-?mail")


def _someone_elses_before(ft: FieldText, start: int, possessed: re.Pattern[str]) -> bool:
    """True when the sentence holding ``start``, or the one before, says the thing there is
    someone else's (a capitalised owner only when it is a given name: "Mind's house" is a
    charity's)."""
    before_start, _ = ft.around(start, 1, 0)
    given = lexicon.string_set("people.names.given")
    return any(
        match.group("name") is None or match.group("name") in given
        for match in possessed.finditer(ft.text, before_start, start)
    )


# Someone at home to the writer just after the address: "… 23 Mallow Court, DN14 6RW, and
# when she opened the door …", "… and he let me in". The address is where they live.
_DOOR_OPENED = re.compile(
    r"\b(?:he|she|they|(?-i:[A-Z][a-z]+))\s+(?:\w+\s+)?(?:opened|answered|came\s+to|unlocked)\s+"
    r"(?:the|his|her|their)\s+(?:front\s+)?door\b|\b(?:he|she|they)\s+(?:\w+\s+)?let\s+(?:me|us)\s+in\b",
    re.IGNORECASE,
)


def _door_opened(ft: FieldText, end: int) -> bool:
    """True when a third person opens the door just after the address (same sentence)."""
    _, sentence_end = ft.sentence(end)
    return _DOOR_OPENED.search(ft.text, end, min(sentence_end, end + 80)) is not None


# The writer going to an address: "Every fortnight I go to Flat 4, 19 …", "I visit her
# at 3 …" is caught by the owner cues; this one has no person before the address.
_VISIT_TO = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:go|went|going|visit|visited|visiting|drive|drove|driving|"
    r"call|called|calling|pop|popped|head|headed|knock|knocked)\s+(?:round\s+|out\s+|over\s+)?"
    r"(?:to|at|on)\s*$",
    re.IGNORECASE,
)
# Someone the writer visits there, named by who they are: "I've been visiting a retired
# engineer at 41 …", "we see one family at …".
_VISITED_SOMEONE = re.compile(
    r"\b(?:i|we)(?:['\u2019](?:ve|d|m|re))?\s+(?:\w+\s+){0,2}?(?:visit|visited|visiting|see|saw|seeing)\s+"
    r"(?:a|an|this|one|my|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:man|woman|lady|gentleman|guy|lad|girl|boy|chap|fella|bloke|engineer|teacher|widow|"
    r"widower|mum|dad|mother|father|couple|family|client|patient|resident|tenant|pensioner|"
    r"veteran|person|service\s+user)\s+(?:[\w-]+\s+){0,3}?at\s*$",
    re.IGNORECASE,
)


def _visited_someone(ft: FieldText, start: int) -> bool:
    """True when the writer visits someone, named by who they are, at the address."""
    sentence_start, _ = ft.sentence(start)
    return _VISITED_SOMEONE.search(ft.text, max(sentence_start, start - 80), start) is not None


def _visited(ft: FieldText, start: int, end: int) -> bool:
    """True when the writer goes to the address and one person is what the text goes on
    about ("I go to Flat 4, 19 Wren Court … what kind of fortnight he's had"): someone's
    home visited, not the writer's. A venue named nearby has already made it a place."""
    sentence_start, _ = ft.sentence(start)
    if not _VISIT_TO.search(ft.text, max(sentence_start, start - 40), start):
        return False
    _, after_end = ft.around(start, 0, 1)
    return _ONE_PERSON.search(ft.text, end, after_end) is not None


@cache
def _lives_on_regex() -> lexicon.Regex:
    types = "|".join(re.escape(t) for t in lexicon.strings("identifiers.address.street_types"))
    return lexicon.compile(
        r"\b(?:i|we)\s+(?:live|lives|living|stay|am|['\u2019]m|are|['\u2019]re)\s+(?:at|on|in)\s+"
        rf"(?:\d{{1,4}}\s+)?(?-i:[A-Z][\w'\u2019-]+)(?:\s+(?-i:[A-Z][\w'\u2019-]+)){{0,2}}\s+(?-i:{types})\b",
        re.IGNORECASE,
    )


def detect_addresses(ft: FieldText, doc: Document) -> list[Finding]:
    """House-number street addresses and full postcodes that are not public venues."""
    findings: list[Finding] = []
    spans: list[tuple[int, int]] = []
    for match in _lives_on_regex().finditer(ft.text):
        # "I live on Church Lane in Little Oakley": no number, but it is the writer's home.
        if not doc.claimed(ft.name, match.start(), match.end()):
            doc.claim(ft.name, match.start(), match.end())
            finding = _finding(
                ft, match.start(), match.end(), whose="self", kind="address", rule="address"
            )
            if finding:
                findings.append(finding)
    for match in near_anchors(ft.text, _HOUSE_NUMBER, _street_regex(), 24, 60):
        end = match.end()
        # Carry the span on over ", Town AB1 2CD" so the postcode is reported with it.
        tail = _postcode_regex().search(ft.text, end, min(len(ft.text), end + 40))
        if tail and "\n" not in ft.text[end : tail.start()]:
            end = tail.end()
        spans.append((match.start(), end))
    for match in near_anchors(ft.text, _INWARD_CODE, _postcode_regex(), 6, 3):
        if not any(s <= match.start() < e for s, e in spans):
            spans.append((match.start(), match.end()))
    for start, end in sorted(spans):
        if doc.claimed(ft.name, start, end):
            continue
        doc.claim(ft.name, start, end)
        whose = _address_whose(ft, start, end, doc)
        if whose == "org":
            continue
        if whose is None:
            findings.append(
                personal_details_finding(
                    ft, start, end, "address_unknown", "hold", "address:unknown"
                )
            )
            continue
        finding = _finding(ft, start, end, whose=whose, kind="address", rule="address")
        if finding:
            findings.append(finding)
    return findings


# -- phone numbers -------------------------------------------------------------------------------

_PHONE = re.compile(
    r"(?<![\w+/.:£$-])(?:"
    r"(?:\+|00)\s?44\s?(?:\(0\)\s?)?\d(?:[ \t-]?\d){8,9}"
    r"|\(?0\d{2,4}\)?(?:[ \t-]?\d){6,8}"
    r"|\+(?!44)\d{1,3}(?:[ \t-]?\d){6,12}"
    r")(?![\w/])"
)


@cache
def _allowed_numbers() -> frozenset[str]:
    numbers: set[str] = set()
    for helpline in lexicon.get("helplines.helpline"):
        for number in helpline.get("numbers", []):
            numbers.add(re.sub(r"\D", "", number))
            try:
                parsed = phonenumbers.parse(number, "GB")
                numbers.add(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))
            except phonenumbers.NumberParseException:
                pass
    return frozenset(numbers)


def detect_phone_numbers(ft: FieldText, doc: Document) -> list[Finding]:
    """Phone numbers that are a person's (not a helpline's or an organisation's)."""
    findings: list[Finding] = []
    allowed = _allowed_numbers()
    for match in near_anchors(ft.text, _THREE_DIGITS, _PHONE, 8, 16):
        raw = match.group()
        if doc.claimed(ft.name, match.start(), match.end()):
            continue
        try:
            parsed = phonenumbers.parse(raw, "GB")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_possible_number(parsed):
            continue
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        if e164 in allowed or re.sub(r"\D", "", raw) in allowed:
            continue
        doc.claim(ft.name, match.start(), match.end())
        national = str(parsed.national_number)
        mobile = parsed.country_code == 44 and national.startswith("7")
        whose = owner(ft, match.start(), match.end(), personal_line=mobile)
        if whose is None:
            # 03/08 numbers are almost always services; a mobile is almost always a person's.
            service = parsed.country_code == 44 and national[:1] in ("3", "8")
            whose = "org" if service else "self"
        finding = _finding(ft, match.start(), match.end(), whose=whose, kind="phone", rule="phone")
        if finding and finding.concern == "identifiable-information":
            finding = _with_principle(finding, "nmc-personal-data-misuse")
        if finding:
            findings.append(finding)
    return findings


# -- e-mail addresses ----------------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# An address spelled out to slip past filters: "jaybird77 at hotmail dot co dot uk",
# "marcus dot hale77 at outlook dot com". Read at a webmail or home-broadband provider
# (identifiers.email.personal_domains), or anywhere when the sentence says whose address it
# is ("his email is rob dot quarrie at …"): "at" and "dot" are too common to read more widely.
_SPELLED_EMAIL = re.compile(
    r"(?<![\w.@])(?P<local>[A-Za-z0-9][A-Za-z0-9_%+-]*(?:(?:\s+dot\s+|\.)[A-Za-z0-9_%+-]+)*)"
    r"\s*(?:\s+at\s+|\(at\)|\[at\]|\s+@\s+)\s*"
    r"(?P<domain>[A-Za-z0-9-]+(?:\s*(?:\s+dot\s+|\(dot\)|\[dot\])\s*[A-Za-z]{2,10})+)(?![\w@])",
    re.IGNORECASE,
)
_DOT_WORD = re.compile(r"\bdot\b|\(dot\)|\[dot\]", re.IGNORECASE)
_SPELLED_DOT = re.compile(r"\s*(?:\s+dot\s+|\(dot\)|\[dot\])\s*", re.IGNORECASE)


@cache
def _allowed_emails() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    addresses = {
        email.lower()
        for helpline in lexicon.get("helplines.helpline")
        for email in helpline.get("emails", [])
    }
    roles = frozenset(r.lower() for r in lexicon.strings("helplines.organisations.role_mailboxes"))
    domains = frozenset(d.lower() for d in lexicon.strings("helplines.organisations.domains"))
    return frozenset(addresses), roles, domains


def _organisational_email(address: str) -> bool:
    addresses, roles, domains = _allowed_emails()
    address = address.lower().rstrip(".")
    if address in addresses:
        return True
    local, _, domain = address.partition("@")
    if any(domain == d or domain.endswith("." + d) for d in domains):
        return True
    # "pals@", "info@", "mh-referrals@": a role, not a person.
    parts = re.split(r"[._+-]", local)
    return local in roles or (
        any(part in roles for part in parts if len(part) > 2)
        and not any(ch.isdigit() for ch in local)
    )


def _personal_mail_domain(address: str) -> bool:
    """True for an address at a webmail or home-broadband provider (a person's mailbox)."""
    domain = address.lower().rstrip(".").rpartition("@")[2]
    return any(
        domain == d or domain.startswith(d + ".")
        for d in lexicon.strings("identifiers.email.personal_domains")
    )


def detect_emails(ft: FieldText, doc: Document) -> list[Finding]:
    """Personal e-mail addresses (role mailboxes and helplines are fine)."""
    findings: list[Finding] = []
    for match in near_anchors(ft.text, _AT_SIGN, _EMAIL, 64, 255):
        start, end = match.start(), match.end()
        while end > start and ft.text[end - 1] in ".-":
            end -= 1
        if doc.claimed(ft.name, start, end) or _organisational_email(ft.text[start:end]):
            continue
        doc.claim(ft.name, start, end)
        whose = owner(ft, start, end)
        if whose == "org" and not _personal_mail_domain(ft.text[start:end]):
            # "Contact: the café phone is …, or email haven@castlebrookmind.org.uk": a
            # service's own domain beside a service's details. A webmail address is a
            # person's whatever the sentence says around it.
            continue
        if whose in (None, "org"):
            sentence_start, _ = ft.sentence(start)
            # "Her son asked for it by email, it's …": the sentence is about someone else;
            # with no cue at all, a person-like address is taken as the writer's.
            whose = "other" if about_someone_else(ft, sentence_start, start) else "self"
        if whose == "self" and _work_email(ft.text[start:end]):
            continue  # "email me at work: k.dunmore@nhs.net": a work address, not a private one
        findings.extend(_email_finding(ft, start, end, whose, "email"))
    for match in near_anchors(ft.text, _DOT_WORD, _SPELLED_EMAIL, 80, 60):
        start, end = match.start(), match.end()
        local = _SPELLED_DOT.sub(".", match.group("local"))
        domain = _SPELLED_DOT.sub(".", match.group("domain"))
        if doc.claimed(ft.name, start, end):
            continue
        whose = owner(ft, start, end)
        if not _personal_mail_domain(f"{local}@{domain}") and whose not in ("self", "other"):
            # "at home dot …" can be any words; away from webmail, only an address said to be
            # someone's ("his email is rob dot quarrie at …") is read as one.
            continue
        doc.claim(ft.name, start, end)
        if whose in (None, "org"):
            sentence_start, _ = ft.sentence(start)
            someone_else = about_someone_else(ft, sentence_start, start) or _someone_elses_before(
                ft, start, _SOMEONE_ELSES_EMAIL
            )
            whose = "other" if someone_else else "self"
        findings.extend(_email_finding(ft, start, end, whose, "email:spelled"))
    return findings


def _email_finding(ft: FieldText, start: int, end: int, whose: str, rule: str) -> list[Finding]:
    """The finding for an e-mail address of ``whose`` (someone else's cites the misuse of
    personal data)."""
    finding = _finding(ft, start, end, whose=whose, kind="email", rule=rule)
    if finding and finding.concern == "identifiable-information":
        finding = _with_principle(finding, "nmc-personal-data-misuse")
    return [finding] if finding else []


def _work_email(address: str) -> bool:
    """True for an address at an employer's domain (NHS, a university, government)."""
    domain = address.lower().rstrip(".").rpartition("@")[2]
    return any(
        domain == d or domain.endswith("." + d)
        for d in lexicon.strings("identifiers.email.work_domains")
    )


# -- hospital, record and case numbers -----------------------------------------------------------


@cache
def _hospital_number_regex() -> lexicon.Regex:
    labels = lexicon.list_source("identifiers.hospital_number.labels")
    token = lexicon.get("identifiers.hospital_number.token")
    return lexicon.compile(
        rf"(?<![\w])(?P<label>{labels})\.?\s*(?:is|was|:|#|-|=)?\s*(?P<token>{token})(?![\w])",
        re.IGNORECASE,
    )


def detect_hospital_numbers(ft: FieldText, doc: Document) -> list[Finding]:
    """A record-number label followed by an alphanumeric token (trusts' formats vary)."""
    findings: list[Finding] = []
    for match in near_anchors(ft.text, _RECORD_ANCHOR, _hospital_number_regex(), 60, 12):
        start, end = match.start("token"), match.end("token")
        if doc.claimed(ft.name, start, end):
            continue
        doc.claim(ft.name, start, end)
        whose = _own_or_other(ft, start, end)
        finding = _finding(
            ft,
            start,
            end,
            whose=whose,
            kind="hospital_number",
            rule="hospital-number",
            other_action="hold",
        )
        if finding:
            findings.append(finding)
    return findings


# -- helpers -------------------------------------------------------------------------------------


def _with_principle(finding: Finding, principle: str) -> Finding:
    from dataclasses import replace

    return replace(finding, principle=principle)


def detect(doc: Document) -> list[Finding]:
    """Run every hard-identifier detector over every field, most specific first."""
    findings: list[Finding] = []
    for ft in doc.fields:
        findings.extend(detect_health_numbers(ft, doc))
        findings.extend(detect_nino(ft, doc))
        findings.extend(detect_dates_of_birth(ft, doc))
        findings.extend(detect_hospital_numbers(ft, doc))
        findings.extend(detect_emails(ft, doc))
        findings.extend(detect_addresses(ft, doc))
        findings.extend(detect_phone_numbers(ft, doc))
    if findings and _INVENTED_DETAILS.search(doc.text):
        # The writer says the numbers and dates are invented ("the name, dates and number
        # are made up", "one of the Ofcom drama numbers"): a teaching scenario or a story,
        # not a person's details. (A case merely "based on" someone is not this.)
        doc.cleared.add("identifiable-information")
        return []
    return findings


_INVENTED_DETAILS = re.compile(
    r"\b(?:numbers?|dates?|details|dob|addresse?s?|postcodes?)\s+(?:\w+\s+){0,3}?"
    r"(?:are|is|were|was)\s+"
    r"(?:all\s+|also\s+)?(?:made[- ]up|invented|fictional|fictitious|fake|not\s+real|dummy)\b"
    r"|\beverything\s+(?:below|here|in\s+(?:it|this|the\s+\w+))\s+(?:is|was)\s+"
    r"(?:made[- ]up|invented|fictional)\b"
    r"|\b(?:test|dummy)\s+range\b|\bdrama\s+(?:numbers?|range)\b|\bnever\s+(?:been\s+)?issued\b",
    re.IGNORECASE,
)
