"""The site's address book."""

from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
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
    path(
        "sitemap.xml",
        cache_for_visitors("sitemap", params=("p",))(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
]
