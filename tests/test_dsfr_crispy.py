"""The DSFR template pack for crispy-forms: DSFR markup, labels, hints and errors linked."""

import re

from crispy_forms.helper import FormHelper
from django import forms
from django.template import Context, Template

CHOICES = [("a", "Option A"), ("b", "Option B")]


class SampleForm(forms.Form):
    name = forms.CharField(label="Nom", help_text="Votre nom complet")
    kind = forms.ChoiceField(label="Type", choices=CHOICES)
    colour = forms.ChoiceField(label="Couleur", choices=CHOICES, widget=forms.RadioSelect)
    tags = forms.MultipleChoiceField(
        label="Étiquettes", choices=CHOICES, widget=forms.CheckboxSelectMultiple, required=False
    )
    notes = forms.CharField(label="Notes", widget=forms.Textarea, required=False)
    agree = forms.BooleanField(label="J'accepte")
    secret = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()


def render(form, tag="{% crispy form %}"):
    return Template("{% load crispy_forms_tags %}" + tag).render(Context({"form": form}))


def test_unbound_form_uses_dsfr_markup():
    html = render(SampleForm())
    assert re.search(r'<form[^>]*method="post"', html)
    assert '<div class="fr-input-group" id="div_id_name">' in html
    assert 'class="textinput fr-input"' in html
    assert '<span class="fr-hint-text" id="id_name_helptext">Votre nom complet</span>' in html
    assert 'aria-describedby="id_name_helptext"' in html
    assert 'class="fr-select-group"' in html and 'class="select fr-select"' in html
    assert 'class="fr-fieldset"' in html and 'class="fr-radio-group"' in html
    assert 'aria-labelledby="id_colour_legend"' in html
    assert 'class="fr-checkbox-group"' in html
    assert "Notes (facultatif)" in html
    assert 'type="hidden" name="secret"' in html
    assert "fr-alert" not in html


def test_errors_are_summarised_and_linked_to_their_fields():
    form = SampleForm(data={"name": "", "kind": "zzz", "colour": "", "agree": ""})
    html = render(form)
    assert "Le formulaire contient 4 erreurs" in html
    for field in ("name", "kind", "colour", "agree"):
        assert f'href="#id_{field}' in html
        assert f'id="id_{field}_error"' in html
    name = re.search(r'<input[^>]*name="name"[^>]*>', html).group(0)
    assert 'aria-describedby="id_name_helptext id_name_error"' in name
    assert 'aria-invalid="true"' in name
    assert "fr-input-group--error" in html and "fr-input--error" in name
    assert "fr-select-group--error" in html
    assert 'class="fr-fieldset fr-fieldset--error"' in html
    assert 'aria-labelledby="id_colour_legend id_colour_error"' in html
    assert "fr-checkbox-group--error" in html


def test_the_filter_form_renders_with_the_pack_too():
    html = render(SampleForm(), "{{ form|crispy }}")
    assert 'class="fr-input-group"' in html
    assert "<form" not in html
