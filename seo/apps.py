from django.apps import AppConfig


class SeoConfig(AppConfig):
    """Sharing and indexing: meta tags, schema.org data, sitemap.xml and robots.txt."""

    name = "seo"
    verbose_name = "SEO"
