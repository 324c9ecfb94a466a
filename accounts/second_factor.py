"""The second factor: who must use one, and the few things done with it.

A TOTP application (django-otp's ``TOTPDevice``: replay protection, clock drift, growing
delays after wrong codes) plus ten recovery codes, each good once. A session is "verified"
in django-otp's sense once a code was accepted in it.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from registrations.access import FOLLOW_PERMISSION, can_follow_registrations

from . import history, sessions
from .models import EventKind, RecoveryCodeDevice

APP_NAME = _("Application d’authentification")
# Fewer codes left than this and the person is told to print new ones.
LOW_RECOVERY_CODES = 3


def required_for_registrations(user):
    """Must ``user`` verify a second factor before the registrations screens open?

    Everyone who can see registrations, when ``SIGNIN_REQUIRE_SECOND_FACTOR`` is on, unless
    every group that gives them that access was exempted on the group's edit screen.
    Superusers and people given the permission directly are never exempt.
    """
    if not settings.SIGNIN_REQUIRE_SECOND_FACTOR or not can_follow_registrations(user):
        return False
    if user.is_superuser:
        return True
    app_label, codename = FOLLOW_PERMISSION.split(".")
    if user.user_permissions.filter(codename=codename, content_type__app_label=app_label).exists():
        return True
    granting = user.groups.filter(
        permissions__codename=codename, permissions__content_type__app_label=app_label
    )
    return granting.exclude(security_policy__second_factor_required=False).exists()


def authenticator(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def has_second_factor(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def recovery_codes_left(user):
    device = RecoveryCodeDevice.objects.filter(user=user).first()
    return device.remaining() if device else 0


def pending_enrolment(user):
    """The authenticator being set up (unconfirmed), created with a fresh secret if needed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(APP_NAME), confirmed=False)
    return device


def cancel_enrolment(user):
    TOTPDevice.objects.filter(user=user, confirmed=False).delete()


@dataclass
class Outcome:
    accepted: bool
    device: object = None
    wait_until: object = None
    recovery_code: bool = False
    codes_left: int = 0


def _wait_until(device):
    allowed, details = device.verify_is_allowed()
    return None if allowed else (details or {}).get("locked_until")


def confirm_enrolment(request, code):
    """Check the first code from the new application; on success make it the one in use.

    Returns (outcome, new recovery codes or None).
    """
    user = request.user
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=False).first()
        if device is None:
            return Outcome(False), None
        wait = _wait_until(device)
        if wait or not device.verify_token(code):
            return Outcome(False, device, wait_until=wait), None
        TOTPDevice.objects.filter(user=user, confirmed=True).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        recovery, _created = RecoveryCodeDevice.objects.get_or_create(
            user=user, defaults={"name": str(_("Codes de secours")), "confirmed": True}
        )
        codes = recovery.renew()
    otp_login(request, device)
    history.record(EventKind.FACTOR_ENABLED, request, user=user)
    return Outcome(True, device), codes


def verify(request, code):
    """Check a code from the application, or a recovery code, for the signed-in person."""
    user = request.user
    digits = code.isdigit()
    model = TOTPDevice if digits else RecoveryCodeDevice
    with transaction.atomic():
        device = model.objects.select_for_update().filter(user=user, confirmed=True).first()
        if device is None:
            accepted, wait = False, None
        else:
            # While a wait after wrong codes runs, no code is even checked.
            wait = _wait_until(device)
            accepted = not wait and device.verify_token(code)
    if not accepted:
        if not wait:  # codes sent during a wait are not checked, nor recorded one by one
            history.record(EventKind.FACTOR_FAILED, request, user=user)
        return Outcome(False, device, wait_until=wait)
    otp_login(request, device)
    if digits:
        history.record(EventKind.FACTOR_VERIFIED, request, user=user)
        return Outcome(True, device)
    left = device.remaining()
    history.record(
        EventKind.RECOVERY_CODE_USED,
        request,
        user=user,
        count=left,
    )
    return Outcome(True, device, recovery_code=True, codes_left=left)


def renew_recovery_codes(request):
    device, _created = RecoveryCodeDevice.objects.get_or_create(
        user=request.user, defaults={"name": str(_("Codes de secours")), "confirmed": True}
    )
    codes = device.renew()
    history.record(EventKind.RECOVERY_CODES_RENEWED, request, user=request.user)
    return codes


def _remove_devices(user):
    TOTPDevice.objects.filter(user=user).delete()
    RecoveryCodeDevice.objects.filter(user=user).delete()


def disable(request):
    """The person turns their own second factor off (only offered when not required)."""
    _remove_devices(request.user)
    request.session.pop(DEVICE_ID_SESSION_KEY, None)
    history.record(EventKind.FACTOR_DISABLED, request, user=request.user)


def reset(request, user):
    """An administrator clears a colleague's second factor (lost phone) and ends their
    sessions: they sign in again with their password and set up a new application."""
    _remove_devices(user)
    ended = sessions.end_sessions(user)
    history.record(
        EventKind.FACTOR_RESET,
        request,
        user=user,
        actor=request.user,
        count=ended,
        now=timezone.now(),
    )
    return ended
