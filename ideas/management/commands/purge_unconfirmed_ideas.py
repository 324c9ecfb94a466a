from django.conf import settings
from django.core.management.base import BaseCommand

from ideas import jobs


class Command(BaseCommand):
    help = (
        "Delete the ideas whose author never confirmed their address within "
        "SUBMISSION_UNCONFIRMED_DAYS. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Days an unconfirmed idea is kept (default {settings.SUBMISSION_UNCONFIRMED_DAYS}).",
        )

    def handle(self, *args, days=None, **options):
        count = jobs.purge(days=days)
        self.stdout.write(f"{count} unconfirmed idea(s) deleted.")
