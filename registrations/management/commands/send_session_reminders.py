from django.conf import settings
from django.core.management.base import BaseCommand

from registrations import jobs


class Command(BaseCommand):
    help = (
        "Queue the reminder email for confirmed registrants of sessions starting soon, once "
        "each. Run it hourly from cron (or enqueue registrations.jobs.send_session_reminders)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hours-ahead",
            type=int,
            default=None,
            help=f"Window before the start (default REGISTRATION_REMINDER_HOURS={settings.REGISTRATION_REMINDER_HOURS}).",
        )

    def handle(self, *args, hours_ahead=None, **options):
        count = jobs.send_due_reminders(hours=hours_ahead)
        self.stdout.write(f"{count} reminder(s) queued.")
