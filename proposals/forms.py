"""The public proposal form and its sessions, in the visitor's language.

Taxonomy choices are shown in the visitor's language; the draft page takes their French
versions (``drafts.in_french``). Sessions are a formset: one or more, added without
JavaScript by the "Ajouter une session" button, which posts the form back as typed.
"""

import datetime
import zoneinfo

from django import forms
from django.db.models import Q
from django.forms import formset_factory
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from common.fields import AsciiIntegerField, NormalisedEmailField
from events.choices import TIME_ZONE_CHOICES, EventMode
from submissions.forms import HoneypotMixin
from taxonomy.models import EventFormat, Organisation, Region, Theme

MAX_SESSIONS = 20


def _in_locale(model):
    """The items in the visitor's language, and the French ones not translated yet."""
    active = Locale.get_active()
    translated = model.objects.filter(locale=active).values("translation_key")
    french = Q(locale__language_code="fr") & ~Q(translation_key__in=translated)
    return model.objects.filter(Q(locale=active) | french).order_by("name")


class ProposalForm(HoneypotMixin, forms.Form):
    title = forms.CharField(
        label=_("Titre de l'événement"),
        max_length=200,
        error_messages={"required": _("Saisissez le titre de l'événement.")},
    )
    summary = forms.CharField(
        label=_("Résumé"),
        help_text=_("Une ou deux phrases, affichées dans le programme (500 caractères au plus)."),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Saisissez un résumé de l'événement.")},
    )
    description = forms.CharField(
        label=_("Description"),
        help_text=_(
            "Le déroulé, les intervenants, le public visé. Séparez les paragraphes par une ligne vide."
        ),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    event_format = forms.ModelChoiceField(
        label=_("Format"),
        queryset=EventFormat.objects.none(),
        empty_label=_("Choisissez un format"),
        error_messages={"required": _("Choisissez le format de l'événement.")},
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Thématiques"),
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choisissez au moins une thématique.")},
    )
    region = forms.ModelChoiceField(
        label=_("Région"),
        help_text=_("Laissez vide pour un événement national ou uniquement en ligne."),
        queryset=Region.objects.none(),
        required=False,
        empty_label=_("Aucune région"),
    )
    organiser = forms.ModelChoiceField(
        label=_("Organisateur"),
        help_text=_(
            "Choisissez votre organisation dans la liste, ou nommez-la dans le champ suivant."
        ),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Mon organisation n'est pas dans la liste"),
    )
    new_organiser = forms.CharField(
        label=_("Nom de votre organisation"),
        help_text=_("Seulement si elle n'est pas dans la liste ; l'équipe l'ajoutera."),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    mode = forms.ChoiceField(
        label=_("Modalité"),
        choices=EventMode.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Indiquez si l'événement a lieu sur place, en ligne ou les deux.")
        },
    )
    venue_name = forms.CharField(label=_("Nom du lieu"), required=False, max_length=200)
    venue_address = forms.CharField(
        label=_("Adresse du lieu"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2, "autocomplete": "street-address"}),
    )
    online_url = forms.URLField(
        label=_("Lien de connexion"),
        help_text=_("Format attendu : https://… ; envoyé aux inscrits, jamais affiché."),
        required=False,
        assume_scheme="https",
        error_messages={
            "invalid": _(
                "Saisissez une adresse web complète, par exemple https://visio.example.fr/salle."
            )
        },
    )
    external_registration_url = forms.URLField(
        label=_("Lien d'inscription externe"),
        help_text=_(
            "Si les participants s'inscrivent sur un autre site. Sinon, ils s'inscrivent ici, dans la limite de la capacité de chaque session."
        ),
        required=False,
        assume_scheme="https",
        error_messages={
            "invalid": _(
                "Saisissez une adresse web complète, par exemple https://inscription.example.fr."
            )
        },
    )
    contact_name = forms.CharField(
        label=_("Nom du contact"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Saisissez le nom de la personne à contacter.")},
    )
    email = NormalisedEmailField(
        label=_("Adresse électronique du contact"),
        help_text=_("Format attendu : nom@domaine.fr. Un lien de confirmation y sera envoyé."),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Saisissez votre adresse électronique."),
            "invalid": _("Saisissez une adresse électronique valide, par exemple nom@domaine.fr."),
        },
    )
    publish_contact = forms.BooleanField(
        label=_("Afficher cette adresse sur la page de l'événement"),
        help_text=_(
            "Pour que les participants puissent vous écrire. Sinon, elle reste connue de l'équipe seule."
        ),
        required=False,
    )
    image = forms.ImageField(
        label=_("Fichier de l'image"),
        help_text=_(
            "Formats JPEG, PNG ou WebP, 5 Mo au plus. Une photo de l'événement ou du lieu, libre de droits."
        ),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={
            "invalid_image": _(
                "Ce fichier n'est pas une image lisible : choisissez un fichier JPEG, PNG ou WebP."
            )
        },
    )
    image_alt = forms.CharField(
        label=_("Texte alternatif de l'image"),
        help_text=_(
            "Ce que l'image montre, en une phrase, pour les personnes qui ne la voient pas."
        ),
        required=False,
        max_length=250,
    )
    consent = forms.BooleanField(
        label=_(
            "J'accepte la publication des informations de l'événement, du nom de l'organisateur et, si je l'ai demandé, de l'adresse de contact."
        ),
        help_text=_(
            "L'équipe du Mois de l'innovation publique peut corriger et traduire le texte avant publication. Une proposition non confirmée est supprimée après quelques jours."
        ),
        error_messages={"required": _("Cochez cette case pour envoyer la proposition.")},
    )

    MAX_IMAGE_BYTES = 5 * 1024 * 1024

    def __init__(self, *args, has_image=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_image = has_image
        self.fields["event_format"].queryset = _in_locale(EventFormat)
        self.fields["themes"].queryset = _in_locale(Theme)
        self.fields["region"].queryset = _in_locale(Region)
        self.fields["organiser"].queryset = _in_locale(Organisation)

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image and getattr(image, "size", 0) > self.MAX_IMAGE_BYTES:
            raise forms.ValidationError(
                _("L'image dépasse 5 Mo : choisissez un fichier plus léger.")
            )
        return image

    def clean(self):
        data = super().clean()
        mode = data.get("mode")
        if not data.get("organiser") and not data.get("new_organiser", "").strip():
            self.add_error(
                "new_organiser",
                _("Choisissez votre organisation dans la liste, ou saisissez son nom."),
            )
        if (
            mode in (EventMode.ON_SITE, EventMode.HYBRID)
            and not data.get("venue_address", "").strip()
        ):
            self.add_error("venue_address", _("Saisissez l'adresse du lieu de l'événement."))
        if (
            mode == EventMode.ONLINE
            and not data.get("online_url")
            and "online_url" not in self.errors
        ):
            self.add_error(
                "online_url", _("Saisissez le lien de connexion de l'événement en ligne.")
            )
        image = data.get("image")
        if (
            (image or self.has_image)
            and image is not False
            and not data.get("image_alt", "").strip()
        ):
            self.add_error(
                "image_alt",
                _("Décrivez l'image en une phrase pour les personnes qui ne la voient pas."),
            )
        return data


class SessionForm(forms.Form):
    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        error_messages={
            "required": _("Saisissez la date de la session."),
            "invalid": _("Saisissez une date valide, par exemple 16/11/2027."),
        },
    )
    start_time = forms.TimeField(
        label=_("Début"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Saisissez l'heure de début."),
            "invalid": _("Saisissez une heure valide, par exemple 14:00."),
        },
    )
    end_time = forms.TimeField(
        label=_("Fin"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={
            "required": _("Saisissez l'heure de fin."),
            "invalid": _("Saisissez une heure valide, par exemple 16:30."),
        },
    )
    time_zone = forms.ChoiceField(
        label=_("Fuseau horaire"), choices=TIME_ZONE_CHOICES, initial="Europe/Paris"
    )
    capacity = AsciiIntegerField(
        label=_("Nombre de places"),
        help_text=_("Inutile si l'inscription se fait sur un autre site."),
        required=False,
        min_value=1,
        max_value=100000,
        error_messages={"min_value": _("Indiquez au moins une place.")},
    )

    def __init__(self, *args, edition=None, external_registration=False, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.edition = edition
        self.external_registration = external_registration
        self.now = now or timezone.now()

    def clean(self):
        data = super().clean()
        day, start, end = data.get("date"), data.get("start_time"), data.get("end_time")
        if day is None or start is None or end is None or "time_zone" not in data:
            return data
        zone = zoneinfo.ZoneInfo(data["time_zone"])
        data["start"] = datetime.datetime.combine(day, start, tzinfo=zone)
        data["end"] = datetime.datetime.combine(day, end, tzinfo=zone)
        if data["end"] <= data["start"]:
            self.add_error("end_time", _("La session doit se terminer après son début."))
        if data["start"] <= self.now:
            self.add_error("date", _("Cette date est passée : choisissez une date à venir."))
        elif self.edition and not self.edition.contains(day):
            self.add_error("date", self.edition.message())
        if not self.external_registration and not data.get("capacity"):
            self.add_error(
                "capacity", _("Indiquez le nombre de places, ou un lien d'inscription externe.")
            )
        return data

    def facts(self):
        data = self.cleaned_data
        return {
            "start": data["start"],
            "end": data["end"],
            "time_zone": data["time_zone"],
            "capacity": data.get("capacity"),
        }


class Edition:
    """The programme's edition period, from the programme page (``edition_start/end``)."""

    def __init__(self, start, end):
        self.start, self.end = start, end

    def contains(self, day):
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def message(self):
        return _(
            "Le Mois de l'innovation publique a lieu du %(start)s au %(end)s : choisissez une date dans cette période."
        ) % {
            "start": formats.date_format(self.start, "j F Y") if self.start else "…",
            "end": formats.date_format(self.end, "j F Y") if self.end else "…",
        }


class BaseSessionFormSet(forms.BaseFormSet):
    def kept_forms(self):
        """The sessions given: filled in (typed now or shown again unchanged), not removed."""
        return [
            f
            for f in self.forms
            if "start" in getattr(f, "cleaned_data", {}) and not self._should_delete_form(f)
        ]

    def clean(self):
        super().clean()
        kept = self.kept_forms()
        if not kept and not any(f.errors for f in self.forms):
            raise forms.ValidationError(
                _("Ajoutez au moins une session : sa date et ses horaires.")
            )


SessionFormSet = formset_factory(
    SessionForm,
    formset=BaseSessionFormSet,
    extra=0,
    min_num=1,
    max_num=MAX_SESSIONS,
    validate_max=True,
    can_delete=True,
)
