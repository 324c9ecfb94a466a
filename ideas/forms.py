"""The public idea form, in the visitor's language."""

from django import forms
from django.utils.translation import gettext_lazy as _

from common.fields import NormalisedEmailField
from submissions.forms import HoneypotMixin


class IdeaForm(HoneypotMixin, forms.Form):
    title = forms.CharField(
        label=_("Titre de l'idée"),
        help_text=_("En quelques mots, 200 caractères au plus."),
        max_length=200,
        error_messages={"required": _("Saisissez le titre de votre idée.")},
    )
    problem = forms.CharField(
        label=_("Le problème"),
        help_text=_(
            "Ce qui ne va pas aujourd'hui, pour qui, et ce que cela coûte (2 000 caractères au plus)."
        ),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Décrivez le problème que votre idée résout.")},
    )
    idea = forms.CharField(
        label=_("Votre idée"),
        help_text=_(
            "Ce que vous proposez, et comment on pourrait l'essayer (3 000 caractères au plus)."
        ),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 7}),
        error_messages={"required": _("Décrivez votre idée.")},
    )
    author_name = forms.CharField(
        label=_("Votre nom"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Saisissez vos prénom et nom.")},
    )
    administration = forms.CharField(
        label=_("Votre administration"),
        help_text=_("Par exemple « Préfecture du Finistère, service des étrangers »."),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": _("Saisissez le nom de votre administration.")},
    )
    email = NormalisedEmailField(
        label=_("Adresse électronique"),
        help_text=_(
            "Format attendu : nom@domaine.fr. Un lien de confirmation y sera envoyé ; elle n'est jamais publiée."
        ),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        error_messages={
            "required": _("Saisissez votre adresse électronique."),
            "invalid": _("Saisissez une adresse électronique valide, par exemple nom@domaine.fr."),
        },
    )
    publish_name = forms.BooleanField(
        label=_("Afficher mon nom avec l'idée si elle est retenue"),
        help_text=_("Sinon, seule votre administration est mentionnée."),
        required=False,
    )

    def data_for_idea(self):
        data = dict(self.cleaned_data)
        data.pop("website", None)
        return data
