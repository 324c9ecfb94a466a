from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .access import can_follow_registrations
from .models import StaffAccess

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
        return can_follow_registrations(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return StaffMenuItem(
        _("Inscriptions"), reverse("registrations_admin:index"), icon_name="group", order=250
    )


class StaffAccessViewSet(SnippetViewSet):
    """Administrators say which organiser's registrations each lab-staff member follows."""

    model = StaffAccess
    icon = "key"
    menu_label = _("Accès aux inscriptions")
    add_to_settings_menu = True
    list_display = ["user", "organisation"]
    list_filter = ["organisation"]
    panels = [FieldPanel("user"), FieldPanel("organisation")]


register_snippet(StaffAccessViewSet)
