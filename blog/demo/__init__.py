"""The demo content for `manage.py seed_demo`, kept as TOML files and read here.

`cast.toml` holds the people; `posts/*.toml` holds one post each, with its comments. The
file name of a post (without `.toml`) is its slug, so a title can be edited without the
post's address changing. Reading is pure: this module checks the files and returns plain
data; the command writes it to the database. See README.md beside this file.
"""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.text import slugify

from accounts.models import Capacity, Profession, Regulator, TrustLevel, User
from blog.models import Comment, Post, Status, Tag

DEMO_DIR = Path(__file__).resolve().parent
CAST_FILE = DEMO_DIR / "cast.toml"
POSTS_DIR = DEMO_DIR / "posts"

# Demo posts are either live or a draft; other states are reached through moderation.
POST_STATUSES = {Status.PUBLISHED.value, Status.DRAFT.value}

_MEMBER_KEYS = {
    "email", "display_name", "capacity", "profession", "regulator", "trust_level", "role",
    "bio", "moderator",
}  # fmt: skip
_POST_KEYS = {
    "title", "author", "status", "days_ago", "time", "tags", "content_warning", "excerpt",
    "body", "comments",
}  # fmt: skip
_COMMENT_KEYS = {"author", "body", "reply_to"}


class DemoContentError(ValueError):
    """A demo file is missing something or says something the site cannot hold."""


@dataclass(frozen=True)
class DemoMember:
    """One person in the demo cast, referred to by `key` from the post files."""

    key: str
    email: str
    display_name: str
    capacity: str
    profession: str
    regulator: str
    trust_level: str
    role: str
    bio: str
    is_moderator: bool


@dataclass(frozen=True)
class DemoComment:
    """A comment on a demo post; `reply_to` is the 1-based position of its parent, if any."""

    author: str
    body: str
    reply_to: int | None


@dataclass(frozen=True)
class DemoPost:
    """One demo post and its comments, as written in `posts/<slug>.toml`."""

    slug: str
    title: str
    author: str
    status: str
    days_ago: int
    time: datetime.time
    tags: tuple[str, ...]
    content_warning: str
    excerpt: str
    body: str
    comments: tuple[DemoComment, ...]

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED.value


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise DemoContentError(f"{path}: cannot be read ({error.strerror}).") from error
    except tomllib.TOMLDecodeError as error:
        raise DemoContentError(f"{path}: is not valid TOML ({error}).") from error


def _refuse_unknown_keys(where: str, table: dict[str, Any], known: set[str]) -> None:
    # A misspelt key would otherwise be ignored silently and the demo would quietly differ.
    unknown = sorted(set(table) - known)
    if unknown:
        raise DemoContentError(f"{where}: unknown key(s) {', '.join(unknown)}.")


def _text(where: str, table: dict[str, Any], key: str, *, required: bool = True) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise DemoContentError(f"{where}: {key} must be text.")
    value = value.strip()
    if required and not value:
        raise DemoContentError(f"{where}: {key} is required.")
    return value


def _fits(where: str, key: str, value: str, model: type, field: str) -> str:
    # Measured against the model so the demo can never be cut short by the database.
    limit = model._meta.get_field(field).max_length
    if limit is not None and len(value) > limit:
        raise DemoContentError(f"{where}: {key} is {len(value)} characters; {limit} at most.")
    return value


def _choice(where: str, table: dict[str, Any], key: str, allowed: set[str]) -> str:
    value = _text(where, table, key, required=False)
    if value and value not in allowed:
        raise DemoContentError(f"{where}: {key} {value!r} is not one of {sorted(allowed)}.")
    return value


def load_cast(path: Path = CAST_FILE) -> dict[str, DemoMember]:
    """Read the cast, keyed by the short name post files use for their authors."""
    data = _read_toml(path)
    cast: dict[str, DemoMember] = {}
    emails: set[str] = set()
    for key, table in data.items():
        where = f"{path.name} [{key}]"
        if not isinstance(table, dict):
            raise DemoContentError(f"{where}: each member must be a table.")
        _refuse_unknown_keys(where, table, _MEMBER_KEYS)
        email = _text(where, table, "email").lower()
        if email in emails:
            raise DemoContentError(f"{where}: {email} is used by two members.")
        emails.add(email)
        capacity = _choice(where, table, "capacity", set(Capacity.values))
        if not capacity:
            raise DemoContentError(f"{where}: capacity is required.")
        moderator = table.get("moderator", False)
        if not isinstance(moderator, bool):
            raise DemoContentError(f"{where}: moderator must be true or false.")
        cast[key] = DemoMember(
            key=key,
            email=email,
            display_name=_fits(
                where, "display_name", _text(where, table, "display_name"), User, "display_name"
            ),
            capacity=capacity,
            profession=_choice(where, table, "profession", set(Profession.values)),
            regulator=_choice(where, table, "regulator", set(Regulator.values)),
            trust_level=_choice(where, table, "trust_level", set(TrustLevel.values))
            or TrustLevel.NEW.value,
            role=_text(where, table, "role"),
            bio=_fits(where, "bio", _text(where, table, "bio"), User, "bio"),
            is_moderator=moderator,
        )
    if not cast:
        raise DemoContentError(f"{path.name}: the cast is empty.")
    return cast


def _tags(where: str, raw: Any) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw or not all(isinstance(tag, str) for tag in raw):
        raise DemoContentError(f"{where}: tags must be a non-empty list of names.")
    names: list[str] = []
    for tag in raw:
        try:
            name = Tag.clean_name(tag)
        except ValidationError as error:
            raise DemoContentError(f"{where}: {' '.join(error.messages)}") from error
        if name.lower() not in {existing.lower() for existing in names}:
            names.append(name)
    return tuple(names)


def _time(where: str, raw: Any) -> datetime.time:
    if isinstance(raw, datetime.time):
        return raw
    if isinstance(raw, str):
        try:
            return datetime.time.fromisoformat(raw)
        except ValueError:
            pass
    raise DemoContentError(f"{where}: time must look like 19:45.")


def _comments(where: str, raw: Any, cast: dict[str, DemoMember]) -> tuple[DemoComment, ...]:
    if not isinstance(raw, list):
        raise DemoContentError(f"{where}: comments must be a list of [[comments]] tables.")
    comments: list[DemoComment] = []
    for position, table in enumerate(raw, start=1):
        here = f"{where} comment {position}"
        if not isinstance(table, dict):
            raise DemoContentError(f"{here}: must be a table.")
        _refuse_unknown_keys(here, table, _COMMENT_KEYS)
        author = _text(here, table, "author")
        if author not in cast:
            raise DemoContentError(f"{here}: author {author!r} is not in the cast.")
        reply_to = table.get("reply_to")
        if reply_to is not None:
            # Replies go one level deep, so a reply must answer an earlier top-level comment.
            if not isinstance(reply_to, int) or not 1 <= reply_to < position:
                raise DemoContentError(f"{here}: reply_to must name an earlier comment.")
            if comments[reply_to - 1].reply_to is not None:
                raise DemoContentError(f"{here}: replies go one level deep.")
        body = _fits(here, "body", _text(here, table, "body"), Comment, "body")
        comments.append(DemoComment(author=author, body=body, reply_to=reply_to))
    return tuple(comments)


def load_post(path: Path, cast: dict[str, DemoMember]) -> DemoPost:
    """Read one post file; its name (without `.toml`) is the post's slug."""
    where = path.name
    data = _read_toml(path)
    _refuse_unknown_keys(where, data, _POST_KEYS)
    slug = path.stem
    if slugify(slug) != slug:
        raise DemoContentError(f"{where}: the file name must be a slug (lower case, hyphens).")
    author = _text(where, data, "author")
    if author not in cast:
        raise DemoContentError(f"{where}: author {author!r} is not in the cast.")
    status = _text(where, data, "status", required=False) or Status.PUBLISHED.value
    if status not in POST_STATUSES:
        raise DemoContentError(f"{where}: status must be one of {sorted(POST_STATUSES)}.")
    # A draft has never gone live, so only a published post needs to say when it did.
    days_ago = data.get("days_ago", 1)
    if not isinstance(days_ago, int) or isinstance(days_ago, bool) or days_ago < 1:
        raise DemoContentError(f"{where}: days_ago must be a whole number of days, 1 or more.")
    if status == Status.PUBLISHED.value and "days_ago" not in data:
        raise DemoContentError(f"{where}: a published post needs days_ago.")
    comments = _comments(where, data.get("comments", []), cast)
    if comments and status != Status.PUBLISHED.value:
        raise DemoContentError(f"{where}: only published posts can have comments.")
    return DemoPost(
        slug=slug,
        title=_fits(where, "title", _text(where, data, "title"), Post, "title"),
        author=author,
        status=status,
        days_ago=days_ago,
        time=_time(where, data.get("time", "09:00")),
        tags=_tags(where, data.get("tags")),
        content_warning=_fits(
            where,
            "content_warning",
            _text(where, data, "content_warning", required=False),
            Post,
            "content_warning",
        ),
        excerpt=_fits(
            where, "excerpt", _text(where, data, "excerpt", required=False), Post, "excerpt"
        ),
        body=_text(where, data, "body"),
        comments=comments,
    )


def load_posts(cast: dict[str, DemoMember], directory: Path = POSTS_DIR) -> list[DemoPost]:
    """Read every post file in `directory`, in file-name order."""
    paths = sorted(directory.glob("*.toml"))
    if not paths:
        raise DemoContentError(f"{directory}: there are no post files.")
    return [load_post(path, cast) for path in paths]
