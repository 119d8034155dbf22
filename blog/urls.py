from django.urls import path

from blog import feeds, views
from blog.caching import cache_for_visitors

# Feeds are read by machines every few minutes, all alike: served from the page cache.
feed = cache_for_visitors("feed")

app_name = "blog"

urlpatterns = [
    path("", views.home, name="home"),
    path("posts/<slug:slug>/", views.post_detail, name="post"),
    path("posts/<slug:slug>/comments/", views.comment_create, name="comment_create"),
    path("comments/<int:pk>/delete/", views.comment_delete, name="comment_delete"),
    path("tags/", views.tag_index, name="tag_index"),
    path("tags/<slug:slug>/", views.tag_detail, name="tag"),
    path("tags/<slug:slug>/feed/rss/", feed(feeds.TagPostsFeed()), name="tag_feed_rss"),
    path("tags/<slug:slug>/feed/atom/", feed(feeds.TagPostsAtomFeed()), name="tag_feed_atom"),
    path("authors/<slug:handle>/", views.author_detail, name="author"),
    path("search/", views.search, name="search"),
    path("feeds/rss/", feed(feeds.LatestPostsFeed()), name="feed_rss"),
    path("feeds/atom/", feed(feeds.LatestPostsAtomFeed()), name="feed_atom"),
    path("write/", views.my_posts, name="my_posts"),
    path("write/new/", views.post_create, name="post_create"),
    path("write/<slug:slug>/edit/", views.post_edit, name="post_edit"),
    path("write/<slug:slug>/delete/", views.post_delete, name="post_delete"),
]
