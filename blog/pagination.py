"""Paging through long lists without counting them.

With 100,000 posts, "page 3 of 9,412" costs a COUNT over the whole list on every request,
and "page 9,000" makes the database walk past 90,000 rows first. Lists of posts, newest
first, are paged instead by a cursor: the older-posts link says "before this post" (its
publication time and id), and the database starts reading right there from an index.

- `?before=<cursor>`: the posts just older than that post; `?after=<cursor>`: just newer.
- `?page=N`, the old style of link, still works: it is redirected to the cursor URL.
- A cursor or page number that is malformed or points nowhere is a 404.

Search results are ranked, not dated, so they keep page numbers, still without a COUNT:
one extra row is read to know whether there is a next page.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
MICROSECOND = datetime.timedelta(microseconds=1)
_CURSOR = re.compile(r"^(-?\d{1,18})\.(\d{1,18})$")
_PAGE_NUMBER = re.compile(r"^[1-9]\d{0,5}$")


@dataclass
class ListPage:
    """One page of a list: its items and the links to the pages either side."""

    items: list[Any]
    previous_url: str | None = None
    next_url: str | None = None
    previous_label: str = "Newer posts"
    next_label: str = "Older posts"
    # How many items the pages up to and including this one hold (numbered pages only).
    shown_so_far: int = 0

    def __iter__(self) -> Iterator[Any]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __bool__(self) -> bool:
        return bool(self.items)

    @property
    def has_other_pages(self) -> bool:
        return bool(self.previous_url or self.next_url)


class Redirect(Exception):
    """Raised to send the reader to the canonical address of the page they asked for."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self.url = url


def encode_cursor(published_at: datetime.datetime, pk: int) -> str:
    return f"{(published_at - EPOCH) // MICROSECOND}.{pk}"


def decode_cursor(raw: str) -> tuple[datetime.datetime, int]:
    """The (publication time, id) a cursor names; a malformed cursor is a 404."""
    match = _CURSOR.match(raw)
    if not match:
        raise Http404("That page link is not valid.")
    try:
        moment = EPOCH + int(match.group(1)) * MICROSECOND
    except OverflowError as error:
        raise Http404("That page link is not valid.") from error
    return moment, int(match.group(2))


def _url(params: dict[str, str]) -> str:
    return "?" + urlencode(params) if params else "."


def newest_first_page(
    request: HttpRequest, posts: QuerySet, per_page: int | None = None
) -> ListPage:
    """A page of `posts` (published ones), newest first, chosen by the request's cursor.

    Raises Redirect for an old `?page=N` link or for a "newer" link that reaches the top
    of the list, and Http404 for a cursor or page number that is malformed or past the end.
    """
    per_page = per_page or settings.POSTS_PER_PAGE
    newest_first = posts.order_by("-published_at", "-id")
    before, after = request.GET.get("before"), request.GET.get("after")
    if before is not None:
        moment, pk = decode_cursor(before)
        rows = list(
            newest_first.filter(
                Q(published_at__lt=moment) | Q(published_at=moment, id__lt=pk),
                # Redundant with the line above, but it lets the database start its index
                # scan at the cursor instead of filtering its way down from the newest.
                published_at__lte=moment,
            )[: per_page + 1]
        )
        if not rows:
            raise Http404("There are no older posts.")
        return _page(rows[:per_page], has_newer=True, has_older=len(rows) > per_page)
    if after is not None:
        moment, pk = decode_cursor(after)
        rows = list(
            posts.order_by("published_at", "id").filter(
                Q(published_at__gt=moment) | Q(published_at=moment, id__gt=pk),
                published_at__gte=moment,
            )[: per_page + 1]
        )
        if len(rows) <= per_page:
            raise Redirect(_url({}))  # Back at the top: the list's own address.
        # The post the cursor names is older than all of these, so there is an older page.
        return _page(rows[:per_page][::-1], has_newer=True, has_older=True)
    page_number = request.GET.get("page")
    if page_number is not None and page_number != "1":
        raise Redirect(_cursor_url_for_page(newest_first, page_number, per_page))
    rows = list(newest_first[: per_page + 1])
    return _page(rows[:per_page], has_newer=False, has_older=len(rows) > per_page)


def _page(items: list[Any], *, has_newer: bool, has_older: bool) -> ListPage:
    page = ListPage(items)
    if has_older and items and items[-1].published_at is not None:
        page.next_url = _url({"before": encode_cursor(items[-1].published_at, items[-1].pk)})
    if has_newer and items and items[0].published_at is not None:
        page.previous_url = _url({"after": encode_cursor(items[0].published_at, items[0].pk)})
    return page


def _cursor_url_for_page(newest_first: QuerySet, raw: str, per_page: int) -> str:
    """Where an old `?page=N` link now lives: "before the last post of page N-1"."""
    if not _PAGE_NUMBER.match(raw):
        raise Http404("There is no such page.")
    end = (int(raw) - 1) * per_page
    found = list(newest_first.values_list("published_at", "pk")[end - 1 : end])
    if not found or found[0][0] is None:
        raise Http404("There is no such page.")
    return _url({"before": encode_cursor(*found[0])})


def numbered_page(
    request: HttpRequest,
    results: QuerySet,
    *,
    keep: dict[str, str],
    per_page: int | None = None,
    rows_for: Callable[[list[Any]], QuerySet] | None = None,
) -> ListPage:
    """A numbered page of ranked results, found without counting them all.

    `keep` holds the query parameters the page links must carry (the search words).
    `rows_for(ids)` reads the page's rows once their ids are known; without it they are read
    through `results` again, which repeats whatever filtering found them (for a search, the
    whole full-text match), so callers with costly filters should pass it.
    """
    per_page = per_page or settings.POSTS_PER_PAGE
    raw = request.GET.get("page") or "1"
    if not _PAGE_NUMBER.match(raw):
        raise Http404("There is no such page.")
    number = int(raw)
    start = (number - 1) * per_page
    # Two steps: rank the matches carrying only their ids, then read the page's own rows.
    # Sorting thousands of whole rows (bodies and all) to keep ten took three times longer.
    ids = list(results.values_list("pk", flat=True)[start : start + per_page + 1])
    read = rows_for or (lambda page_ids: results.filter(pk__in=page_ids))
    found = {row.pk: row for row in read(ids)} if ids else {}
    rows = [found[pk] for pk in ids if pk in found]
    if number > 1 and not rows:
        raise Http404("There is no such page.")
    page = ListPage(rows[:per_page], previous_label="Previous results", next_label="More results")
    page.shown_so_far = start + len(page.items)
    if number > 1:
        page.previous_url = _url({**keep, **({"page": str(number - 1)} if number > 2 else {})})
    if len(rows) > per_page:
        page.next_url = _url({**keep, "page": str(number + 1)})
    return page


def follows_page_redirects(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Turn a Redirect raised while paging into a redirect response from `view`."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except Redirect as redirect:
            query = "" if redirect.url == "." else redirect.url
            return HttpResponseRedirect(request.path + query)

    return wrapped
