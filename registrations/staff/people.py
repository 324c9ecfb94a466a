"""Staff act on one person by hand: add a registration taken on the phone, move one to
another session of the same event, send the confirmation and invite again.

Thin: the decisions are the rules' (``services.add_registration``, ``move_registration``,
``resend_confirmation``); every view finds its session or registration through
``registrations.access`` (another lab's is a 404) and says what happened in a message.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from common.fields import NormalisedEmailField
from events.availability import with_counts
from events.formatting import format_when
from registrations import services
from registrations.access import sessions_visible_to
from registrations.models import EmailKind, Registration
from registrations.models import RegistrationStatus as Status
from registrations.services import RegistrationError

from .check_in import visible_registration, visible_session

LANGUAGES = [("fr", gettext_lazy("Français")), ("en", gettext_lazy("Anglais"))]


def _field_length(name):
    return Registration._meta.get_field(name).max_length


class AddForm(forms.Form):
    first_name = forms.CharField(
        label=gettext_lazy("Prénom"),
        max_length=_field_length("first_name"),
        error_messages={"required": gettext_lazy("Saisissez le prénom de la personne.")},
    )
    last_name = forms.CharField(
        label=gettext_lazy("Nom"),
        max_length=_field_length("last_name"),
        error_messages={"required": gettext_lazy("Saisissez le nom de la personne.")},
    )
    organisation = forms.CharField(
        label=gettext_lazy("Organisation"),
        max_length=_field_length("organisation"),
        error_messages={"required": gettext_lazy("Saisissez l'organisation de la personne.")},
    )
    job_title = forms.CharField(
        label=gettext_lazy("Fonction"), max_length=_field_length("job_title"), required=False
    )
    email = NormalisedEmailField(
        label=gettext_lazy("Adresse électronique"),
        required=False,
        max_length=254,
        help_text=gettext_lazy(
            "Facultative. Avec une adresse, la personne reçoit la confirmation et "
            "l'invitation ; sans adresse, elle ne reçoit aucun courriel : dites-lui tout "
            "au téléphone."
        ),
        error_messages={
            "invalid": gettext_lazy(
                "Saisissez une adresse électronique valide, par exemple nom@domaine.fr."
            )
        },
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Langue des courriels"), choices=LANGUAGES, initial="fr"
    )
    accessibility_needs = forms.CharField(
        label=gettext_lazy("Besoins d'accessibilité"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    overbook = forms.BooleanField(
        label=gettext_lazy("Surréserver si la session est complète"),
        required=False,
        help_text=gettext_lazy(
            "Cochée, la personne a une place même au-delà de la capacité (noté dans "
            "l'historique). Sinon, une session complète la place en liste d'attente."
        ),
    )
    override_reservation = forms.BooleanField(
        label=gettext_lazy("Inscrire malgré la réservation"),
        required=False,
        help_text=gettext_lazy(
            "Pour une session réservée (domaines d'adresse ou invitation) : cochée, la "
            "personne est inscrite même hors réservation, et l'historique le dit."
        ),
    )


@require_http_methods(["GET", "POST"])
@never_cache
def add(request, session_id):
    session = visible_session(request, session_id)
    form = AddForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                placement = services.add_registration(session, **form.cleaned_data, by=request.user)
            except RegistrationError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, _added_message(placement))
                return redirect("registrations_admin:session", session.pk)
        status = 400
    seats = with_counts(sessions_visible_to(request.user)).get(pk=session.pk).availability
    title = _("Ajouter une inscription")
    return TemplateResponse(
        request,
        "registrations/staff/add_registration.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "user",
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "seats": seats,
            "form": form,
        },
        status=status,
    )


def _added_message(placement):
    name = placement.registration.full_name
    if placement.status == Status.CONFIRMED and placement.overbooked:
        text = _("%(name)s a une place, en surréservation.")
    elif placement.status == Status.CONFIRMED:
        text = _("%(name)s a une place.")
    else:
        text = _("Session complète : %(name)s est en position %(position)s sur la liste d'attente.")
    text %= {"name": name, "position": placement.position}
    if placement.email is not None:
        return text + " " + _("Un courriel de confirmation lui a été envoyé.")
    return text + " " + _("Aucun courriel envoyé (pas d'adresse).")


class MoveForm(forms.Form):
    target = forms.TypedChoiceField(
        label=gettext_lazy("Nouvelle session"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choisissez la session où la déplacer.")},
    )
    waitlist = forms.BooleanField(
        label=gettext_lazy(
            "Si la session choisie est complète, placer la personne sur sa liste d'attente"
        ),
        required=False,
        help_text=gettext_lazy("Sinon, une session complète est refusée et rien ne change."),
    )
    override_reservation = forms.BooleanField(
        label=gettext_lazy("Inscrire malgré la réservation"),
        required=False,
        help_text=gettext_lazy(
            "Pour une session réservée (domaines d'adresse ou invitation) : cochée, la "
            "personne est inscrite même hors réservation, et l'historique le dit."
        ),
    )

    def __init__(self, *args, sessions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [(session.pk, session.label) for session in sessions]


def _other_sessions(user, registration, now):
    """The other sessions of the event that the person may be moved to, with their seats."""
    source = registration.session
    if source.event_id is None:
        return []
    sessions = list(
        with_counts(sessions_visible_to(user))
        .filter(event_id=source.event_id, is_cancelled=False, start__gt=now)
        .exclude(pk=source.pk)
        .order_by("start")
    )
    for session in sessions:
        seats = session.availability
        when = format_when(session.start, session.end, session.time_zone)
        if seats.places_left and not seats.waitlisted:
            left = _("%(count)s places libres") % {"count": seats.places_left}
        else:
            left = _("complète, %(count)s en liste d'attente") % {"count": seats.waitlisted}
        session.label = f"{when} ({left})"
    return sessions


@require_http_methods(["GET", "POST"])
@never_cache
def move(request, registration_id):
    registration = visible_registration(request, registration_id)
    session = registration.session
    sessions = _other_sessions(request.user, registration, timezone.now())
    form = MoveForm(request.POST or None, sessions=sessions)
    status = 200
    if registration.status == Status.CANCELLED:
        messages.error(request, _("Cette inscription est annulée."))
        return redirect("registrations_admin:session", session.pk)
    if request.method == "POST":
        if form.is_valid():
            try:
                placement = services.move_registration(
                    registration,
                    form.cleaned_data["target"],
                    waitlist=form.cleaned_data["waitlist"],
                    override_reservation=form.cleaned_data["override_reservation"],
                    by=request.user,
                )
            except RegistrationError as error:
                form.add_error("target", str(error))
            else:
                messages.success(request, _moved_message(registration, placement))
                return redirect("registrations_admin:session", placement.registration.session_id)
        status = 400
    title = _("Déplacer l'inscription de %(name)s") % {"name": registration.full_name}
    return TemplateResponse(
        request,
        "registrations/staff/move_registration.html",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "resubmit",
            "registration": registration,
            "session": session,
            "when": format_when(session.start, session.end, session.time_zone),
            "form": form,
            "sessions": sessions,
        },
        status=status,
    )


def _moved_message(registration, placement):
    target = placement.registration.session
    values = {
        "name": registration.full_name,
        "when": format_when(target.start, target.end, target.time_zone),
        "position": placement.position,
        "count": len(placement.promoted),
    }
    if placement.status == Status.CONFIRMED:
        text = _("%(name)s a maintenant une place à la session du %(when)s.") % values
    else:
        text = (
            _(
                "%(name)s est en position %(position)s sur la liste d'attente de la session du "
                "%(when)s."
            )
            % values
        )
    text += (
        " "
        + _("Personnes passées de la liste d'attente sur l'ancienne session : %(count)s.") % values
    )
    if placement.email is not None:
        return text + " " + _("Un courriel lui a été envoyé.")
    return text + " " + _("Aucun courriel envoyé (pas d'adresse).")


CONFIRMATION_KINDS = [
    EmailKind.CONFIRMED,
    EmailKind.PROMOTED,
    EmailKind.MOVED,
    EmailKind.WAITLISTED,
]


@require_POST
def resend(request, registration_id):
    registration = visible_registration(request, registration_id)
    try:
        services.resend_confirmation(registration, by=request.user)
    except RegistrationError as error:
        messages.error(request, str(error))
    else:
        sent = registration.emails.filter(kind__in=CONFIRMATION_KINDS).count()
        if registration.status == Status.CONFIRMED:
            text = _("Confirmation et invitation renvoyées à %(name)s.")
        else:
            text = _("Position sur la liste d'attente renvoyée à %(name)s.")
        messages.success(
            request,
            (text + " " + _("Envois de confirmation à ce jour : %(count)s."))
            % {"name": registration.full_name, "count": sent},
        )
    return redirect("registrations_admin:session", registration.session_id)


urls = [
    path("session/<int:session_id>/ajouter/", add, name="add_registration"),
    path("inscription/<int:registration_id>/deplacer/", move, name="move_registration"),
    path("inscription/<int:registration_id>/renvoyer/", resend, name="resend_confirmation"),
]
