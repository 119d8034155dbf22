"""Soft identifiers: people who could be recognised without a number.

* names or initials in a clinical context ("Mr J", "a patient called Sarah", "J.S. on
  Ward 4") — but not colleagues or public figures named in their professional role;
* ward + bed + date/person combinations ("bed 6 on Hawthorn, night of 2nd March");
* combinations of age, sex, small place and diagnosis that point at one person;
* a photo description that names people in a care setting;
* exact daily whereabouts of the writer or of another member (personal details).

A case the writer says is composite, fictional or changed is left alone.
"""

from __future__ import annotations

import re
from functools import cache

from . import gate, lexicon
from .context import Document, FieldText
from .identifiers import personal_details_finding
from .verdict import Finding, finding_at

# -- compiled vocabularies ---------------------------------------------------------------------


# Case-sensitive on purpose: a name is capitalised; "mark" or "jack" in lower case is not.
# Each starts with a capital rather than a look-behind, so re can skip to capitals quickly.
_CAPITALISED_WORD = re.compile(r"[A-Z](?<![\w@'\u2019.-][A-Z])[a-z]+(?![\w'\u2019-])")


def _given_name_matches(text: str) -> list[re.Match[str]]:
    names = lexicon.string_set("people.names.given")
    return [m for m in _CAPITALISED_WORD.finditer(text) if m.group() in names]


@cache
def _ward_like() -> frozenset[str]:
    return frozenset(lexicon.strings("people.names.ward_like"))


_CAPITALISED = re.compile(r"[A-Z][a-z'\u2019-]+")
_NOT_SURNAME = frozenset(
    [
        "Ward",
        "Unit",
        "House",
        "Lodge",
        "Centre",
        "Center",
        "Road",
        "Street",
        "Lane",
        "Avenue",
        "Hospital",
        "Clinic",
        "Team",
        "And",
        "Or",
        "But",
        "The",
        "On",
        "In",
        "At",
        "From",
        "To",
        "Of",
        "For",
        "With",
        "Who",
        "Was",
        "Is",
        "Has",
        "Had",
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "I",
    ]
)


@cache
def _title_name() -> lexicon.Regex:
    titles = "|".join(map(re.escape, lexicon.strings("people.titles.person")))
    return lexicon.compile(
        rf"(?<![\w])(?:{titles})\.?\s+(?:[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?|[A-Z](?![a-z])\.?)",
        0,
    )


@cache
def _titled_in_care() -> gate.Gated:
    """A title that usually means a public role, on someone who is the subject of care.

    "Councillor Farrow was brought in on a 136": the title no longer makes it public-role
    talk, because the sentence is about the person's care.
    """
    titles = "|".join(map(re.escape, lexicon.strings("people.titles.staff")))
    # Gated (gate.py): tried only at the titles, and not at all when none occurs.
    return gate.Gated(
        re.compile(
            rf"(?<![\w])(?:{titles})\.?\s+(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z][a-z'\u2019-]+)?)"
            r"(?=\s+(?:was|is|has\s+been|had\s+been|got|were)\s+(?:\w+\s+)?(?:"
            r"brought\s+in\s+(?:on\s+a|by\s+(?:the\s+)?(?:police|ambulance|paramedics)|under|unwell|"
            r"in\s+crisis|last\s+night|overnight)|sectioned|detained\s+(?:under|on)|"
            r"(?:re)?admitted\s+(?:to\s+(?:the\s+)?(?:ward|unit|picu|hospital|a&e)|on\s+a|under|last\s+night)|"
            r"on\s+a\s+(?:section|136)|put\s+on\s+a\s+section|blue[- ]lighted))"
        )
    )


@cache
def _staff_title_before() -> lexicon.Regex:
    titles = "|".join(map(re.escape, lexicon.strings("people.titles.staff")))
    return re.compile(rf"(?:^|[^\w])(?:{titles})\.?\s+(?:[A-Z][a-z'\u2019-]+\s+)?$")


# Two capitals standing alone ("JB in the side room"), checked against known acronyms.
_BARE_INITIALS = re.compile(r"[A-Z](?<![\w@#.'\u2019&/-][A-Z])[A-Z](?![\w.'\u2019&/-])")


# A capitalised word in apposition with an age is a name, listed or not: "Little
# Kaycee-Mae, the 9 year old on Puffin ward", "Jaxon, a 15-year-old from …". (The look-behind
# comes after the first capital, as in _BARE_INITIALS, so that re skips to capitals.)
_NAMED_BY_AGE = re.compile(
    r"(?P<name>[A-Z](?<![\w'\u2019-][A-Z])[a-z]+(?:-[A-Z][a-z]+)?)\s*,\s+(?:the|a|an|our|my)\s+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[- ]?(?:years?|yr|month)[- ]?old\b"
)


# Someone pointed out in a picture: "that's Bill in the blue cap", "that's Marge holding
# the cake". Any capitalised word there is a name, listed or not (Bill, Dawn, Pat).
# ("[Tt](?<!\w[Tt])" is "\b[Tt]" starting with a letter, so that re skips to the Ts.)
_PICTURED = re.compile(
    r"[Tt](?<!\w[Tt])hat['\u2019]s\s+(?P<name>[A-Z][a-z]+)\s+(?:in|on\s+the|with|at\s+the|next\s+to|"
    r"holding|wearing|on\s+the\s+(?:left|right))\b"
)
# A household named by its surname: "the Hollins family's youngest", "the Okafor twins".
# A surname names people as surely as a first name and surname do.
_FAMILY_NAME = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?P<name>[A-Z][a-z]+(?:[-\u2019'][A-Z]?[a-z]+)?)\s+(?:family|household|"
    r"twins|triplets|kids|children|boys|girls|brothers|sisters|siblings|lads)\b"
)
# Capitalised words before "family" that are not surnames.
_NOT_FAMILY_NAMES = frozenset(
    [
        "Royal",
        "Foster",
        "Host",
        "Adoptive",
        "Birth",
        "Traveller",
        "Gypsy",
        "Roma",
        "Muslim",
        "Jewish",
        "Christian",
        "Sikh",
        "Hindu",
        "Whole",
        "Extended",
        "Nuclear",
        "Modern",
        "Average",
        "Typical",
        "Other",
        "Same",
        "Next",
        "Last",
        "First",
        "Whole",
        "Addams",
        "Simpson",
        "Brady",
        "Partridge",
        "Von",
    ]
)
# Nationalities and peoples ("the Polish family upstairs") describe, they do not name.
_NATIONALITY = re.compile(
    r"(?:ish|ese)$|^(?:Asian|Indian|Pakistani|Nigerian|Romanian|Italian|Iranian|Syrian|Afghan|"
    r"Somali|Bangladeshi|Iraqi|Ukrainian|Russian|Albanian|Bulgarian|Lithuanian|Latvian|"
    r"Hungarian|Ghanaian|Jamaican|American|African|Caribbean|European|Eritrean|Brazilian|"
    r"Australian|Canadian|German|Mexican|Korean|Nepali|Israeli|Kurdish|Arab|Greek|Czech)$"
)

_CAPITAL_WORD = re.compile(r"[A-Za-z]+")


def _shouted(text: str, start: int, end: int) -> bool:
    """True when two capitals sit among capitalised words of three letters or more: a
    phrase in capitals ("ANXIETY GONE IN 7 DAYS", "CALL US ON"), not someone's initials.
    """
    before = _CAPITAL_WORD.findall(text[max(0, start - 30) : start])[-3:]
    after = _CAPITAL_WORD.findall(text[end : end + 30])[:3]
    shouted = [
        word
        for word in before + after
        if len(word) >= 3 and word.isupper() and word not in _acronyms()
    ]
    return len(shouted) >= 2


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(lexicon.strings("people.names.extra.acronyms"))


_INITIALS = re.compile(
    r"[A-Z](?<![\w.][A-Z])\.\s?(?:[A-Z]\.\s?){1,2}(?![\w])|[A-Z](?<![\w.][A-Z])\.[A-Z](?![\w.])"
)
_NOT_INITIALS = frozenset(
    {
        "UK",
        "US",
        "USA",
        "EU",
        "NB",
        "PS",
        "AM",
        "PM",
        "BA",
        "MA",
        "BSC",
        "MSC",
        "DOB",
        "OK",
        "TV",
        "DJ",
        "GP",
        "RN",
        "UN",
        "ID",
        "IE",
        "EG",
        "AD",
        "BC",
        "QC",
        "KC",
        "MP",
        "PHD",
    }
)

_EXPLICIT = re.compile(
    r"\b(?:patient|service\s+user|client|resident|lady|gentleman|gent|man|woman|lad|girl|boy|"
    r"young\s+person|chap|fella|pt|tenant|person)\s+(?:called|named|by\s+the\s+name\s+of|"
    r"known\s+as)\s+(?P<a>[A-Z][a-z'\u2019-]+)"
    r"|\b(?:my|our|a|one\s+of\s+my|one\s+of\s+our)\s+(?:patient|client|service\s+user|resident|"
    # (Not "my client I'd message…": the writer's own "I" after the noun is no name.)
    r"pt|tenant)s?,?\s+(?P<b>(?!The\b|This\b|That\b|Who\b|And\b|But\b|I\b|I['\u2019])"
    r"[A-Z][a-z'\u2019-]+)"
    r"|\b(?:patient|client|service\s+user|resident)s?\s+of\s+(?:ours|mine),?\s+"
    r"(?P<c>[A-Z][a-z'\u2019-]+)"
    r"|\b(?P<d>[A-Z][a-z'\u2019-]+)\s+(?:is|was)\s+(?:my|our|a|one\s+of\s+(?:my|our))\s+"
    r"(?:patient|client|service\s+user|resident|tenant)s?\b"
    r"|\b(?:my|our)\s+(?:patient|client|service\s+user|resident)\s+(?P<e>(?!I\b)[A-Z])(?:\.|\b)(?![a-z])"
    # Clinical shorthand: "pt RM (s2)", "Pt J.K. AWOL".
    r"|\b(?i:pt|patient|service\s+user|su|client|resident)\s+(?P<f>[A-Z](?:\.?[A-Z]){1,2}\.?)(?![\w])"
)
# Gated (gate.py), as the vocabularies' patterns are: skipped when none of the words it
# needs ("called", "named", "client" ...) occurs, else tried only at its first words.
_EXPLICIT_GATED = gate.Gated(_EXPLICIT)


def _cues(name: str) -> lexicon.Regex:
    return _compiled_cues()[name]


@cache
def _compiled_cues() -> dict[str, lexicon.Regex]:
    return {
        "strong": lexicon.phrase_regex(
            "clinical.events.strong", "clinical.diagnoses.common", "clinical.diagnoses.rare"
        ),
        "weak": lexicon.phrase_regex("clinical.events.weak", "clinical.medications.names"),
        "setting": lexicon.compile_pattern(lexicon.get("clinical.events.setting_pattern")),
        "service_user": lexicon.phrase_regex("people.roles.service_user"),
        "staff": lexicon.phrase_regex("people.roles.staff"),
        "composite": lexicon.phrase_regex("people.framing.composite"),
        "photo": lexicon.phrase_regex("people.framing.photo"),
        "self_intro": re.compile(
            r"(?:\bi['\u2019]?m|\bi\s+am|\bmy\s+name\s+is|\bcall\s+me|\bit['\u2019]s\s+me,?|"
            r"\b(?:facebook|insta\w*|twitter|tiktok|snapchat|linkedin|account|profile|handle|"
            r"username|name)\s+(?:is|:)|\bfind\s+me\s+(?:on\s+\w+\s+)?(?:as|under))\s*$",
            re.IGNORECASE,
        ),
        "age": lexicon.pattern_regex("people.quasi.age_patterns"),
        "sex": lexicon.phrase_regex("people.quasi.sex"),
        "small_place": lexicon.phrase_regex("people.quasi.small_place"),
        "small_place_pattern": lexicon.compile_pattern(
            lexicon.get("people.quasi.small_place_pattern")
        ),
        "place": lexicon.compile_pattern(lexicon.get("people.quasi.place_pattern")),
        "diagnosis": lexicon.phrase_regex("clinical.diagnoses.common"),
        "rare": lexicon.phrase_regex("clinical.diagnoses.rare"),
        "event": lexicon.phrase_regex("people.quasi.event"),
        "unique": lexicon.pattern_regex("people.quasi.unique_patterns"),
        "only_workplace": lexicon.compile_pattern(
            lexicon.get("people.quasi.only_workplace_pattern")
        ),
        "street": lexicon.compile_pattern(lexicon.get("people.quasi.street_pattern")),
        "reference": lexicon.compile_pattern(lexicon.get("people.quasi.reference_pattern")),
        "occupation": lexicon.phrase_regex("people.quasi.occupation"),
        "routine": lexicon.phrase_regex("people.whereabouts.routine"),
        "clock": lexicon.compile_pattern(lexicon.get("people.whereabouts.time_pattern")),
        "where": lexicon.compile_pattern(lexicon.get("people.whereabouts.place_pattern")),
        "you_or_me": lexicon.compile_pattern(lexicon.get("people.whereabouts.person_pattern")),
        "invitation": lexicon.compile_pattern(lexicon.get("people.whereabouts.invitation_pattern")),
        "event_subject": lexicon.phrase_regex("people.whereabouts.event_subjects"),
        "reader_workplace": lexicon.pattern_regex("people.whereabouts.reader_workplace_patterns"),
        "routine_part": lexicon.phrase_regex(
            "people.whereabouts.routine", "people.whereabouts.routine_parts"
        ),
    }


# Gated: tried only where "bed", "bay", "room" ... start a word.
_BED = gate.Gated(
    re.compile(
        r"\b(?:bed|bay|side\s?room|cubicle|seclusion\s+room|room)\s*(?:no\.?\s*|number\s*)?"
        r"\d{1,3}[a-z]?\b(?!\s*(?:beds|bedded|%|-bed))",
        re.IGNORECASE,
    )
)
_BED_CONTEXT = re.compile(
    r"\b(?:lady|man|woman|gentleman|gent|chap|lad|girl|boy|patient|pt|he|she|who|"
    r"(?:night|morning|evening|afternoon|day)\s+of|last\s+night|tonight|this\s+morning|"
    r"yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"\d{1,2}(?:st|nd|rd|th)\s+\w+|\d{1,2}[/.]\d{1,2}|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm))\b"
    r"|\bon\s+(?-i:[A-Z][a-z]+)\b|\b(?-i:[A-Z][a-z]+)\s+ward\b",
    re.IGNORECASE,
)
_VOCATIVE = re.compile(
    r",\s*(?:you|your|u|ur|honestly|mate|love|hun|i|i['\u2019]m|please|thank)\b", re.I
)
_FIRST_PERSON_SUBJECT = re.compile(
    r"\b(?:i['\u2019]?m|i\s+am|i\s+was|i['\u2019]?ve|i\s+have|me|my)\b", re.I
)
# The writer doing something to or for someone: what follows describes that person.
_CARE_VERB = re.compile(
    r"\b(?:admit\w*|assess\w*|see|seeing|saw|seen|visit\w*|treat\w*|nurs(?:e|ed|ing)|"
    r"support\w*|look(?:ed|ing)?\s+after|car(?:ed|ing)\s+for|discharg\w*|refer\w*|met|meet\w*|"
    r"clerk\w*|review\w*|section\w*|escort\w*|restrain\w*|detain\w*|work(?:ed|ing)?\s+with|"
    r"call(?:ed)?\s+out\s+to|brought|took|take|taking|sat\s+with)\b",
    re.IGNORECASE,
)

# ...and the writer on the receiving end of care ("when I was admitted as a 19-year-old").
_CARED_FOR = re.compile(
    r"\b(?:was|were|got|get|been|being|am|is|i['\u2019]m)\s+(?:\w+\s+)?(?:admitted|assessed|seen|"
    r"visited|treated|supported|discharged|referred|sectioned|detained|restrained|escorted|"
    r"reviewed|brought|taken|clerked|nursed|met)\b",
    re.IGNORECASE,
)

# A person met through care, told in a relative clause with the writer in it: "the
# hardest case I've had", "the youngest patient we ever admitted", "one referral I got".
_CASE_RELATIVE = re.compile(
    r"\b(?:case|patient|client|referral|admission|assessment|service\s+user|young\s+person|"
    r"resident|person|man|woman|lad|girl|boy|one)s?\s+(?:that\s+|who\s+|whom\s+)?(?:i|we)"
    r"(?:['\u2019]ve|\s+have|['\u2019]d|\s+had)?\s+(?:ever\s+|recently\s+|just\s+)?\w+"
    r"[^.!?\n]{0,40}?\b(?:was|is|were)\s+(?:an?\s+)?$"
    # ...or the case does something to the writer: "the one that's stayed with me is a
    # 16-year-old", "the referral that kept us up at night was a …".
    r"|\b(?:case|patient|client|referral|admission|assessment|young\s+person|person|one)s?\s+"
    r"(?:that|who|which)(?:['\u2019]s|\s+has|\s+had)?\s+\w+[^.!?\n]{0,40}?\b(?:me|us)\b"
    r"[^.!?\n]{0,20}?\b(?:was|is|were)\s+(?:an?\s+)?$",
    re.IGNORECASE,
)

# "My brother is the only …": the writer's "my" introduces someone else.
_MY_RELATIVE = re.compile(
    r"\bmy\s+(?:\w+\s+)?(?:brother|sister|wife|husband|partner|mum|mam|mother|dad|father|son|"
    r"daughter|aunt|auntie|uncle|cousin|nan|gran|grandma|grandad|grandfather|grandmother|"
    r"friend|neighbour|boyfriend|girlfriend|fianc[e\u00e9]e?|colleague|flatmate)\b",
    re.IGNORECASE,
)
_THIRD_PARTY = re.compile(
    r"\b(?:he|she|his|her|him|they|their|patient|client|service\s+user|girl|boy|lad|man|"
    r"woman|lady|gentleman|young\s+person|teenager|child|son|daughter)\b",
    re.IGNORECASE,
)


def _message(key: str) -> tuple[str, str | None]:
    entry = lexicon.get(f"people.messages.{key}")
    return entry["message"], entry.get("suggestion")


# "Made up" that is not invented: "absolutely made up to report" (delighted), "made up for
# her", "she'll be made up you wrote about her", "the group is made up of six people".
_MADE_UP_OTHERWISE = re.compile(
    r"\s+(?:to|for|that|with|about|of|when|by|you|u|he|she|they|we|i)\b|\s*!", re.IGNORECASE
)


def _is_composite(doc: Document) -> bool:
    """True when the writer says the case is composite, invented or changed."""
    return any(
        not (
            match.group().lower().replace("-", " ") == "made up"
            and _MADE_UP_OTHERWISE.match(ft.text, match.end())
        )
        for ft in doc.fields
        for match in _cues("composite").finditer(ft.text)
    )


# -- names and initials in a clinical context --------------------------------------------------


def _name_candidates(ft: FieldText) -> list[tuple[int, int, str]]:
    """(start, end, strength) for each name-like token: 'explicit', 'strong' or 'first'."""
    text = ft.text
    found: list[tuple[int, int, str]] = []
    for match in _EXPLICIT_GATED.finditer(text):
        group = next(g for g in ("a", "b", "c", "d", "e", "f") if match.group(g))
        found.append((match.start(group), match.end(group), "explicit"))
    for match in _titled_in_care().finditer(text):
        found.append((match.start("name"), match.end("name"), "explicit"))
    for match in _title_name().finditer(text):
        found.append((match.start(), match.end(), "strong"))
    for match in _PICTURED.finditer(text):
        found.append((match.start("name"), match.end("name"), "first"))
    for match in _NAMED_BY_AGE.finditer(text):
        found.append((match.start("name"), match.end("name"), "first"))
    for match in _FAMILY_NAME.finditer(text):
        if match.group("name") not in _NOT_FAMILY_NAMES and not _NATIONALITY.search(
            match.group("name")
        ):
            found.append((match.start("name"), match.end("name"), "strong"))
    for match in _BARE_INITIALS.finditer(text):
        if match.group() in _acronyms() or re.fullmatch(r"[IVXLC]+", match.group()):
            continue  # an abbreviation, or a roman numeral ("bipolar II")
        if _shouted(text, match.start(), match.end()):
            continue  # "ANXIETY GONE IN 7 DAYS": a word of a shouted phrase
        found.append((match.start(), match.end(), "bare-initials"))
    for match in _INITIALS.finditer(text):
        letters = match.group().replace(".", "").replace(" ", "")
        if letters.upper() in _NOT_INITIALS:
            continue
        found.append((match.start(), match.end(), "strong"))
    ward_like = _ward_like()
    for match in _given_name_matches(text):
        start, end = match.start(), match.end()
        following = text[end : end + 30]
        preceding = text[max(0, start - 8) : start]
        next_word = _CAPITALISED.match(following.lstrip(" "))
        if (
            following[:1] == " "
            and next_word
            and next_word.group()
            in {
                "Ward",
                "Unit",
                "House",
                "Lodge",
                "Suite",
                "Centre",
                "Center",
                "Road",
                "Street",
                "Lane",
                "Avenue",
                "Close",
                "Court",
                "Hospital",
                "Clinic",
                "Park",
                "Grove",
            }
        ):
            continue  # "Rose Ward", "Holly Lodge": a place
        if match.group() in ward_like and re.search(r"\b(?:on|to|from|onto|off)\s+$", preceding):
            continue
        strength = "first"
        if following[:1] == " " and next_word and next_word.group() not in _NOT_SURNAME:
            strength = "strong"  # first name and surname
            end = end + 1 + next_word.end()
        found.append((start, end, strength))
    # Drop candidates inside a longer one (a title name that is also a given name).
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    kept: list[tuple[int, int, str]] = []
    for item in found:
        if kept and item[0] < kept[-1][1]:
            if item[2] == "explicit" and kept[-1][2] != "explicit":
                kept[-1] = item
            continue
        kept.append(item)
    return kept


def _staff_role_near(ft: FieldText, start: int, end: int) -> bool:
    """True when the name is put in a professional role ("Priya, our ward manager")."""
    text = ft.text
    sentence_start, sentence_end = ft.sentence(start)
    before = text[max(sentence_start, start - 45) : start]
    after = text[end : min(sentence_end, end + 45)]
    if _staff_title_before().search(before):
        return True
    staff = _cues("staff")
    after_match = re.match(
        r"\s*(?:,|\(|-|\u2013|\u2014)?\s*(?:who\s+is\s+|who['\u2019]s\s+|is\s+|was\s+|"
        r"(?:on\s+the\s+(?:left|right)\s*,?\s*)?(?:she|he|they)(?:['\u2019]s|\s+is|\s+was)\s+)?"
        r"(?:the|our|my|a|an|their|his|her)?\s*(?:new\s+|lovely\s+|brilliant\s+|fab\s+|"
        r"amazing\s+|wonderful\s+|former\s+|old\s+)?",
        after,
    )
    rest = after[after_match.end() :] if after_match else after
    role_after = staff.match(rest)
    if role_after:
        return True
    if _COLLEAGUE_CLAUSE.match(after):
        return True
    # An author: "'The Listening Ward' by Niamh Corrigan", "a memoir by ...", and a title
    # in title case without quotation marks: "Reasons to Stay Alive by …".
    if _TITLE_BY.search(before):
        return True
    if re.search(r"\bby\s*$", before) and re.search(
        r"[\"\u201c\u2018'][^\"\u201d\n]{2,80}[\"\u201d\u2019']\s*,?\s*by\s*$|\b(?:book|novel|memoir|"
        r"paper|article|chapter|poem|essay|blog|podcast|film|documentary|play|study|report|"
        r"guide|thesis|review|textbook|series|album|song)\b",
        text[max(sentence_start, start - 120) : start],
        re.IGNORECASE,
    ):
        return True
    roles_before = list(staff.finditer(before))
    if roles_before:
        # "our consultant Dr X", "my manager Kelly", and with where they work between the
        # role and the name: "the ward manager on Fern, Gillian Ashworth,".
        between = _ROLE_PLACE.sub("", before[roles_before[-1].end() :], count=1)
        if not between.strip(" ,:(-\u2013").split():
            return True
    # Praise or a public appearance (a talk, a workshop, a panel; not a "session", which
    # may be an allotment or a therapy session) with a role nearby, or
    # with the people named by where they work ("Tom Briscoe and Leah Mensah from the lived
    # experience team at Fenwick"): a colleague or a speaker. A retirement is an occasion;
    # "the retired headteacher we had in for ECT" is a patient described by a former job.
    return bool(
        (
            staff.search(text, start, min(sentence_end, end + 120))
            or _AFFILIATION.match(text, end, sentence_end)
        )
        and re.search(
            r"\b(?:congratulations|congrats|well\s+done|thanks|thank\s+you|shout[- ]out|award|"
            r"keynote|talk|book|conference|workshop|presentation|panel|webinar|"
            r"lecture|seminar|masterclass|plenary|presented|spoke|retir(?:ing|ement|es))\b",
            text[sentence_start:sentence_end],
            re.IGNORECASE,
        )
    )


# A title in title case just before "by": two or more capitalised words (small words
# between them in lower case), the first not opening the sentence's subject ("Admitted
# by" is one word).
_TITLE_BY = re.compile(
    r"(?-i:[A-Z][\w'\u2019-]*\s+(?:(?:to|of|the|a|an|and|in|on|for|with|from|is|at|my|"
    r"your|our)\s+)*){1,8}(?-i:[A-Z][\w'\u2019-]*)\s+by\s*$"
)


# Someone the writer worked beside, told in a clause after their name: "Maxine Reid, who I
# trained with, ...", "Des, who I worked alongside for years". ("Worked with" is left out:
# practitioners say it of the people they care for.)
_COLLEAGUE_CLAUSE = re.compile(
    r"\s*,?\s*(?:who|whom|that)\s+(?:i|we)(?:['\u2019]ve|\s+have|['\u2019]d|\s+had)?\s+"
    r"(?:\w+\s+)?(?:worked\s+alongside|trained\s+(?:with|alongside)|qualified\s+with|"
    r"worked\s+shifts\s+with|job[- ]shared\s+with|shared\s+an\s+office\s+with|"
    r"did\s+(?:my|our)\s+training\s+with)\b",
    re.IGNORECASE,
)


# Where a role is held, between the role and a name in apposition: " on Fern,", " at
# Hillside Ward,", " from the Rowan team,".
_ROLE_PLACE = re.compile(
    r"^\s+(?:on|at|from|in|of)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s*){1,3}"
    r"(?:(?:ward|unit|team|wing|site)\s*)?(?=,|\(|-|\u2013)"
)


# Who someone works for, after their name (and perhaps a second name): "… and Leah Mensah
# from the lived experience team at Fenwick", "of Castlebrook Mind". Not a service or a
# centre: "Doreen and Albert from the dementia day service" are the people it serves.
_AFFILIATION = re.compile(
    r"(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][\w'\u2019-]+)?)?\s*,?\s+(?:from|of|at)\s+(?:the\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:team|trust|charity|university|college|council|"
    r"department|organisation|organization|network|partnership|collective|foundation|"
    r"institute|[Mm]ind|NHS)\b"
)


# Words in the staff-role list that are praise or occasions, not a role.
_PRAISE_ONLY = frozenset(
    [
        "award",
        "awards",
        "congratulations",
        "congrats",
        "well done",
        "thanks to",
        "thank you to",
        "shout out",
        "shout-out",
        "retiring",
        "retirement",
    ]
)


def _professional_role_near(ft: FieldText, start: int, end: int) -> bool:
    """True when an actual role or public work (not just thanks or praise) is named in the
    sentence ("Stephen Fry, who has ..., gave a talk at the conference")."""
    if _staff_title_before().search(ft.text[max(0, start - 45) : start]):
        return True
    sentence_start, sentence_end = ft.sentence(start)
    return any(
        m.group().lower() not in _PRAISE_ONLY
        for m in _cues("staff").finditer(ft.text, sentence_start, sentence_end)
    )


# A sentence that carries on about the person just named: "She's 92 and on lithium."
_CARRIES_ON = re.compile(
    r"\s*(?:she|he|they)(?:['\u2019]s|['\u2019]re|\s+is|\s+was|\s+has|\s+had|\s+\w+s)\b", re.I
)
_AGE_GIVEN = re.compile(
    r"\b(?:she|he|they)(?:['\u2019]s|\s+is|\s+was|['\u2019]re)\s+(?:\d{2,3}|in\s+(?:her|his|their)\s+\d0s)\b",
    re.I,
)


_FORMER_JOB = re.compile(r"\b(?:a|an)\s+(?:retired|former)\s+[a-z]{3,}\b", re.I)


def _clinical_score(ft: FieldText, start: int, end: int) -> tuple[int, int]:
    """(strong, weak) clinical cues in the sentence around a name.

    The next sentence counts too when it carries on about the same person ("Had a chat with
    Doris. She's 92, and swears the lithium gives her dreams."); an age or a former job said
    of them is a weak cue.
    """
    sentence_start, sentence_end = ft.sentence(start)
    index = ft.sentence_index(start)
    if index + 1 < len(ft.sentences):
        next_start, next_end = ft.sentences[index + 1]
        if _CARRIES_ON.match(ft.text, next_start):
            sentence_end = next_end
    strong = {
        m.group().lower() for m in _cues("strong").finditer(ft.text, sentence_start, sentence_end)
    }
    weak = {
        m.group().lower() for m in _cues("weak").finditer(ft.text, sentence_start, sentence_end)
    } - strong
    settings = list(_cues("setting").finditer(ft.text, sentence_start, sentence_end))
    if settings:
        weak.add("setting")
    if _cues("service_user").search(ft.text, sentence_start, sentence_end):
        weak.add("service-user")
    if _BED.search(ft.text, sentence_start, sentence_end):
        strong.add("bed")
    if _AGE_GIVEN.search(ft.text, sentence_start, sentence_end) or _cues("age").search(
        ft.text, sentence_start, sentence_end
    ):
        weak.add("age")
    if _cues("occupation").search(ft.text, sentence_start, sentence_end) or _FORMER_JOB.search(
        ft.text, sentence_start, sentence_end
    ):
        weak.add("occupation")
    return len(strong), len(weak)


# Between a name and a diagnosis: the diagnosis is said of that person ("Gareth, who has
# ...", "Ann, diagnosed with ... last year", "Priya lives with ...").
_GIVEN_TO = re.compile(
    r"\s*,?\s*(?:who(?:\s+|(?=['\u2019]))|and\s+(?:he|she|they)\s+)?(?:(?:also|now|still|recently|just)\s+)?"
    r"(?:has|had|['\u2019]s\s+got|has\s+got|lives\s+with|is\s+living\s+with|"
    r"(?:was|has\s+been|had\s+been|got|is|['\u2019]s\s+been)\s+(?:recently\s+|just\s+|newly\s+)?"
    r"diagnosed\s+with|diagnosed\s+with|suffers\s+(?:from|with)|struggles\s+with)\s+"
    r"(?:(?:a|an|severe|mild|moderate|chronic|complex|early[- ]onset|treatment[- ]resistant|"
    r"diagnosis\s+of|history\s+of)\s+){0,3}$",
    re.IGNORECASE,
)


def _diagnosis_given_to(ft: FieldText, name_end: int) -> bool:
    """True when a diagnosis follows the name and is said of that person."""
    _, sentence_end = ft.sentence(name_end)
    limit = min(sentence_end, name_end + 90)
    for cue in ("diagnosis", "rare"):
        for match in _cues(cue).finditer(ft.text, name_end, limit):
            if _GIVEN_TO.fullmatch(ft.text, name_end, match.start()) and not ft.negated(
                match.start()
            ):
                return True
    return False


def detect_names(ft: FieldText, doc: Document) -> list[Finding]:
    """Names or initials of people in a clinical context."""
    if _is_composite(doc):
        doc.cleared.add("identifiable-information")
        return []
    findings: list[Finding] = []
    for start, end, strength in _name_candidates(ft):
        if doc.claimed(ft.name, start, end) or ft.in_quote(start, end):
            continue
        sentence_start, _ = ft.sentence(start)
        if _cues("self_intro").search(ft.text[max(sentence_start, start - 20) : start]):
            continue
        # A diagnosis said of someone in a public or working role is their own story told
        # in public (an author, a speaker, a colleague), not a patient's.
        given = _diagnosis_given_to(ft, end) and not _professional_role_near(ft, start, end)
        # Thanks or praise alone ("a big thank you to Gareth, who has ...") do not make
        # someone a colleague once a diagnosis is said of them.
        if strength != "explicit" and _staff_role_near(ft, start, end) and not given:
            continue
        if _VOCATIVE.match(ft.text, end) and not ft.text[sentence_start:start].strip(" @"):
            continue  # "Tom, you don't need..." addresses a reader, it isn't about a patient
        strong, weak = _clinical_score(ft, start, end)
        if given:
            strong = max(strong, 2)  # "Gareth, who has bipolar disorder": said of them
        photo = _cues("photo").search(ft.text, *ft.around(start, 1, 0)) is not None
        if strength == "explicit":
            identified = True
        elif strength == "strong":
            identified = strong >= 1 or weak >= 2
        elif strength == "bare-initials":
            # Undotted capitals are often acronyms: ask for more clinical detail.
            identified = strong >= 1 and strong + weak >= 2
        else:
            # A first name alone: a clinical event, or several details that add up (an age,
            # a former job and a medicine point at one person as surely as a diagnosis).
            identified = (
                (strong >= 1 and strong + weak >= 2) or (photo and strong + weak >= 1) or weak >= 3
            )
        if not identified:
            continue
        key = "photo" if photo and strength == "first" else "name"
        message, suggestion = _message(key)
        findings.append(
            finding_at(
                ft.name,
                ft.text,
                start,
                end,
                concern="identifiable-information",
                principle="nmc-patient-images-consent"
                if key == "photo"
                else "hcpc-identify-service-user",
                message=message,
                suggestion=suggestion,
                action="hold",
                rule=f"name:{strength}",
            )
        )
    return findings


# -- ward + bed + date -------------------------------------------------------------------------


def detect_beds(ft: FieldText, doc: Document) -> list[Finding]:
    """A bed, bay or side-room number pinned to a person, a date or a named ward."""
    findings: list[Finding] = []
    for match in _BED.finditer(ft.text):
        start, end = match.start(), match.end()
        if ft.in_quote(start, end) or ft.mentioned(start) or ft.hypothetical(start):
            continue
        sentence_start, sentence_end = ft.sentence(start)
        context = [
            m
            for m in _BED_CONTEXT.finditer(ft.text, sentence_start, sentence_end)
            if not (m.start() >= start and m.end() <= end)
        ]
        if not context:
            continue
        message, suggestion = _message("bed")
        findings.append(
            finding_at(
                ft.name,
                ft.text,
                start,
                end,
                concern="identifiable-information",
                principle="gmc-cumulative-identification",
                message=message,
                suggestion=suggestion,
                action="hold",
                rule="ward-bed-date",
            )
        )
    return findings


# -- quasi-identifier combinations -----------------------------------------------------------


_NOT_PLACES = frozenset(
    [
        "A&E",
        "I",
        "The",
        "This",
        "That",
        "My",
        "Our",
        "His",
        "Her",
        "Their",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Christmas",
        "Easter",
        "England",
        "Scotland",
        "Wales",
        "Britain",
        "UK",
        "NHS",
    ]
)


def detect_quasi_identifiers(ft: FieldText, doc: Document) -> list[Finding]:
    """Age + sex + small place + diagnosis (and similar) about one third party."""
    if _is_composite(doc):
        return []
    findings: list[Finding] = []
    cues = _compiled_cues()
    reported: set[int] = set()
    # One scan per cue; only windows with an age or a diagnosis, and a place, are read closely.
    anchor_sentences = (
        ft.sentences_matching(cues["age"])
        | ft.sentences_matching(cues["diagnosis"])
        | ft.sentences_matching(cues["rare"])
        | ft.sentences_matching(cues["unique"])
    )
    place_sentences = (
        ft.sentences_matching(cues["place"])
        | ft.sentences_matching(cues["small_place"])
        | ft.sentences_matching(cues["small_place_pattern"])
        | ft.sentences_matching(cues["street"])
        | ft.sentences_matching(cues["unique"])
        | ft.sentences_matching(cues["only_workplace"])
    )
    last_sentence = len(ft.sentences) - 1
    for index in range(len(ft.sentences)):
        window = {index, min(index + 1, last_sentence)}
        if not (window & anchor_sentences and window & place_sentences):
            continue
        start = ft.sentences[index][0]
        end = ft.sentences[min(index + 1, last_sentence)][1]
        age = cues["age"].search(ft.text, start, end)
        diagnosis = cues["diagnosis"].search(ft.text, start, end)
        rare = cues["rare"].search(ft.text, start, end)
        # A role only one person holds, with anything clinical said (a diagnosis, an
        # admission, a section): "the only female GP in Alnwick was admitted last week".
        unique_role = cues["unique"].search(ft.text, start, end)
        unique_care = (
            unique_role
            if unique_role
            and any(
                # the clinical event must not be the writer's own ("told me I was sectioned")
                not _FIRST_PERSON_SUBJECT.search(
                    ft.text[max(ft.clause(m.start())[0], m.start() - 20) : m.start()]
                )
                for m in cues["strong"].finditer(ft.text, start, end)
            )
            else None
        )
        if not (age or diagnosis or rare or unique_care):
            continue
        places = [
            m
            for m in cues["place"].finditer(ft.text, start, end)
            if m.group().split()[-1] not in _NOT_PLACES
        ]
        small = (
            cues["small_place"].search(ft.text, start, end)
            or cues["small_place_pattern"].search(ft.text, start, end)
            or cues["street"].search(ft.text, start, end)
        )
        # A role one person holds there ("the village's only retired headmistress") names
        # them as surely as a name does, once a diagnosis is said alongside it.
        unique = cues["unique"].search(ft.text, start, end)
        # "The only" on its own (the small-place list holds it for "the only ... in the
        # village") is no place: "the only nurse on shift" could be anywhere.
        small_somewhere = bool(
            any(
                m.group().lower() != "the only"
                for m in cues["small_place"].finditer(ft.text, start, end)
            )
            or cues["small_place_pattern"].search(ft.text, start, end)
            or cues["street"].search(ft.text, start, end)
            or cues["only_workplace"].search(ft.text, start, end)
        )
        categories = {
            "age": bool(age),
            "sex": bool(cues["sex"].search(ft.text, start, end)),
            "place": bool(places),
            "small": small_somewhere,
            "diagnosis": bool(diagnosis or rare),
            "event": bool(cues["event"].search(ft.text, start, end)),
            "occupation": bool(cues["occupation"].search(ft.text, start, end)),
            "reference": bool(cues["reference"].search(ft.text, start, end)),
        }
        has_place = categories["place"] or categories["small"]
        score = sum(categories.values())
        if not (has_place and (score >= 4 or rare or (unique and (diagnosis or unique_care)))):
            continue
        anchor = age or diagnosis or rare or unique_care
        assert anchor is not None
        # The writer describing themself ("I'm 29, from a small village") is not a third party.
        clause_start, _ = ft.clause(anchor.start())
        lead = ft.text[max(clause_start, anchor.start() - 25) : anchor.start()]
        # ...but the writer at work describes someone else ("I was admitting a 67-year-old").
        # ...and so does "the hardest case I've had was a 34-year-old": the case is the
        # subject, the writer only in the relative clause.
        sentence_start, _ = ft.sentence(anchor.start())
        case = _CASE_RELATIVE.search(ft.text, sentence_start, anchor.start())
        if (
            _FIRST_PERSON_SUBJECT.search(lead)
            and not _THIRD_PARTY.search(lead)
            and not _MY_RELATIVE.search(lead)
            and not (_CARE_VERB.search(lead) and not _CARED_FOR.search(lead))
            and not case
        ):
            continue
        if not (_THIRD_PARTY.search(ft.text, start, end) or unique_role or case):
            continue
        if ft.hypothetical(anchor.start()) or ft.in_quote(anchor.start(), anchor.end()):
            continue
        where = places[:1] or ([small] if small else [])
        span_start = min(m.start() for m in [anchor, *where])
        span_end = max(m.end() for m in [anchor, *where])
        if any(abs(span_start - other) < 5 for other in reported):
            continue
        reported.add(span_start)
        message, suggestion = _message("quasi")
        findings.append(
            finding_at(
                ft.name,
                ft.text,
                span_start,
                span_end,
                concern="identifiable-information",
                principle="gmc-cumulative-identification",
                message=message,
                suggestion=suggestion,
                action="hold",
                rule="quasi-identifiers",
            )
        )
    return findings


# -- exact daily whereabouts ---------------------------------------------------------------------


# "See you there", "I'm the one with the purple hair": a person to be met, not an event.
# "Saw you at the Tuesday 2pm clinic again, you're always in the corner seat": the reader
# seen there, time after time, is where they can be found.
_TO_BE_RECOGNISED = re.compile(
    r"\b(?:see|saw|seen|spotted|spot)\s+(?:you|u)\b|\b(?:you['\u2019]?re|i['\u2019]?m|im)\s+the\s+one\b"
    r"|\b(?:you['\u2019]?re|you\s+are|ur)\s+always\b",
    re.IGNORECASE,
)


# Someone else between the writer and the time: the routine is theirs. ("Her" is left out:
# "the lady I see walking her greyhound at half six" is the reader's own routine.)
_THIRD_PERSON = re.compile(r"\b(?:he|him|she|they|them)\b", re.IGNORECASE)


# A habit given up: "I used to walk there every day at eight".
_USED_TO = re.compile(r"\b(?:used\s+to|use\s+to|no\s+longer|don['\u2019]?t\s+any\s*more)\b", re.I)


def detect_whereabouts(ft: FieldText, doc: Document) -> list[Finding]:
    """A routine + a clock time + a place + the writer or a reader: a daily whereabouts."""
    findings: list[Finding] = []
    cues = _compiled_cues()
    candidates = (
        ft.sentences_matching(cues["routine"])
        & ft.sentences_matching(cues["clock"])
        & ft.sentences_matching(cues["where"])
    )
    for index in sorted(candidates):
        start, end = ft.sentences[index]
        routine = cues["routine"].search(ft.text, start, end)
        if not routine:
            continue
        clock = cues["clock"].search(ft.text, start, end)
        where = [
            m
            for m in cues["where"].finditer(ft.text, start, end)
            if m.group().split()[-1] not in _NOT_PLACES
        ]
        person = cues["you_or_me"].search(ft.text, start, end)
        if not (clock and where and person):
            continue
        if _THIRD_PERSON.search(ft.text, person.end(), clock.start()):
            continue  # "I watched him leave at half five": his routine, and he is no member
        if cues["event_subject"].search(ft.text, start, end) and not _TO_BE_RECOGNISED.search(
            ft.text, start, end
        ):
            continue
        if ft.hypothetical(routine.start()) and not cues["invitation"].search(ft.text, start, end):
            continue
        if _USED_TO.search(ft.text, start, routine.start()):
            continue  # "I used to go to the park every day at eight": no longer there
        findings.append(
            personal_details_finding(
                ft, start, end, "whereabouts", "hold", "whereabouts", messages="people"
            )
        )
    return findings


_NEGATIVE_QUESTION = re.compile(
    r"\s*(?:@\w+[,:]?\s+)?(?:(?:oh|hey|hang\s+on|wait)[,!]?\s+)?(?:isn['\u2019]?t|aren['\u2019]?t|"
    r"wasn['\u2019]?t|weren['\u2019]?t|don['\u2019]?t|didn['\u2019]?t)\b[^.!?\n]*\?",
    re.IGNORECASE,
)


def detect_reader_workplace(ft: FieldText) -> list[Finding]:
    """Another member's workplace and when they are there, told to them publicly."""
    findings: list[Finding] = []
    cues = _compiled_cues()
    for match in cues["reader_workplace"].finditer(ft.text):
        start, end = match.start(), match.end()
        sentence_start, sentence_end = ft.sentence(start)
        if not cues["routine_part"].search(ft.text, sentence_start, sentence_end):
            continue
        # "If you work at ..." is a condition: read from the end of the match. "Isn't that
        # you on the till at …?" is a negative question, which asserts what it asks.
        negated = ft.negated(start) and not _NEGATIVE_QUESTION.match(
            ft.text, sentence_start, sentence_end
        )
        if ft.in_quote(start, end) or ft.hypothetical(end) or negated:
            continue
        findings.append(
            personal_details_finding(
                ft,
                start,
                end,
                "whereabouts",
                "hold",
                "whereabouts:reader-workplace",
                messages="people",
            )
        )
    return findings


@cache
def _home_described() -> lexicon.Regex:
    return lexicon.pattern_regex("people.home_described.patterns")


@cache
def _member_home_described() -> lexicon.Regex:
    return lexicon.pattern_regex("people.home_described.member_patterns")


def detect_home_described(ft: FieldText) -> list[Finding]:
    """A home told in words, not numbers: the writer's ("the flat above the chemist on X
    Road") or a reader's ("you're on Lindley Road, the house with the camper van").

    A landmark and a named street find a door as surely as a house number does.
    """
    findings: list[Finding] = []
    for regex, key, rule in (
        (_home_described(), "home_described", "home-described"),
        (_member_home_described(), "home_described_member", "home-described:member"),
    ):
        for match in regex.finditer(ft.text):
            start, end = match.start(), match.end()
            # No hypothetical check: "if you're local, I live above the chippy" still tells.
            # "Isn't @sam the lady who lives above …?" asserts what it asks.
            sentence_start, sentence_end = ft.sentence(start)
            negated = ft.negated(start) and not _NEGATIVE_QUESTION.match(
                ft.text, sentence_start, sentence_end
            )
            if ft.in_quote(start, end) or ft.mentioned(start) or negated:
                continue
            if ft.reported(start) or ft.time(start, end) == "past":
                continue
            findings.append(
                personal_details_finding(ft, start, end, key, "hold", rule, messages="people")
            )
    return findings


def detect(doc: Document) -> list[Finding]:
    """Run the soft-identifier detectors over every field."""
    findings: list[Finding] = []
    for ft in doc.fields:
        findings.extend(detect_names(ft, doc))
        findings.extend(detect_beds(ft, doc))
        findings.extend(detect_quasi_identifiers(ft, doc))
        findings.extend(detect_whereabouts(ft, doc))
        findings.extend(detect_reader_workplace(ft))
        findings.extend(detect_home_described(ft))
    return findings
