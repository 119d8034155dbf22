"""The site's URLs plus one page guarded like a moderation page, for testing the guard."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from accounts.decorators import moderator_required


@moderator_required
def guarded_queue(request: HttpRequest) -> HttpResponse:
    return HttpResponse("The moderation queue")


urlpatterns = [
    path("guarded-moderation/", guarded_queue, name="guarded_moderation"),
    path("", include("config.urls")),
]
