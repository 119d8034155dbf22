from django.apps import AppConfig


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = "Blog"

    def ready(self) -> None:
        # Tell accounts about posts and comments (export, trust, hourly limits, deletion).
        from blog import member_data

        member_data.register()
        # Put posts and comments under moderation (moderation never imports the blog).
        from blog.submission import register_with_moderation

        register_with_moderation()
        # Keep cached pages true: listen for every change a visitor could see.
        from blog import caching

        caching.connect_signals()
