"""The moderators' workspace (namespace ``moderation``). Every page needs a moderator with
two-factor authentication; contributors' own pages are in ``moderation.member_urls``."""

from django.urls import path

from moderation import views

app_name = "moderation"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("cases/<int:case_id>/", views.review, name="review"),
    path("cases/<int:case_id>/decide/", views.decide, name="decide"),
    path("appeals/", views.appeals, name="appeals"),
    path("appeals/<int:appeal_id>/", views.appeal_detail, name="appeal"),
    path("audit/", views.audit_log, name="audit"),
    path("audit/export.csv", views.audit_csv, name="audit_csv"),
    path("dashboard/", views.dashboard, name="dashboard"),
]
