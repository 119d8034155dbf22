"""What the blog tells the accounts app about members' posts and comments.

Registered from BlogConfig.ready(), so accounts never imports the blog: the data export gets
"posts" and "comments" sections, and trust, hourly limits and account deletion know where
members' contributions are.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Q

from accounts.contributions import register_contribution_kind
from accounts.export import register_exporter
from blog.models import Comment, Post, Status


def export_posts(user: Any) -> list[dict[str, Any]]:
    """Every post the member wrote, in any state, with its Markdown source."""
    return [
        {
            "title": post.title,
            "url": f"{settings.SITE_URL}{post.get_absolute_url()}",
            "status": post.get_status_display(),
            "body_markdown": post.body,
            "excerpt": post.excerpt,
            "content_warning": post.content_warning,
            "tags": [tag.name for tag in post.tags.all()],
            "created_at": post.created_at,
            "updated_at": post.updated_at,
            "published_at": post.published_at,
        }
        for post in Post.objects.filter(author=user).prefetch_related("tags").order_by("id")
    ]


def export_comments(user: Any) -> list[dict[str, Any]]:
    """Every comment the member wrote, with the post it is on."""
    return [
        {
            "post_title": comment.post.title,
            "url": f"{settings.SITE_URL}{comment.get_absolute_url()}",
            "status": comment.get_status_display(),
            "body_markdown": comment.body,
            "reply_to_comment": comment.parent_id is not None,
            "created_at": comment.created_at,
            "published_at": comment.published_at,
        }
        for comment in Comment.objects.filter(author=user).select_related("post").order_by("id")
    ]


def register() -> None:
    published = Q(status=Status.PUBLISHED)
    register_contribution_kind("posts", Post, approved=published)
    register_contribution_kind("comments", Comment, approved=published)
    register_exporter("posts", export_posts)
    register_exporter("comments", export_comments)
