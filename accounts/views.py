"""The admin sign-in and sign-out pages, and the single sign-on round trip.

Served under the admin's own addresses (``/admin/login/``, ``/admin/logout/``), ahead of
Wagtail's, so that every link to ``wagtailadmin_login`` reaches them.
"""

from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.admin.views import account as wagtail_account

from . import history, oidc
from .models import EventKind
from .signals import SINGLE_SIGN_ON_ATTRIBUTE

ID_TOKEN_KEY = "accounts.oidc_id_token"


def is_link(url):
    """A path or an absolute URL: ``redirect()`` would take any other word for a view name."""
    return url.startswith(("/", "http://", "https://"))


class LoginView(wagtail_account.LoginView):
    template_name = "accounts/login.html"

    def get_redirect_url(self):
        url = super().get_redirect_url()
        return url if is_link(url) else ""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["single_sign_on"] = oidc.enabled()
        context["provider_name"] = oidc.provider_name() if oidc.enabled() else ""
        return context


class LogoutView(wagtail_account.LogoutView):
    """Wagtail's sign-out; after single sign-on, also at the provider (ProConnect asks it)."""

    def post(self, request, *args, **kwargs):
        id_token = request.session.get(ID_TOKEN_KEY)
        response = super().post(request, *args, **kwargs)
        if id_token and oidc.enabled():
            url = oidc.logout_url(
                id_token, request.build_absolute_uri(reverse("accounts_signin:oidc_logged_out"))
            )
            if url:
                redirected = redirect(url)
                for cookie in response.cookies.values():
                    redirected.cookies[cookie.key] = cookie
                return redirected
        return response


def safe_next(request, url):
    if (
        url
        and is_link(url)
        and url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return url
    return reverse("wagtailadmin_home")


@never_cache
@require_POST
def single_sign_on_start(request):
    if not oidc.enabled():
        return redirect("wagtailadmin_login")
    next_url = safe_next(request, request.POST.get("next"))
    redirect_uri = request.build_absolute_uri(reverse("accounts_signin:oidc_callback"))
    try:
        return redirect(oidc.authorization_url(request, redirect_uri, next_url))
    except oidc.SignInRefused as refused:
        messages.error(request, refused.message)
        return redirect("wagtailadmin_login")


@never_cache
def single_sign_on_callback(request):
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET"])
    if not oidc.enabled():
        return redirect("wagtailadmin_login")
    try:
        user, id_token, next_url = oidc.complete(request)
    except oidc.SignInRefused as refused:
        history.record(
            EventKind.SSO_REFUSED,
            request,
            user=None,
            username=refused.email,
            detail=refused.reason,
        )
        messages.error(request, refused.message)
        return redirect("wagtailadmin_login")
    setattr(request, SINGLE_SIGN_ON_ATTRIBUTE, oidc.provider_name())
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    request.session[ID_TOKEN_KEY] = id_token
    return redirect(safe_next(request, next_url))


@never_cache
def single_sign_on_logged_out(request):
    """Back from the provider's sign-out page: the session here had already ended."""
    return redirect("wagtailadmin_login")
