"""Addresses under /guidance/. The crisis page lives at /help/ (named ``crisis``)."""

from django.urls import path

from guidance import views

app_name = "guidance"

# Fixed pages come before the per-body pattern so that no body slug can shadow them.
urlpatterns = [
    path("", views.index, name="index"),
    path("house-rules/", views.house_rules, name="house_rules"),
    path("house-rules/easy-read/", views.easy_read, name="easy_read"),
    path("tips/", views.tips, name="tips"),
    path("concerns/", views.concern_index, name="concern_index"),
    path("concerns/<slug:slug>/", views.concern_detail, name="concern"),
    path("principles/<slug:slug>/", views.principle_detail, name="principle"),
    path("<slug:slug>/", views.body_detail, name="body"),
]

#: First path segments the body pattern must never be given (checked by the tests).
RESERVED_SEGMENTS = frozenset({"house-rules", "tips", "concerns", "principles"})
