"""The site's address book."""

from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView

from blog.sitemaps import SITEMAPS
from blog.views import robots_txt

urlpatterns = [
    path("", include("blog.urls")),
    path("help/", TemplateView.as_view(template_name="crisis.html"), name="crisis"),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
