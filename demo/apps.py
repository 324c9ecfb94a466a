from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo-content loader and its ``load_demo_content`` command; no models."""

    name = "demo"
    verbose_name = "Demo content"
