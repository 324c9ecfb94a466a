"""The emails to a proposal's sender, one function each, in the sender's language."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from registrations.details import absolute_url, page_url
from submissions import mail

from .models import EventProposal


def link(name, token, language):
    with translation.override(language):
        return absolute_url(reverse(name, args=[token]))


def _send(proposal: EventProposal, template, subject, **context):
    return mail.queue(
        to=proposal.email,
        language=proposal.language,
        template=f"proposals/emails/{template}",
        subject=subject,
        context={"name": proposal.contact_name, "title": proposal.title, **context},
    )


def confirm_address(proposal):
    return _send(
        proposal,
        "confirm",
        lambda: _("Confirmez votre proposition : %(title)s") % {"title": proposal.title},
        action_url=link("proposals:confirm", proposal.confirm_token, proposal.language),
        action_label=gettext_lazy("Confirmer mon adresse et envoyer la proposition"),
        action_private=True,
    )


def received(proposal):
    return _send(
        proposal,
        "received",
        lambda: _("Proposition reçue : %(title)s") % {"title": proposal.title},
        action_url=link("proposals:edit", proposal.edit_token, proposal.language),
        action_label=gettext_lazy("Modifier ma proposition"),
        action_private=True,
    )


def changes_requested(proposal, message):
    return _send(
        proposal,
        "changes",
        lambda: _("Modifications demandées : %(title)s") % {"title": proposal.title},
        message=message,
        action_url=link("proposals:edit", proposal.edit_token, proposal.language),
        action_label=gettext_lazy("Modifier ma proposition"),
        action_private=True,
    )


def published(proposal, page):
    return _send(
        proposal,
        "published",
        lambda: _("Votre événement est publié : %(title)s") % {"title": page.title},
        action_url=page_url(page),
        action_label=gettext_lazy("Voir la page de l'événement"),
        action_private=False,
    )


def declined(proposal, reason):
    return _send(
        proposal,
        "declined",
        lambda: _("Proposition non retenue : %(title)s") % {"title": proposal.title},
        reason=reason,
    )
