"""The coaches and facilitators of an event, and optionally of one of its sessions.

An orderable of the event page, translatable (wagtail-localize gives the English page its
own rows: the organisation's name and the photo's alternative text are translated, the
role is a choice translated by the catalogue). The optional session is one of the source
page's sessions, which every language shows. The photo follows ``common.images``: an
alternative text or an explicit "decorative" tick.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin

from common.images import DescribedImage


class CoachRole(models.TextChoices):
    COACH = "coach", _("Coach")
    FACILITATRICE = "facilitatrice", _("Facilitatrice")
    FACILITATEUR = "facilitateur", _("Facilitateur")
    INTERVENANTE = "intervenante", _("Intervenante")
    INTERVENANT = "intervenant", _("Intervenant")
    FORMATRICE = "formatrice", _("Formatrice")
    FORMATEUR = "formateur", _("Formateur")


class EventCoach(DescribedImage, TranslatableMixin, Orderable):
    page = ParentalKey("events.EventPage", related_name="coaches", on_delete=models.CASCADE)
    name = models.CharField(_("nom"), max_length=150)
    role = models.CharField(
        _("rôle"), max_length=20, choices=CoachRole.choices, default=CoachRole.COACH
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    session = models.ForeignKey(
        "events.EventSession",
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Facultatif : la session que cette personne anime, si elle n'anime pas tout l'événement."
        ),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("texte alternatif de la photo"),
        max_length=250,
        blank=True,
        help_text=_("Ce que la photo montre, en une phrase ; traduit avec la page."),
    )
    image_decorative = models.BooleanField(
        _("photo décorative"),
        default=False,
        help_text=_(
            "La photo n'apporte pas d'information : elle sera ignorée des lecteurs d'écran."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldPanel("organisation"),
        FieldPanel("session"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_decorative")],
            heading=_("Photo"),
        ),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("intervenant")
        verbose_name_plural = _("intervenants")

    def __str__(self):
        return self.name


def coaches_by_session(coaches, session_ids):
    """``({session id: [coach]}, [coaches of the whole event])`` from a list of coaches.

    A coach tied to a session that is not one of ``session_ids`` (on a copied page, the
    original's session) leads the whole event until an editor picks one of the page's own."""
    by_session, whole = {}, []
    for coach in coaches:
        if coach.session_id in session_ids:
            by_session.setdefault(coach.session_id, []).append(coach)
        else:
            whole.append(coach)
    return by_session, whole
