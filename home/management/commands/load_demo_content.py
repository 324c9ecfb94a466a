from django.core.management.base import BaseCommand

from home.demo.loader import DemoLoader
from home.models import HomePage


class Command(BaseCommand):
    help = (
        "Charge le contenu de démonstration (programme, laboratoires, défis, pages légales, "
        "menus, comptes) en français et en anglais. Peut être relancée sans créer de doublons."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Ne rien faire si une page d'accueil existe déjà (utilisé par « make run »).",
        )

    def handle(self, *args, if_empty=False, verbosity=1, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Contenu déjà présent : rien à charger (load_demo_content --if-empty).")
            return
        self.stdout.write("Chargement du contenu de démonstration…")
        loader = DemoLoader(stdout=self.stdout, verbosity=verbosity).run()
        for line in loader.summary_lines():
            self.stdout.write(line)
        self.stdout.write(
            f"Édition à venir : novembre {loader.shift and (loader.today.year if loader.today.month < 11 else loader.today.year + 1)}"
            f" (programme 2021 décalé de {loader.shift.days // 7} semaines)."
        )
        self.stdout.write(self.style.SUCCESS(f"Terminé en {loader.elapsed:.1f} s ({loader.cpu:.1f} s de calcul)."))
        self.stdout.write("")
        self.stdout.write("Comptes de démonstration (administration : /admin/) :")
        for username, password, role in loader.credentials:
            shown = password if password else "(inchangé depuis la création ; « manage.py changepassword " + username + " »)"
            self.stdout.write(f"  {username:<8} mot de passe : {shown}   [{role}]")
