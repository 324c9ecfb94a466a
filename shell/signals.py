"""What makes the page shell's cache stale: a new generation (``common/cache.py``) when an
editor publishes, unpublishes, moves, deletes or copies (live) a page, or saves a menu, a
snippet, a setting, a site, a locale or a page's view restriction."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from common.cache import invalidate

# Saving one of these (or a snippet) changes what the shell or a cached page shows (an
# image or a document replaced changes the address of its file).
SETTINGS = (BaseGenericSetting, BaseSiteSetting)
WATCHED = (Site, Locale, PageViewRestriction, get_image_model(), get_document_model(), *SETTINGS)

page_published.connect(invalidate, dispatch_uid="shell_page_published")
page_unpublished.connect(invalidate, dispatch_uid="shell_page_unpublished")
post_page_move.connect(invalidate, dispatch_uid="shell_page_moved")


def shows_in_shell(model):
    return issubclass(model, WATCHED) or model in get_snippet_models()


@receiver(post_save, dispatch_uid="shell_model_saved")
def model_saved(sender, instance, created=False, **kwargs):
    # A page's own saves (drafts, revisions) change nothing live: publishing does, or a page
    # created live (a copy kept live). A setting created by its first ``load()`` holds the
    # defaults the shell already showed.
    if issubclass(sender, Page):
        if created and instance.live:
            invalidate()
    elif shows_in_shell(sender) and not (created and issubclass(sender, SETTINGS)):
        invalidate()


@receiver(post_delete, dispatch_uid="shell_model_deleted")
def model_deleted(sender, **kwargs):
    if issubclass(sender, Page) or shows_in_shell(sender):
        invalidate()
