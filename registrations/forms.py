from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Field, Layout, Submit
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from common.fields import NormalisedEmailField

from .models import Registration


def _waiting(session):
    """The page shows that registering now joins the waiting list (``session.availability``)."""
    seats = getattr(session, "availability", None)
    return seats is not None and seats.next_position is not None


class RegistrationForm(forms.Form):
    """What a participant gives to register, and nothing more.

    Each session's form has its own prefix so that several forms on one event page never
    share an element id.
    """

    first_name = forms.CharField(
        label=_("Prénom"),
        error_messages={"required": _("Saisissez votre prénom.")},
        max_length=Registration._meta.get_field("first_name").max_length,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    last_name = forms.CharField(
        label=_("Nom"),
        error_messages={"required": _("Saisissez votre nom.")},
        max_length=Registration._meta.get_field("last_name").max_length,
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    email = NormalisedEmailField(
        label=_("Adresse électronique"),
        help_text=_(
            "Format attendu : nom@domaine.fr. La confirmation et l'invitation y seront envoyées."
        ),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Saisissez votre adresse électronique."),
            "invalid": _("Saisissez une adresse électronique valide, par exemple nom@domaine.fr."),
        },
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        error_messages={"required": _("Saisissez votre organisation.")},
        help_text=_("Votre administration, collectivité, entreprise ou association."),
        max_length=Registration._meta.get_field("organisation").max_length,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    job_title = forms.CharField(
        label=_("Fonction"),
        required=False,
        max_length=Registration._meta.get_field("job_title").max_length,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    accessibility_needs = forms.CharField(
        label=_("Besoins d'accessibilité"),
        required=False,
        max_length=1000,
        help_text=_(
            "Par exemple : accès en fauteuil roulant, interprétation en langue des signes, "
            "sous-titrage. Transmis uniquement à l'organisateur."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_("J'accepte que ces informations servent à gérer mon inscription."),
        error_messages={"required": _("Cochez cette case pour vous inscrire.")},
    )
    # Left empty by people; filled by robots that fill every field.
    website = forms.CharField(label=_("Ne pas remplir ce champ"), required=False, max_length=200)

    def __init__(self, *args, session=None, invitation="", **kwargs):
        kwargs.setdefault("prefix", f"session-{session.pk}" if session else None)
        # A registration POST passes its prefix and no session: a valid form never needs
        # one, a refused one is shown back with the session the view reads then.
        super().__init__(*args, **kwargs)
        self.session = session
        self.invitation = invitation
        self.fields["consent"].help_text = _(
            "Elles servent à vous envoyer la confirmation, l'invitation et un rappel, et à "
            "l'organisateur pour préparer la session. Elles sont anonymisées "
            "%(months)s mois après la session. Vous pouvez annuler à tout moment."
        ) % {"months": settings.REGISTRATION_RETENTION_MONTHS}
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @cached_property
    def helper(self):
        """The layout, built when the form is shown (a valid POST never needs it)."""
        helper = FormHelper()
        helper.form_method = "post"
        helper.form_id = f"{self.prefix}-form" if self.prefix else "registration-form"
        session = self.session
        if session:
            helper.form_action = reverse("registrations:register", args=[session.pk])
            if self.invitation:  # the invitation link's token, carried to the rules
                helper.form_action += "?" + urlencode({"invitation": self.invitation})
        helper.attrs = {"novalidate": ""}
        helper.layout = Layout(
            HTML(
                format_html(
                    '<p class="fr-hint-text">{}</p>',
                    gettext("Sauf mention contraire, tous les champs sont obligatoires."),
                )
            ),
            "first_name",
            "last_name",
            "email",
            "organisation",
            "job_title",
            "accessibility_needs",
            "consent",
            Div(Field("website"), css_class="fr-sr-only", aria_hidden="true"),
            Submit(
                "register",
                _("Rejoindre la liste d'attente") if _waiting(session) else _("S'inscrire"),
                css_class="fr-btn",
                css_id=f"{self.prefix or 'registration'}-submit",
            ),
        )
        return helper

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Laissez ce champ vide."))
        return ""
