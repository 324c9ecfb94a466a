from django.core.management.base import BaseCommand

from demo.loader import DemoLoader, coming_edition_year
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

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write(
                "Contenu déjà présent : rien à charger (load_demo_content --if-empty)."
            )
            return
        self.stdout.write("Chargement du contenu de démonstration…")
        loader = DemoLoader().run()
        for line in loader.summary_lines():
            self.stdout.write(line)
        self.stdout.write(
            f"Édition à venir : novembre {coming_edition_year(loader.today)} "
            f"(programme 2021 rejoué {loader.shift.days // 7} semaines plus tard, mêmes jours et heures)."
        )
        self.stdout.write(self.style.SUCCESS(f"Terminé en {loader.elapsed:.1f} s."))
        self.stdout.write("")
        self.stdout.write("Comptes de démonstration (administration : /admin/) :")
        for username, password, role in loader.credentials:
            if password is None:
                password = f"inchangé (« manage.py changepassword {username} » pour le remplacer)"
            self.stdout.write(f"  {username:<8} mot de passe : {password}   [{role}]")
