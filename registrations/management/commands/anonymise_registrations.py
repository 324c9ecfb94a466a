from django.conf import settings
from django.core.management.base import BaseCommand

from registrations import jobs


class Command(BaseCommand):
    help = (
        "Erase the personal data of registrations whose session ended more than "
        "REGISTRATION_RETENTION_MONTHS ago, keeping statuses for the counts. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help=f"Retention in months (default {settings.REGISTRATION_RETENTION_MONTHS}).",
        )

    def handle(self, *args, months=None, **options):
        count = jobs.anonymise(months=months)
        self.stdout.write(f"{count} registration(s) anonymised.")
