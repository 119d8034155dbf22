"""Signed-in members comment on published posts, with one level of replies."""

from django.urls import reverse

from blog.models import Comment, Status
from tests.blog.factories import make_comment, make_post


def comment_url(post):
    return reverse("blog:comment_create", args=[post.slug])


def test_a_visitor_who_is_not_signed_in_cannot_comment(client, practitioner):
    post = make_post(practitioner)
    response = client.post(comment_url(post), {"body": "Anonymous words"})
    assert response.status_code == 302
    assert not Comment.objects.exists()
    assert b"nobody comments anonymously" in client.get(post.get_absolute_url()).content


def test_a_member_comments_on_a_published_post(client_for, practitioner, lived_experience):
    post = make_post(practitioner)
    response = client_for(lived_experience).post(comment_url(post), {"body": "This helped me."})
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert comment.author == lived_experience
    assert comment.status in {Status.PUBLISHED, Status.PENDING}


def test_a_reply_goes_under_its_comment(client_for, practitioner, lived_experience, carer):
    post = make_post(practitioner)
    first = make_comment(post, lived_experience)
    client_for(carer).post(comment_url(post), {"body": "Same here.", "parent": first.pk})
    reply = Comment.objects.exclude(pk=first.pk).get()
    assert reply.parent == first


def test_a_reply_to_a_reply_is_refused_with_a_message(
    client_for, practitioner, lived_experience, carer
):
    post = make_post(practitioner)
    first = make_comment(post, lived_experience)
    reply = make_comment(post, carer, parent=first)
    response = client_for(practitioner).post(
        comment_url(post), {"body": "Deeper", "parent": reply.pk}
    )
    assert response.status_code == 400
    assert b"no longer there" in response.content
    assert b"Deeper" in response.content
    assert Comment.objects.count() == 2


def test_an_empty_comment_is_refused_and_nothing_saved(client_for, practitioner, carer):
    post = make_post(practitioner)
    response = client_for(carer).post(comment_url(post), {"body": "   "})
    assert response.status_code == 400
    assert b"Your comment is empty" in response.content
    assert not Comment.objects.exists()


def test_comments_on_an_unpublished_post_are_not_possible(client_for, practitioner, carer):
    draft = make_post(practitioner, status=Status.DRAFT)
    response = client_for(carer).post(comment_url(draft), {"body": "Hello"})
    assert response.status_code == 404


def test_a_pending_comment_is_seen_only_by_its_author(
    client, client_for, practitioner, lived_experience
):
    post = make_post(practitioner)
    make_comment(post, lived_experience, "Still waiting", status=Status.PENDING)
    assert b"Still waiting" not in client.get(post.get_absolute_url()).content
    assert b"Still waiting" in client_for(lived_experience).get(post.get_absolute_url()).content


def test_a_member_deletes_their_own_comment_but_not_anothers(
    client_for, practitioner, lived_experience, carer
):
    post = make_post(practitioner)
    mine = make_comment(post, lived_experience)
    theirs = make_comment(post, carer)
    client = client_for(lived_experience)
    assert client.post(reverse("blog:comment_delete", args=[theirs.pk])).status_code == 403
    client.post(reverse("blog:comment_delete", args=[mine.pk]))
    assert list(Comment.objects.all()) == [theirs]
