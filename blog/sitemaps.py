"""sitemap.xml: published posts and the tags that have them."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef
from django.urls import reverse

from blog.models import Post, Tag


class PostSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return Post.objects.published().only("slug", "updated_at").order_by("-id")

    def lastmod(self, post: Post):
        return post.updated_at


class TagSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        # Whether a tag has a published post, not how many: far cheaper at 100,000 posts.
        has_published = Post.objects.published().filter(tags=OuterRef("pk"))
        return Tag.objects.filter(Exists(has_published)).order_by("name")


class PageSitemap(Sitemap):
    changefreq = "daily"

    def items(self) -> list[str]:
        return ["blog:home", "blog:tag_index", "crisis"]

    def location(self, name: str) -> str:
        return reverse(name)


SITEMAPS = {"posts": PostSitemap, "tags": TagSitemap, "pages": PageSitemap}
