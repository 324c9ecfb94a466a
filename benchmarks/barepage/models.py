from wagtail.models import Page


class BarePage(Page):
    """What Wagtail alone costs: routing, the page, a template with its title."""

    template = "barepage/bare_page.html"
    # Created by the benchmark's code only, never from the admin.
    parent_page_types = []
    subpage_types = []
