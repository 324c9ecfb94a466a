"""The ideas in the admin: what agents sent, and the editors' decisions.

Ideas come from the public form only: nobody adds one here. Editors holding the
``change_idea`` permission select, decline or mark an idea incubated (``moderation.decide``
records who did it and when, and tells the author); ``view_idea`` lets one read them.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from submissions.admin_views import ConfirmedEditView, ConfirmedIndexView, ConfirmedInspectView

from . import moderation
from .admin_forms import IdeaDecisionForm
from .models import Idea


class NoAddPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return action != "add" and super().user_has_permission_for_instance(user, action, instance)


class IdeaIndexView(ConfirmedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("defi", "decided_by")


class IdeaDecisionView(ConfirmedEditView):
    def save_instance(self):
        data = self.form.cleaned_data
        idea = moderation.decide(
            self.object.pk,
            status=data["status"],
            user=self.request.user,
            story=data.get("story"),
            english_title=data.get("english_title", ""),
            english_summary=data.get("english_summary", ""),
        )
        self.has_content_changes = self.form.has_changed()
        log(instance=idea, action="wagtail.edit", content_changed=self.has_content_changes)
        return idea


class IdeaViewSet(ModelViewSet):
    model = Idea
    icon = "pick"
    menu_label = _("Idées des défis")
    add_to_admin_menu = True
    menu_order = 255
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = IdeaIndexView
    edit_view_class = IdeaDecisionView
    inspect_view_class = ConfirmedInspectView
    list_display = [
        "title",
        Column("defi", label=_("défi"), accessor="defi"),
        Column("status", label=_("statut"), accessor="get_status_display"),
        "administration",
        "created_at",
        Column("decided_by", label=_("décision prise par"), accessor="decided_by"),
        "decided_at",
    ]
    list_filter = ["status", "defi"]
    search_fields = ["title", "administration", "author_name"]
    inspect_view_fields = [
        "defi",
        "title",
        "status",
        "problem",
        "idea",
        "author_name",
        "publish_name",
        "administration",
        "email",
        "language",
        "english_title",
        "english_summary",
        "story",
        "created_at",
        "confirmed_at",
        "decided_by",
        "decided_at",
    ]

    @property
    def permission_policy(self):
        return NoAddPolicy(self.model)

    def get_form_class(self, for_update=False):
        return IdeaDecisionForm


idea_viewset = IdeaViewSet("defi_ideas")


@hooks.register("register_admin_viewset")
def register_viewset():
    return idea_viewset
