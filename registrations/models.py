"""Registrations to event sessions, the invites sent for each session, and outgoing emails.

Only ``registrations.services`` writes a registration's status or waiting-list position.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

# The status vocabulary lives with seat availability, which counts with it.
from events.availability import RegistrationStatus


def new_token():
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    # Never deleted with its session: a session with registrations outlives its page and
    # cannot be removed (events.ownership); only the retention job anonymises people.
    session = models.ForeignKey(
        "events.EventSession",
        verbose_name=_("session"),
        on_delete=models.PROTECT,
        related_name="registrations",
    )
    status = models.CharField(
        _("statut"), max_length=12, choices=RegistrationStatus.choices, db_index=True
    )
    waitlist_position = models.PositiveIntegerField(
        _("position en liste d'attente"), null=True, blank=True
    )
    first_name = models.CharField(_("prénom"), max_length=100)
    last_name = models.CharField(_("nom de famille"), max_length=100)
    # Stored normalised (trimmed, lower case): one registration per address and session.
    # Empty only for people staff added by hand without an address (a phone call).
    email = models.EmailField(_("courriel"), max_length=254, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200)
    job_title = models.CharField(_("fonction"), max_length=200, blank=True)
    accessibility_needs = models.TextField(
        _("besoins d'accessibilité"), max_length=1000, blank=True
    )
    language = models.CharField(_("langue"), max_length=5, default="fr")
    # The personal link's secret. Replaced (and the old one forgotten) once used to cancel.
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("inscrite le"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    confirmed_at = models.DateTimeField(_("place confirmée le"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("annulée le"), null=True, blank=True)
    # Set with cancelled_at when staff move the person to another session of the event: the
    # statistics count a move apart from a cancellation.
    moved_at = models.DateTimeField(_("déplacée le"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("présence pointée le"), null=True, blank=True)
    # Set by the one promotion write (rules.common.promote_people): the statistics count it.
    promoted_at = models.DateTimeField(
        _("promue depuis la liste d'attente le"), null=True, blank=True
    )
    reminded_at = models.DateTimeField(_("rappel envoyé le"), null=True, blank=True)
    no_show_at = models.DateTimeField(_("absence constatée le"), null=True, blank=True)
    # What the QR code at the door carries: never the manage token, so a photographed code
    # can check a person in but cannot cancel them. Staff can draw a new one.
    check_in_secret = models.CharField(
        max_length=64, unique=True, default=new_token, editable=False
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ajoutée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("La personne de l'équipe qui a ajouté cette inscription à la main."),
    )
    anonymised_at = models.DateTimeField(_("anonymisée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                "session",
                Lower("email"),
                name="one_registration_per_email_and_session",
                condition=~models.Q(email=""),
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "waitlist_position"])]
        permissions = [
            ("view_all_registrations", _("Peut suivre les inscriptions de tous les organisateurs")),
        ]

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.get_status_display()})"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()


class StaffAccess(models.Model):
    """Lets a person follow the registrations of one organiser's events, or of the events
    one lab hosts (whoever organises them), and only those: exactly one of the two.

    Lab staff see the people registered for their own lab's events (data minimisation);
    the communication team has ``view_all_registrations`` instead.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        on_delete=models.CASCADE,
        related_name="registration_access",
    )
    organisation = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organisateur"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Ses événements, dans toutes les langues."),
    )
    lab = models.ForeignKey(
        "labs.LabPage",
        verbose_name=_("laboratoire hôte"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Les événements que ce laboratoire accueille, quel que soit leur organisateur, "
            "dans toutes les langues."
        ),
    )

    class Meta:
        verbose_name = _("accès aux inscriptions")
        verbose_name_plural = _("accès aux inscriptions")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="one_access_per_user_and_organiser"
            ),
            models.UniqueConstraint(fields=["user", "lab"], name="one_access_per_user_and_lab"),
            models.CheckConstraint(
                condition=models.Q(organisation__isnull=False, lab__isnull=True)
                | models.Q(organisation__isnull=True, lab__isnull=False),
                name="access_to_an_organiser_or_a_lab",
            ),
        ]

    def clean(self):
        super().clean()
        if (self.organisation_id is None) == (self.lab_id is None):
            raise ValidationError(
                _("Choisissez soit un organisateur, soit un laboratoire hôte (un seul des deux).")
            )

    def __str__(self):
        return f"{self.user} – {self.organisation or self.lab}"


class InviteState(models.Model):
    """What the registrants of a session were last sent in their calendar invites.

    Publishing a page compares its sessions with this record to decide whether an update or
    a cancellation must go out. The SEQUENCE lives here rather than on the session row
    because publishing an older revision of the event page would write an older value back.
    """

    session = models.OneToOneField(
        "events.EventSession", on_delete=models.CASCADE, related_name="invite_state"
    )
    sequence = models.PositiveIntegerField(default=0)
    start = models.DateTimeField()
    end = models.DateTimeField()
    location = models.TextField(blank=True)
    is_cancelled = models.BooleanField(default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("état des invitations")

    def __str__(self):
        return f"session {self.session_id} (SEQUENCE {self.sequence})"


class InvitationLink(models.Model):
    """The invitation token of a session on invitation only (``events.eligibility``).

    Its own row, not a session field: publishing an older revision of the event page would
    otherwise bring back a token staff renewed. Written by ``services.renew_invitation``.
    """

    session = models.OneToOneField(
        "events.EventSession", on_delete=models.CASCADE, related_name="invitation"
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    renewed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("lien d'invitation")

    def __str__(self):
        return f"session {self.session_id}"


class EmailKind(models.TextChoices):
    CONFIRMED = "confirmed", _("Place confirmée")
    WAITLISTED = "waitlisted", _("Inscription en liste d'attente")
    PROMOTED = "promoted", _("Place libérée")
    CANCELLED = "cancelled", _("Inscription annulée")
    LEFT_WAITLIST = "left_waitlist", _("Départ de la liste d'attente")
    ALREADY_REGISTERED = "already_registered", _("Déjà inscrit")
    SESSION_UPDATED = "session_updated", _("Session modifiée")
    SESSION_CANCELLED = "session_cancelled", _("Session annulée")
    SESSION_RESTORED = "session_restored", _("Session rétablie")
    REMINDER = "reminder", _("Rappel")
    ENTRY_CODE = "entry_code", _("Nouveau code d'entrée")
    CERTIFICATE = "certificate", _("Attestation de participation")
    STAFF_MESSAGE = "staff_message", _("Message de l'équipe")
    MOVED = "moved", _("Inscription déplacée")
    # Emails to the sender of a public submission (submissions.mail), rendered when queued.
    SUBMISSION = "submission", _("Suivi d'une proposition")


class Audience(models.TextChoices):
    """Who a staff message goes to among the people of a session."""

    CONFIRMED = "confirmed", _("Les personnes inscrites (place confirmée)")
    WAITLISTED = "waitlisted", _("Les personnes en liste d'attente")
    CHECKED_IN = "checked_in", _("Les personnes pointées présentes")


class StaffMessage(models.Model):
    """A message staff wrote to the people of a session, kept with what it became.

    Each recipient gets their own ``OutboundEmail`` (``emails``), so how many went out is
    read from those rows, never guessed.
    """

    session = models.ForeignKey(
        "events.EventSession",
        verbose_name=_("session"),
        on_delete=models.PROTECT,
        related_name="staff_messages",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    audience = models.CharField(_("destinataires"), max_length=12, choices=Audience.choices)
    subject = models.CharField(_("objet"), max_length=200)
    body = models.TextField(_("message"), max_length=10000)
    subject_en = models.CharField(_("objet en anglais"), max_length=200, blank=True)
    body_en = models.TextField(_("message en anglais"), max_length=10000, blank=True)
    recipients = models.PositiveIntegerField(_("destinataires"), default=0)
    recipients_en = models.PositiveIntegerField(_("destinataires en anglais"), default=0)
    without_email = models.PositiveIntegerField(_("personnes sans adresse"), default=0)
    created_at = models.DateTimeField(_("envoyé le"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("message aux participants")
        verbose_name_plural = _("messages aux participants")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.subject


class OutboundEmail(models.Model):
    """One email, stored with its cause's transaction and kept until it is sent.

    A failing mail server never loses a message: the row stays unsent with its error and
    ``resend_unsent_emails`` tries again later.
    """

    kind = models.CharField(_("type"), max_length=24, choices=EmailKind.choices)
    registration = models.ForeignKey(
        Registration, null=True, blank=True, on_delete=models.SET_NULL, related_name="emails"
    )
    language = models.CharField(_("langue"), max_length=5)
    staff_message = models.ForeignKey(
        StaffMessage, null=True, blank=True, on_delete=models.SET_NULL, related_name="emails"
    )
    to = models.EmailField(_("destinataire"), max_length=254)
    from_email = models.CharField(max_length=300)
    reply_to = models.CharField(max_length=300, blank=True)
    # What the email must tell, as it was decided; rendered into the fields below once.
    context = models.JSONField(default=dict, blank=True)
    subject = models.CharField(_("objet"), max_length=300, blank=True)
    body_text = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    ics = models.TextField(blank=True)
    ics_method = models.CharField(max_length=10, blank=True)
    # A moved registration's email also removes the old session from the calendar: the
    # CANCEL of the old session's invite, attached beside the new one (``ics``).
    ics_cancel = models.TextField(blank=True)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("envoyé le"), null=True, blank=True, db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    attempts = models.PositiveIntegerField(_("tentatives"), default=0)
    last_error = models.TextField(_("dernière erreur"), blank=True)

    class Meta:
        verbose_name = _("courriel")
        verbose_name_plural = _("courriels")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.to}"
