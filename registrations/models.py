"""Registrations to event sessions.

Only ``registrations.services`` writes a registration's status or waiting-list position.
"""

import secrets

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmée")
    WAITLISTED = "waitlisted", _("En liste d'attente")
    CANCELLED = "cancelled", _("Annulée")


class Registration(models.Model):
    session = models.ForeignKey(
        "events.EventSession",
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("statut"), max_length=12, choices=RegistrationStatus.choices, db_index=True
    )
    waitlist_position = models.PositiveIntegerField(_("position en liste d'attente"), null=True, blank=True)
    first_name = models.CharField(_("prénom"), max_length=100)
    last_name = models.CharField(_("nom de famille"), max_length=100)
    email = models.EmailField(_("courriel"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200)
    job_title = models.CharField(_("fonction"), max_length=200, blank=True)
    accessibility_needs = models.TextField(_("besoins d'accessibilité"), max_length=1000, blank=True)
    language = models.CharField(_("langue"), max_length=5, default="fr")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("inscrite le"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    cancelled_at = models.DateTimeField(_("annulée le"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("présence pointée le"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymisée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                "session", Lower("email"), name="one_registration_per_email_and_session"
            ),
        ]
        indexes = [models.Index(fields=["session", "status", "waitlist_position"])]

    def __str__(self):
        return f"{self.first_name} {self.last_name} ({self.get_status_display()})"
