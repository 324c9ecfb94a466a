from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urls = (
    [
        path("", admin_views.session_index, name="index"),
        path("session/<int:session_id>/", admin_views.session_detail, name="session"),
        path("session/<int:session_id>/pointage/", admin_views.check_in_list, name="check_in"),
        path("session/<int:session_id>/export.csv", admin_views.session_export, name="export"),
        path(
            "inscription/<int:registration_id>/pointage/",
            admin_views.check_in_toggle,
            name="check_in_toggle",
        ),
        path(
            "inscription/<int:registration_id>/<str:action>/",
            admin_views.registration_action,
            name="action",
        ),
    ],
    "registrations_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("inscriptions/", include(admin_urls))]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return StaffMenuItem(
        _("Inscriptions"), reverse("registrations_admin:index"), icon_name="group", order=250
    )
