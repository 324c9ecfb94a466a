"""Event proposals, their sessions, the moderation task, and the events imported."""

import secrets

from django.conf import settings
from django.db import models, transaction
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, TaskState

from events.choices import TIME_ZONE_CHOICES, EventMode
from submissions.models import EmailConfirmedSubmission

WORKFLOW_NAME = "Validation du programme"

# Sent when a review step ends: action "published", "reject" (changes asked) or "decline".
review_done = Signal()


class ProposalStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Adresse à confirmer")
    IN_REVIEW = "in_review", _("En cours de validation")
    CHANGES_REQUESTED = "changes", _("Modifications demandées")
    PUBLISHED = "published", _("Publiée")
    DECLINED = "declined", _("Refusée")


def image_path(instance, filename):
    """A random name: the sender's own file name may say who they are."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "jpg"
    return f"proposals/{secrets.token_hex(16)}.{extension[:5]}"


class EventProposal(EmailConfirmedSubmission):
    """What an organiser sent through the public form (``email`` is the contact's)."""

    status = models.CharField(
        _("statut"),
        max_length=12,
        choices=ProposalStatus.choices,
        default=ProposalStatus.UNCONFIRMED,
        db_index=True,
    )
    title = models.CharField(_("titre"), max_length=200)
    summary = models.TextField(_("résumé"), max_length=500)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    event_format = models.ForeignKey(
        "taxonomy.EventFormat",
        verbose_name=_("format"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = models.ManyToManyField(
        "taxonomy.Theme", verbose_name=_("thématiques"), blank=True, related_name="+"
    )
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("région"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organisateur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # An organiser not in the list: the editors create the snippet, or pick an existing one.
    new_organiser = models.CharField(_("nouvel organisateur"), max_length=200, blank=True)
    mode = models.CharField(_("modalité"), max_length=10, choices=EventMode.choices)
    venue_name = models.CharField(_("lieu"), max_length=200, blank=True)
    venue_address = models.TextField(_("adresse du lieu"), max_length=500, blank=True)
    online_url = models.URLField(_("lien de connexion"), blank=True)
    external_registration_url = models.URLField(_("lien d'inscription externe"), blank=True)
    contact_name = models.CharField(_("nom du contact"), max_length=200)
    publish_contact = models.BooleanField(_("publier l'adresse de contact"), default=False)
    image = models.ImageField(_("image"), upload_to=image_path, blank=True)
    image_alt = models.CharField(_("texte alternatif de l'image"), max_length=250, blank=True)
    page = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("page de l'événement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    editor_message = models.TextField(_("message de l'équipe"), blank=True)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    class Meta:
        verbose_name = _("proposition d'événement")
        verbose_name_plural = _("propositions d'événements")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title

    @property
    def editable(self):
        """The sender may still change it: confirmed, and neither published nor declined."""
        return self.is_confirmed and self.status in (
            ProposalStatus.IN_REVIEW,
            ProposalStatus.CHANGES_REQUESTED,
        )

    def delete(self, *args, **kwargs):
        image = self.image
        result = super().delete(*args, **kwargs)
        if image:
            transaction.on_commit(lambda: image.storage.delete(image.name))
        return result


class ProposalSession(models.Model):
    proposal = models.ForeignKey(EventProposal, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("début"))
    end = models.DateTimeField(_("fin"))
    time_zone = models.CharField(
        _("fuseau horaire"), max_length=40, choices=TIME_ZONE_CHOICES, default="Europe/Paris"
    )
    capacity = models.PositiveIntegerField(_("capacité"), null=True, blank=True)

    class Meta:
        ordering = ["start", "id"]
        verbose_name = _("session proposée")
        verbose_name_plural = _("sessions proposées")

    def __str__(self):
        return f"{self.start:%Y-%m-%d %H:%M}"


class ImportedEvent(models.Model):
    """An event a spreadsheet created: its key makes importing the same file again a no-op."""

    import_key = models.CharField(_("identifiant d'import"), max_length=200, unique=True)
    page = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("page de l'événement"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("importé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("événement importé")
        verbose_name_plural = _("événements importés")
        permissions = [("import_events", _("Peut importer des événements depuis un tableur"))]

    def __str__(self):
        return self.import_key


class ProposalReviewTask(AbstractGroupApprovalTask):
    """The programme's review step: approve (publishes), ask for changes, or decline.

    Asking for changes is Wagtail's "reject" (the page goes back to its author, here the
    sender, through their private link); declining ends the workflow and keeps the page
    unpublished. The sender is told each time (``proposals.moderation``).
    """

    def get_actions(self, obj, user):
        if not (user.is_superuser or self._user_in_groups(user)):
            return []
        return [
            # The admin adds "et Publier" to the approval of a workflow's last step.
            ("approve", _("Valider"), False),
            ("approve", _("Valider avec un commentaire"), True),
            ("reject", _("Demander des modifications au proposant"), True),
            ("decline", _("Refuser la proposition"), True),
        ]

    def get_form_for_action(self, action):
        from .reasons import ReasonForm

        if action in ("reject", "decline"):
            return ReasonForm
        return super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        """Wagtail's action, then ``review_done`` for the proposal's sender
        (``proposals.signals`` passes it on to ``proposals.moderation``)."""
        comment = kwargs.get("comment", "")
        notify = kwargs.pop("notify", True)
        if action_name == "decline":
            task_state.reject(user=user, comment=comment)
            workflow_state = task_state.workflow_state
            workflow_state.refresh_from_db()
            workflow_state.cancel(user=user)
        else:
            super().on_action(task_state, user, action_name, **kwargs)
        page = task_state.workflow_state.content_object
        if action_name == "approve":
            if task_state.status != TaskState.STATUS_APPROVED:
                return None
            page.refresh_from_db()
            if not page.live:
                return None
            action_name = "published"
        review_done.send(
            sender=type(self), page=page, action=action_name, comment=comment, notify=notify
        )
        return None

    @classmethod
    def get_description(cls):
        return _(
            "Les membres des groupes choisis valident, font modifier ou refusent les "
            "événements proposés ; le proposant est prévenu par courriel."
        )

    class Meta:
        verbose_name = _("validation d'un événement proposé")
        verbose_name_plural = _("validations d'événements proposés")
