from django.urls import path

from blog import feeds, views

app_name = "blog"

urlpatterns = [
    path("", views.home, name="home"),
    path("posts/<slug:slug>/", views.post_detail, name="post"),
    path("posts/<slug:slug>/comments/", views.comment_create, name="comment_create"),
    path("comments/<int:pk>/delete/", views.comment_delete, name="comment_delete"),
    path("tags/", views.tag_index, name="tag_index"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag"),
    path("tags/<slug:slug>/feed/rss/", feeds.TagPostsFeed(), name="tag_feed_rss"),
    path("tags/<slug:slug>/feed/atom/", feeds.TagPostsAtomFeed(), name="tag_feed_atom"),
    path("authors/<slug:handle>/", views.author_detail, name="author"),
    path("search/", views.search, name="search"),
    path("feeds/rss/", feeds.LatestPostsFeed(), name="feed_rss"),
    path("feeds/atom/", feeds.LatestPostsAtomFeed(), name="feed_atom"),
    path("write/", views.my_posts, name="my_posts"),
    path("write/new/", views.post_create, name="post_create"),
    path("write/<slug:slug>/edit/", views.post_edit, name="post_edit"),
    path("write/<slug:slug>/delete/", views.post_delete, name="post_delete"),
]
