"""Admin sign-in form (throttled) and the forms of the second factor screens."""

import math

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from events.formatting import format_time

from . import history, throttle
from .models import EventKind, GroupSecurityPolicy, PauseScope


def pause_message(pause, now=None):
    """ "Sign-in is paused for this account from this address: try again in 15 minutes." """
    now = now or timezone.now()
    minutes = math.ceil(pause.seconds_left(now) / 60)
    language = (translation.get_language() or "fr")[:2]
    at = format_time(timezone.localtime(pause.until), language)
    who = PauseScope(pause.scope).label
    return ngettext(
        "Trop d’essais : la connexion est suspendue pour %(who)s. "
        "Réessayez dans %(minutes)d minute (à %(time)s).",
        "Trop d’essais : la connexion est suspendue pour %(who)s. "
        "Réessayez dans %(minutes)d minutes (à %(time)s).",
        minutes,
    ) % {"who": who, "minutes": minutes, "time": at}


class LoginForm(WagtailLoginForm):
    """Wagtail's sign-in form, throttled per account and address (``accounts.throttle``).

    Wagtail declares its password field without a label, so Django derives "Password" from
    the field name, which no catalogue translates: the label of Django's own sign-in form is
    used instead ("Mot de passe").
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is None or not password:
            return super().clean()
        ip_address, _agent = history.request_origin(self.request)
        pause = throttle.current_pause(username, ip_address)
        if pause is not None:
            history.count_refused(pause, self.request, username)
            raise forms.ValidationError(pause_message(pause), code="paused")
        try:
            return super().clean()
        except forms.ValidationError as error:
            if self.user_cache is not None:
                raise
            history.record(
                EventKind.FAILED,
                self.request,
                username=username,
                user=history.user_named(username),
            )
            pause = throttle.current_pause(username, ip_address)
            if pause is None:
                raise
            history.record_pause(pause, self.request, username)
            raise forms.ValidationError(
                [error, forms.ValidationError(pause_message(pause), code="paused")]
            ) from None


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=20,
        strip=True,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": ""}
        ),
    )

    def __init__(self, *args, help_text=None, **kwargs):
        super().__init__(*args, **kwargs)
        if help_text:
            self.fields["code"].help_text = help_text

    def link_errors(self):
        """Point the field at its error message too (Wagtail links the help text only)."""
        field = self["code"]
        if field.errors:
            described = f"{field.id_for_label}-errors"
            if field.help_text:
                described += f" {field.id_for_label}-helptext"
            self.fields["code"].widget.attrs["aria-describedby"] = described

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


class GroupSecurityForm(forms.Form):
    """The group edit screen's panel: must members use a second factor for registrations?"""

    template_name = "accounts/admin/group_security_panel.html"

    second_factor_required = forms.BooleanField(
        label=_("Deuxième facteur exigé avant d’ouvrir les inscriptions"),
        help_text=_(
            "Les membres de ce groupe qui voient les inscriptions (données personnelles) "
            "confirment leur connexion avec un code de leur application d’authentification. "
            "Décocher seulement pour un groupe dont l’accès est protégé autrement."
        ),
        required=False,
        initial=True,
    )

    def __init__(self, *args, instance, prefix="security_policy", **kwargs):
        self.instance = instance
        if instance is not None and instance.pk:
            policy = GroupSecurityPolicy.objects.filter(group=instance).first()
            if policy is not None:
                kwargs["initial"] = {"second_factor_required": policy.second_factor_required}
        super().__init__(*args, prefix=prefix, **kwargs)

    def save(self):
        if not self.is_bound or self.instance is None or not self.instance.pk:
            return
        GroupSecurityPolicy.objects.update_or_create(
            group=self.instance,
            defaults={"second_factor_required": self.cleaned_data["second_factor_required"]},
        )

    def as_admin_panel(self):
        return render_to_string(self.template_name, {"form": self})
