from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, history, page_actions, session_controls
from .access import can_follow_registrations
from .models import StaffAccess
from .staff import check_in, dashboard, door, people, personal_data, selection, sheets
from .staff import messages as staff_messages
from .staff import statistics as staff_statistics

admin_urls = (
    [
        path("", admin_views.session_index, name="index"),
        path("session/<int:session_id>/", admin_views.session_detail, name="session"),
        path(
            "session/<int:session_id>/export.csv",
            selection.export,
            {"extension": "csv"},
            name="export",
        ),
        path(
            "session/<int:session_id>/export.xlsx",
            selection.export,
            {"extension": "xlsx"},
            name="export_xlsx",
        ),
        path("session/<int:session_id>/selection/", selection.bulk_action, name="bulk_action"),
        path("session/<int:session_id>/filtres/", selection.filter_list, name="filter_list"),
        # door: the check-in screen, scans, no-shows, attendance sheet and certificates.
        path("session/<int:session_id>/pointage/", check_in.check_in_list, name="check_in"),
        path(
            "session/<int:session_id>/pointage/etat/",
            check_in.check_in_state,
            name="check_in_state",
        ),
        path(
            "session/<int:session_id>/capacite/",
            session_controls.change_capacity,
            name="capacity",
        ),
        path(
            "session/<int:session_id>/liste-attente/",
            session_controls.set_waitlist,
            name="waitlist",
        ),
        path(
            "session/<int:session_id>/annuler/",
            session_controls.cancel_session,
            name="cancel_session",
        ),
        path(
            "session/<int:session_id>/invitation/",
            session_controls.renew_invitation,
            name="renew_invitation",
        ),
        path(
            "session/<int:session_id>/retablir/",
            session_controls.restore_session,
            name="restore_session",
        ),
        path(
            "inscription/<int:registration_id>/pointage/",
            check_in.check_in,
            name="check_in_toggle",
        ),
        # The session page's buttons: the same check-in, back to the session page.
        path(
            "inscription/<int:registration_id>/check_in/",
            check_in.check_in,
            {"present": True, "from_session_page": True},
            name="session_check_in",
        ),
        path(
            "inscription/<int:registration_id>/undo_check_in/",
            check_in.check_in,
            {"present": False, "from_session_page": True},
            name="session_undo_check_in",
        ),
        path("code/<str:secret>/", door.scan, name="scan"),
        path("inscription/<int:registration_id>/nouveau-code/", door.renew_code, name="renew_code"),
        path("session/<int:session_id>/absences/", door.no_shows, name="no_shows"),
        path(
            "session/<int:session_id>/emargement.pdf",
            sheets.attendance_sheet,
            name="attendance_sheet",
        ),
        path("session/<int:session_id>/attestations/", sheets.certificates, name="certificates"),
        path(
            "inscription/<int:registration_id>/attestation.pdf",
            sheets.staff_certificate,
            name="staff_certificate",
        ),
        path("session/<int:session_id>/messages/", staff_messages.compose, name="messages"),
        path(
            "session/<int:session_id>/messages/<int:message_id>/",
            staff_messages.message_detail,
            name="message",
        ),
        path("statistiques/", staff_statistics.report_view, name="statistics"),
        path(
            "statistiques/export.<str:extension>",
            staff_statistics.export,
            name="statistics_export",
        ),
        *people.urls,
        *personal_data.urls,
        # Last: its second part matches any word, the paths above included.
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


@hooks.register("register_admin_menu_item")
def register_statistics_menu_item():
    return StaffMenuItem(
        _("Statistiques"),
        reverse("registrations_admin:statistics"),
        icon_name="table",
        order=251,
    )


@hooks.register("register_admin_menu_item")
def register_personal_data_menu_item():
    return StaffMenuItem(
        # Short enough for the sidebar, which cuts « Données personnelles ».
        _("Demandes RGPD"),
        reverse("registrations_admin:personal_data"),
        icon_name="user",
        order=252,
    )


class StaffAccessViewSet(SnippetViewSet):
    """Administrators say which organiser's registrations, or which lab's hosted events,
    each lab-staff member follows (one grant names one of the two)."""

    model = StaffAccess
    icon = "key"
    menu_label = _("Accès aux inscriptions")
    add_to_settings_menu = True
    list_display = ["user", "organisation", "lab"]
    list_filter = ["organisation", "lab"]
    panels = [FieldPanel("user"), FieldPanel("organisation"), FieldPanel("lab")]


register_snippet(StaffAccessViewSet)


@hooks.register("register_log_actions")
def register_history_actions(actions):
    """The staff actions of ``registrations.history``, with their messages in the history."""
    for action, (label, _message) in history.ACTIONS.items():

        class Formatter(LogFormatter):
            def format_message(self, log_entry):
                return history.message_for(log_entry.action, log_entry.data)

        Formatter.label = label
        actions.register_action(history.action_name(action))(Formatter)


hooks.register("construct_homepage_panels", dashboard.add_panel)

# Deleting or unpublishing an event page that people registered for asks first.
hooks.register("before_delete_page", page_actions.before_delete_page)
hooks.register("before_unpublish_page", page_actions.before_unpublish_page)
hooks.register("before_bulk_action", page_actions.before_bulk_action)
