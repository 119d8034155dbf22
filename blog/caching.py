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

Only visitors who carry no session cookie are served from the cache or have a page stored.
Everyone signed in has a session, so a member's page (with their name, their drafts, their
forms) is never stored and they never see anyone else's. A page that sets a cookie, or
carries a CSRF token or a message, is not stored either.

Views opt in with @cache_for_visitors; PageCacheMiddleware, just inside WhiteNoise, does the
serving, so a cached page costs one round trip to the cache and none to the database.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.urls import Resolver404, resolve

logger = logging.getLogger(__name__)

GENERATION_KEY = "pages:generation"
ENTRY_PREFIX = "pages:entry"
MESSAGES_COOKIE = CookieStorage.cookie_name
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


def content_generation() -> str:
    """The current content generation, for keys of cached fragments that every page shares."""
    try:
        return _current_tokens(cache.get_many([GENERATION_KEY]), [GENERATION_KEY])[GENERATION_KEY]
    except Exception:
        logger.exception("Page cache unavailable")
        return _new_token()  # Matches nothing cached, so the fragment is built afresh.


# --- Serving ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CacheablePage:
    """What a view declares with @cache_for_visitors."""

    kind: str
    params: tuple[str, ...]
    per_post: bool


def cache_for_visitors(kind: str, *, params: Iterable[str] = (), per_post: bool = False) -> Any:
    """Declare that this view's page may be served from the cache to visitors.

    `kind` names the page in cache keys; `params` are the query parameters the page depends
    on (any others are ignored, so `?utm_source=…` does not make a new entry); `per_post`
    ties the entry to the version of the post whose slug is in the URL as well. The work
    is done by PageCacheMiddleware.
    """
    page = CacheablePage(kind, tuple(params), per_post)

    def decorator(view: View) -> View:
        @wraps(view)
        def cacheable_view(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            return view(request, *args, **kwargs)

        cacheable_view.cacheable_page = page  # type: ignore[attr-defined]
        return cacheable_view

    return decorator


class PageCacheMiddleware:
    """Serve and store whole pages for visitors who carry no session.

    Only a visitor without a session cookie is served from the cache or has a page stored:
    everyone signed in has one, so no member's page is ever stored or shown to anyone else.
    A visitor with a message waiting (which travels in a cookie, or in the session) is
    passed through too. The middleware sits just inside WhiteNoise, so a page from the cache
    skips the rest of the middleware; what it stores is the finished response, with every
    header those middleware added, and only if it sets no cookie and holds no CSRF token.
    """

    def __init__(self, get_response: View) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        page, kwargs = _cacheable_page(request)
        if page is None or not _may_use_cache(request):
            return self.get_response(request)
        entry_key = _entry_key(page.kind, request, page.params)
        token_keys = [GENERATION_KEY]
        if page.per_post:
            token_keys.append(post_version_key(kwargs["slug"]))
        try:
            found = cache.get_many([entry_key, *token_keys])
            tokens = _current_tokens(found, token_keys)
        except Exception:
            logger.exception("Page cache unavailable; serving %s uncached", request.path)
            return self.get_response(request)
        entry = found.get(entry_key)
        if entry is not None and entry["tokens"] == tokens:
            return _response_from(entry)
        # The tokens were read before the page is built: a change committed while it is
        # being built replaces them, so this copy can't be served after that change.
        response = self.get_response(request)
        if request.method == "GET" and _may_store(request, response):
            try:
                cache.set(entry_key, _entry_from(response, tokens), page_cache_seconds())
            except Exception:
                logger.exception("Could not store %s in the page cache", request.path)
        return response


def _cacheable_page(request: HttpRequest) -> tuple[CacheablePage | None, dict[str, Any]]:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None, {}
    return getattr(match.func, "cacheable_page", None), match.kwargs


def _may_use_cache(request: HttpRequest) -> bool:
    return (
        page_cache_seconds() > 0
        and request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
    )


def _may_store(request: HttpRequest, response: HttpResponse) -> bool:
    """Only a plain, complete page that would be the same for every visitor."""
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not response.has_header("Set-Cookie")
        # Set when a CSRF token was put in the page: that token belongs to one visitor.
        # (A message shown or queued, or a session started, would have set a cookie.)
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
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


def _entry_from(response: HttpResponse, tokens: dict[str, str]) -> dict[str, Any]:
    return {
        "tokens": tokens,
        "status": response.status_code,
        "content": response.content,
        "headers": list(response.items()),
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
