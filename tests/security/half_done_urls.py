"""A URL configuration with views that write and then fail, for the all-or-nothing tests."""

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import include, path

from blog.models import Tag


def write_then_not_found(request: HttpRequest) -> HttpResponse:
    Tag.objects.create(name="half written", slug="half-written")
    raise Http404("gone")


def write_then_succeed(request: HttpRequest) -> HttpResponse:
    Tag.objects.create(name="fully written", slug="fully-written")
    return HttpResponse("ok")


def not_found_page_that_reads_the_database(
    request: HttpRequest, exception: Exception
) -> HttpResponse:
    # Like the site's own error pages, which read the session and the navigation.
    return HttpResponse(f"not found; {Tag.objects.count()} tags", status=404)


handler404 = not_found_page_that_reads_the_database

urlpatterns = [
    path("write-then-404/", write_then_not_found),
    path("write-then-ok/", write_then_succeed),
    path("", include("config.urls")),
]
