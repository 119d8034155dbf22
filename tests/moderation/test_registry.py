"""Content registers itself with moderation; moderation never imports the blog."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from blog.models import Comment, Post, Status
from moderation.registry import (
    AlreadyRegistered,
    ContentRefused,
    ContentState,
    adapter_for,
    model_for_kind,
)
from tests.blog.factories import make_post

MODERATION = Path(__file__).resolve().parents[2] / "moderation"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_moderation_module_imports_the_blog():
    offenders = [
        str(path.relative_to(MODERATION))
        for path in MODERATION.rglob("*.py")
        if any(name == "blog" or name.startswith("blog.") for name in imported_modules(path))
    ]
    assert offenders == []


def test_posts_and_comments_are_registered_by_kind():
    assert model_for_kind("post") is Post
    assert model_for_kind("comment") is Comment
    assert adapter_for(Post).checked_fields == ("title", "body")
    assert adapter_for(Comment).checked_fields == ("body",)


def test_registering_twice_is_an_error():
    from moderation.registry import register

    with pytest.raises(AlreadyRegistered):
        register(Post, adapter_for(Post))


def test_the_adapter_moves_content_only_from_the_states_it_is_given(practitioner):
    post = make_post(practitioner, status=Status.DRAFT)
    adapter = adapter_for(post)
    with pytest.raises(ContentRefused):
        adapter.move(post, ContentState.PUBLISHED, allowed_from={ContentState.PENDING})
    adapter.move(post, ContentState.PENDING, allowed_from={ContentState.DRAFT})
    post.refresh_from_db()
    assert post.status == Status.PENDING
    assert adapter.state(post) == ContentState.PENDING


def test_the_site_names_every_concern_the_checker_can_raise():
    from moderation.checker.verdict import CONCERN_ORDER
    from moderation.concerns import REPORT_REASONS, Concern

    assert set(CONCERN_ORDER) == set(Concern.values)
    assert set(REPORT_REASONS) == set(Concern.values)
