"""Moderation pages for contributors: check a draft, report, appeal (namespace ``contributing``).

The moderators' own pages are in ``moderation.urls``.
"""

from django.urls import path

from moderation import member_views

app_name = "contributing"

urlpatterns = [
    path("check/", member_views.check_draft, name="check_draft"),
    path("report/<slug:kind>/<int:pk>/", member_views.report, name="report"),
    path("appeal/<int:case_id>/", member_views.appeal, name="appeal"),
]
