"""Messages to the people of a session: write, preview, send, and what became of each.

The form checks the placeholders before anything is sent; sending is the rule's job
(``services.send_message``: one email per person through the task queue). Every view
finds its session through ``registrations.access``: another lab's session is a 404.
"""

from types import SimpleNamespace

from django import forms
from django.contrib import messages
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from events.formatting import format_when
from registrations import placeholders, services
from registrations.models import Audience, StaffMessage
from registrations.services import RegistrationError

from .check_in import visible_session

EXAMPLE_PERSON = SimpleNamespace(first_name="Camille", last_name="Martin")


def _check_placeholders(text):
    wrong = placeholders.unknown(text)
    if wrong:
        raise forms.ValidationError(
            gettext_lazy(
                "Champ de fusion inconnu : %(names)s. Champs possibles : {prénom}, {nom}, "
                "{first_name}, {last_name}."
            ),
            code="placeholder",
            params={"names": ", ".join(wrong)},
        )
    return text


class MessageForm(forms.Form):
    audience = forms.ChoiceField(
        label=gettext_lazy("Destinataires"), choices=Audience.choices, widget=forms.RadioSelect
    )
    subject = forms.CharField(label=gettext_lazy("Objet"), max_length=200)
    body = forms.CharField(
        label=gettext_lazy("Message"),
        max_length=10000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=placeholders.HELP,
    )
    subject_en = forms.CharField(
        label=gettext_lazy("Objet en anglais"), max_length=200, required=False
    )
    body_en = forms.CharField(
        label=gettext_lazy("Message en anglais"),
        max_length=10000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=gettext_lazy(
            "Facultatif. S'il est rempli, les personnes inscrites en anglais reçoivent cette "
            "version ; sinon tout le monde reçoit le message en français."
        ),
    )

    def __init__(self, *args, counts, **kwargs):
        super().__init__(*args, **kwargs)
        self.counts = counts
        self.fields["audience"].choices = [
            (value, f"{label} ({counts[value].reachable})") for value, label in Audience.choices
        ]

    def clean_subject(self):
        return _check_placeholders(self.cleaned_data["subject"])

    def clean_body(self):
        return _check_placeholders(self.cleaned_data["body"])

    def clean_subject_en(self):
        return _check_placeholders(self.cleaned_data["subject_en"])

    def clean_body_en(self):
        return _check_placeholders(self.cleaned_data["body_en"])

    def clean(self):
        data = super().clean()
        subject_en, body_en = data.get("subject_en"), data.get("body_en")
        if subject_en and not body_en and "body_en" not in self.errors:
            self.add_error("body_en", _("Écrivez le message en anglais, ou effacez son objet."))
        if body_en and not subject_en and "subject_en" not in self.errors:
            self.add_error("subject_en", _("Donnez un objet au message en anglais."))
        audience = data.get("audience")
        if audience and not self.counts[audience].reachable:
            self.add_error("audience", _("Personne à qui écrire parmi ces destinataires."))
        return data


def _preview(form, session):
    """The message as its first recipient (or an example person) will read it."""
    data = form.cleaned_data
    person = (
        services.audience_of(session, data["audience"])
        .exclude(email="")
        .only("first_name", "last_name")
        .order_by("id")
        .first()
    ) or EXAMPLE_PERSON
    versions = [("fr", data["subject"], data["body"])]
    if data.get("subject_en"):
        versions.append(("en", data["subject_en"], data["body_en"]))
    return [
        {
            "lang": lang,
            "subject": placeholders.fill(subject, person),
            "body": placeholders.fill(body, person),
        }
        for lang, subject, body in versions
    ]


def _with_counts(queryset):
    return queryset.annotate(
        sent=Count("emails", filter=Q(emails__sent_at__isnull=False)),
        failing=Count("emails", filter=Q(emails__sent_at__isnull=True) & ~Q(emails__last_error="")),
    )


@require_http_methods(["GET", "POST"])
@never_cache
def compose(request, session_id):
    session = visible_session(request, session_id)
    counts = services.audience_counts(session)
    form = MessageForm(request.POST or None, counts=counts)
    preview = None
    status = 200
    if request.method == "POST":
        if form.is_valid() and "send" in request.POST:
            data = form.cleaned_data
            try:
                message = services.send_message(
                    session,
                    audience=data["audience"],
                    subject=data["subject"],
                    body=data["body"],
                    subject_en=data["subject_en"],
                    body_en=data["body_en"],
                    by=request.user,
                )
            except RegistrationError as error:
                messages.error(request, str(error))
            else:
                messages.success(
                    request,
                    _("Message mis en file d'envoi : %(count)s courriels.")
                    % {"count": message.recipients},
                )
                return redirect("registrations_admin:message", session.pk, message.pk)
        elif form.is_valid():
            preview = _preview(form, session)
        else:
            status = 400
    past = _with_counts(StaffMessage.objects.filter(session=session).select_related("author"))
    return TemplateResponse(
        request,
        "registrations/staff/messages.html",
        {
            "page_title": _("Messages aux participants"),
            "header_title": _("Messages : %(event)s") % {"event": session.event_title},
            "header_icon": "mail",
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "form": form,
            "preview": preview,
            "counts": counts,
            "past": past,
        },
        status=status,
    )


@require_GET
def message_detail(request, session_id, message_id):
    session = visible_session(request, session_id)
    message = get_object_or_404(
        _with_counts(StaffMessage.objects.select_related("author")), pk=message_id, session=session
    )
    return TemplateResponse(
        request,
        "registrations/staff/message.html",
        {
            "page_title": message.subject,
            "header_title": message.subject,
            "header_icon": "mail",
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "message": message,
            "waiting": message.recipients - message.sent,
        },
    )
