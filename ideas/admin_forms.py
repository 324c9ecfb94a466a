"""The editors' decision on an idea: its status, its story page, its English texts."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminPageChooser

from .models import DECISIONS, Idea, IdeaStatus


class IdeaDecisionForm(WagtailAdminModelForm):
    class Meta:
        model = Idea
        fields = ["status", "story", "english_title", "english_summary"]
        widgets = {"story": AdminPageChooser()}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status.value, status.label) for status in map(IdeaStatus, DECISIONS)
        ]
        self.fields["status"].label = _("Décision")
        self.fields["english_summary"].widget = forms.Textarea(attrs={"rows": 4})

    def clean(self):
        data = super().clean()
        if data.get("story") and data.get("status") != IdeaStatus.INCUBATED:
            self.add_error(
                "story",
                _("Seule une idée en incubation renvoie vers la page de son histoire."),
            )
        return data
