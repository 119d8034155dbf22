"""Members write, preview, save, submit, edit and delete their own posts; nothing is lost."""

import pytest
from django.urls import reverse

from blog.models import Post, Status, Tag
from tests.blog.factories import make_post

GOOD_POST = {
    "title": "What supervision gave me this year",
    "body": "Supervision helped me think about *how* I listen.\n\nMore soon.",
    "excerpt": "",
    "content_warning": "",
    "tags_text": "Supervision, reflective practice",
}


def compose(client, data=None, action="save", url=None):
    return client.post(
        url or reverse("blog:post_create"), {**GOOD_POST, **(data or {}), "action": action}
    )


def test_an_anonymous_visitor_is_asked_to_log_in_before_writing(client, db):
    response = client.get(reverse("blog:post_create"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_saving_a_draft_keeps_it_private(client_for, practitioner, client):
    response = compose(client_for(practitioner))
    post = Post.objects.get()
    assert response.status_code == 302
    assert post.status == Status.DRAFT
    assert post.author == practitioner
    assert sorted(tag.name for tag in post.tags.all()) == ["Supervision", "reflective practice"]
    client.logout()
    assert client.get(post.get_absolute_url()).status_code == 404


def test_preview_renders_the_markdown_without_saving(client_for, practitioner):
    response = compose(client_for(practitioner), action="preview")
    assert response.status_code == 200
    assert b"<em>how</em>" in response.content
    assert not Post.objects.exists()


def test_submitting_sends_the_post_on_its_way(client_for, practitioner):
    response = compose(client_for(practitioner), action="submit")
    post = Post.objects.get()
    assert response.status_code == 302
    assert post.status in {Status.PUBLISHED, Status.PENDING}


def test_the_slug_stays_the_same_when_the_title_changes(client_for, practitioner):
    client = client_for(practitioner)
    compose(client)
    post = Post.objects.get()
    compose(
        client, {"title": "A completely new title"}, url=reverse("blog:post_edit", args=[post.slug])
    )
    post.refresh_from_db()
    assert post.title == "A completely new title"
    assert post.slug == "what-supervision-gave-me-this-year"


def test_two_posts_with_the_same_title_get_different_slugs(client_for, practitioner):
    client = client_for(practitioner)
    compose(client)
    compose(client)
    assert sorted(Post.objects.values_list("slug", flat=True)) == [
        "what-supervision-gave-me-this-year",
        "what-supervision-gave-me-this-year-2",
    ]


def test_a_title_with_no_letters_still_gets_a_working_address(client_for, practitioner):
    compose(client_for(practitioner), {"title": "🙂🙂"})
    assert Post.objects.get().slug == "post"


def test_tags_are_unique_whatever_their_case(client_for, practitioner):
    client = client_for(practitioner)
    compose(client, {"tags_text": "Recovery"})
    compose(client, {"tags_text": "recovery, RECOVERY"})
    assert Tag.objects.filter(name__iexact="recovery").count() == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "x" * 201, b"at most 200 characters"),
        ("title", "   ", b"Please give your post a title"),
        ("body", "", b"Your post is empty"),
        ("body", "   \n  ", b"Your post is empty"),
        ("body", "x" * 50_001, b"the most is 50,000"),
        ("title", "Evil \u202egnp.exe", b"hidden formatting character (such as a text-direction"),
        ("body", "Bell \x07 here", b"hidden control character"),
        ("tags_text", "ok, <script>", b"can"),
        ("tags_text", "x" * 41, b"too long for a tag"),
        ("tags_text", ",".join(f"tag{n}" for n in range(9)), b"at most 8 tags"),
    ],
)
def test_bad_input_gets_a_clear_message_and_saves_nothing(
    client_for, practitioner, field, value, message
):
    response = compose(client_for(practitioner), {field: value}, action="submit")
    assert response.status_code == 200
    assert message in response.content
    assert b"Nothing has been lost" in response.content
    assert not Post.objects.exists()
    assert not Tag.objects.exists()


def test_what_was_typed_is_shown_again_after_an_error(client_for, practitioner):
    response = compose(client_for(practitioner), {"title": ""}, action="submit")
    assert b"Supervision helped me think" in response.content


def test_emoji_and_other_scripts_are_welcome(client_for, practitioner):
    compose(client_for(practitioner), {"title": "Hope 🌱 and علاج and 治療"}, action="save")
    assert Post.objects.get().title == "Hope 🌱 and علاج and 治療"


def test_someone_else_cannot_edit_or_delete_my_post(client_for, practitioner, psychologist):
    post = make_post(practitioner)
    client = client_for(psychologist)
    assert client.get(reverse("blog:post_edit", args=[post.slug])).status_code == 403
    assert client.post(reverse("blog:post_delete", args=[post.slug])).status_code == 403
    assert Post.objects.filter(pk=post.pk).exists()


def test_someone_elses_draft_is_not_found_rather_than_forbidden(
    client_for, practitioner, psychologist
):
    draft = make_post(practitioner, status=Status.DRAFT)
    client = client_for(psychologist)
    assert client.get(reverse("blog:post_edit", args=[draft.slug])).status_code == 404


def test_an_author_deletes_their_post_after_confirming(client_for, practitioner):
    post = make_post(practitioner)
    client = client_for(practitioner)
    confirm = client.get(reverse("blog:post_delete", args=[post.slug]))
    assert b"can't be undone" in confirm.content
    client.post(reverse("blog:post_delete", args=[post.slug]))
    assert not Post.objects.filter(pk=post.pk).exists()


def test_a_rejected_post_cannot_be_edited(client_for, practitioner):
    post = make_post(practitioner, status=Status.REJECTED)
    response = client_for(practitioner).get(reverse("blog:post_edit", args=[post.slug]))
    assert response.status_code == 302


def test_my_posts_lists_every_state(client_for, practitioner):
    make_post(practitioner, "Draft one", status=Status.DRAFT)
    make_post(practitioner, "Live one")
    content = client_for(practitioner).get(reverse("blog:my_posts")).content.decode()
    assert "Draft one" in content and "Live one" in content


def test_forms_carry_a_csrf_token(client_for, practitioner):
    content = client_for(practitioner).get(reverse("blog:post_create")).content.decode()
    assert "csrfmiddlewaretoken" in content


def test_the_compose_page_shows_a_nurse_tips_from_the_nmc_first(client_for, practitioner):
    from guidance.tips import tips_for

    expected = tips_for(practitioner.capacity, practitioner.profession, limit=3)
    content = client_for(practitioner).get(reverse("blog:post_create")).content.decode()
    assert expected, "the guidance content should offer a nurse some tips"
    assert expected[0].title in content
    assert reverse("guidance:house_rules") in content
