"""The proposals in the admin: the list of what was sent, and the spreadsheet import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet

from submissions.admin_views import ConfirmedEditView, ConfirmedIndexView, ConfirmedInspectView

from . import admin_views
from .models import EventProposal


class EventProposalViewSet(ModelViewSet):
    """What organisers sent, read-only: the draft page is where editors work."""

    model = EventProposal
    icon = "form"
    menu_label = _("Propositions d'événements")
    add_to_admin_menu = True
    menu_order = 250
    inspect_view_enabled = True
    # Only what senders confirmed (``ModelViewSet`` has no ``get_queryset`` hook).
    index_view_class = ConfirmedIndexView
    inspect_view_class = ConfirmedInspectView
    edit_view_class = ConfirmedEditView
    list_display = [
        "title",
        Column("status", label=_("statut"), accessor="get_status_display"),
        "contact_name",
        "new_organiser",
        "created_at",
    ]
    list_filter = ["status"]
    search_fields = ["title", "contact_name", "new_organiser"]
    inspect_view_fields = [
        "title",
        "status",
        "summary",
        "description",
        "event_format",
        "region",
        "organiser",
        "new_organiser",
        "mode",
        "venue_name",
        "venue_address",
        "online_url",
        "external_registration_url",
        "contact_name",
        "email",
        "publish_contact",
        "language",
        "page",
        "editor_message",
        "created_at",
        "confirmed_at",
    ]
    # Proposals come from the public form only; editors hold the view permission and
    # change the draft page instead. Only the organiser's new name is editable here.
    form_fields = ["new_organiser"]


proposal_viewset = EventProposalViewSet("event_proposals")


@hooks.register("register_admin_viewset")
def register_viewset():
    return proposal_viewset


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("import-evenements/", admin_views.import_upload, name="proposals_import"),
        path(
            "import-evenements/modele.<str:extension>",
            admin_views.import_template,
            name="proposals_import_template",
        ),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("proposals.import_events")


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Importer des événements"),
        reverse("proposals_import"),
        icon_name="upload",
        order=260,
    )
