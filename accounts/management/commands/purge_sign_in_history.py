from django.core.management.base import BaseCommand

from accounts.retention import purge


class Command(BaseCommand):
    help = (
        "Supprime les entrées de l'historique des connexions plus anciennes que "
        "SIGNIN_HISTORY_RETENTION_MONTHS, et les sessions suivies qui n'existent plus."
    )

    def handle(self, *args, **options):
        events, tracked = purge()
        if options["verbosity"]:
            self.stdout.write(f"{events} history entries and {tracked} ended sessions removed.")
