"""The comment form of the review actions that go back to the sender: a reason is required."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm


class ReasonForm(TaskStateCommentForm):
    comment = forms.CharField(
        label=_("Message au proposant"),
        help_text=_("Envoyé par courriel au proposant, dans sa langue si vous l'écrivez ainsi."),
        widget=forms.Textarea({"rows": 5}),
        max_length=3000,
        error_messages={"required": _("Écrivez au proposant ce qui motive votre décision.")},
    )
