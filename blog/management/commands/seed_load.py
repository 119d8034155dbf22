"""`manage.py seed_load`: a large, realistic dataset for measuring the site at scale.

By default 100,000 posts, 1,000,000 comments, 2,000 tags and 20,000 members; `--scale 0.01`
shrinks every number together and `--posts` etc. set one. The same `--seed` always gives the
same data.

Speed comes from three choices, each measured (see benchmarks/README.md):

- Markdown is rendered for a pool of a few hundred varied bodies once, not for every row;
  each post or comment takes its text and its stored HTML from the pool.
- Rows are written in batches with `bulk_create`, or on PostgreSQL with COPY (the default
  there), which is several times faster for the million comments.
- Ids are given out here, so replies can point at their parents and tags at their posts
  without reading anything back; the sequences are moved past them at the end.

Members get unusable passwords: nobody can sign in as a generated member.
"""

from __future__ import annotations

import contextlib
import datetime
import itertools
import math
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils.text import slugify

from accounts.models import Capacity, Profession, Regulator, TrustLevel, User
from blog import fulltext
from blog.models import Comment, Post, Status, Tag
from blog.rendering import render_markdown

# Every generated member's address ends with this: it marks a load dataset, and `.invalid`
# (RFC 2606) guarantees no message is ever delivered to one.
LOAD_EMAIL_DOMAIN = "load.commonroom.invalid"

DEFAULTS = {"posts": 100_000, "comments": 1_000_000, "tags": 2_000, "members": 20_000}
# The newest generated post is published just before this moment, the oldest YEARS_SPAN
# years earlier. Fixed, not "now", so that one seed always gives the same rows.
NEWEST = datetime.datetime(2026, 11, 1, 9, 0, tzinfo=datetime.UTC)
YEARS_SPAN = 6
BODY_POOL_SIZE = 400
COMMENT_POOL_SIZE = 600
# Posts guaranteed a long discussion, for the post-page benchmark.
BUSY_POST_COMMENTS = (50, 80)
BATCH_SIZE = 2_000


# --- Words to build text from. Written for this project: everyday language from UK mental
# --- health work, so that search, summaries and tag pages look like the real thing.

TOPICS: dict[str, list[str]] = {
    "night shifts": [
        "By three in the morning the ward is quiet in a way that never feels restful.",
        "Night shifts change what you notice: the hum of the drugs fridge, a door that clicks.",
        "I used to dread the handover at seven, when everything unfinished becomes someone else's.",
        "On nights you are often the only registered nurse for the whole corridor.",
        "Sleep after a run of nights is thin and broken, and I have stopped pretending otherwise.",
    ],
    "supervision": [
        "Good supervision is the one hour a month where I am allowed not to know the answer.",
        "My supervisor asked what I was avoiding, and the honest answer took a while to say.",
        "We talked about caseload pressure and how it quietly shapes every decision I make.",
        "Clinical supervision is protected time on paper and the first thing to go in practice.",
        "I bring the case that keeps me awake, not the one that makes me look competent.",
    ],
    "reflective practice": [
        "Writing things down afterwards is how I work out what actually happened.",
        "Reflective practice groups work best when nobody is trying to be the expert.",
        "Gibbs' cycle felt mechanical as a student; now it is a habit I rely on.",
        "Looking back, the moment that mattered was small and easy to miss.",
        "I keep a notebook of questions I could not answer at the time.",
    ],
    "ward rounds": [
        "Ward rounds can feel like a performance where the patient is the audience.",
        "We tried sitting down during the ward round, and the conversations changed.",
        "A consultant once asked the person what they wanted before reading the notes.",
        "Fifteen minutes is not long to talk about the worst month of someone's life.",
    ],
    "carers": [
        "Carers often know the early warning signs long before any professional does.",
        "Her mum had been ringing the ward every day and nobody had called her back.",
        "Confidentiality matters, and so does listening to the family who live with this.",
        "The carer's assessment was the first time anyone asked how he was coping.",
        "Families tell us they feel like visitors in a process that shapes their lives.",
    ],
    "lived experience": [
        "Being on the other side of the nursing station taught me more than any lecture.",
        "What helped most was a nurse who remembered how I take my tea.",
        "Recovery did not look like the leaflets said it would.",
        "I was asked the same questions by five different people in two days.",
        "Being believed was the turning point, more than any single treatment.",
    ],
    "peer support": [
        "Peer support workers bring something the rest of the team cannot fake.",
        "Sharing my own story at the right moment is a skill I am still learning.",
        "The peer group on Thursdays is where people say what they would not say in clinic.",
        "Peer work is not a junior version of nursing; it is a different kind of knowing.",
    ],
    "community teams": [
        "Home visits show you what a clinic room never will.",
        "The community team covers a patch the size of a small county with four cars.",
        "A missed appointment is sometimes the most important information we get all week.",
        "Caseloads in the community team have grown every year I have worked here.",
        "We spend more time chasing referrals than seeing the people referred.",
    ],
    "crisis care": [
        "The crisis line rang all evening and each call deserved more time than we had.",
        "Home treatment can be the difference between a hard week and an admission.",
        "In a crisis people remember how they were spoken to long after the details fade.",
        "A safety plan written together is worth more than one handed over.",
        "Waiting in A&E for a mental health assessment can take most of a night.",
    ],
    "medication": [
        "Talking honestly about side effects builds more trust than any leaflet.",
        "He stopped his medication because nobody had explained what it was for.",
        "Depot clinics are where I have had some of my best conversations.",
        "Shared decision-making about medication takes longer and lasts longer.",
    ],
    "burnout": [
        "Burnout crept up slowly, one skipped break at a time.",
        "I noticed I had stopped laughing at work and that worried me more than tiredness.",
        "Compassion fatigue is real, and naming it out loud helped the whole team.",
        "Taking annual leave felt like letting people down, which says something about us.",
        "Rest is part of the job, not a reward for finishing it.",
    ],
    "discharge planning": [
        "Planning discharge from the first day makes the last day less frightening.",
        "Housing delays keep people on wards long after they are ready to leave.",
        "A good discharge letter is written for the person, not only the GP.",
        "The week after discharge is when people are most at risk, and least supported.",
    ],
    "social work": [
        "Approved mental health professionals carry decisions that stay with them.",
        "Social work brings the wider picture: money, housing, family, rights.",
        "A Mental Health Act assessment is never routine for the person at the centre.",
        "Safeguarding conversations need patience and a clear head.",
    ],
    "occupational therapy": [
        "Occupational therapy starts with what a person wants their days to look like.",
        "Cooking a meal together can be more therapeutic than an hour of talking.",
        "Small routines rebuild confidence in a way that goals on paper rarely do.",
        "The garden project gave people a reason to get up that was their own.",
    ],
    "psychology": [
        "Formulation is a shared story, not a label handed down.",
        "The therapy waiting list is long enough that people give up before they start.",
        "Trauma-informed care asks what happened to you, not what is wrong with you.",
        "Psychological safety in a team matters as much as it does in a therapy room.",
    ],
    "students": [
        "Students see the service with fresh eyes and ask the questions we stopped asking.",
        "My first placement taught me that silence can be a kind of care.",
        "Mentoring a student made me explain things I had been doing on autopilot.",
        "Preceptorship should be a safety net, and for many new starters it is not.",
    ],
    "team culture": [
        "The best teams I have worked in make it safe to say I got that wrong.",
        "A five-minute huddle at the start of the shift changed how we worked together.",
        "Banter can include people or shut them out, and it is worth noticing which.",
        "We started saying thank you at handover, and it mattered more than I expected.",
    ],
    "restrictive practice": [
        "Every restraint is a failure of something earlier, even when it is necessary.",
        "Reducing seclusion took years of small changes and honest debriefs.",
        "Locked doors shape how everyone on the ward feels, staff included.",
        "Debriefing after an incident is where learning happens, if we make time for it.",
    ],
    "young people": [
        "Young people can tell within minutes whether you are really listening.",
        "Transition from children's to adult services is a cliff edge for many families.",
        "School refusal is often the visible end of something much bigger.",
        "A teenager told me the best thing I did was not look at my watch.",
    ],
    "older adults": [
        "Dementia care asks us to meet people in the world they are living in.",
        "Loneliness in later life is a mental health issue, not just a social one.",
        "An older man taught me more about resilience than any textbook.",
        "Delirium and depression can look alike and need very different responses.",
    ],
    "digital": [
        "Video appointments work for some people and shut others out completely.",
        "The new electronic record takes longer to complete than the old paper notes.",
        "Social media can be a lifeline and a pressure at the same time.",
        "Texting reminders cut missed appointments more than any letter did.",
    ],
    "recovery": [
        "Recovery is not a straight line, and services rarely plan for the dips.",
        "Hope is something a team can hold for a person until they can hold it themselves.",
        "The recovery college course was the first thing she chose for herself in years.",
        "Small wins deserve to be noticed out loud.",
    ],
}

GENERIC_SENTENCES = [
    "I am still thinking about what I would do differently.",
    "None of this is new, but it felt worth writing down.",
    "I would be glad to hear how other teams manage this.",
    "It is easy to forget how much of this work happens in the gaps between tasks.",
    "The details are changed, but the feeling is accurate.",
    "There is no neat ending to this one.",
    "Most of the time nobody sees this part of the job.",
    "I do not have answers, only a few things that seem to help.",
    "We talked about it at the team meeting and it was a better conversation than usual.",
    "Looking after ourselves is part of looking after others.",
]

TITLE_PATTERNS = [
    "What {topic} taught me this year",
    "Notes on {topic}",
    "{Count} things I wish I had known about {topic}",
    "A {time} I keep thinking about",
    "On {topic}, again",
    "Why {topic} matters more than we admit",
    "Small changes in {topic}",
    "Learning from {topic}",
    "The hardest part of {topic}",
    "{topic_cap}: a reflection",
    "What helped with {topic}",
    "Questions about {topic}",
    "After a {time} on the ward",
    "Listening better: {topic}",
    "Things nobody tells you about {topic}",
]
COUNTS = ["Three", "Four", "Five", "Six", "Seven"]
TIMES = ["long night", "quiet Sunday", "difficult week", "busy Monday", "late shift", "good day"]

SETTINGS = [
    "acute wards",
    "community teams",
    "crisis teams",
    "inpatient units",
    "forensic services",
    "CAMHS",
    "older adults",
    "early intervention",
    "perinatal care",
    "eating disorders",
    "learning disabilities",
    "primary care",
    "liaison psychiatry",
    "rehabilitation",
    "homelessness",
    "prisons",
    "universities",
    "rural areas",
    "London",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "the North East",
    "the Midlands",
    "the South West",
]

EXTRA_TAG_TOPICS = [
    "anxiety",
    "depression",
    "psychosis",
    "self-harm",
    "bipolar",
    "personality disorder",
    "trauma",
    "grief",
    "sleep",
    "housing",
    "benefits",
    "employment",
    "advocacy",
    "Mental Health Act",
    "capacity",
    "consent",
    "risk assessment",
    "safety planning",
    "family work",
    "CBT",
    "DBT",
    "mindfulness",
    "exercise",
    "nutrition",
    "substance use",
    "dual diagnosis",
    "neurodiversity",
    "autism",
    "ADHD",
    "stigma",
    "racism",
    "LGBTQ+ mental health",
    "men's mental health",
    "maternal mental health",
    "physical health",
    "long covid",
    "staffing",
    "agency work",
    "leadership",
    "research",
    "education",
    "policy",
    "commissioning",
    "waiting lists",
    "outcomes",
    "complaints",
    "compliments",
    "spirituality",
    "creativity",
    "music",
    "art therapy",
    "nature",
    "volunteering",
    "loneliness",
    "hope",
]

COMMENT_SENTENCES = [
    "Thank you for writing this.",
    "This is exactly how it felt for me too.",
    "I shared this with my team and it started a good conversation.",
    "As a carer, I wish more professionals thought like this.",
    "We tried something similar and it made a real difference.",
    "I am not sure I agree with all of it, but it made me think.",
    "Reading this on a break between visits, and it helped.",
    "This is why reflective writing matters.",
    "The part about handover really landed.",
    "I have been on the receiving end of this and it matters more than you know.",
    "Could you say more about how your team made time for it?",
    "Our service is trying to change this, slowly.",
    "I recognise so much of this from my own training.",
    "It takes courage to write this honestly.",
    "Saving this to come back to.",
    "My daughter had a similar experience on an acute ward.",
    "The best nurses I met did exactly this.",
    "We need more of this kind of honesty in the profession.",
    "I used to think this was just me.",
    "Sending solidarity from another night shift.",
]

FIRST_NAMES = [
    "Aisha", "Alex", "Amir", "Ana", "Ben", "Bethan", "Callum", "Chen", "Chloe", "Dan",
    "Deepa", "Eilidh", "Ella", "Femi", "Fiona", "Gareth", "Grace", "Hannah", "Harj", "Isla",
    "Jamal", "Jo", "Kate", "Kemi", "Kwame", "Laura", "Leon", "Lucy", "Maria", "Mo",
    "Morag", "Nadia", "Niamh", "Oli", "Owen", "Priya", "Rhys", "Rosa", "Ruth", "Sam",
    "Sean", "Sian", "Sofia", "Tariq", "Tom", "Una", "Viktor", "Wen", "Yusuf", "Zara",
]  # fmt: skip
NAME_STYLES = ["{first}", "{first} {initial}.", "{first} ({role})", "{first} from {place}"]
PLACES = ["Leeds", "Cardiff", "Glasgow", "Belfast", "Bristol", "Norwich", "Hull", "Derry"]
ROLE_WORDS = {
    Profession.NURSE: "nurse",
    Profession.SOCIAL_WORKER: "social worker",
    Profession.PSYCHOLOGIST: "psychologist",
    Profession.OCCUPATIONAL_THERAPIST: "OT",
    Profession.DOCTOR: "doctor",
    Profession.PEER_SUPPORT_WORKER: "peer worker",
    Profession.OTHER: "practitioner",
}
REGULATOR_FOR = {
    Profession.NURSE: Regulator.NMC,
    Profession.SOCIAL_WORKER: Regulator.SWE,
    Profession.PSYCHOLOGIST: Regulator.HCPC,
    Profession.OCCUPATIONAL_THERAPIST: Regulator.HCPC,
    Profession.DOCTOR: Regulator.GMC,
    Profession.PEER_SUPPORT_WORKER: Regulator.OTHER,
    Profession.OTHER: Regulator.OTHER,
}
LINKS = [
    ("Mind's information pages", "https://www.mind.org.uk/information-support/"),
    ("the NHS mental health pages", "https://www.nhs.uk/mental-health/"),
    ("Rethink Mental Illness", "https://www.rethink.org/"),
    ("the Carers Trust", "https://carers.org/"),
    ("the NMC Code", "https://www.nmc.org.uk/standards/code/"),
]

# How often each status turns up among generated rows (the rest are published).
POST_STATUS_SHARE = [
    (Status.DRAFT, 0.02),
    (Status.PENDING, 0.01),
    (Status.RETURNED, 0.005),
    (Status.REJECTED, 0.003),
    (Status.HIDDEN, 0.004),
]
COMMENT_STATUS_SHARE = [(Status.PENDING, 0.015), (Status.HIDDEN, 0.008), (Status.REJECTED, 0.004)]


@dataclass(frozen=True)
class Sizes:
    """How many of each thing to generate."""

    posts: int
    comments: int
    tags: int
    members: int


@dataclass(frozen=True)
class Text:
    """A Markdown body and its rendered, sanitized HTML."""

    body: str
    html: str


class Progress:
    """A one-line progress display on stderr, redrawn at most a few times a second."""

    def __init__(self, stream: TextIO, label: str, total: int) -> None:
        self.stream, self.label, self.total = stream, label, max(total, 1)
        self.done = 0
        self.started = self.last_drawn = time.monotonic()
        self.interactive = stream.isatty()

    def advance(self, count: int) -> None:
        self.done += count
        now = time.monotonic()
        # A terminal is redrawn in place; a log file gets a line every few seconds.
        interval = 0.25 if self.interactive else 5.0
        if now - self.last_drawn >= interval and self.done < self.total:
            self.last_drawn = now
            self._draw(end="\r" if self.interactive else "\n")

    def finish(self) -> float:
        self.done = max(self.done, self.total)
        self._draw(end="\n")
        return time.monotonic() - self.started

    def _draw(self, end: str) -> None:
        share = min(self.done / self.total, 1.0)
        bar = "#" * int(share * 30)
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        self.stream.write(
            f"{self.label:<10} [{bar:<30}] {self.done:>10,}/{self.total:,} "
            f"{share:6.1%} {elapsed:6.1f}s {rate:>9,.0f}/s{end}"
        )
        self.stream.flush()


def zipf_weights(count: int, exponent: float = 1.05) -> list[float]:
    """Cumulative weights where the first item is the most popular, as tags and authors are."""
    return list(itertools.accumulate(1.0 / (rank**exponent) for rank in range(1, count + 1)))


def pick_status(rng: random.Random, shares: Sequence[tuple[Status, float]]) -> Status:
    roll = rng.random()
    for status, share in shares:
        if roll < share:
            return status
        roll -= share
    return Status.PUBLISHED


class TextFactory:
    """Builds varied, original post and comment text from the word lists above."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.topic_names = list(TOPICS)

    def post_body(self) -> str:
        rng = self.rng
        topics = rng.sample(self.topic_names, rng.randint(1, 3))
        blocks: list[str] = []
        for number in range(rng.randint(3, 8)):
            topic = rng.choice(topics)
            if number and rng.random() < 0.3:
                blocks.append(f"## {topic.capitalize()}")
            sentences = rng.sample(TOPICS[topic], min(len(TOPICS[topic]), rng.randint(2, 4)))
            if rng.random() < 0.4:
                sentences.append(rng.choice(GENERIC_SENTENCES))
            if rng.random() < 0.2:
                word = rng.choice(sentences[0].split()[2:5] or ["this"])
                sentences[0] = sentences[0].replace(word, f"*{word}*", 1)
            blocks.append(" ".join(sentences))
            roll = rng.random()
            if roll < 0.12:
                items = rng.sample(TOPICS[topic], min(3, len(TOPICS[topic])))
                blocks.append("\n".join(f"- {item.rstrip('.')}" for item in items))
            elif roll < 0.2:
                blocks.append("> " + rng.choice(TOPICS[rng.choice(topics)]))
            elif roll < 0.26:
                name, url = rng.choice(LINKS)
                blocks.append(f"There is more on this from [{name}]({url}).")
        return "\n\n".join(blocks) + "\n"

    def comment_body(self) -> str:
        rng = self.rng
        sentences = rng.sample(COMMENT_SENTENCES, rng.randint(1, 3))
        if rng.random() < 0.3:
            topic = rng.choice(self.topic_names)
            sentences.append(rng.choice(TOPICS[topic]))
        text = " ".join(sentences)
        if rng.random() < 0.1:
            text += "\n\n**" + rng.choice(COMMENT_SENTENCES) + "**"
        return text

    def title(self) -> str:
        rng = self.rng
        topic = rng.choice(self.topic_names + EXTRA_TAG_TOPICS)
        return rng.choice(TITLE_PATTERNS).format(
            topic=topic,
            topic_cap=topic[:1].upper() + topic[1:],
            Count=rng.choice(COUNTS),
            time=rng.choice(TIMES),
        )


def tag_names(count: int) -> list[str]:
    """`count` distinct tag names, the broad topics first (they will be the popular ones)."""
    broad = list(TOPICS) + EXTRA_TAG_TOPICS
    names = list(broad)
    for setting in SETTINGS:
        names.extend(f"{topic} in {setting}" for topic in broad)
    names = [name for name in names if len(name) <= 40]
    if count > len(names):
        names += [f"{broad[n % len(broad)]} {n}" for n in range(count - len(names))]
    return names[:count]


class Writer:
    """Writes rows for one model, by COPY on PostgreSQL or in `bulk_create` batches.

    Rows are dicts of attribute name to value; fields a row leaves out take the model's
    default, so a field another part of the project adds later does not break the seeder.
    Given a pool of texts, a row names its text by number ("text") instead of carrying
    `body` and `body_html`: with COPY the rows go to a staging table and PostgreSQL joins
    the pool in, so each text crosses the connection once rather than once per row.
    """

    def __init__(
        self,
        model: type[models.Model],
        *,
        use_copy: bool,
        progress: Progress,
        texts: Sequence[Text] | None = None,
    ) -> None:
        self.model, self.use_copy, self.progress, self.texts = model, use_copy, progress, texts
        self.fields = list(model._meta.concrete_fields)
        self.defaults: dict[str, Any] = {}
        for field in self.fields:
            if field.has_default() and callable(field.default) and field.unique:
                raise CommandError(f"{model.__name__}.{field.name} has a unique default.")
            if field.has_default():
                self.defaults[field.attname] = field.get_default()
            elif field.null:
                self.defaults[field.attname] = None
            elif field.blank and isinstance(field, models.CharField | models.TextField):
                self.defaults[field.attname] = ""
        self.table = connection.ops.quote_name(model._meta.db_table)
        self.staged = bool(texts) and use_copy
        if self.staged:
            self._create_staging()

    def write(self, rows: Iterable[dict[str, Any]]) -> int:
        written = 0
        for batch in _batches(rows, BATCH_SIZE * (10 if self.use_copy else 1)):
            if self.use_copy:
                self._copy(batch)
            else:
                self._bulk_create(batch)
            written += len(batch)
            self.progress.advance(len(batch))
        return written

    # --- COPY (PostgreSQL)

    def _copied_fields(self) -> list[models.Field]:
        if not self.staged:
            return self.fields
        return [field for field in self.fields if field.attname not in TEXT_FIELDS]

    def _create_staging(self) -> None:
        """Temporary tables for staged rows and for the pool of texts they point at."""
        columns = ", ".join(quote(field.column) for field in self._copied_fields())
        self.has_document = self.model is Post and _has_search_document()
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE seed_stage ON COMMIT DROP AS "  # noqa: S608
                f"SELECT {columns}, 0 AS text_n FROM {self.table} WITH NO DATA"
            )
            cursor.execute(
                "CREATE TEMP TABLE seed_texts (n integer PRIMARY KEY, body text, "
                "body_html text, document tsvector) ON COMMIT DROP"
            )
            with cursor.cursor.copy("COPY seed_texts (n, body, body_html) FROM STDIN") as copy:
                for number, text in enumerate(self.texts or ()):
                    copy.write_row((number, text.body, text.html))
            if self.has_document:
                body_document = fulltext.BODY_DOCUMENT_SQL.format(body="body")
                cursor.execute(f"UPDATE seed_texts SET document = {body_document}")  # noqa: S608

    def _copy(self, batch: list[dict[str, Any]]) -> None:
        fields = self._copied_fields()
        target = "seed_stage" if self.staged else self.table
        names = [quote(field.column) for field in fields] + (["text_n"] if self.staged else [])
        prepared = [_prep_for_copy(field, self.defaults.get(field.attname)) for field in fields]
        with connection.cursor() as cursor:
            statement = f"COPY {target} ({', '.join(names)}) FROM STDIN"
            with cursor.cursor.copy(statement) as copy:
                for row in batch:
                    values = [
                        row.get(field.attname, default)
                        for field, default in zip(fields, prepared, strict=True)
                    ]
                    if self.staged:
                        values.append(row["text"])
                    copy.write_row(values)
            if self.staged:
                self._insert_from_staging(cursor, fields)

    def _insert_from_staging(self, cursor: Any, fields: list[models.Field]) -> None:
        columns = [quote(field.column) for field in fields]
        into = [*columns, "body", "body_html"]
        select = [f"s.{column}" for column in columns] + ["t.body", "t.body_html"]
        if self.has_document:
            into.append(fulltext.SEARCH_COLUMN)
            title_document = fulltext.TITLE_DOCUMENT_SQL.format(title="s.title")
            select.append(f"{title_document} || t.document")
        cursor.execute(
            f"INSERT INTO {self.table} ({', '.join(into)}) "  # noqa: S608
            f"SELECT {', '.join(select)} FROM seed_stage s JOIN seed_texts t ON t.n = s.text_n"
        )
        cursor.execute("TRUNCATE seed_stage")

    def finish(self) -> None:
        if self.staged:
            with connection.cursor() as cursor:
                cursor.execute("DROP TABLE seed_stage, seed_texts")
        self.progress.finish()

    # --- bulk_create (any database)

    def _bulk_create(self, batch: list[dict[str, Any]]) -> None:
        objects = []
        for row in batch:
            if self.texts is not None:
                text = self.texts[row.pop("text")]
                row["body"], row["body_html"] = text.body, text.html
            objects.append(self.model(**row))
        with keep_given_timestamps(self.model):
            self.model._default_manager.bulk_create(objects, batch_size=BATCH_SIZE)


TEXT_FIELDS = ("body", "body_html")


def quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _has_search_document() -> bool:
    """True once migration 0002 has given blog_post its PostgreSQL search column."""
    with connection.cursor() as cursor:
        columns = connection.introspection.get_table_description(cursor, "blog_post")
    return any(column.name == fulltext.SEARCH_COLUMN for column in columns)


def _prep_for_copy(field: models.Field, value: Any) -> Any:
    """A default value as PostgreSQL's COPY should receive it (JSON becomes text, say)."""
    if value is None:
        return None
    prepared = field.get_db_prep_save(value, connection)
    return getattr(prepared, "obj", prepared) if isinstance(field, models.JSONField) else prepared


@contextlib.contextmanager
def keep_given_timestamps(model: type[models.Model]) -> Iterator[None]:
    """Stop auto_now and auto_now_add overwriting the dates given to `bulk_create`."""
    fields = [
        field
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    ]
    saved = [(field.auto_now, field.auto_now_add) for field in fields]
    for field in fields:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, (now, now_add) in zip(fields, saved, strict=True):
            field.auto_now, field.auto_now_add = now, now_add


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def next_id(model: type[models.Model]) -> int:
    latest = model._default_manager.aggregate(latest=models.Max("pk"))["latest"]
    return (latest or 0) + 1


class Command(BaseCommand):
    help = (
        "Generate a large, realistic dataset (by default 100,000 posts, 1,000,000 comments, "
        "2,000 tags, 20,000 members) for load tests. Deterministic for a given --seed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=float, default=1.0, help="Multiply every default.")
        for name, default in DEFAULTS.items():
            parser.add_argument(
                f"--{name}", type=int, default=None, help=f"How many {name} (default {default:,})."
            )
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (default 2026).")
        parser.add_argument(
            "--method",
            choices=["auto", "copy", "bulk"],
            default="auto",
            help="How rows are written: COPY (PostgreSQL only), bulk_create batches, or auto "
            "(COPY on PostgreSQL, bulk_create elsewhere).",
        )
        parser.add_argument(
            "--reuse",
            action="store_true",
            help="If a load dataset of these sizes is already here, say so and do nothing.",
        )
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="Run even though DEBUG is off (for a dedicated benchmark database only).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["allow_without_debug"]:
            raise CommandError(
                "seed_load fills the database with generated members and posts. Run it with "
                "DEBUG=1, or pass --allow-without-debug for a dedicated benchmark database."
            )
        sizes = self.sizes(options)
        use_copy = self.use_copy(options["method"])
        existing_members = User.objects.filter(email__endswith="@" + LOAD_EMAIL_DOMAIN).count()
        if existing_members:
            if options["reuse"] and self.matches(sizes):
                self.stdout.write("A load dataset of these sizes is already here; reusing it.")
                return
            raise CommandError(
                f"This database already holds a load dataset ({existing_members:,} generated "
                "members). Use a fresh database, or --reuse to keep one of the same size."
            )
        self.stderr.write(
            f"Generating {sizes.posts:,} posts, {sizes.comments:,} comments, {sizes.tags:,} "
            f"tags and {sizes.members:,} members with "
            f"{'COPY' if use_copy else 'bulk_create'} on {connection.vendor}, seed "
            f"{options['seed']}."
        )
        started = time.monotonic()
        Seeder(sizes, random.Random(options["seed"]), use_copy, self.stderr._out).run()
        from blog import caching

        caching.content_changed()
        self.stdout.write(
            self.style.SUCCESS(f"Load dataset ready in {time.monotonic() - started:.1f}s.")
        )

    @staticmethod
    def sizes(options: dict[str, Any]) -> Sizes:
        scale = options["scale"]
        if scale <= 0:
            raise CommandError("--scale must be more than 0.")
        chosen = {
            name: options[name] if options[name] is not None else max(1, round(default * scale))
            for name, default in DEFAULTS.items()
        }
        if min(chosen.values()) < 1:
            raise CommandError("Every size must be at least 1.")
        chosen["members"] = max(chosen["members"], 2)
        return Sizes(**chosen)

    @staticmethod
    def use_copy(method: str) -> bool:
        on_postgres = connection.vendor == "postgresql"
        if method == "copy" and not on_postgres:
            raise CommandError("--method copy needs PostgreSQL; use bulk or auto.")
        return method == "copy" or (method == "auto" and on_postgres)

    @staticmethod
    def matches(sizes: Sizes) -> bool:
        load_members = User.objects.filter(email__endswith="@" + LOAD_EMAIL_DOMAIN)
        return (
            load_members.count() == sizes.members
            and Post.objects.filter(author__in=load_members).count() == sizes.posts
        )


class Seeder:
    """Generates and writes the dataset: members, tags, posts with their tags, comments."""

    def __init__(self, sizes: Sizes, rng: random.Random, use_copy: bool, stream: TextIO) -> None:
        self.sizes, self.rng, self.use_copy, self.stream = sizes, rng, use_copy, stream
        self.text = TextFactory(rng)

    def run(self) -> None:
        with transaction.atomic():
            sizes = self.sizes
            bodies = self.pool("bodies", min(BODY_POOL_SIZE, sizes.posts), self.text.post_body)
            comment_texts = self.pool(
                "comments*", min(COMMENT_POOL_SIZE, max(sizes.comments, 1)), self.text.comment_body
            )
            member_ids, author_ids = self.members()
            tag_ids = self.tags()
            with self.constraints_set_aside([Post, Post.tags.through, Comment]):
                posts = self.posts(bodies, author_ids, tag_ids)
                self.comments(comment_texts, posts, member_ids)
            self.reset_sequences()
        if connection.vendor == "postgresql":
            # Fresh statistics for the planner, and (outside a transaction, so not in tests)
            # a visibility map, so that index-only scans work from the start.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            self.stream.write(f"{command}…\n")
            with connection.cursor() as cursor:
                for model in (User, Tag, Post, Post.tags.through, Comment):
                    cursor.execute(f"{command} {quote(model._meta.db_table)}")

    @contextlib.contextmanager
    def constraints_set_aside(self, tables: list[type[models.Model]]) -> Iterator[None]:
        """With COPY, drop these tables' foreign keys and plain indexes; restore them after.

        PostgreSQL's advice for loading data: building an index once over a million rows,
        and checking a foreign key with one join, are far faster than doing either a
        million times. Primary keys and unique constraints stay, so duplicates are still
        refused as rows go in, and re-adding each foreign key checks every row. All of it
        happens inside the seeding transaction, so a failure leaves the schema as it was.
        """
        if not self.use_copy:
            yield
            return
        names = [model._meta.db_table for model in tables]
        with connection.cursor() as cursor:
            # Run any foreign-key checks still waiting in this transaction: PostgreSQL can't
            # alter a table while they are pending.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(
                "SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) "
                "FROM pg_constraint c WHERE c.contype = 'f' "
                "AND c.conrelid::regclass::text = ANY(%s)",
                [names],
            )
            foreign_keys = cursor.fetchall()
            for table, name, _ in foreign_keys:
                cursor.execute(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
            cursor.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes i "
                "WHERE i.schemaname = current_schema() AND i.tablename = ANY(%s) "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
                [names],
            )
            indexes = cursor.fetchall()
            for name, _ in indexes:
                cursor.execute(f"DROP INDEX {quote(name)}")
        yield
        progress = Progress(self.stream, "indexes", len(indexes) + len(foreign_keys))
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            for _, definition in indexes:
                cursor.execute(definition)
                progress.advance(1)
            for table, name, definition in foreign_keys:
                cursor.execute(
                    f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}"
                )
                progress.advance(1)
        progress.finish()

    def writer(
        self,
        model: type[models.Model],
        label: str,
        total: int,
        texts: Sequence[Text] | None = None,
    ) -> Writer:
        progress = Progress(self.stream, label, total)
        return Writer(model, use_copy=self.use_copy, progress=progress, texts=texts)

    def pool(self, label: str, size: int, make: Callable[[], str]) -> list[Text]:
        """Render a pool of varied texts once; rows reuse them rather than render each."""
        progress = Progress(self.stream, label.rstrip("*"), size)
        texts = []
        for _ in range(size):
            body = make()
            texts.append(Text(body, render_markdown(body)))
            progress.advance(1)
        progress.finish()
        return texts

    def members(self) -> tuple[list[int], list[int]]:
        """Create the members; return every id, and the ids of those who write posts."""
        rng, count = self.rng, self.sizes.members
        first_id = next_id(User)
        unusable = make_password(None)
        joined_from = NEWEST - datetime.timedelta(days=365 * YEARS_SPAN + 30)
        professions = [choice for choice, _ in Profession.choices]
        rows, author_ids = [], []
        for number in range(count):
            member_id = first_id + number
            capacity = rng.choices(
                [
                    Capacity.PRACTITIONER,
                    Capacity.LIVED_EXPERIENCE,
                    Capacity.CARER,
                    Capacity.READER,
                ],
                weights=[35, 30, 15, 20],
            )[0]
            profession = rng.choice(professions) if capacity == Capacity.PRACTITIONER else ""
            name = rng.choice(NAME_STYLES).format(
                first=rng.choice(FIRST_NAMES),
                initial=chr(65 + rng.randrange(26)),
                role=ROLE_WORDS.get(profession, "member"),
                place=rng.choice(PLACES),
            )
            rows.append(
                {
                    "id": member_id,
                    "email": f"member{member_id}@{LOAD_EMAIL_DOMAIN}",
                    "display_name": name,
                    "handle": f"{slugify(name)[:50]}-{member_id}",
                    "password": unusable,
                    "capacity": capacity,
                    "profession": profession,
                    "regulator": REGULATOR_FOR[Profession(profession)] if profession else "",
                    "trust_level": TrustLevel.ESTABLISHED,
                    "terms_version": settings.TERMS_VERSION,
                    "date_joined": joined_from + datetime.timedelta(minutes=rng.randrange(10**6)),
                    "is_active": True,
                }
            )
            # Practitioners write most posts; some lived-experience members and carers too.
            if capacity == Capacity.PRACTITIONER or (
                capacity != Capacity.READER and rng.random() < 0.15
            ):
                author_ids.append(member_id)
        # Members are written with bulk_create on every database: there are few of them, and
        # the accounts app owns that table's shape.
        writer = Writer(User, use_copy=False, progress=Progress(self.stream, "members", count))
        writer.write(rows)
        writer.finish()
        return [first_id + number for number in range(count)], author_ids or [first_id]

    def tags(self) -> list[int]:
        first_id = next_id(Tag)
        taken = {name.lower() for name in Tag.objects.values_list("name", flat=True)}
        taken_slugs = set(Tag.objects.values_list("slug", flat=True))
        names = [
            name
            for name in tag_names(self.sizes.tags + len(taken))
            if name.lower() not in taken and slugify(name) not in taken_slugs
        ][: self.sizes.tags]
        rows = [
            {"id": first_id + number, "name": name, "slug": slugify(name)[:48]}
            for number, name in enumerate(names)
        ]
        writer = self.writer(Tag, "tags", len(rows))
        writer.write(rows)
        writer.finish()
        return [row["id"] for row in rows]

    def posts(
        self, bodies: list[Text], author_ids: list[int], tag_ids: list[int]
    ) -> list[tuple[int, datetime.datetime]]:
        """Write the posts and their tags; return (id, published_at) of the published ones."""
        rng, count = self.rng, self.sizes.posts
        first_id = next_id(Post)
        slug_counts: dict[str, int] = {}
        taken = set(Post.objects.values_list("slug", flat=True))
        author_weights = zipf_weights(len(author_ids), exponent=0.9)
        tag_weights = zipf_weights(len(tag_ids))
        # More posts in recent years, as a community grows: times drawn with a rising density.
        span = datetime.timedelta(days=365 * YEARS_SPAN).total_seconds()
        offsets = sorted(span * math.sqrt(rng.random()) for _ in range(count))
        oldest = NEWEST - datetime.timedelta(seconds=span)
        published: list[tuple[int, datetime.datetime]] = []
        tag_links: list[dict[str, int]] = []

        def rows() -> Iterator[dict[str, Any]]:
            for number, offset in enumerate(offsets):
                post_id = first_id + number
                title = self.text.title()
                base = slugify(title)[:200] or "post"
                clash = slug_counts.get(base, 0)
                slug = base if clash == 0 and base not in taken else f"{base}-{clash + 1}"
                while slug in taken:
                    clash += 1
                    slug = f"{base}-{clash + 1}"
                slug_counts[base] = clash + 1
                created = oldest + datetime.timedelta(seconds=offset)
                status = pick_status(rng, POST_STATUS_SHARE)
                went_live = created + datetime.timedelta(minutes=rng.randrange(5, 600))
                went_live = min(went_live, NEWEST)
                if status == Status.PUBLISHED:
                    published.append((post_id, went_live))
                text = rng.randrange(len(bodies))
                for tag_id in set(
                    rng.choices(tag_ids, cum_weights=tag_weights, k=rng.randint(1, 4))
                ):
                    tag_links.append({"post_id": post_id, "tag_id": tag_id})
                yield {
                    "id": post_id,
                    "author_id": rng.choices(author_ids, cum_weights=author_weights)[0],
                    "title": title,
                    "slug": slug,
                    "text": text,
                    "excerpt": "",
                    "content_warning": ("discusses self-harm" if rng.random() < 0.03 else ""),
                    "status": status,
                    "created_at": created,
                    "updated_at": went_live if status != Status.DRAFT else created,
                    "published_at": None if status == Status.DRAFT else went_live,
                }

        writer = self.writer(Post, "posts", count, texts=bodies)
        writer.write(rows())
        writer.finish()
        first_link_id = next_id(Post.tags.through)
        links = self.writer(Post.tags.through, "post tags", len(tag_links))
        links.write({"id": first_link_id + n, **link} for n, link in enumerate(tag_links))
        links.finish()
        return published

    def comments(
        self, texts: list[Text], posts: list[tuple[int, datetime.datetime]], member_ids: list[int]
    ) -> None:
        """Write the comments: a skewed number per published post, a third of them replies."""
        rng, total = self.rng, self.sizes.comments
        if not posts or not total:
            return
        counts = self.comment_counts(len(posts), total)
        writer = self.writer(Comment, "comments", total, texts=texts)
        next_comment_id = next_id(Comment)
        chunk = 5_000  # posts per chunk: comments are written in time order within a chunk
        for start in range(0, len(posts), chunk):
            pending: list[list[Any]] = []
            for (post_id, went_live), count in zip(
                posts[start : start + chunk], counts[start : start + chunk], strict=True
            ):
                threads: list[list[Any]] = []
                for _ in range(count):
                    # A reply follows a comment already there, one level deep only.
                    parent = rng.choice(threads) if threads and rng.random() < 0.33 else None
                    after = parent[0] if parent else went_live
                    when = after + datetime.timedelta(minutes=rng.randrange(1, 60 * 24 * 14))
                    entry = [when, post_id, None, parent, rng.randrange(len(texts))]
                    if parent is None:
                        threads.append(entry)
                    pending.append(entry)
            pending.sort(key=lambda entry: entry[0])
            for entry in pending:
                entry[2] = next_comment_id
                next_comment_id += 1
            writer.write(self.comment_row(entry, member_ids) for entry in pending)
        writer.finish()

    def comment_row(self, entry: list[Any], member_ids: list[int]) -> dict[str, Any]:
        when, post_id, comment_id, parent, text = entry
        status = pick_status(self.rng, COMMENT_STATUS_SHARE)
        return {
            "id": comment_id,
            "post_id": post_id,
            "parent_id": parent[2] if parent else None,
            "author_id": self.rng.choice(member_ids),
            "text": text,
            "status": status,
            "created_at": when,
            "updated_at": when,
            "published_at": when if status == Status.PUBLISHED else None,
        }

    def comment_counts(self, post_count: int, total: int) -> list[int]:
        """How many comments each published post gets: a long tail, and a few busy posts."""
        rng = self.rng
        busy = min(max(3, post_count // 5_000), post_count)
        low, high = BUSY_POST_COMMENTS
        counts = [0] * post_count
        # The busy posts are spread through time, not all the newest.
        busy_positions = rng.sample(range(post_count), busy)
        for position in busy_positions:
            counts[position] = min(rng.randint(low, high), total // busy or 1)
        remaining = total - sum(counts)
        if remaining > 0:
            weights = list(
                itertools.accumulate(rng.lognormvariate(0, 1.0) for _ in range(post_count))
            )
            for position in rng.choices(range(post_count), cum_weights=weights, k=remaining):
                counts[position] += 1
        return counts

    def reset_sequences(self) -> None:
        """Move the id sequences past the ids given out here."""
        statements = connection.ops.sequence_reset_sql(
            no_style(), [User, Tag, Post, Post.tags.through, Comment]
        )
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
