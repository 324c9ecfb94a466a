"""Confirming, finding and purging submissions: plain functions on any concrete model."""

import datetime
import re

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import new_token

TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def prepare(submission):
    """Give a new, unsaved submission its confirmation secret."""
    submission.confirm_token = new_token()
    submission.confirmed_at = None
    return submission


def valid_shape(token):
    return bool(TOKEN_PATTERN.match(token or ""))


def unconfirmed(queryset, token, *, now=None):
    """The unconfirmed, unexpired submission of this confirmation token, or None."""
    if not valid_shape(token):
        return None
    return queryset.filter(
        confirm_token=token, confirmed_at__isnull=True, created_at__gte=expiry_limit(now)
    ).first()


def confirm(queryset, token, *, now=None):
    """Mark the submission of ``token`` confirmed, once; return it, or None.

    The conditional update makes a double click (or two mail scanners) confirm once only:
    the caller does what a confirmation starts only when it gets the submission back.
    """
    now = now or timezone.now()
    submission = unconfirmed(queryset, token, now=now)
    if submission is None:
        return None
    with transaction.atomic():
        claimed = queryset.filter(pk=submission.pk, confirmed_at__isnull=True).update(
            confirmed_at=now, confirm_token=None
        )
        if not claimed:
            return None
    submission.refresh_from_db()
    return submission


def by_edit_token(queryset, token):
    """The confirmed submission of this private edit link, or None."""
    if not valid_shape(token):
        return None
    return queryset.filter(edit_token=token, confirmed_at__isnull=False).first()


def expiry_limit(now=None, days=None):
    days = settings.SUBMISSION_UNCONFIRMED_DAYS if days is None else days
    return (now or timezone.now()) - datetime.timedelta(days=days)


def purge_unconfirmed(queryset, *, now=None, days=None):
    """Delete the submissions never confirmed within ``days``; return how many.

    Each is deleted through the model (``delete()``) so that it can take its files along.
    """
    expired = queryset.filter(confirmed_at__isnull=True, created_at__lt=expiry_limit(now, days))
    count = 0
    for submission in expired:
        submission.delete()
        count += 1
    return count
