"""Fetching posts and comments for a view: 404 to those who may not see, 403 to those who
may see but not change. Every view goes through these, so the rule lives in one place."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from blog.models import Comment, Post


def get_post_for_reading(request: HttpRequest, slug: str) -> Post:
    """The post at `slug` if this person may read it, else 404."""
    return get_object_or_404(
        Post.objects.visible_to(request.user).select_related("author"), slug=slug
    )


def get_post_for_editing(request: HttpRequest, slug: str) -> Post:
    """The post at `slug` if this person may change it: 404 if unseen, 403 if not theirs."""
    post = get_post_for_reading(request, slug)
    if not post.can_be_edited_by(request.user):
        raise PermissionDenied("Only the author can change this post.")
    return post


def get_comment_for_editing(request: HttpRequest, pk: int) -> Comment:
    """The comment `pk` if this person may change it: 404 if unseen, 403 if not theirs."""
    comment = get_object_or_404(
        Comment.objects.visible_to(request.user).select_related("post", "author"), pk=pk
    )
    if not comment.can_be_edited_by(request.user):
        raise PermissionDenied("Only the author can change this comment.")
    return comment


def get_published_post_for_commenting(request: HttpRequest, slug: str) -> Post:
    """Comments go on published posts only."""
    post = get_post_for_reading(request, slug)
    if not post.is_published:
        raise Http404("Comments open once a post is published.")
    return post
