"""One's own account security in the admin: second factor, sessions, recent history."""

from base64 import b32encode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from . import history, second_factor, sessions
from .forms import CodeForm
from .models import EventKind, SignInEvent
from .signals import SIGN_OUT_KIND_ATTRIBUTE
from .views import safe_next

RECENT_EVENTS = 10


def _page(request, template, title, icon="lock", **context):
    return TemplateResponse(
        request,
        f"accounts/admin/{template}",
        {"page_title": title, "header_title": title, "header_icon": icon, **context},
    )


def security(request):
    user = request.user
    device = second_factor.authenticator(user)
    current_key = request.session.session_key
    return _page(
        request,
        "security.html",
        _("Sécurité du compte"),
        device=device,
        required=second_factor.required_for_registrations(user),
        codes_left=second_factor.recovery_codes_left(user) if device else 0,
        low_codes=second_factor.LOW_RECOVERY_CODES,
        tracked_sessions=sessions.active_sessions(user),
        current_key=current_key,
        events=SignInEvent.objects.filter(user=user)[:RECENT_EVENTS],
        idle_minutes=sessions.idle_limit() // 60,
        retention_months=settings.SIGNIN_HISTORY_RETENTION_MONTHS,
    )


def _with_next(url_name, next_url):
    return f"{reverse(url_name)}?{urlencode({'next': next_url})}"


def _secret_text(device):
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _recovery_codes_page(request, codes, next_url, first_time=False):
    return _page(
        request,
        "recovery_codes.html",
        _("Vos codes de secours"),
        codes=codes,
        next_url=next_url,
        first_time=first_time,
    )


def enrol(request):
    """Set up (or replace) the authenticator application: QR code, then a first code."""
    user = request.user
    if second_factor.has_second_factor(user) and not user.is_verified():
        return redirect(_with_next("accounts_admin:verify", request.get_full_path()))
    next_url = safe_next(request, request.GET.get("next") or reverse("accounts_admin:security"))
    device = second_factor.pending_enrolment(user)
    form = CodeForm(
        request.POST or None,
        help_text=_("Les 6 chiffres affichés par l’application pour ce compte."),
    )
    if request.method == "POST" and form.is_valid():
        outcome, codes = second_factor.confirm_enrolment(request, form.cleaned_data["code"])
        if outcome.accepted:
            messages.success(request, _("Le deuxième facteur est activé."))
            return _recovery_codes_page(request, codes, next_url, first_time=True)
        form.add_error("code", _wrong_code_message(outcome))
    form.link_errors()
    qr = segno.make(device.config_url, error="m")
    return _page(
        request,
        "enrol.html",
        _("Configurer le deuxième facteur"),
        form=form,
        qr_code=qr.svg_data_uri(scale=5, border=2),
        secret=_secret_text(device),
        replacing=second_factor.has_second_factor(user),
        required=second_factor.required_for_registrations(user),
        next_url=next_url,
    )


def _wrong_code_message(outcome):
    if outcome.wait_until:
        seconds = max(1, int((outcome.wait_until - timezone.now()).total_seconds() + 0.999))
        return ngettext(
            "Trop de codes erronés : attendez %(seconds)d seconde avant de réessayer.",
            "Trop de codes erronés : attendez %(seconds)d secondes avant de réessayer.",
            seconds,
        ) % {"seconds": seconds}
    return _(
        "Ce code n’est pas valable. Vérifiez l’heure de votre téléphone et saisissez le code "
        "affiché maintenant."
    )


def verify(request):
    """The code asked once per session, right after the password."""
    user = request.user
    next_url = safe_next(request, request.GET.get("next"))
    if user.is_verified():
        return redirect(next_url)
    if not second_factor.has_second_factor(user):
        return redirect(_with_next("accounts_admin:enrol", next_url))
    form = CodeForm(
        request.POST or None,
        help_text=_(
            "Les 6 chiffres affichés par votre application d’authentification, ou l’un de "
            "vos codes de secours si vous n’avez plus votre téléphone."
        ),
    )
    if request.method == "POST" and form.is_valid():
        outcome = second_factor.verify(request, form.cleaned_data["code"])
        if outcome.accepted:
            if outcome.recovery_code:
                _recovery_code_message(request, outcome.codes_left)
            return redirect(next_url)
        form.add_error("code", _wrong_code_message(outcome))
    form.link_errors()
    return _page(request, "verify.html", _("Vérification en deux étapes"), form=form)


def _recovery_code_message(request, left):
    text = ngettext(
        "Code de secours utilisé : il vous en reste %(count)d.",
        "Code de secours utilisé : il vous en reste %(count)d.",
        left,
    ) % {"count": left}
    if left < second_factor.LOW_RECOVERY_CODES:
        text += " " + _("Générez de nouveaux codes depuis la page Sécurité du compte.")
        messages.warning(request, text)
    else:
        messages.info(request, text)


@require_POST
def renew_codes(request):
    codes = second_factor.renew_recovery_codes(request)
    messages.success(request, _("Vos anciens codes de secours ne sont plus valables."))
    return _recovery_codes_page(request, codes, reverse("accounts_admin:security"))


def disable(request):
    if second_factor.required_for_registrations(request.user):
        messages.error(
            request, _("Votre accès aux inscriptions exige un deuxième facteur : il reste activé.")
        )
        return redirect("accounts_admin:security")
    if request.method == "POST":
        second_factor.disable(request)
        messages.success(request, _("Le deuxième facteur est désactivé."))
        return redirect("accounts_admin:security")
    return _page(request, "disable.html", _("Désactiver le deuxième facteur"))


@require_POST
def sign_out_everywhere(request):
    user = request.user
    ended = sessions.end_sessions(user, keep=request.session.session_key)
    history.record(EventKind.SIGNED_OUT_EVERYWHERE, request, user=user, count=ended + 1)
    setattr(request, SIGN_OUT_KIND_ATTRIBUTE, None)
    logout(request)
    messages.success(
        request,
        _("Vous êtes déconnecté de toutes vos sessions, y compris sur cet appareil."),
    )
    return redirect("wagtailadmin_login")
