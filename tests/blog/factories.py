"""Small builders for posts, tags and comments in known states."""

from __future__ import annotations

from django.utils import timezone

from blog.models import Comment, Post, Status, Tag


def make_post(
    author,
    title: str = "A reflective post",
    body: str = "Some thoughts.",
    *,
    status: Status = Status.PUBLISHED,
    tags: tuple[str, ...] = (),
    **fields,
) -> Post:
    post = Post.objects.create(
        author=author,
        title=title,
        body=body,
        status=status,
        published_at=timezone.now() if status == Status.PUBLISHED else None,
        **fields,
    )
    if tags:
        post.tags.set([Tag.get_or_create_named(name) for name in tags])
    return post


def make_comment(
    post: Post,
    author,
    body: str = "Thank you for writing this.",
    *,
    status: Status = Status.PUBLISHED,
    parent: Comment | None = None,
) -> Comment:
    return Comment.objects.create(
        post=post,
        author=author,
        body=body,
        status=status,
        parent=parent,
        published_at=timezone.now() if status == Status.PUBLISHED else None,
    )
