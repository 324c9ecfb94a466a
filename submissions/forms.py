"""The honeypot every public submission form carries."""

from crispy_forms.layout import Div, Field
from django import forms
from django.utils.translation import gettext_lazy as _


class HoneypotMixin(forms.Form):
    """A field people never see nor fill; robots filling every field are refused."""

    website = forms.CharField(label=_("Ne pas remplir ce champ"), required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})

    @staticmethod
    def honeypot_layout():
        return Div(Field("website"), css_class="fr-sr-only", aria_hidden="true")

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Laissez ce champ vide."))
        return ""
