import datetime

from django.core.management.base import BaseCommand

from registrations import jobs


class Command(BaseCommand):
    help = (
        "Send again the stored emails that are still unsent (mail server down, worker "
        "stopped). Safe to run at any time: an email is never sent twice. Run it every 10 minutes."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than-minutes",
            type=int,
            default=5,
            help="Leave alone emails queued more recently (the worker is probably on them).",
        )

    def handle(self, *args, older_than_minutes=5, **options):
        sent = jobs.resend_unsent(older_than=datetime.timedelta(minutes=older_than_minutes))
        self.stdout.write(f"{sent} email(s) sent.")
