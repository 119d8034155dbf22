"""Thin views: fetch through the access helpers, change through model methods."""

from __future__ import annotations

import logging
import unicodedata

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, transaction
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from accounts.decorators import verified_email_required
from accounts.limits import check_hourly_limit
from blog.access import (
    get_comment_for_editing,
    get_post_for_editing,
    get_post_for_reading,
    get_published_post_for_commenting,
)
from blog.caching import cache_for_visitors, content_generation, page_cache_seconds
from blog.forms import CommentForm, PostForm
from blog.idempotency import AlreadySubmitted, refusing_copies, show_earlier, token_to_store
from blog.models import Comment, Post, Status, Tag, search_result_limit
from blog.pagination import follows_page_redirects, newest_first_page, numbered_page
from blog.rendering import render_markdown
from blog.submission import (
    check_post_draft,
    submit_comment,
    submit_post,
    withdraw_post,
)

MAX_SEARCH_LENGTH = 200
# Shown, with the form still filled in, when the database fails while saving.
SAVE_FAILED = "We couldn't save that just now; nothing was saved. Please try again."

logger = logging.getLogger(__name__)


# The query parameters list pages depend on (blog/pagination.py); the page cache keys on them.
LIST_PARAMS = ("before", "after", "page")


@require_GET
@cache_for_visitors("home", params=LIST_PARAMS)
@follows_page_redirects
def home(request: HttpRequest) -> HttpResponse:
    posts = Post.objects.published().for_cards()
    return render(request, "blog/home.html", {"page": newest_first_page(request, posts)})


@require_GET
@cache_for_visitors("post", per_post=True)
def post_detail(request: HttpRequest, slug: str) -> HttpResponse:
    post = get_post_for_reading(request, slug)
    visible_comments = Comment.objects.visible_to(request.user).select_related("author")
    threads = (
        visible_comments.filter(post=post, parent__isnull=True)
        .prefetch_related(Prefetch("replies", queryset=visible_comments, to_attr="visible_replies"))
        .order_by("created_at", "id")
    )
    return render(
        request,
        "blog/post_detail.html",
        {
            "post": post,
            "tags": list(post.tags.all()),
            "threads": threads,
            "comment_form": CommentForm(),
            "can_edit": post.can_be_edited_by(request.user),
        },
    )


@require_GET
@cache_for_visitors("tag_index")
def tag_index(request: HttpRequest) -> HttpResponse:
    # Counting 2,000 tags over 100,000 posts is the slowest query on the site, so the list
    # is a cached fragment (for members too) until any post or tag changes.
    context = {
        "tags": Tag.objects.with_published_counts(),
        "content_generation": content_generation(),
        "fragment_seconds": page_cache_seconds(),
    }
    return render(request, "blog/tag_index.html", context)


@require_GET
@cache_for_visitors("tag", params=LIST_PARAMS)
@follows_page_redirects
def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    tag = get_object_or_404(Tag, slug=slug)
    posts = tag.posts.published().for_cards()
    page = newest_first_page(request, posts)
    return render(request, "blog/tag_detail.html", {"tag": tag, "page": page})


@require_GET
@cache_for_visitors("author", params=LIST_PARAMS)
@follows_page_redirects
def author_detail(request: HttpRequest, handle: str) -> HttpResponse:
    author = get_object_or_404(get_user_model(), handle=handle, is_active=True)
    posts = author.posts.published().for_cards()
    page = newest_first_page(request, posts)
    return render(request, "blog/author_detail.html", {"author": author, "page": page})


@require_GET
@cache_for_visitors("search", params=("q", "page"))
def search(request: HttpRequest) -> HttpResponse:
    # Control characters are never part of a search anyone means; NUL in particular makes
    # PostgreSQL refuse the query outright. They count as spaces.
    typed = "".join(
        " " if unicodedata.category(char) == "Cc" else char for char in request.GET.get("q", "")
    )
    query = " ".join(typed.split())[:MAX_SEARCH_LENGTH]
    page = None
    if query:
        results = Post.objects.published().search(query).for_cards()
        page = numbered_page(
            request,
            results,
            keep={"q": query},
            # The ids came from the published search; read those rows without searching again.
            rows_for=lambda ids: Post.objects.for_cards().filter(pk__in=ids),
        )
    limit = search_result_limit()
    # On the last page of a search that hit the limit, older matches exist that no page shows.
    reached_limit = bool(page and limit and not page.next_url and page.shown_so_far >= limit)
    return render(
        request,
        "blog/search.html",
        {"query": query, "page": page, "reached_limit": reached_limit, "limit": limit},
    )


@login_required
@require_GET
def my_posts(request: HttpRequest) -> HttpResponse:
    posts = request.user.posts.prefetch_related("tags").order_by("-updated_at")
    return render(request, "blog/my_posts.html", {"posts": posts})


@verified_email_required
def post_create(request: HttpRequest) -> HttpResponse:
    return _compose(request, PostForm(request.POST or None), post=None)


@verified_email_required
def post_edit(request: HttpRequest, slug: str) -> HttpResponse:
    post = get_post_for_editing(request, slug)
    if not post.is_editable:
        messages.info(
            request, f"This post is {post.get_status_display().lower()} and can't be changed."
        )
        return redirect(post)
    return _compose(request, PostForm(request.POST or None, instance=post), post=post)


def _compose(request: HttpRequest, form: PostForm, post: Post | None) -> HttpResponse:
    """Shared by new and edit: save a draft, preview, or submit."""
    action = request.POST.get("action", "save")
    context = {"form": form, "post": post, "preview_html": None, "draft_feedback": None}
    if request.method != "POST" or not form.is_valid():
        if request.method == "POST":
            messages.error(request, "Please check the highlighted fields. Nothing has been lost.")
        elif post is not None and post.status == Status.RETURNED:
            # Show what to change, found afresh in the words as they are now.
            context["draft_feedback"] = check_post_draft(post.title, post.body)
        return render(request, "blog/compose.html", context)
    if action == "preview":
        context["preview_html"] = render_markdown(form.cleaned_data["body"])
        return render(request, "blog/compose.html", context)
    if action == "check":
        data = form.cleaned_data
        context["draft_feedback"] = check_post_draft(data["title"], data["body"])
        return render(request, "blog/compose.html", context)
    if post is None:
        allowance = check_hourly_limit(request.user, "posts")
        if allowance.reached:
            form.add_error(None, allowance.message)
            return render(request, "blog/compose.html", context, status=429)
    token = form.cleaned_data.get("submission_token") if post is None else None
    try:
        if post is None:
            token = token_to_store(Post, request.user, token, form.cleaned_data["body"])
            form.instance.submission_token = token
        with refusing_copies(Post, request.user, token), transaction.atomic():
            saved = form.save_with_tags(request.user)
            if saved.status == Status.PUBLISHED:
                action = "submit"  # published words change only by being checked again
            if action == "submit":
                outcome = submit_post(saved)
            elif saved.status == Status.PENDING:
                withdraw_post(saved)  # a moderator must never approve words they haven't read
    except AlreadySubmitted as sent:
        return show_earlier(request, sent.earlier)
    except DatabaseError:
        # Rolled back whole; the person keeps their words and can simply try again.
        logger.exception("Saving a post failed")
        messages.error(request, SAVE_FAILED)
        return render(request, "blog/compose.html", context, status=503)
    if action != "submit":
        messages.success(request, "Draft saved. Only you can see it.")
        return redirect("blog:post_edit", slug=saved.slug)
    if outcome.returned:
        messages.warning(request, outcome.message)
        return redirect("blog:post_edit", slug=saved.slug)
    messages.success(request, outcome.message)
    return redirect(saved)


@login_required
def post_delete(request: HttpRequest, slug: str) -> HttpResponse:
    post = get_post_for_editing(request, slug)
    if request.method == "POST":
        title = post.title
        post.delete()
        messages.success(request, f"“{title}” has been deleted.")
        return redirect("blog:my_posts")
    return render(request, "blog/post_confirm_delete.html", {"post": post})


@verified_email_required
@require_POST
def comment_create(request: HttpRequest, slug: str) -> HttpResponse:
    post = get_published_post_for_commenting(request, slug)
    revising = _returned_comment_being_revised(request, post)
    form = CommentForm(request.POST, instance=revising)
    parent = revising.parent if revising else None
    if revising is None and form.is_valid() and form.cleaned_data.get("parent"):
        parent = (
            Comment.objects.published()
            .filter(pk=form.cleaned_data["parent"], post=post, parent__isnull=True)
            .first()
        )
        if parent is None:
            form.add_error(None, "The comment you replied to is no longer there.")
    status = 400
    if form.is_valid():
        allowance = check_hourly_limit(request.user, "comments")
        if allowance.reached:
            form.add_error(None, allowance.message)
            status = 429
    if not form.is_valid():
        return render(
            request,
            "blog/comment_form_page.html",
            {"post": post, "comment_form": form},
            status=status,
        )
    token = form.cleaned_data.get("submission_token") if revising is None else None
    try:
        token = token_to_store(Comment, request.user, token, form.cleaned_data["body"])
        with refusing_copies(Comment, request.user, token), transaction.atomic():
            comment = form.save(commit=False)
            if revising is None:
                comment.post, comment.author, comment.parent = post, request.user, parent
                comment.submission_token = token
            comment.save()
            outcome = submit_comment(comment)
    except AlreadySubmitted as sent:
        return show_earlier(request, sent.earlier)
    except DatabaseError:
        logger.exception("Saving a comment failed")
        form.add_error(None, SAVE_FAILED)
        return render(
            request, "blog/comment_form_page.html", {"post": post, "comment_form": form}, status=503
        )
    if outcome.returned:
        # Nothing is public; the words stay in the form with what to change marked.
        return render(
            request,
            "blog/comment_form_page.html",
            {"post": post, "comment_form": form, "revises": comment, "outcome": outcome},
        )
    messages.success(request, outcome.message)
    return redirect(comment)


def _returned_comment_being_revised(request: HttpRequest, post: Post) -> Comment | None:
    """The author's own returned comment on this post that the form sends again, if any."""
    revises = request.POST.get("revises", "")
    if not revises.isdigit():
        return None
    comment = get_comment_for_editing(request, int(revises))
    if comment.post_id != post.pk or comment.status != Status.RETURNED:
        raise Http404("That comment can't be sent again.")
    return comment


@login_required
def comment_delete(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_comment_for_editing(request, pk)
    if request.method == "POST":
        post = comment.post
        comment.delete()
        messages.success(request, "Your comment has been deleted.")
        return redirect(post)
    return render(request, "blog/comment_confirm_delete.html", {"comment": comment})


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /accounts/",
        "Disallow: /write/",
        "Disallow: /admin/",
        "Disallow: /moderation/",
        "Disallow: /contributing/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
