"""Administrators' screens: the sign-in history, and colleagues' second factor and sessions."""

import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import history, second_factor, sessions
from .describe import describe
from .models import EventKind, SignInEvent

MANAGE_PERMISSION = "auth.change_user"


def can_manage_accounts(user):
    return user.has_perm(MANAGE_PERMISSION)


def can_read_history(user):
    return user.has_perm("accounts.view_signinevent")


class DateInput(forms.DateInput):
    input_type = "date"


class SignInEventFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=gettext_lazy("Événement"),
        choices=EventKind.choices,
        empty_label=gettext_lazy("Tous"),
    )
    username = django_filters.CharFilter(
        label=gettext_lazy("Identifiant saisi"), lookup_expr="icontains"
    )
    ip_address = django_filters.CharFilter(
        label=gettext_lazy("Adresse IP"), lookup_expr="startswith"
    )
    after = django_filters.DateFilter(
        field_name="created_at",
        lookup_expr="date__gte",
        label=gettext_lazy("Depuis le"),
        widget=DateInput(format="%Y-%m-%d"),
    )
    before = django_filters.DateFilter(
        field_name="created_at",
        lookup_expr="date__lte",
        label=gettext_lazy("Jusqu’au"),
        widget=DateInput(format="%Y-%m-%d"),
    )

    class Meta:
        model = SignInEvent
        fields = []


def sign_in_history(request):
    """Every sign-in, failure, pause and second-factor change, newest first."""
    if not can_read_history(request.user):
        raise PermissionDenied
    events = SignInEvent.objects.select_related("user", "actor")
    filters = SignInEventFilterSet(request.GET or None, queryset=events)
    page = Paginator(filters.qs if filters.is_bound else events, 50).get_page(request.GET.get("p"))
    language = (get_language() or "fr")[:2]
    for event in page.object_list:
        event.description = describe(event, language)
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "accounts/admin/history.html",
        {
            "page_title": _("Historique des connexions"),
            "header_title": _("Historique des connexions"),
            "header_icon": "history",
            "filters": filters,
            "page_obj": page,
            "query": query.urlencode(),
            "retention_months": settings.SIGNIN_HISTORY_RETENTION_MONTHS,
        },
    )


def _check(request):
    if not can_manage_accounts(request.user):
        raise PermissionDenied


def _manageable(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    if user.is_superuser and not request.user.is_superuser:
        raise PermissionDenied
    return user


def account_security_index(request):
    _check(request)
    User = get_user_model()
    query = request.GET.get("q", "").strip()[:100]
    users = User.objects.annotate(
        has_factor=Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)),
        session_count=Count("tracked_sessions", distinct=True),
        last_sign_in=Max(
            "sign_in_events__created_at",
            filter=Q(sign_in_events__kind__in=[EventKind.SIGNED_IN, EventKind.SIGNED_IN_SSO]),
        ),
    ).order_by(User.USERNAME_FIELD)
    if query:
        users = users.filter(
            Q(username__icontains=query)
            | Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
            | Q(email__icontains=query)
        )
    page = Paginator(users, 50).get_page(request.GET.get("p"))
    for user in page.object_list:
        user.manageable = request.user.is_superuser or not user.is_superuser
    return TemplateResponse(
        request,
        "accounts/admin/account_security_index.html",
        {
            "page_title": _("Sécurité des comptes"),
            "header_title": _("Sécurité des comptes"),
            "header_icon": "lock",
            "page_obj": page,
            "query": query,
            "can_read_history": can_read_history(request.user),
        },
    )


def _confirm(request, user, action):
    titles = {
        "reset": _("Réinitialiser le deuxième facteur de %(name)s"),
        "end_sessions": _("Fermer les sessions de %(name)s"),
    }
    name = user.get_full_name() or user.get_username()
    return TemplateResponse(
        request,
        "accounts/admin/confirm_account_action.html",
        {
            "page_title": titles[action] % {"name": name},
            "header_title": titles[action] % {"name": name},
            "header_icon": "warning",
            "target": user,
            "action": action,
            "has_factor": second_factor.has_second_factor(user),
            "session_count": len(sessions.active_sessions(user)),
        },
    )


def reset_second_factor(request, user_id):
    _check(request)
    user = _manageable(request, user_id)
    if request.method != "POST":
        return _confirm(request, user, "reset")
    ended = second_factor.reset(request, user)
    messages.success(
        request,
        ngettext(
            "Deuxième facteur de %(name)s réinitialisé et %(count)d session fermée : la "
            "personne en configurera un nouveau à sa prochaine connexion.",
            "Deuxième facteur de %(name)s réinitialisé et %(count)d sessions fermées : la "
            "personne en configurera un nouveau à sa prochaine connexion.",
            ended,
        )
        % {"name": user.get_username(), "count": ended},
    )
    return redirect("accounts_admin:accounts")


def end_sessions(request, user_id):
    _check(request)
    user = _manageable(request, user_id)
    if request.method != "POST":
        return _confirm(request, user, "end_sessions")
    if user == request.user:
        return redirect("accounts_admin:security")
    ended = sessions.end_sessions(user)
    history.record(EventKind.SESSIONS_ENDED, request, user=user, actor=request.user, count=ended)
    messages.success(
        request,
        ngettext(
            "%(count)d session de %(name)s fermée.",
            "%(count)d sessions de %(name)s fermées.",
            ended,
        )
        % {"name": user.get_username(), "count": ended},
    )
    return redirect("accounts_admin:accounts")
