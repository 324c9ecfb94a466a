"""Inactivity expiry of admin sessions, and the second factor asked before admin screens.

Both run after Django's ``AuthenticationMiddleware`` and django-otp's ``OTPMiddleware``.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import ngettext

from . import second_factor, sessions
from .models import EventKind
from .signals import SIGN_OUT_KIND_ATTRIBUTE

REGISTRATIONS_NAMESPACE = "registrations_admin"
# Screens an unverified person still reaches: the code screen itself, signing out, and what
# every admin page loads (icons, the JavaScript catalogue).
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_dismissibles",
}
OPEN_NAMESPACES = {"accounts_signin"}
OPEN_ACCOUNT_VIEWS = {"verify", "enrol", "enrol_done"}


def _admin_prefix():
    return reverse("wagtailadmin_home")


def _with_next(url, request):
    return f"{url}?{urlencode({'next': request.get_full_path()})}"


def _counts_as_activity(request):
    """Wagtail's editor pings every few seconds while a page is open; a ping counts only
    when the page has unsaved changes, so that a forgotten tab does not keep a session."""
    match = request.resolver_match
    if match is not None and "wagtailadmin_editing_sessions" in match.namespaces:
        return request.POST.get("is_editing") in {"1", "true", "True"}
    return True


class SessionActivityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            idle = sessions.seconds_idle(request)
            limit = sessions.idle_limit()
            if limit and idle is not None and idle > limit:
                return self._expire(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.user.is_authenticated:
            return None
        idle = sessions.seconds_idle(request)
        if (idle is None or idle >= sessions.ACTIVITY_RESOLUTION) and _counts_as_activity(request):
            sessions.touch(request)
        return None

    def _expire(self, request):
        minutes = int(settings.ADMIN_SESSION_IDLE_MINUTES)
        setattr(request, SIGN_OUT_KIND_ATTRIBUTE, EventKind.SESSION_EXPIRED)
        logout(request)
        messages.warning(
            request,
            ngettext(
                "Votre session a expiré après %(minutes)d minute sans activité. "
                "Identifiez-vous à nouveau.",
                "Votre session a expiré après %(minutes)d minutes sans activité. "
                "Identifiez-vous à nouveau.",
                minutes,
            )
            % {"minutes": minutes},
        )
        if request.path_info.startswith(_admin_prefix()):
            return redirect(_with_next(reverse("wagtailadmin_login"), request))
        return self.get_response(request)


class SecondFactorMiddleware:
    """Asks for the code of a person's authenticator before any admin screen, and asks those
    who must have one to set it up before the registrations screens."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or not request.path_info.startswith(_admin_prefix()):
            return None
        if user.is_verified():
            return None
        match = request.resolver_match
        if match.url_name in OPEN_URL_NAMES or OPEN_NAMESPACES.intersection(match.namespaces):
            return None
        if "accounts_admin" in match.namespaces and match.url_name in OPEN_ACCOUNT_VIEWS:
            return None
        if second_factor.has_second_factor(user):
            return redirect(_with_next(reverse("accounts_admin:verify"), request))
        if REGISTRATIONS_NAMESPACE in match.namespaces and (
            second_factor.required_for_registrations(user)
        ):
            # The set-up screen says why it is asked.
            return redirect(_with_next(reverse("accounts_admin:enrol"), request))
        return None
