"""Which addresses `make bench` requests for each kind of page, chosen from the database.

Run with the benchmark's environment (DATABASE_URL and so on); prints JSON: page kind to a
list of paths. The heaviest realistic pages are chosen: the most used tags, the most prolific
authors, posts with 50 to 80 comments, and searches for words that match many posts.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

PER_KIND = 20
SEARCHES = [
    "supervision",
    "night shifts",
    "handover",
    "carers",
    "ward round",
    "burnout",
    "discharge planning",
    "peer support",
    "crisis team",
    "medication side effects",
    "recovery college",
    "restraint",
    "young people",
    "dementia",
    "video appointments",
    "housing",
    "safety plan",
    "students",
    "trauma-informed",
    "caseload",
]


def choose() -> dict[str, list[str]]:
    """Paths for each page kind in the benchmark."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count, Q
    from django.urls import reverse

    from blog.models import Comment, Post, Status, Tag

    published = Q(posts__status=Status.PUBLISHED)
    tags = list(
        Tag.objects.annotate(uses=Count("posts", filter=published)).order_by("-uses")[:PER_KIND]
    )
    authors = list(
        get_user_model()
        .objects.filter(is_active=True)
        .annotate(written=Count("posts", filter=published))
        .order_by("-written")[:PER_KIND]
    )
    busy = (
        Comment.objects.published()
        .values("post")
        .annotate(shown=Count("id"))
        .filter(shown__gte=50, shown__lte=80, post__status=Status.PUBLISHED)
        .order_by("post")[:PER_KIND]
    )
    posts = list(Post.objects.filter(pk__in=[row["post"] for row in busy]))
    if not posts:
        sys.exit("No published post with 50 to 80 comments: run seed_load first.")
    return {
        "home": [reverse("blog:home")],
        "tag": [tag.get_absolute_url() for tag in tags],
        "post": [post.get_absolute_url() for post in posts],
        "author": [author.get_absolute_url() for author in authors],
        "search": [f"{reverse('blog:search')}?q={words.replace(' ', '+')}" for words in SEARCHES],
        "feed": [reverse("blog:feed_atom"), reverse("blog:feed_rss")]
        + [reverse("blog:tag_feed_atom", args=[tag.slug]) for tag in tags[:8]],
    }


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    print(json.dumps(choose()))


if __name__ == "__main__":
    main()
