"""The emails to an idea's author, one function each, in the author's language."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from registrations.details import absolute_url, page_url
from submissions import mail

from .models import IdeaStatus


def _defi(idea):
    """The défi in the author's language when it is translated, else as they saw it."""
    locale = Locale.objects.filter(language_code=idea.language).first()
    defi = idea.defi
    translated = defi.get_translation_or_none(locale) if locale else None
    return translated if translated is not None and translated.live else defi


def _send(idea, template, subject, **context):
    defi = _defi(idea)
    return mail.queue(
        to=idea.email,
        language=idea.language,
        template=f"ideas/emails/{template}",
        subject=subject,
        context={"name": idea.author_name, "title": idea.title, "defi": defi.title, **context},
    )


def confirm_address(idea):
    with translation.override(idea.language):
        url = absolute_url(reverse("ideas:confirm", args=[idea.confirm_token]))
    return _send(
        idea,
        "confirm",
        lambda: _("Confirmez votre idée : %(title)s") % {"title": idea.title},
        action_url=url,
        action_label=gettext_lazy("Confirmer mon adresse et envoyer l'idée"),
        action_private=True,
    )


def received(idea):
    return _send(idea, "received", lambda: _("Idée reçue : %(title)s") % {"title": idea.title})


def decided(idea):
    subjects = {
        IdeaStatus.SELECTED: gettext_lazy("Votre idée est retenue : %(title)s"),
        IdeaStatus.DECLINED: gettext_lazy("Votre idée n'est pas retenue : %(title)s"),
        IdeaStatus.INCUBATED: gettext_lazy("Votre idée entre en incubation : %(title)s"),
    }
    defi = _defi(idea)
    return _send(
        idea,
        "decided",
        lambda: str(subjects[idea.status]) % {"title": idea.title},
        status=idea.status,
        action_url=page_url(defi) if idea.status != IdeaStatus.DECLINED else "",
        action_label=gettext_lazy("Voir la page du défi"),
        action_private=False,
    )
