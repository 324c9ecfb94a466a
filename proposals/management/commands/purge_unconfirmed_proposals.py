from django.conf import settings
from django.core.management.base import BaseCommand

from proposals import jobs


class Command(BaseCommand):
    help = (
        "Delete the event proposals whose sender never confirmed their address within "
        "SUBMISSION_UNCONFIRMED_DAYS, with their image. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"Days an unconfirmed proposal is kept (default {settings.SUBMISSION_UNCONFIRMED_DAYS}).",
        )

    def handle(self, *args, days=None, **options):
        count = jobs.purge(days=days)
        self.stdout.write(f"{count} unconfirmed proposal(s) deleted.")
