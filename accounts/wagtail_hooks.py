from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from . import admin_views, staff_views
from .forms import GroupSecurityForm

admin_urls = (
    [
        path("", admin_views.security, name="security"),
        path("deuxieme-facteur/", admin_views.enrol, name="enrol"),
        path("deuxieme-facteur/verification/", admin_views.verify, name="verify"),
        path("deuxieme-facteur/desactiver/", admin_views.disable, name="disable"),
        path("codes-de-secours/", admin_views.renew_codes, name="renew_codes"),
        path("deconnexion-partout/", admin_views.sign_out_everywhere, name="sign_out_everywhere"),
        path("comptes/", staff_views.account_security_index, name="accounts"),
        path(
            "comptes/<int:user_id>/deuxieme-facteur/",
            staff_views.reset_second_factor,
            name="reset",
        ),
        path("comptes/<int:user_id>/sessions/", staff_views.end_sessions, name="end_sessions"),
        path("historique/", staff_views.sign_in_history, name="history"),
    ],
    "accounts_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("securite/", include(admin_urls))]


@hooks.register("register_account_menu_item")
def account_security_item(request):
    return {
        "url": reverse("accounts_admin:security"),
        "label": _("Sécurité du compte"),
        "help_text": _("Deuxième facteur d’authentification, sessions ouvertes, connexions."),
    }


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, check, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check

    def is_shown(self, request):
        return self.check(request.user)


@hooks.register("register_settings_menu_item")
def account_security_menu_item():
    return PermissionMenuItem(
        _("Sécurité des comptes"),
        reverse("accounts_admin:accounts"),
        icon_name="lock",
        order=610,
        check=staff_views.can_manage_accounts,
    )


@hooks.register("register_reports_menu_item")
def history_menu_item():
    return PermissionMenuItem(
        _("Historique des connexions"),
        reverse("accounts_admin:history"),
        icon_name="history",
        order=900,
        check=staff_views.can_read_history,
    )


@hooks.register("register_group_permission_panel")
def group_security_panel():
    return GroupSecurityForm


@hooks.register("register_permissions")
def history_permission():
    return Permission.objects.filter(
        content_type__app_label="accounts", codename="view_signinevent"
    )


@hooks.register("register_user_listing_buttons")
def user_security_button(user, request_user):
    if staff_views.can_manage_accounts(request_user):
        url = reverse("accounts_admin:accounts") + "?" + urlencode({"q": user.get_username()})
        yield Button(_("Sécurité du compte"), url, icon_name="lock", priority=60)
