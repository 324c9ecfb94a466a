"""The abstract submission: who sent it, in which language, and its two secrets."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return secrets.token_urlsafe(32)


class EmailConfirmedSubmission(models.Model):
    """A submission that counts only once its sender clicked the link sent to their address.

    ``confirm_token`` is the secret of the confirmation link, forgotten once used;
    ``edit_token`` the secret of the private edit link. Neither carries personal data.
    """

    email = models.EmailField(_("adresse électronique"), max_length=254)
    language = models.CharField(_("langue"), max_length=5, default="fr")
    confirm_token = models.CharField(max_length=64, unique=True, null=True, editable=False)
    edit_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("envoyée le"), auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(_("adresse confirmée le"), null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None
