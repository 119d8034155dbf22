"""The site's address book."""

from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from blog.caching import cache_for_visitors
from blog.sitemaps import SITEMAPS
from blog.views import robots_txt
from guidance import views as guidance_views

urlpatterns = [
    path("", include("blog.urls")),
    path("guidance/", include("guidance.urls")),
    path("moderation/", include("moderation.urls")),
    path("contributing/", include("moderation.member_urls")),
    path("help/", guidance_views.crisis, name="crisis"),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    # An index of sections, each paged at 5,000 addresses, so every post is listed however
    # many there are (search engines read at most 50,000 addresses from one file).
    path(
        "sitemap.xml",
        cache_for_visitors("sitemap", params=())(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        cache_for_visitors("sitemap_section", params=("p",))(sitemap_views.sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
]
