"""Whole-page caching for visitors who are not signed in, kept true by version tokens.

Reading pages is most of the traffic, and almost all of it is from people who are not
signed in and see the same page as everyone else. Those pages are kept in Django's cache
(Redis when REDIS_URL is set, so every app server shares them) and served without touching
the database.

How a cached page stays true. Every entry records the tokens it was built against:

- the *content generation*, replaced whenever anything shown on a list, feed, sitemap or
  profile changes: a post, a tag, a post's tags, or a member's public name;
- for a post page, that post's *version*, replaced when one of its comments changes, so a
  new comment does not throw away every other page.

A token is never reused, so a replaced token makes the old entries unreachable; nothing has
to be deleted. Tokens are replaced at once (so the same request and the same transaction see
the change) and again after the transaction commits (so a reader who read the old rows just
before the commit cannot store them under the new token). Tokens are read before the page
is built, for the same reason.

Whoever is signed in is never served a cached page and never has theirs stored, and a page
that would carry a CSRF token, a message or a cookie is not stored either.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

GENERATION_KEY = "pages:generation"
ENTRY_PREFIX = "pages:entry"
# Above this many posts touched by one bulk change, replacing the generation is cheaper
# than replacing each post's version.
MANY_POSTS = 50

View = Callable[..., HttpResponse]


def _new_token() -> str:
    return uuid.uuid4().hex


def post_version_key(slug: str) -> str:
    return f"pages:post:{slug}"


def page_cache_seconds() -> int:
    """How long a page may live in the cache; 0 turns the page cache off."""
    return int(getattr(settings, "PAGE_CACHE_SECONDS", 0))


# --- Invalidation -------------------------------------------------------------------------


def _replace_tokens(keys: list[str]) -> None:
    try:
        cache.set_many({key: _new_token() for key in keys}, timeout=None)
    except Exception:  # The cache being down must not stop a write; entries expire anyway.
        logger.exception("Could not replace page cache tokens %s", keys)


def _replace_now_and_after_commit(keys: list[str]) -> None:
    _replace_tokens(keys)
    transaction.on_commit(lambda: _replace_tokens(keys))


def content_changed() -> None:
    """Something shown on many pages changed: no cached page may be served again."""
    _replace_now_and_after_commit([GENERATION_KEY])


def posts_discussion_changed(slugs: Iterable[str]) -> None:
    """Comments on these posts changed: their pages, and only theirs, must be rebuilt."""
    keys = sorted({post_version_key(slug) for slug in slugs})
    if len(keys) > MANY_POSTS:
        content_changed()
    elif keys:
        _replace_now_and_after_commit(keys)


# --- Serving ------------------------------------------------------------------------------


def _has_pending_messages(request: HttpRequest) -> bool:
    # len() counts stored and queued messages without marking them as shown.
    return len(messages.get_messages(request)) > 0


def _may_use_cache(request: HttpRequest) -> bool:
    return (
        page_cache_seconds() > 0
        and request.method in {"GET", "HEAD"}
        and not request.user.is_authenticated
        and not _has_pending_messages(request)
    )


def _may_store(request: HttpRequest, response: HttpResponse) -> bool:
    """Only a plain, complete page that would be the same for every visitor."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        # Set when a CSRF token was put in the page: that token belongs to one visitor.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not _has_pending_messages(request)
    )


def _entry_key(kind: str, request: HttpRequest, params: Iterable[str]) -> str:
    query = "&".join(
        f"{name}={value}" for name in sorted(params) for value in request.GET.getlist(name)
    )
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return f"{ENTRY_PREFIX}:{kind}:{hashlib.sha256(address.encode()).hexdigest()[:32]}"


def _current_tokens(found: dict[str, Any], keys: list[str]) -> dict[str, str]:
    """The token under each key, giving a fresh one to any key the cache has lost."""
    tokens = {key: found[key] for key in keys if key in found}
    missing = [key for key in keys if key not in tokens]
    for key in missing:
        # add() keeps whichever token another server set first.
        cache.add(key, _new_token(), timeout=None)
    if missing:
        tokens.update(cache.get_many(missing))
    return tokens


def cache_for_visitors(kind: str, *, params: Iterable[str] = (), per_post: bool = False) -> Any:
    """Serve this view's page from the cache to visitors who are not signed in.

    `kind` names the page in cache keys; `params` are the query parameters the page depends
    on (any others are ignored, so `?utm_source=…` does not make a new entry); `per_post`
    ties the entry to the version of the post whose slug is in the URL as well.
    """
    params = tuple(params)

    def decorator(view: View) -> View:
        @wraps(view)
        def cached_view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not _may_use_cache(request):
                return view(request, *args, **kwargs)
            entry_key = _entry_key(kind, request, params)
            token_keys = [GENERATION_KEY]
            if per_post:
                token_keys.append(post_version_key(kwargs["slug"]))
            try:
                found = cache.get_many([entry_key, *token_keys])
                tokens = _current_tokens(found, token_keys)
            except Exception:
                logger.exception("Page cache unavailable; serving %s uncached", request.path)
                return view(request, *args, **kwargs)
            entry = found.get(entry_key)
            if entry is not None and entry["tokens"] == tokens:
                return _response_from(entry)
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            if _may_store(request, response):
                try:
                    cache.set(entry_key, _entry_from(response, tokens), page_cache_seconds())
                except Exception:
                    logger.exception("Could not store %s in the page cache", request.path)
            return response

        return cached_view

    return decorator


def _entry_from(response: HttpResponse, tokens: dict[str, str]) -> dict[str, Any]:
    return {
        "tokens": tokens,
        "status": response.status_code,
        "content": response.content,
        "headers": [(name, value) for name, value in response.items()],
    }


def _response_from(entry: dict[str, Any]) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


# --- What counts as a change --------------------------------------------------------------

# Member fields that show on public pages; saving only other fields (a login time, say)
# changes nothing a visitor sees.
PUBLIC_MEMBER_FIELDS = {
    "display_name",
    "handle",
    "capacity",
    "profession",
    "show_profession",
    "bio",
    "is_active",
}


def _on_site_content_saved(sender: type, **kwargs: Any) -> None:
    content_changed()


def _on_member_saved(sender: type, instance: Any, created: bool = False, **kwargs: Any) -> None:
    update_fields = kwargs.get("update_fields")
    if created or (update_fields is not None and not set(update_fields) & PUBLIC_MEMBER_FIELDS):
        return  # A new member appears on no page yet.
    content_changed()


def _on_comment_saved(sender: type, instance: Any, **kwargs: Any) -> None:
    from blog.models import Comment, Post

    if Comment.post.is_cached(instance):
        slug = instance.post.slug
    else:
        slug = Post.objects.filter(pk=instance.post_id).values_list("slug", flat=True).first()
    if slug:
        posts_discussion_changed([slug])


def _on_contributions_updated(sender: type, pks: list[int], **kwargs: Any) -> None:
    from blog.models import Comment

    if sender is Comment:
        slugs = Comment.objects.filter(pk__in=pks).values_list("post__slug", flat=True)
        posts_discussion_changed(set(slugs))
    else:
        content_changed()


def connect_signals() -> None:
    """Listen for every change a cached page could show (called from BlogConfig.ready)."""
    from django.contrib.auth import get_user_model
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from blog.models import Comment, Post, Tag, contributions_updated

    for model in (Post, Tag):
        post_save.connect(_on_site_content_saved, sender=model, dispatch_uid=f"pages-{model}")
        post_delete.connect(_on_site_content_saved, sender=model, dispatch_uid=f"pages-{model}")
    m2m_changed.connect(_on_site_content_saved, sender=Post.tags.through, dispatch_uid="pages-tags")
    post_save.connect(_on_comment_saved, sender=Comment, dispatch_uid="pages-comment")
    # A deleted comment may take its replies with it; rare enough to rebuild everything.
    post_delete.connect(_on_site_content_saved, sender=Comment, dispatch_uid="pages-comment")
    member = get_user_model()
    post_save.connect(_on_member_saved, sender=member, dispatch_uid="pages-member")
    post_delete.connect(_on_site_content_saved, sender=member, dispatch_uid="pages-member")
    contributions_updated.connect(_on_contributions_updated, dispatch_uid="pages-updates")
