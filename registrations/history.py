"""Who did what to a session and its registrants: the one home of the staff history.

Every staff action is a Wagtail log entry on the session (``ModelLogEntry``), written by the
rule that performs it, inside the rule's transaction: an entry exists if and only if the
change was committed. Wagtail's site history report lists them with the person who acted.

Entries carry ids and figures, never personal data (no name, no address): names are looked up
when the history is shown, so erasing or anonymising a person needs no rewriting of the log,
and the report that any administrator can open reveals nobody.

Changes to the session itself (capacity, waiting list, cancellation, restoration) are also
written in the history of its event page, naming the session, so that editors see there
what the rules changed. Without a ``user``, Wagtail records the person of the admin request
being served (its log context), or nobody for a job.
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from events.formatting import format_when

from .models import Registration, RegistrationStatus

PREFIX = "registrations."

# Action -> (label for filters, message shown in the history). Messages may use the
# entry's data as %(name)s placeholders; a missing key shows the message without it.
ACTIONS = {
    "capacity": (_("Capacité modifiée"), _("Capacité passée de %(old)s à %(new)s places")),
    "session_cancelled": (_("Session annulée"), _("Session annulée")),
    "session_restored": (_("Session rétablie"), _("Session rétablie")),
    "session_cancelled_page_deleted": (
        _("Session annulée (page supprimée)"),
        _("Session annulée : la page de l'événement a été supprimée"),
    ),
    "session_cancelled_page_unpublished": (
        _("Session annulée (page dépubliée)"),
        _("Session annulée : la page de l'événement a été dépubliée"),
    ),
    "waitlist_opened": (_("Liste d'attente ouverte"), _("Liste d'attente ouverte")),
    "waitlist_closed": (
        _("Liste d'attente fermée"),
        _("Liste d'attente fermée aux nouvelles inscriptions"),
    ),
    "cancelled": (_("Inscription annulée"), _("Inscription annulée")),
    "eligibility_overridden": (
        _("Inscription hors réservation"),
        _("Inscription ajoutée par l'équipe malgré la réservation de la session"),
    ),
    "invitation_renewed": (
        _("Lien d'invitation renouvelé"),
        _("Lien d'invitation renouvelé : l'ancien lien ne permet plus de s'inscrire"),
    ),
    "promoted": (
        _("Promotion depuis la liste d'attente"),
        _("Place donnée depuis la liste d'attente"),
    ),
    "checked_in": (_("Présence pointée"), _("Présence pointée")),
    "check_in_undone": (_("Pointage annulé"), _("Pointage annulé")),
    "exported": (_("Liste exportée"), _("Liste exportée (%(format)s, %(count)s lignes)")),
    # At the door and after (registrations.attendance): every scan, refused ones included.
    "scan_checked_in": (_("Code scanné : présence pointée"), _("Code scanné : présence pointée")),
    "scan_already": (
        _("Code scanné : déjà pointée"),
        _("Code scanné : présence déjà pointée, rien n'a changé"),
    ),
    "scan_wrong_session": (
        _("Code scanné : autre session"),
        _("Code scanné et refusé : inscription à une autre session"),
    ),
    "scan_cancelled": (
        _("Code scanné : inscription annulée"),
        _("Code scanné et refusé : inscription annulée"),
    ),
    "scan_waitlisted": (
        _("Code scanné : liste d'attente"),
        _("Code scanné et refusé : personne en liste d'attente"),
    ),
    "scan_session_cancelled": (
        _("Code scanné : session annulée"),
        _("Code scanné et refusé : session annulée"),
    ),
    "scan_not_yours": (
        _("Code scanné par une autre équipe"),
        _("Code scanné et refusé : la personne qui a scanné ne suit pas cette session"),
    ),
    "scan_unknown": (
        _("Code inconnu scanné"),
        _("Code inconnu ou remplacé scanné : refusé"),
    ),
    "no_shows": (_("Absences constatées"), _("Personnes marquées absentes : %(count)s")),
    "no_shows_undone": (_("Absences retirées"), _("Absences retirées : %(count)s")),
    "entry_code_renewed": (
        _("Nouveau code d'entrée"),
        _("Nouveau code d'entrée tiré : l'ancien ne fonctionne plus"),
    ),
    "message_sent": (
        _("Message envoyé"),
        _("Message envoyé aux participants : %(count)s courriels"),
    ),
    "added": (
        _("Inscription ajoutée à la main"),
        _("Inscription ajoutée par l'équipe (%(status)s)"),
    ),
    "moved_out": (
        _("Inscription déplacée vers une autre session"),
        _("Inscription déplacée vers la session n° %(to_session)s"),
    ),
    "moved_in": (
        _("Inscription reçue d'une autre session"),
        _("Inscription déplacée depuis la session n° %(from_session)s (%(status)s)"),
    ),
    "confirmation_resent": (
        _("Confirmation renvoyée"),
        _("Confirmation et invitation renvoyées"),
    ),
    "erased": (
        _("Données personnelles effacées"),
        _("Données personnelles effacées à la demande de la personne"),
    ),
    "personal_data_exported": (
        _("Données personnelles exportées"),
        _("Données personnelles d'une personne exportées à sa demande (%(format)s)"),
    ),
    "certificates_sent": (
        _("Attestations envoyées"),
        _("Attestations de participation envoyées : %(count)s"),
    ),
}


def action_name(action):
    return action if action.startswith(PREFIX) else PREFIX + action


def record(session, action, *, user=None, registration=None, **data):
    """Write one history entry for ``session``; ``registration`` is kept as an id only."""
    if action_name(action)[len(PREFIX) :] not in ACTIONS:
        raise ValueError(f"Unknown history action: {action}")
    if registration is not None:
        data["registration"] = getattr(registration, "pk", registration)
    return log(session, action_name(action), user=user, data=data)


def record_session_change(session, action, *, user=None, **data):
    """A change to the session itself: in its history, and in its event page's history."""
    entry = record(session, action, user=user, **data)
    if session.event_id is not None:
        about = {
            "session": session.pk,
            "session_start": session.start.isoformat(),
            "session_end": session.end.isoformat(),
            "session_time_zone": session.time_zone,
        }
        log(session.event, action_name(action), user=user, data={**data, **about})
    return entry


@dataclass(frozen=True)
class HistoryEntry:
    timestamp: object
    user: object
    action: str
    label: str
    message: str
    registration: object = None


def message_for(action, data):
    _label, message = ACTIONS.get(action[len(PREFIX) :], ("", action))
    if data.get("status") in RegistrationStatus.values:
        # Stored as its value; shown in the language of whoever reads the history.
        data = {**data, "status": str(RegistrationStatus(data["status"]).label).lower()}
    try:
        text = str(message) % data
    except (KeyError, TypeError, ValueError):
        text = str(message).split("%(")[0].rstrip(" :(")
    if "session_start" in data:
        # A page's history names the session, in the language of whoever reads it.
        try:
            start = datetime.datetime.fromisoformat(data["session_start"])
            end = datetime.datetime.fromisoformat(data["session_end"])
            when = format_when(start, end, data.get("session_time_zone") or "Europe/Paris")
        except (KeyError, TypeError, ValueError):
            return text
        text += " " + gettext("(session du %(when)s)") % {"when": when}
    return text


def for_session(session, *, registrations=None):
    """The session's history, newest first; ``registrations`` maps ids to rows already loaded."""
    entries = list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(type(session)),
            object_id=str(session.pk),
            action__startswith=PREFIX,
        )
        .select_related("user")
        .order_by("-timestamp", "-id")
    )
    if registrations is None:
        ids = {entry.data.get("registration") for entry in entries} - {None}
        registrations = Registration.objects.in_bulk(ids) if ids else {}
    return [
        HistoryEntry(
            timestamp=entry.timestamp,
            user=entry.user,
            action=entry.action,
            label=str(ACTIONS.get(entry.action[len(PREFIX) :], (entry.action,))[0]),
            message=message_for(entry.action, entry.data),
            registration=registrations.get(entry.data.get("registration")),
        )
        for entry in entries
    ]
