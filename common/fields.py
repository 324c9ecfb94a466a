"""Form fields that read what a person types, and nothing a keyboard does not produce."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .text import ascii_digits, format_characters, normalise_email


class AsciiIntegerField(forms.IntegerField):
    """An integer in ASCII digits: Python's ``int()`` also reads "٣" or "３", nobody types them."""

    default_error_messages = {"invalid": _("Saisissez un nombre entier, en chiffres.")}

    def to_python(self, value):
        if isinstance(value, str) and value.strip() and not ascii_digits(value):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class NormalisedEmailField(forms.EmailField):
    """An address in the one form it is stored, compared and rate-limited in.

    Invisible format characters are refused with a message, rather than dropped silently:
    an address that holds one was copied from somewhere odd, and the person should look."""

    default_error_messages = {
        "format_characters": _(
            "L'adresse contient un caractère invisible (%(characters)s) : saisissez-la à nouveau au clavier."
        ),
    }

    def to_python(self, value):
        value = super().to_python(value)
        found = format_characters(value)
        if found:
            raise ValidationError(
                self.error_messages["format_characters"],
                code="format_characters",
                params={"characters": ", ".join(dict.fromkeys(found))},
            )
        return normalise_email(value)
