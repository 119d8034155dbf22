"""RSS and Atom feeds for the whole site and for each tag."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from blog.models import Post, Tag

FEED_LENGTH = 20


class LatestPostsFeed(Feed):
    feed_type = Rss201rev2Feed
    title = "Common Room: latest posts"
    description = "Reflective writing from people using and working in UK mental health services."

    def link(self) -> str:
        return reverse("blog:home")

    def items(self) -> list[Post]:
        return list(Post.objects.published().for_cards().newest_first()[:FEED_LENGTH])

    def item_title(self, item: Post) -> str:
        return item.title

    def item_description(self, item: Post) -> str:
        if item.content_warning:
            return f"Content warning: {item.content_warning}. {item.summary}"
        return item.summary

    def item_author_name(self, item: Post) -> str:
        return f"{item.author.display_name} ({item.author.capacity_label})"

    def item_pubdate(self, item: Post):
        return item.published_at

    def item_updateddate(self, item: Post):
        return item.updated_at

    def item_categories(self, item: Post) -> list[str]:
        return [tag.name for tag in item.tags.all()]


class LatestPostsAtomFeed(LatestPostsFeed):
    feed_type = Atom1Feed
    subtitle = LatestPostsFeed.description


class TagPostsFeed(LatestPostsFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Tag:
        return get_object_or_404(Tag, slug=slug)

    def title(self, tag: Tag) -> str:
        return f"Common Room: posts tagged “{tag.name}”"

    def link(self, tag: Tag) -> str:
        return tag.get_absolute_url()

    def description(self, tag: Tag) -> str:
        return f"The latest published posts tagged {tag.name}."

    def items(self, tag: Tag) -> list[Post]:
        return list(tag.posts.published().for_cards().newest_first()[:FEED_LENGTH])


class TagPostsAtomFeed(TagPostsFeed):
    feed_type = Atom1Feed

    def subtitle(self, tag: Tag) -> str:
        return self.description(tag)
