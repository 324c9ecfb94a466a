"""Periodic work on ideas: unconfirmed ones are deleted after a few days.

A plain function for its management command (cron) and a django-tasks task::

    20 4 * * *    manage.py purge_unconfirmed_ideas
"""

from django_tasks import task

from . import moderation


def purge(*, now=None, days=None) -> int:
    return moderation.purge_unconfirmed(now=now, days=days)


@task()
def purge_unconfirmed_ideas() -> int:
    return purge()
