"""Spam: advertising, link farms, scams and miracle cures.

Obvious spam (a crypto scheme, a miracle cure, an advance-fee job, a run of links to
dodgy domains) returns; ordinary self-promotion (a paid course with a discount code, a
private practice's booking link) holds for a moderator. One link to a trusted source is
fine, and so is a warning about a scam.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import gate, lexicon
from .context import Document, FieldText
from .verdict import Finding, finding_from_message

_COMMON_TLDS = (
    "com|co\\.uk|org\\.uk|org|net|uk|io|co|info|me|ac\\.uk|gov\\.uk|nhs\\.uk|eu|ie|us|app|"
    "dev|blog|health|care|life|today|space|tv|ly|link|page|pro|world|news|email|"
)


@cache
def _link_regex() -> lexicon.Regex:
    tlds = _COMMON_TLDS
    suspicious = "|".join(map(re.escape, lexicon.strings("spam.suspicious.tlds")))
    regex = lexicon.compile(
        r"(?:https?://|www\.)[^\s<>()\[\]\"']+"
        rf"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:{tlds}{suspicious})(?:/[^\s<>()\[\]\"']*)?(?![\w-])",
        re.IGNORECASE,
    )
    if isinstance(regex, gate.GatedSet) and len(regex.parts) == 2:
        domains = regex.parts[1]
        if type(domains) is gate.Gated and not domains.stems and not domains.literals:
            # Never gated (always open), so it may be swapped for a part that finds the
            # same matches faster.
            regex.parts[1] = _Domains(domains, rf"\.(?:{tlds}{suspicious})(?:/|(?![\w-]))")
    return regex


def _run_start(text: str, at: int) -> int:
    """Where the run of characters in [@\\w.-] that holds ``at`` starts (\\w as re reads it:
    a letter or digit, or "_")."""
    while at > 0 and ((char := text[at - 1]).isalnum() or char in "_@.-"):
        at -= 1
    return at


class _Domains:
    """The bare-domain half of the link regex ("nhs.uk", "claims-uk.co/x"), tried only where
    a match can start, instead of at every character (its look-behind stops re skipping).

    A match starts after a character outside [@\\w.-] and runs through letters, digits,
    hyphens and dots to a dot before a top-level domain that is followed by "/" or by no
    word character or hyphen. So it starts at the beginning of the run of [@\\w.-]
    characters holding such a dot, and ``dots`` (a literal-led scan) finds one in every
    run that holds a match (dots it steps over are in the run of the one it found).
    """

    __slots__ = ("dots", "part")

    def __init__(self, part: gate.Gated, dots: str) -> None:
        self.part = part
        self.dots = re.compile(dots, part.pattern.flags)

    def finditer(self, *args: Any) -> Iterator[re.Match[str]]:
        """Exactly ``part.pattern.finditer(*args)``."""
        if len(args) != 1 or not isinstance(args[0], str):
            return self.part.finditer(*args)
        text = args[0]
        starts = sorted({_run_start(text, dot.start()) for dot in self.dots.finditer(text)})
        return gate.matches_at(self.part.pattern, text, starts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.part, name)


# A phone number or e-mail address written out in full (identifiers.py validates them;
# here any plausible one will do).
_PRIVATE_CONTACT = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[ \t]?|0)\d{2,4}(?:[ \t-]?\d){6,9}(?![\w])"
    r"|(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)


# The seller reached privately without a number given: "dm for prices", "whatsapp only".
_SELLER_CONTACT = re.compile(
    r"\b(?:dm|pm|inbox|message|whatsapp|telegram|snapchat|text)\s+(?:me\s+|us\s+)?(?:for|only|to\s+order)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Link:
    start: int
    end: int
    host: str


def links(text: str) -> list[Link]:
    """Every web address in the text, with its host name."""
    found: list[Link] = []
    for match in _link_regex().finditer(text):
        url = match.group().rstrip(".,;:!?")
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
        host = host.split("/", 1)[0].split("?", 1)[0].lower()
        found.append(Link(match.start(), match.start() + len(url), host))
    return found


def _trusted(host: str) -> bool:
    return any(
        host == domain or host.endswith("." + domain)
        for domain in lexicon.strings("spam.trusted_domains.domains")
    )


# A public body's name opening someone else's domain ("nhs-staffgrant.claims-uk.co",
# "gov-refund.info"): the NHS and government live under nhs.uk, nhs.net and gov.uk, which
# are trusted, and their partners do not hyphenate the name.
_IMPERSONATED = re.compile(r"^(?:nhs|gov|hmrc|dwp)-")


def _impersonating(host: str) -> bool:
    return bool(_IMPERSONATED.search(host))


def _shortened(host: str) -> bool:
    return host in lexicon.string_set("spam.shorteners.hosts")


def _suspicious(host: str) -> bool:
    tld = host.rsplit(".", 1)[-1]
    return tld in {t.lower() for t in lexicon.strings("spam.suspicious.tlds")}


@cache
def _regexes() -> dict[str, lexicon.Regex]:
    def combined(path: str) -> lexicon.Regex:
        return lexicon.compile_many(
            [lexicon.expand(p) for p in lexicon.get(path).get("patterns", [])],
            lexicon.strings(f"{path}.phrases"),
        )

    return {
        "scam": combined("spam.scam"),
        "promo": combined("spam.promo"),
        "claim": combined("spam.claim"),
        "phishing": combined("spam.phishing"),
        "prescription_only": combined("spam.prescription_only"),
        "counter": lexicon.phrase_regex("spam.counter.phrases"),
    }


def _distinct(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    seen: set[str] = set()
    kept = []
    for match in matches:
        key = " ".join(match.group().lower().split())
        if key not in seen:
            seen.add(key)
            kept.append(match)
    return kept


def detect_field(ft: FieldText) -> list[Finding]:
    """Score a field for spam; return at most one finding for it."""
    rx = _regexes()
    found_links = [link for link in links(ft.text) if not _trusted(link.host)]
    hosts = [link.host for link in found_links]
    # One unknown site linked twice or more ("…/join and …/bonus"): a page being pushed.
    repeated_host = len(set(hosts)) < len(hosts)
    warning = rx["counter"].search(ft.text) or re.search(
        r"\bscam(?:s|mer|mers|med)?\b", ft.text, re.I
    )
    if warning and not repeated_host:
        # A warning about a scam; one that pushes a site of its own twice is a scam in turn
        # ("lost money to a crypto scam? … fundretrieve.example fundretrieve.example/claim").
        return []
    scam_matches = _distinct(list(rx["scam"].finditer(ft.text)))
    promo_matches = _distinct(list(rx["promo"].finditer(ft.text)))
    scam = 3 * len(scam_matches)
    promo = len(promo_matches)
    if len(found_links) >= int(lexicon.get("spam.link_farm_links")):
        scam += 3
    # Each distinct dodgy domain counts: two of them is a scheme spreading its bets, which
    # no one sharing a useful page does.
    suspicious_hosts = {link.host for link in found_links if _suspicious(link.host)}
    scam += 3 * min(len(suspicious_hosts), 2)
    if repeated_host and (scam_matches or suspicious_hosts):
        # A scheme's own site pushed twice (one business's pages linked in an advert are
        # promotion, held).
        scam += 3
    reachable = bool(found_links) or _PRIVATE_CONTACT.search(ft.text) is not None
    phishing = _distinct(list(rx["phishing"].finditer(ft.text))) if reachable else []
    if phishing:
        # Hand over your details at this link: nothing else a member would post asks it.
        scam += 6
        scam_matches += phishing
    if scam_matches and any(_shortened(link.host) for link in found_links):
        # An offer behind a link that hides where it goes ("WhatsApp Danny now >>>
        # bit.ly/…"); a shortened link to a survey, a fundraiser or a news page stays.
        scam += 3
    if any(_impersonating(link.host) for link in found_links):
        scam += 3
    if found_links:
        promo += 1
    if (
        promo_matches
        and rx["prescription_only"].search(ft.text)
        and (found_links or _PRIVATE_CONTACT.search(ft.text) or _SELLER_CONTACT.search(ft.text))
    ):
        # Prescription-only medicines sold at a link or a private contact ("diazepam NO
        # PRESCRIPTION NEEDED … order today 20% off www.…"): no member's recommendation
        # reads like that.
        scam += 3
    claim_matches = _distinct(list(rx["claim"].finditer(ft.text)))
    if claim_matches and (found_links or promo_matches or _PRIVATE_CONTACT.search(ft.text)):
        # A testimonial claim is a story until the text sells something beside it.
        scam += 3 * len(claim_matches)
        scam_matches += claim_matches
    if scam and _PRIVATE_CONTACT.search(ft.text):
        # A cure, a fortune or a scheme plus a private number or mailbox to reach the
        # seller by ("WhatsApp him on +234 …") is the scam's whole shape: the claim alone
        # may be a story, the number alone a friend's.
        scam += 3
    if scam >= int(lexicon.get("spam.return_at")):
        kind, action = "scam", "return"
    elif scam + promo >= int(lexicon.get("spam.hold_at")):
        kind, action = ("scam" if scam >= 3 else "promo"), "hold"
    else:
        return []
    anchors = [(m.start(), m.end()) for m in scam_matches + promo_matches]
    anchors += [(link.start, link.end) for link in found_links]
    start, end = min(anchors)
    entry = lexicon.get(f"spam.messages.{kind}")
    return [
        finding_from_message(
            ft.name,
            ft.text,
            start,
            end,
            concern="spam",
            entry=entry,
            action=action,  # type: ignore[arg-type]
            rule=f"spam:{kind}",
        )
    ]


def detect(doc: Document) -> list[Finding]:
    """Run the spam check over every field."""
    return [finding for ft in doc.fields for finding in detect_field(ft)]
