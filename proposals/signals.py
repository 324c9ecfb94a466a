"""The sender of a proposal hears of each review decision (``models.review_done``)."""

from django.dispatch import receiver

from . import moderation
from .models import review_done


@receiver(review_done)
def tell_the_proposer(sender, page, action, comment, notify, **kwargs):
    if action == "published":
        moderation.published(page, notify=notify)
    elif action == "reject":
        moderation.changes_requested(page, message=comment, notify=notify)
    elif action == "decline":
        moderation.declined(page, reason=comment, notify=notify)
