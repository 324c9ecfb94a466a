"""A session of an event: when, how many seats, who may register (see ``events.models``).

Sessions are edited inside their event page; from the first registration on, their seats
belong to the registration rules (``events.ownership``, docs/registrations.md).
"""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from .availability import availability as seat_availability
from .availability import session_state
from .choices import TIME_ZONE_CHOICES
from .editor import SessionRegistrationsPanel
from .eligibility import domain_list, invalid_domains, parse_domains
from .ownership import snapshot_title


class EventSession(Orderable):
    # A session with registrations outlives its page (see events.ownership): the page is
    # then null and the snapshot says what it was.
    event = ParentalKey(
        "events.EventPage",
        related_name="sessions",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    title = models.CharField(_("titre de la session"), max_length=200, blank=True)
    description = models.TextField(
        _("description courte"),
        max_length=500,
        blank=True,
        help_text=_(
            "Facultatif : ce qui distingue cette session des autres, en une ou deux phrases."
        ),
    )
    # Sessions belong to the French source page and every language shows them: their title
    # and description carry their English text beside the French one.
    title_en = models.CharField(
        _("titre de la session en anglais"),
        max_length=200,
        blank=True,
        help_text=_("Vide : la page anglaise montre le titre français."),
    )
    description_en = models.TextField(
        _("description courte en anglais"),
        max_length=500,
        blank=True,
        help_text=_("Vide : la page anglaise montre la description française."),
    )
    start = models.DateTimeField(_("début"))
    end = models.DateTimeField(_("fin"))
    time_zone = models.CharField(
        _("fuseau horaire"),
        max_length=40,
        choices=TIME_ZONE_CHOICES,
        default="Europe/Paris",
        help_text=_(
            "Le fuseau horaire affiché aux participants. Saisissez le début et la fin dans votre propre fuseau."
        ),
    )
    capacity = models.PositiveIntegerField(_("capacité"), default=30)
    waitlist_enabled = models.BooleanField(_("liste d'attente"), default=True)
    registration_opens_at = models.DateTimeField(
        _("ouverture des inscriptions"),
        null=True,
        blank=True,
        help_text=_("Vide : ouvertes dès maintenant."),
    )
    registration_closes_at = models.DateTimeField(
        _("fin des inscriptions"),
        null=True,
        blank=True,
        help_text=_("Vide : au début de la session."),
    )
    venue_override = models.TextField(
        _("lieu de cette session"),
        blank=True,
        help_text=_("Laisser vide pour reprendre celui de l'événement."),
    )
    is_cancelled = models.BooleanField(_("annulée"), default=False)
    # Who may register (events.eligibility): editor fields, like the time and the place.
    reserved_domains = models.CharField(
        _("réservée aux adresses de"),
        max_length=500,
        blank=True,
        help_text=_(
            "Domaines séparés par des virgules, par exemple « interieur.gouv.fr » (les "
            "sous-domaines sont admis). Vide : ouverte à tous."
        ),
    )
    invitation_only = models.BooleanField(
        _("sur invitation"),
        default=False,
        help_text=_(
            "Seules les personnes qui ont le lien d'invitation peuvent s'inscrire ; la session "
            "n'est montrée ni dans le programme ni dans les calendriers publics."
        ),
    )
    # Written once, when the event page is deleted (events.ownership.detach_sessions).
    event_snapshot = models.JSONField(default=dict, blank=True, editable=False)
    event_organiser_key = models.UUIDField(null=True, blank=True, editable=False)
    event_host_lab_key = models.UUIDField(null=True, blank=True, editable=False)
    event_deleted_at = models.DateTimeField(
        _("page de l'événement supprimée le"), null=True, blank=True, editable=False
    )

    panels = [
        SessionRegistrationsPanel(),
        FieldRowPanel([FieldPanel("title"), FieldPanel("title_en")]),
        FieldRowPanel([FieldPanel("description"), FieldPanel("description_en")]),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled")]),
        FieldRowPanel([FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]),
        FieldPanel("venue_override"),
        FieldRowPanel([FieldPanel("reserved_domains"), FieldPanel("invitation_only")]),
        FieldPanel("is_cancelled"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="session_ends_after_start"
            ),
        ]

    def __str__(self):
        return f"{self.event_title} – {self.local_start:%d/%m/%Y %H:%M}"

    def title_in(self, language):
        """The session's title in ``language``: the English one if written, else the French."""
        return (language or "")[:2] == "en" and self.title_en.strip() or self.title

    def description_in(self, language):
        return (language or "")[:2] == "en" and self.description_en.strip() or self.description

    @property
    def shown_title(self):
        """The title in the language of the page being rendered."""
        return self.title_in(get_language())

    @property
    def shown_description(self):
        return self.description_in(get_language())

    @property
    def event_title(self):
        """The event's title, from its page or, once the page is deleted, its snapshot."""
        return self.event.title if self.event_id else snapshot_title(self.event_snapshot)

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("La session doit se terminer après son début.")})
        if invalid := invalid_domains(self.reserved_domains):
            raise ValidationError(
                {
                    "reserved_domains": _("Domaine non valable : %(domains)s.")
                    % {"domains": ", ".join(invalid)}
                }
            )
        if self.registration_opens_at and self.registration_closes_at:
            if self.registration_closes_at <= self.registration_opens_at:
                raise ValidationError(
                    {
                        "registration_closes_at": _(
                            "Les inscriptions doivent fermer après leur ouverture."
                        )
                    }
                )

    @property
    def reserved_to(self):
        """« @interieur.gouv.fr » when reserved to addresses of some domains, else ""."""
        return domain_list(parse_domains(self.reserved_domains))

    @property
    def tzinfo(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.tzinfo)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.tzinfo)

    @property
    def closes_at(self):
        """When registration closes: the set moment, or the start."""
        return self.registration_closes_at or self.start

    def loaded_event_key(self):
        """The translation key of the event when its page is already loaded, else None: the
        cached pages that show the session are found by it without a query."""
        if EventSession.event.is_cached(self) and self.event is not None:
            return self.event.translation_key
        return None

    def registration_state(self, now=None):
        """The ``SessionState`` now (or at ``now``)."""
        return session_state(self, now or timezone.now())

    @cached_property
    def availability(self):
        """What the session allows now, from the counts of ``availability.with_counts``."""
        return seat_availability(self, self.confirmed_count, self.waitlist_count, timezone.now())
