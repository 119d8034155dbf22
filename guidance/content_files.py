"""Read and validate the guidance content files in ``guidance/content/``.

Pure Python (standard library only, no Django) so that the checker, the tests and the
``load_guidance`` command can all use it. ``load_content()`` returns a ``GuidanceContent`` of
frozen dataclasses, or raises ``ContentError`` listing every problem it found, each naming the
file and the field, so that a reviewer can fix a bad edit in one go.

The file format is described in ``guidance/content/README.md``. The ``checks/`` folder beside
the content belongs to the moderation checker and is not read here.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent / "content"

BODIES_FOLDER = "bodies"
CONCERNS_FILE = "concerns.toml"
TIPS_FILE = "tips.toml"
CRISIS_FILE = "crisis.toml"
EASY_READ_FILE = "easy-read.toml"

#: Who a principle or tip matters most to. "practitioner" means anyone writing in a
#: professional capacity; "all" means everyone.
AUDIENCES: tuple[str, ...] = (
    "all",
    "practitioner",
    "nurse",
    "doctor",
    "psychologist",
    "occupational-therapist",
    "social-worker",
    "peer-support-worker",
    "lived-experience",
    "carer",
    "reader",
    "moderator",
)

#: What kind of organisation a body is; used to group the guidance index.
BODY_KINDS: dict[str, str] = {
    "house": "Common Room's own rules",
    "regulator": "Regulators",
    "professional-body": "Professional bodies",
    "employer-body": "Employers",
    "law": "Law and data protection",
    "charity": "Safe messaging",
}

#: How closely a principle's summary was checked against its source.
EVIDENCE_LEVELS: dict[str, str] = {
    "checked": "Checked against the source.",
    "secondary": "Based on published summaries of the source; read the original.",
    "unconfirmed": "We could not check this against the source; read the original.",
    "own": "One of Common Room's own rules.",
}

#: Where a crisis contact operates.
REGIONS: tuple[str, ...] = ("uk", "england", "wales", "scotland", "northern-ireland", "ireland")

#: Longest sentence allowed in the Easy Read version, in words.
EASY_READ_MAX_WORDS = 15

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ]*[0-9]$")
# A sentence ends with . ? or ! and perhaps a closing quote or bracket (straight or curly).
_SENTENCE_END = re.compile("[.?!]['\"\u2019\u201d)]?$")


# --------------------------------------------------------------------------------------------
# Errors


@dataclass(frozen=True)
class ContentProblem:
    """One thing wrong with one field of one content file."""

    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}"


class ContentError(ValueError):
    """The content files are invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: Iterable[ContentProblem]) -> None:
        self.problems: tuple[ContentProblem, ...] = tuple(problems)
        count = len(self.problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"guidance content has {count} problem(s):\n{lines}")


# --------------------------------------------------------------------------------------------
# The content


@dataclass(frozen=True)
class SourceDocument:
    """A published document a body's principles come from."""

    key: str
    title: str
    year: int | None
    url: str
    note: str


@dataclass(frozen=True)
class Principle:
    """One citable principle: the unit a moderation finding links to, by ``slug``."""

    slug: str
    body_slug: str
    title: str
    summary: str
    document_key: str
    document_title: str
    year: int | None
    url: str
    clause: str
    concerns: tuple[str, ...]
    checkable: bool
    audience: tuple[str, ...]
    evidence: str
    order: int

    @property
    def evidence_note(self) -> str:
        """A plain sentence saying how closely the summary was checked."""
        return EVIDENCE_LEVELS[self.evidence]


@dataclass(frozen=True)
class Body:
    """An organisation whose guidance we summarise (or Common Room itself, for house rules)."""

    slug: str
    name: str
    short_name: str
    kind: str
    order: int
    slug_prefixes: tuple[str, ...]
    introduction: str
    documents: tuple[SourceDocument, ...]
    principles: tuple[Principle, ...]
    source_file: str


@dataclass(frozen=True)
class Concern:
    """One of the moderation concerns every finding names."""

    slug: str
    name: str
    explanation: str
    main_principle: str
    problem_examples: tuple[str, ...]
    fine_examples: tuple[str, ...]
    order: int


@dataclass(frozen=True)
class Tip:
    """A short piece of good-practice advice, shown on the tips page and while writing."""

    slug: str
    title: str
    text: str
    audience: tuple[str, ...]
    principles: tuple[str, ...]
    order: int


@dataclass(frozen=True)
class CrisisContact:
    """A service people can contact for help; unverified ones carry ``unverified_note``."""

    slug: str
    name: str
    for_whom: str
    phone: str
    phone_note: str
    textphone: str
    text: str
    email: str
    website: str
    hours: str
    regions: tuple[str, ...]
    crisis_line: bool
    last_verified: dt.date | None
    unverified_note: str
    note: str
    order: int

    @property
    def is_verified(self) -> bool:
        """True when someone has checked the details against the service's own."""
        return self.last_verified is not None


@dataclass(frozen=True)
class EasyReadSection:
    """One part of the Easy Read house rules: a heading and a few short sentences."""

    slug: str
    heading: str
    sentences: tuple[str, ...]
    principle: str
    order: int


@dataclass(frozen=True)
class EasyRead:
    """The Easy Read version of the house rules."""

    title: str
    introduction: tuple[str, ...]
    sections: tuple[EasyReadSection, ...]


@dataclass(frozen=True)
class GuidanceContent:
    """Everything in the content folder, validated and cross-checked."""

    bodies: tuple[Body, ...]
    concerns: tuple[Concern, ...]
    concerns_introduction: str
    tips: tuple[Tip, ...]
    crisis_introduction: str
    crisis_contacts: tuple[CrisisContact, ...]
    easy_read: EasyRead

    @property
    def principles(self) -> tuple[Principle, ...]:
        """Every principle, bodies in display order, principles in file order."""
        return tuple(p for body in self.bodies for p in body.principles)

    @property
    def principle_slugs(self) -> frozenset[str]:
        return frozenset(p.slug for p in self.principles)

    @property
    def slug_prefixes(self) -> tuple[str, ...]:
        """Every principle slug prefix in use (``nmc-``, ``house-``...)."""
        return tuple(prefix for body in self.bodies for prefix in body.slug_prefixes)

    def principle(self, slug: str) -> Principle:
        """The principle with this slug; ``KeyError`` if there is none."""
        for principle in self.principles:
            if principle.slug == slug:
                return principle
        raise KeyError(slug)

    def body(self, slug: str) -> Body:
        """The body with this slug; ``KeyError`` if there is none."""
        for body in self.bodies:
            if body.slug == slug:
                return body
        raise KeyError(slug)

    def principles_for_concern(self, concern_slug: str) -> tuple[Principle, ...]:
        """The principles that back a concern, checkable ones first."""
        backing = [p for p in self.principles if concern_slug in p.concerns]
        return tuple(sorted(backing, key=lambda p: not p.checkable))


# --------------------------------------------------------------------------------------------
# Reading helpers


def _prose(text: str) -> str:
    """Join hard-wrapped lines; keep blank lines as paragraph breaks."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


class _Table:
    """Typed access to one TOML table that records problems instead of raising at once.

    Each accessor returns a harmless placeholder after recording a problem, so one pass over
    the files can report every mistake rather than only the first.
    """

    def __init__(
        self,
        data: Any,
        *,
        file: str,
        where: str,
        problems: list[ContentProblem],
        allowed: Iterable[str],
    ) -> None:
        self.file = file
        self.where = where
        self.problems = problems
        if not isinstance(data, dict):
            self.problem("", "should be a table")
            data = {}
        self.data: dict[str, Any] = data
        for key in sorted(set(data) - set(allowed)):
            self.problem(key, "unknown field (is it misspelt?)")

    def path(self, key: str) -> str:
        if not key:
            return self.where or "(file)"
        return f"{self.where}.{key}" if self.where else key

    def problem(self, key: str, message: str) -> None:
        self.problems.append(ContentProblem(self.file, self.path(key), message))

    def text(self, key: str, *, required: bool = True, prose: bool = False) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, "is missing")
            return ""
        if not isinstance(value, str):
            self.problem(key, "should be text")
            return ""
        cleaned = _prose(value) if prose else " ".join(value.split())
        if required and not cleaned:
            self.problem(key, "is empty")
        return cleaned

    def slug(self, key: str) -> str:
        value = self.text(key)
        if value and not SLUG_PATTERN.match(value):
            self.problem(key, f"{value!r} is not a slug (lower-case words joined by hyphens)")
        return value

    def boolean(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            self.problem(key, "is missing" if value is None else "should be true or false")
            return False
        return value

    def integer(self, key: str, *, required: bool = True) -> int | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, "is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(key, "should be a whole number")
            return None
        return value

    def date(self, key: str) -> dt.date | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self.problem(key, "should be a date such as 2026-11-21 (no quotes)")
            return None
        return value

    def text_list(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, "is missing")
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.problem(key, "should be a list of text")
            return ()
        items = tuple(" ".join(item.split()) for item in value)
        if any(not item for item in items):
            self.problem(key, "has an empty entry")
        if len(set(items)) != len(items):
            self.problem(key, "lists the same entry twice")
        return items

    def tables(self, key: str, *, required: bool = True) -> list[tuple[str, Any]]:
        """Each entry of an array of tables with its own path, e.g. ``principles[2]``."""
        value = self.data.get(key)
        if value is None:
            if required:
                self.problem(key, "is missing")
            return []
        if not isinstance(value, list):
            self.problem(key, "should be an array of tables ([[...]])")
            return []
        return [(f"{self.path(key)}[{index}]", item) for index, item in enumerate(value)]

    def url(self, key: str, *, required: bool = True) -> str:
        value = self.text(key, required=required)
        if value and not _is_good_url(value):
            self.problem(key, f"{value!r} is not an http(s) address or a site path")
        return value

    def child(self, where: str, data: Any, allowed: Iterable[str]) -> _Table:
        return _Table(data, file=self.file, where=where, problems=self.problems, allowed=allowed)


def _is_good_url(value: str) -> bool:
    """An absolute http(s) address with a host, or a path on this site such as ``/guidance/``."""
    if any(char.isspace() for char in value):
        return False
    if value.startswith("/") and not value.startswith("//"):
        return True
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.hostname) and "." in parts.hostname


def _read_toml(path: Path, root: Path, problems: list[ContentProblem]) -> dict[str, Any] | None:
    name = path.relative_to(root).as_posix()
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        problems.append(ContentProblem(name, "(file)", "file is missing"))
    except tomllib.TOMLDecodeError as error:
        problems.append(ContentProblem(name, "(file)", f"is not valid TOML: {error}"))
    return None


def _check_known(
    table: _Table, key: str, values: Iterable[str], known: Iterable[str], what: str
) -> None:
    known_set = set(known)
    for value in values:
        if value not in known_set:
            table.problem(key, f"unknown {what} {value!r}; known: {', '.join(sorted(known_set))}")


# --------------------------------------------------------------------------------------------
# Per-file readers

_BODY_FIELDS = (
    "slug",
    "name",
    "short_name",
    "kind",
    "order",
    "slug_prefixes",
    "introduction",
    "documents",
    "principles",
)
_DOCUMENT_FIELDS = ("key", "title", "year", "url", "note")
_PRINCIPLE_FIELDS = (
    "slug",
    "title",
    "summary",
    "document",
    "year",
    "url",
    "clause",
    "concerns",
    "checkable",
    "audience",
    "evidence",
)


@dataclass
class _PendingPrinciple:
    """A principle read from a body file whose concerns are checked once all files are read."""

    principle: Principle
    table: _Table


def _read_body(
    path: Path, root: Path, problems: list[ContentProblem]
) -> tuple[Body, list[_PendingPrinciple]] | None:
    data = _read_toml(path, root, problems)
    if data is None:
        return None
    file = path.relative_to(root).as_posix()
    table = _Table(data, file=file, where="", problems=problems, allowed=_BODY_FIELDS)

    slug = table.slug("slug")
    if slug and slug != path.stem:
        table.problem("slug", f"{slug!r} should match the file name {path.stem!r}")
    kind = table.text("kind")
    if kind and kind not in BODY_KINDS:
        table.problem("kind", f"unknown kind {kind!r}; known: {', '.join(BODY_KINDS)}")
    prefixes = table.text_list("slug_prefixes")
    for prefix in prefixes:
        if not re.fullmatch(r"[a-z0-9]+-", prefix):
            table.problem("slug_prefixes", f"{prefix!r} should be lower-case letters then '-'")
    if "slug_prefixes" in data and not prefixes:
        table.problem("slug_prefixes", "needs at least one prefix")

    documents: dict[str, SourceDocument] = {}
    for where, item in table.tables("documents"):
        doc = table.child(where, item, _DOCUMENT_FIELDS)
        key = doc.slug("key")
        year = doc.integer("year", required=False)
        if year is not None and not 1950 <= year <= 2100:
            doc.problem("year", f"{year} is not a plausible year")
        note = doc.text("note", required=False, prose=True)
        if "year" not in doc.data and not note:
            doc.problem("note", "is needed when there is no year, to say why")
        document = SourceDocument(
            key=key, title=doc.text("title"), year=year, url=doc.url("url"), note=note
        )
        if key in documents:
            doc.problem("key", f"duplicate document key {key!r}")
        documents[key] = document
    if "documents" in data and not documents:
        table.problem("documents", "needs at least one source document")

    pending: list[_PendingPrinciple] = []
    for index, (where, item) in enumerate(table.tables("principles")):
        row = table.child(where, item, _PRINCIPLE_FIELDS)
        principle_slug = row.slug("slug")
        if isinstance(item, dict) and isinstance(item.get("slug"), str):
            row.where = f"{where} ({principle_slug})"
        if principle_slug and prefixes and not principle_slug.startswith(tuple(prefixes)):
            row.problem("slug", f"{principle_slug!r} should start with one of {list(prefixes)}")
        document_key = row.text("document")
        document = documents.get(document_key)
        if document_key and document is None:
            row.problem("document", f"no document with key {document_key!r} in this file")
        year = row.integer("year", required=False)
        year = year if year is not None else (document.year if document else None)
        url = row.url("url", required=False) or (document.url if document else "")
        evidence = row.text("evidence")
        if evidence and evidence not in EVIDENCE_LEVELS:
            row.problem("evidence", f"unknown level {evidence!r}; known: {list(EVIDENCE_LEVELS)}")
        elif evidence and (evidence == "own") != (kind == "house"):
            row.problem("evidence", "'own' is for house rules, and house rules must use it")
        audience = row.text_list("audience")
        _check_known(row, "audience", audience, AUDIENCES, "audience")
        if "audience" in row.data and not audience:
            row.problem("audience", "needs at least one audience (use 'all' for everyone)")
        concerns = row.text_list("concerns")
        checkable = row.boolean("checkable")
        if checkable and "concerns" in row.data and not concerns:
            row.problem("concerns", "a checkable principle must back at least one concern")
        summary = row.text("summary", prose=True)
        principle = Principle(
            slug=principle_slug,
            body_slug=slug,
            title=row.text("title"),
            summary=summary,
            document_key=document_key,
            document_title=document.title if document else "",
            year=year,
            url=url,
            clause=row.text("clause", required=False),
            concerns=concerns,
            checkable=checkable,
            audience=audience,
            evidence=evidence,
            order=index,
        )
        pending.append(_PendingPrinciple(principle, row))
    if "principles" in data and not pending:
        table.problem("principles", "a body needs at least one principle")

    body = Body(
        slug=slug,
        name=table.text("name"),
        short_name=table.text("short_name"),
        kind=kind,
        order=table.integer("order") or 0,
        slug_prefixes=prefixes,
        introduction=table.text("introduction", prose=True),
        documents=tuple(documents.values()),
        principles=tuple(p.principle for p in pending),
        source_file=file,
    )
    return body, pending


def _read_concerns(
    root: Path, problems: list[ContentProblem]
) -> tuple[str, list[tuple[Concern, _Table]]]:
    data = _read_toml(root / CONCERNS_FILE, root, problems)
    if data is None:
        return "", []
    table = _Table(
        data,
        file=CONCERNS_FILE,
        where="",
        problems=problems,
        allowed=("introduction", "concerns"),
    )
    fields = (
        "slug",
        "name",
        "explanation",
        "main_principle",
        "problem_examples",
        "fine_examples",
    )
    concerns: list[tuple[Concern, _Table]] = []
    for index, (where, item) in enumerate(table.tables("concerns")):
        row = table.child(where, item, fields)
        concern = Concern(
            slug=row.slug("slug"),
            name=row.text("name"),
            explanation=row.text("explanation", prose=True),
            main_principle=row.text("main_principle"),
            problem_examples=row.text_list("problem_examples"),
            fine_examples=row.text_list("fine_examples"),
            order=index,
        )
        concerns.append((concern, row))
    if not concerns and "concerns" in data:
        table.problem("concerns", "needs at least one concern")
    return table.text("introduction", prose=True), concerns


def _read_tips(root: Path, problems: list[ContentProblem]) -> list[tuple[Tip, _Table]]:
    data = _read_toml(root / TIPS_FILE, root, problems)
    if data is None:
        return []
    table = _Table(data, file=TIPS_FILE, where="", problems=problems, allowed=("tips",))
    tips: list[tuple[Tip, _Table]] = []
    for index, (where, item) in enumerate(table.tables("tips")):
        row = table.child(where, item, ("slug", "title", "text", "audience", "principles"))
        audience = row.text_list("audience")
        _check_known(row, "audience", audience, AUDIENCES, "audience")
        if "audience" in row.data and not audience:
            row.problem("audience", "needs at least one audience (use 'all' for everyone)")
        tip = Tip(
            slug=row.slug("slug"),
            title=row.text("title"),
            text=row.text("text", prose=True),
            audience=audience,
            principles=row.text_list("principles"),
            order=index,
        )
        tips.append((tip, row))
    return tips


_CONTACT_FIELDS = (
    "slug",
    "name",
    "for_whom",
    "phone",
    "phone_note",
    "textphone",
    "text",
    "email",
    "website",
    "hours",
    "regions",
    "crisis_line",
    "last_verified",
    "unverified_note",
    "note",
)


def _read_crisis(
    root: Path, problems: list[ContentProblem]
) -> tuple[str, tuple[CrisisContact, ...]]:
    data = _read_toml(root / CRISIS_FILE, root, problems)
    if data is None:
        return "", ()
    table = _Table(
        data, file=CRISIS_FILE, where="", problems=problems, allowed=("introduction", "contacts")
    )
    contacts: list[CrisisContact] = []
    seen: set[str] = set()
    for index, (where, item) in enumerate(table.tables("contacts")):
        row = table.child(where, item, _CONTACT_FIELDS)
        slug = row.slug("slug")
        if slug in seen:
            row.problem("slug", f"duplicate contact slug {slug!r}")
        seen.add(slug)
        phone = row.text("phone", required=False)
        textphone = row.text("textphone", required=False)
        for key, number in (("phone", phone), ("textphone", textphone)):
            if number and not _PHONE_PATTERN.match(number):
                row.problem(key, f"{number!r} should be digits and spaces only")
        text = row.text("text", required=False)
        email = row.text("email", required=False)
        if email and not _EMAIL_PATTERN.match(email):
            row.problem("email", f"{email!r} is not an email address")
        website = row.url("website", required=False)
        if not (phone or text or email or website):
            row.problem("phone", "a contact needs at least a phone, text, email or website")
        regions = row.text_list("regions")
        _check_known(row, "regions", regions, REGIONS, "region")
        last_verified = row.date("last_verified")
        unverified_note = row.text("unverified_note", required=False)
        if last_verified is None and not unverified_note:
            row.problem("unverified_note", "is needed when there is no last_verified date")
        if last_verified is not None and unverified_note:
            row.problem("unverified_note", "should be removed once the contact is verified")
        if text and last_verified is None:
            # A wrong text number in a crisis is worse than none: only verified ones are shown.
            row.problem("text", "an unverified contact may not give a text number")
        contacts.append(
            CrisisContact(
                slug=slug,
                name=row.text("name"),
                for_whom=row.text("for_whom"),
                phone=phone,
                phone_note=row.text("phone_note", required=False),
                textphone=textphone,
                text=text,
                email=email,
                website=website,
                hours=row.text("hours", required=False),
                regions=regions,
                crisis_line=row.boolean("crisis_line"),
                last_verified=last_verified,
                unverified_note=unverified_note,
                note=row.text("note", required=False),
                order=index,
            )
        )
    return table.text("introduction", prose=True), tuple(contacts)


def _split_sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.?!])\s+", text.strip()) if part]


def _read_easy_read(root: Path, problems: list[ContentProblem]) -> tuple[EasyRead, list[_Table]]:
    data = _read_toml(root / EASY_READ_FILE, root, problems)
    empty = EasyRead(title="", introduction=(), sections=())
    if data is None:
        return empty, []
    table = _Table(
        data,
        file=EASY_READ_FILE,
        where="",
        problems=problems,
        allowed=("title", "introduction", "sections"),
    )

    def check_sentences(owner: _Table, key: str, sentences: tuple[str, ...]) -> None:
        for sentence in sentences:
            if len(_split_sentences(sentence)) > 1:
                owner.problem(key, f"{sentence!r} should be one sentence")
            elif not _SENTENCE_END.search(sentence):
                owner.problem(key, f"{sentence!r} should end with . ? or !")
            if len(sentence.split()) > EASY_READ_MAX_WORDS:
                owner.problem(key, f"{sentence!r} is over {EASY_READ_MAX_WORDS} words")

    introduction = table.text_list("introduction")
    check_sentences(table, "introduction", introduction)
    sections: list[EasyReadSection] = []
    rows: list[_Table] = []
    seen: set[str] = set()
    for index, (where, item) in enumerate(table.tables("sections")):
        row = table.child(where, item, ("slug", "heading", "sentences", "principle"))
        slug = row.slug("slug")
        if slug in seen:
            row.problem("slug", f"duplicate section slug {slug!r}")
        seen.add(slug)
        sentences = row.text_list("sentences")
        if "sentences" in row.data and not sentences:
            row.problem("sentences", "needs at least one sentence")
        check_sentences(row, "sentences", sentences)
        sections.append(
            EasyReadSection(
                slug=slug,
                heading=row.text("heading"),
                sentences=sentences,
                principle=row.text("principle", required=False),
                order=index,
            )
        )
        rows.append(row)
    easy_read = EasyRead(
        title=table.text("title"), introduction=introduction, sections=tuple(sections)
    )
    return easy_read, rows


# --------------------------------------------------------------------------------------------
# Loading and cross-checking


def _body_files(root: Path, problems: list[ContentProblem]) -> Iterator[Path]:
    folder = root / BODIES_FOLDER
    if not folder.is_dir():
        problems.append(ContentProblem(BODIES_FOLDER, "(folder)", "folder is missing"))
        return
    yield from sorted(folder.glob("*.toml"))


def load_content(content_dir: Path | str | None = None) -> GuidanceContent:
    """Read, validate and cross-check every content file under ``content_dir``.

    Raises ``ContentError`` listing every problem (file and field) if anything is wrong:
    a missing or misspelt field, a duplicate slug, an unknown concern, audience or principle,
    a bad URL, a body without principles, an unverified crisis text number, and so on.
    """
    root = Path(content_dir) if content_dir is not None else DEFAULT_CONTENT_DIR
    problems: list[ContentProblem] = []
    if not root.is_dir():
        raise ContentError([ContentProblem(str(root), "(folder)", "content folder not found")])

    bodies: list[Body] = []
    pending: list[_PendingPrinciple] = []
    for path in _body_files(root, problems):
        result = _read_body(path, root, problems)
        if result is not None:
            bodies.append(result[0])
            pending.extend(result[1])
    if not bodies and (root / BODIES_FOLDER).is_dir():
        problems.append(ContentProblem(BODIES_FOLDER, "(folder)", "has no body files"))

    concerns_introduction, concern_rows = _read_concerns(root, problems)
    tip_rows = _read_tips(root, problems)
    crisis_introduction, contacts = _read_crisis(root, problems)
    easy_read, easy_read_rows = _read_easy_read(root, problems)

    # Bodies: unique slugs and prefixes.
    body_by_slug: dict[str, Body] = {}
    prefix_owner: dict[str, str] = {}
    for body in bodies:
        if body.slug in body_by_slug:
            problems.append(ContentProblem(body.source_file, "slug", f"duplicate {body.slug!r}"))
        body_by_slug[body.slug] = body
        for prefix in body.slug_prefixes:
            if prefix in prefix_owner:
                problems.append(
                    ContentProblem(
                        body.source_file,
                        "slug_prefixes",
                        f"{prefix!r} is already used by {prefix_owner[prefix]!r}",
                    )
                )
            prefix_owner[prefix] = body.slug

    # Principles: unique slugs, known concerns.
    concern_slugs = {concern.slug for concern, _row in concern_rows}
    principle_by_slug: dict[str, Principle] = {}
    for item in pending:
        slug = item.principle.slug
        if slug in principle_by_slug:
            other = principle_by_slug[slug].body_slug
            item.table.problem("slug", f"duplicate principle slug {slug!r} (also in {other!r})")
        principle_by_slug[slug] = item.principle
        _check_known(item.table, "concerns", item.principle.concerns, concern_slugs, "concern")

    # Concerns: unique, and each one's main principle is checkable and backs it.
    seen_concerns: set[str] = set()
    for concern, row in concern_rows:
        if concern.slug in seen_concerns:
            row.problem("slug", f"duplicate concern slug {concern.slug!r}")
        seen_concerns.add(concern.slug)
        main = principle_by_slug.get(concern.main_principle)
        if concern.main_principle and main is None:
            row.problem("main_principle", f"no principle {concern.main_principle!r}")
        elif main is not None and not (main.checkable and concern.slug in main.concerns):
            row.problem(
                "main_principle",
                f"{main.slug!r} must be checkable and list {concern.slug!r} in its concerns",
            )

    # Document keys must not look like principle slugs either (the dangling-slug scan).
    for body in bodies:
        for document in body.documents:
            if document.key.startswith(tuple(prefix_owner)):
                problems.append(
                    ContentProblem(
                        body.source_file,
                        "documents.key",
                        f"{document.key!r} starts with a principle prefix; rename it",
                    )
                )

    # Tips: unique slugs that cannot be mistaken for principle slugs; known principles.
    seen_tips: set[str] = set()
    for tip, row in tip_rows:
        if tip.slug in seen_tips:
            row.problem("slug", f"duplicate tip slug {tip.slug!r}")
        seen_tips.add(tip.slug)
        if tip.slug.startswith(tuple(prefix_owner)):
            row.problem("slug", f"{tip.slug!r} starts with a principle prefix; rename it")
        _check_known(row, "principles", tip.principles, principle_by_slug, "principle")

    # Easy Read: sections point at house rules, and every house rule has a section.
    house_slugs = {p.slug for p in principle_by_slug.values() if p.body_slug == "house"}
    for section, row in zip(easy_read.sections, easy_read_rows, strict=True):
        if section.principle:
            _check_known(row, "principle", [section.principle], house_slugs, "house rule")
    covered = {section.principle for section in easy_read.sections}
    for slug in sorted(house_slugs - covered):
        problems.append(
            ContentProblem(EASY_READ_FILE, "sections", f"no Easy Read section for {slug!r}")
        )

    if problems:
        raise ContentError(problems)

    return GuidanceContent(
        bodies=tuple(sorted(bodies, key=lambda body: (body.order, body.slug))),
        concerns=tuple(concern for concern, _row in concern_rows),
        concerns_introduction=concerns_introduction,
        tips=tuple(tip for tip, _row in tip_rows),
        crisis_introduction=crisis_introduction,
        crisis_contacts=contacts,
        easy_read=easy_read,
    )
