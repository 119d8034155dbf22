from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("settings/", views.profile_settings, name="settings"),
    path("terms/", views.terms, name="terms"),
    path("terms/accept/", views.accept_terms, name="accept_terms"),
    path("your-data/", views.your_data, name="your_data"),
    path("your-data/download/", views.export, name="export"),
    path("your-data/delete/", views.delete, name="delete"),
    path("deleted/", views.deleted, name="deleted"),
]
