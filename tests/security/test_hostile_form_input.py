"""Every form field, fed input nobody should type, answers with a clear message.

Over-long text, control characters (NUL among them, which PostgreSQL cannot store), a
right-to-left override that disguises what text says, and emoji (which are welcome). For each:
never a server error; a refusal names the field's problem on the page and saves nothing; an
acceptance stores exactly what was typed.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.forms import BaseForm
from django.test import Client

from accounts.models import User
from blog.models import Comment, Post, Tag
from moderation.models import Report
from tests.blog.factories import make_comment, make_post
from tests.conftest import PASSWORD

HOSTILE = {
    "over-long": "long " * 12_001,
    "control-characters": "Before\x00after \x1b[31mred\x1b[0m \x07bell",
    "right-to-left-override": "Invoice for \u202egpj.exe",
    # Skin tones, zero-width joiners and a variation selector.
    "emoji": (
        "Tea \u2615 with the team \U0001f9d1\U0001f3fd\u200d\u2695\ufe0f "
        "\U0001f3f3\ufe0f\u200d\U0001f308"
    ),
    # Scotland's and Wales's flags are built from invisible Unicode tag characters.
    "nation-flag-emoji": (
        "From Glasgow \U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f "
        "and Cardiff \U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
    ),
}
REFUSED, ACCEPTED, EITHER = "refused", "accepted", "either"
# What a free-text field should do with each kind of input.
FREE_TEXT = {
    "over-long": REFUSED,
    "control-characters": REFUSED,
    "right-to-left-override": REFUSED,
    "emoji": ACCEPTED,
    "nation-flag-emoji": ACCEPTED,
}


@dataclass
class FormCase:
    """One form: where it posts, a valid submission, and what each field should do."""

    name: str
    url: Callable[[dict[str, Any]], str]
    valid: Callable[[dict[str, Any]], dict[str, str]]
    fields: dict[str, dict[str, str]]
    signed_in_as: str | None = None
    # How to find what an accepted submission stored, for comparing with what was typed.
    stored: Callable[[dict[str, Any], str], str | None] = lambda world, field_name: None
    single_line: set[str] = field(default_factory=set)


def _latest_post_value(world: dict[str, Any], field_name: str) -> str | None:
    post = Post.objects.filter(author=world["practitioner"]).order_by("-id").first()
    return getattr(post, field_name) if post else None


def _latest_comment_body(world: dict[str, Any], field_name: str) -> str | None:
    comment = Comment.objects.order_by("-id").first()
    return comment.body if comment else None


def _member_value(world: dict[str, Any], field_name: str) -> str | None:
    world["practitioner"].refresh_from_db()
    return getattr(world["practitioner"], field_name)


def _latest_report_detail(world: dict[str, Any], field_name: str) -> str | None:
    report = Report.objects.order_by("-id").first()
    return report.detail if report else None


def _new_member_value(world: dict[str, Any], field_name: str) -> str | None:
    user = User.objects.filter(email="joining@example.org").first()
    return getattr(user, field_name) if user else None


FORMS = [
    FormCase(
        name="write a post",
        url=lambda world: "/write/new/",
        valid=lambda world: {
            "title": "A fine title",
            "body": "A fine body.",
            "excerpt": "",
            "content_warning": "",
            "tags_text": "reflective practice",
            "action": "save",
        },
        fields={
            "title": FREE_TEXT,
            "body": FREE_TEXT,
            "excerpt": FREE_TEXT,
            "content_warning": FREE_TEXT,
            "tags_text": FREE_TEXT | {"emoji": REFUSED, "nation-flag-emoji": REFUSED},
        },
        signed_in_as="practitioner",
        stored=_latest_post_value,
        single_line={"title", "excerpt", "content_warning"},
    ),
    FormCase(
        name="comment",
        url=lambda world: f"/posts/{world['post'].slug}/comments/",
        valid=lambda world: {"body": "Thank you for this."},
        fields={"body": FREE_TEXT},
        signed_in_as="lived_experience",
        stored=_latest_comment_body,
    ),
    FormCase(
        name="settings",
        url=lambda world: "/accounts/settings/",
        valid=lambda world: {
            "display_name": "Priya (nurse)",
            "bio": "Nurse on an acute ward.",
            "capacity": "practitioner",
            "profession": "nurse",
            "regulator": "nmc",
            "show_profession": "on",
            "notify_decisions": "on",
            "notify_comments": "on",
        },
        fields={"display_name": FREE_TEXT, "bio": FREE_TEXT},
        signed_in_as="practitioner",
        stored=_member_value,
        single_line={"display_name"},
    ),
    FormCase(
        name="sign up",
        url=lambda world: "/accounts/signup/",
        valid=lambda world: {
            "display_name": "Joining member",
            "email": "joining@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "capacity": "reader",
            "accept_terms": "on",
        },
        fields={
            "display_name": FREE_TEXT,
            "email": dict.fromkeys(HOSTILE, REFUSED),
            "password1": dict.fromkeys(HOSTILE, EITHER),
        },
        stored=_new_member_value,
        single_line={"display_name"},
    ),
    FormCase(
        name="report",
        url=lambda world: f"/contributing/report/comment/{world['comment'].pk}/",
        valid=lambda world: {"reason": "personal-attack", "detail": "It mocks someone."},
        fields={"detail": FREE_TEXT},
        signed_in_as="reader",
        stored=_latest_report_detail,
    ),
    FormCase(
        name="log in",
        url=lambda world: "/accounts/login/",
        valid=lambda world: {"login": "nurse@example.org", "password": PASSWORD},
        # No account has these details, so every one is refused.
        fields={
            "login": dict.fromkeys(HOSTILE, REFUSED),
            "password": dict.fromkeys(HOSTILE, REFUSED),
        },
    ),
]

CASES = [
    pytest.param(
        form,
        field_name,
        kind,
        expected,
        id=f"{form.name}-{field_name}-{kind}",
    )
    for form in FORMS
    for field_name, expectations in form.fields.items()
    for kind, expected in expectations.items()
]


def snapshot() -> dict[str, Any]:
    """Everything a submission could have written, to prove a refusal wrote nothing."""
    return {
        "posts": list(Post.objects.values_list("id", "title", "body", "excerpt", "status")),
        "tags": list(Tag.objects.values_list("id", "name")),
        "comments": list(Comment.objects.values_list("id", "body", "status")),
        "members": list(User.objects.values_list("id", "email", "display_name", "bio", "handle")),
        "addresses": list(EmailAddress.objects.values_list("id", "email")),
        "reports": list(Report.objects.values_list("id", "reason", "detail")),
    }


def form_errors(response) -> dict[str, list[str]]:
    """The errors of every bound form the page was rendered with."""
    forms: dict[int, BaseForm] = {}
    # One context per template rendered (includes too), so the same form turns up often.
    for context in response.context or []:
        for value in context.flatten().values():
            if isinstance(value, BaseForm) and value.is_bound and value.errors:
                forms[id(value)] = value
    errors: dict[str, list[str]] = {}
    for form in forms.values():
        for name, messages in form.errors.items():
            errors.setdefault(name, []).extend(messages)
    return errors


@pytest.fixture
def world(practitioner, lived_experience, reader) -> dict[str, Any]:
    post = make_post(
        practitioner, "Somewhere to comment", "Comments welcome.", tags=("reflective practice",)
    )
    return {
        "practitioner": practitioner,
        "lived_experience": lived_experience,
        "reader": reader,
        "post": post,
        "comment": make_comment(post, lived_experience, "Something to report."),
    }


@pytest.mark.parametrize(("form", "field_name", "kind", "expected"), CASES)
def test_a_form_field_answers_hostile_input_clearly(world, form, field_name, kind, expected):
    client = Client(raise_request_exception=False)
    if form.signed_in_as:
        client.force_login(world[form.signed_in_as])
    data = form.valid(world)
    value = HOSTILE[kind]
    data[field_name] = value
    if field_name == "password1":
        data["password2"] = value
    before = snapshot()

    response = client.post(form.url(world), data)

    assert response.status_code < 500, f"{form.name}: {kind} in {field_name} caused an error"
    refused = response.status_code in {200, 400}
    if expected == REFUSED:
        assert refused, f"{form.name}: {kind} in {field_name} was accepted"
    elif expected == ACCEPTED:
        assert not refused, (
            f"{form.name}: {kind} in {field_name} was refused: {form_errors(response)}"
        )

    if refused:
        errors = form_errors(response)
        messages = errors.get(field_name) or errors.get("__all__") or []
        assert messages, f"{form.name}: refused {kind} in {field_name} without saying why"
        page = html.unescape(response.content.decode())
        for message in messages:
            assert message in page, f"the message {message!r} is not shown on the page"
            assert "Traceback" not in message and "Exception" not in message
        assert snapshot() == before, f"{form.name}: a refused submission changed the database"
    elif field_name == "password1":
        joined = User.objects.get(email=data["email"])
        assert joined.check_password(value), "the password was stored altered"
    else:
        stored = form.stored(world, field_name)
        typed = " ".join(value.split()) if field_name in form.single_line else value
        assert stored == typed, f"{form.name}: {field_name} was stored as {stored!r}"


@pytest.mark.parametrize("kind", HOSTILE)
def test_searching_for_hostile_input_never_fails(client, world, kind):
    response = client.get("/search/", {"q": HOSTILE[kind]})
    assert response.status_code == 200


HOSTILE_QUERY = {
    name: "\x00\u202e" + "x" * 300
    for name in ("q", "page", "before", "after", "next", "concern", "kind", "action", "who")
}


@pytest.mark.parametrize(
    "path",
    ["/", "/tags/", "/tags/reflective-practice/", "/search/", "/accounts/login/", "/moderation/",
     "/moderation/audit/"],
)  # fmt: skip
def test_hostile_query_parameters_never_cause_an_error(client_for, moderator, world, path):
    """NUL, a direction override and far too much text in every parameter a page reads."""
    client = client_for(moderator)
    client.raise_request_exception = False
    response = client.get(path, HOSTILE_QUERY)
    assert response.status_code < 500, f"{path} answered {response.status_code}"
