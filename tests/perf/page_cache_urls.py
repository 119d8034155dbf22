"""A URLconf for the page-cache tests: a page that would carry a CSRF token."""

from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.urls import path

from blog.caching import cache_for_visitors

RENDERED: list[str] = []


@cache_for_visitors("with-form")
def with_form(request: HttpRequest) -> HttpResponse:
    token = get_token(request)
    RENDERED.append(token)
    return HttpResponse(f'<form method="post"><input name="csrfmiddlewaretoken" value="{token}">')


urlpatterns = [path("with-form/", with_form)]
