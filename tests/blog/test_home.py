from tests.blog.factories import make_post

def test_home_lists_published_posts(client, practitioner):
    make_post(practitioner, "Night shift thoughts")
    r = client.get("/")
    assert r.status_code == 200
    assert b"Night shift thoughts" in r.content
