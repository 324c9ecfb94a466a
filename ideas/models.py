"""An idea sent to a call for ideas, from the public form to the editors' decision."""

from django.conf import settings
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

from submissions.models import EmailConfirmedSubmission


class IdeaStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Adresse à confirmer")
    RECEIVED = "received", _("Reçue, à examiner")
    SELECTED = "selected", _("Retenue")
    DECLINED = "declined", _("Non retenue")
    INCUBATED = "incubated", _("En incubation")


# What editors may decide, once the address is confirmed.
DECISIONS = [IdeaStatus.RECEIVED, IdeaStatus.SELECTED, IdeaStatus.DECLINED, IdeaStatus.INCUBATED]
SHOWN = [IdeaStatus.INCUBATED, IdeaStatus.SELECTED]


class IdeaQuerySet(models.QuerySet):
    def shown(self):
        """What the défi page shows: incubated ideas first, then the selected ones."""
        order = Case(
            *(When(status=status, then=Value(index)) for index, status in enumerate(SHOWN)),
            output_field=IntegerField(),
        )
        return (
            self.filter(status__in=SHOWN, confirmed_at__isnull=False)
            .annotate(shown_order=order)
            .order_by("shown_order", "title", "id")
        )


class Idea(EmailConfirmedSubmission):
    """What an agent sent. Only the title, the texts and the administration are ever public;
    the author's name only if they asked for it; the address never."""

    defi = models.ForeignKey(
        "defis.DefiPage",
        verbose_name=_("défi"),
        on_delete=models.CASCADE,
        related_name="ideas",
    )
    status = models.CharField(
        _("statut"),
        max_length=12,
        choices=IdeaStatus.choices,
        default=IdeaStatus.UNCONFIRMED,
        db_index=True,
    )
    title = models.CharField(_("titre"), max_length=200)
    problem = models.TextField(_("problème"), max_length=2000)
    idea = models.TextField(_("idée"), max_length=3000)
    author_name = models.CharField(_("nom de l'auteur"), max_length=200)
    administration = models.CharField(_("administration"), max_length=200)
    publish_name = models.BooleanField(_("nom publié si l'idée est retenue"), default=False)
    english_title = models.CharField(
        _("titre en anglais"),
        max_length=200,
        blank=True,
        help_text=_("Affiché sur la page en anglais ; sinon le titre d'origine."),
    )
    english_summary = models.TextField(
        _("résumé en anglais"),
        max_length=1000,
        blank=True,
        help_text=_("Affiché sur la page en anglais ; sinon le problème et l'idée d'origine."),
    )
    story = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page de l'histoire"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Pour une idée en incubation : la page qui raconte la suite."),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("décision prise par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    decided_at = models.DateTimeField(_("décision prise le"), null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    objects = IdeaQuerySet.as_manager()

    class Meta:
        verbose_name = _("idée")
        verbose_name_plural = _("idées")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title

    @property
    def shown_author(self):
        """The author's name as the public page may show it: only if they agreed."""
        return self.author_name if self.publish_name else ""
