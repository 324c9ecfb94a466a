"""The fixed vocabularies of event pages and sessions.

Apart from the models so that the programme's filters and queries, which the models use
for their pages' context, can name them without importing the models.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

TIME_ZONE_CHOICES = [
    ("Europe/Paris", _("Paris (France métropolitaine)")),
    ("America/Guadeloupe", _("Guadeloupe, Martinique")),
    ("America/Cayenne", _("Guyane")),
    ("Indian/Reunion", _("La Réunion")),
    ("Indian/Mayotte", _("Mayotte")),
    ("Pacific/Noumea", _("Nouvelle-Calédonie")),
    ("Pacific/Tahiti", _("Polynésie française")),
    ("America/Miquelon", _("Saint-Pierre-et-Miquelon")),
    ("UTC", _("UTC")),
]


class EventMode(models.TextChoices):
    ON_SITE = "on_site", _("Sur place")
    ONLINE = "online", _("En ligne")
    HYBRID = "hybrid", _("Sur place et en ligne")


class EventLanguage(models.TextChoices):
    FRENCH = "fr", _("Français")
    ENGLISH = "en", _("Anglais")
    BOTH = "fr-en", _("Français et anglais")
