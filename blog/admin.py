from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from blog.models import Comment, Post, Tag


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "post_count"]
    search_fields = ["name", "slug"]
    readonly_fields = ["slug"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Tag]:
        return super().get_queryset(request).annotate(post_count=Count("posts"))

    @admin.display(ordering="post_count", description="posts")
    def post_count(self, tag: Tag) -> int:
        return tag.post_count


class CommentInline(admin.TabularInline):
    model = Comment
    fields = ["author", "status", "body", "created_at"]
    readonly_fields = ["created_at"]
    raw_id_fields = ["author", "parent"]
    extra = 0
    show_change_link = True


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = ["title", "author", "status", "published_at", "updated_at"]
    list_filter = ["status", "tags", "author__capacity"]
    search_fields = ["title", "body", "author__display_name", "author__email"]
    date_hierarchy = "created_at"
    raw_id_fields = ["author"]
    filter_horizontal = ["tags"]
    readonly_fields = ["slug", "created_at", "updated_at"]
    list_select_related = ["author"]
    inlines = [CommentInline]


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "author", "status", "created_at"]
    list_filter = ["status", "author__capacity"]
    search_fields = ["body", "author__display_name", "post__title"]
    raw_id_fields = ["post", "author", "parent"]
    readonly_fields = ["created_at", "updated_at"]
    list_select_related = ["author", "post"]
