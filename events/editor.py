"""The page editor's side of sessions (see ``events.ownership`` for the rule).

A session with registrations shows its people's count and a link to its registrations
screen; its capacity, waiting-list switch and cancelled state are read-only there, and it
cannot be removed: the editor is told how many people are registered and that the session
must be cancelled instead (which tells them). Everything else stays editable, and events
are still created with their sessions in one editor.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.forms.formsets import DELETION_FIELD_NAME
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import InlinePanel, Panel
from wagtail.admin.widgets import AdminPageChooser

from .formatting import format_day, format_when
from .ownership import RULE_OWNED_FIELDS, registered_counts

FOLLOW_REGISTRATIONS = "registrations.change_registration"


class HostLabChooser(AdminPageChooser):
    """The host-lab chooser opens at the labs index in the page's language, not at the root.

    ``locale_id`` is set by the panel from the page being edited (the source language by
    default); an already chosen lab opens at its own parent, as Wagtail does.
    """

    locale_id = None

    def get_js_init_options(self, id_, name, value_data):
        opts = super().get_js_init_options(id_, name, value_data)
        if "parentId" not in opts:
            indexes = apps.get_model("labs", "LabIndexPage").objects.order_by("path")
            if self.locale_id is not None:
                indexes = indexes.filter(locale_id=self.locale_id)
            opts["parentId"] = indexes.values_list("pk", flat=True).first()
        return opts


class DatedAdminTitle:
    """The explorer and the page choosers list an event with its first date, so that two
    editions of one workshop, or an event and its past namesake, are told apart."""

    def get_admin_display_title(self):
        title = super().get_admin_display_title()
        if getattr(self, "first_start", None) is None:
            return title
        return f"{title} ({format_day(self.first_start)})"


def people_registered(registered):
    """What the editor reads inside a session that people registered for."""
    if registered.active:
        people = ngettext(
            "%(count)s personne est inscrite à cette session (%(confirmed)s avec une place, "
            "%(waiting)s en liste d'attente).",
            "%(count)s personnes sont inscrites à cette session (%(confirmed)s avec une place, "
            "%(waiting)s en liste d'attente).",
            registered.active,
        )
    else:
        people = ngettext(
            "Cette session garde la trace d'une inscription, annulée depuis.",
            "Cette session garde la trace de %(count)s inscriptions, annulées depuis.",
            registered.total,
        )
    counts = {
        "count": registered.active or registered.total,
        "confirmed": registered.confirmed,
        "waiting": registered.waiting,
    }
    where = _(
        "Sa capacité, sa liste d'attente et son annulation se gèrent désormais dans l'écran "
        "des inscriptions, qui prévient les personnes concernées."
    )
    return f"{people % counts} {where}"


def removal_refused(session, registered):
    """Why a session cannot leave the page, and what to do instead."""
    when = format_when(session.start, session.end, session.time_zone) if session.start else ""
    if registered.active:
        message = ngettext(
            "La session du %(when)s ne peut pas être supprimée : %(count)s personne y est "
            "inscrite (%(confirmed)s avec une place, %(waiting)s en liste d'attente). "
            "Annulez-la plutôt depuis l'écran des inscriptions : cette personne en sera "
            "prévenue.",
            "La session du %(when)s ne peut pas être supprimée : %(count)s personnes y sont "
            "inscrites (%(confirmed)s avec une place, %(waiting)s en liste d'attente). "
            "Annulez-la plutôt depuis l'écran des inscriptions : chacune en sera prévenue.",
            registered.active,
        )
    else:
        message = ngettext(
            "La session du %(when)s ne peut pas être supprimée : elle garde la trace d'une "
            "inscription annulée, que l'équipe doit pouvoir retrouver. Annulez-la si elle n'a "
            "plus lieu.",
            "La session du %(when)s ne peut pas être supprimée : elle garde la trace de "
            "%(count)s inscriptions annulées, que l'équipe doit pouvoir retrouver. Annulez-la "
            "si elle n'a plus lieu.",
            registered.total,
        )
    return message % {
        "when": when,
        "count": registered.active or registered.total,
        "confirmed": registered.confirmed,
        "waiting": registered.waiting,
    }


class SessionForm(WagtailAdminModelForm):
    """One session in the event editor; the rules' fields are locked once people register."""

    registered = None

    def hold_rule_owned_fields(self, registered):
        self.registered = registered
        if not registered:
            return
        for name in RULE_OWNED_FIELDS:
            if name in self.fields:
                self.fields[name].disabled = True
                self.fields[name].help_text = _("Géré dans l'écran des inscriptions.")

    def clean(self):
        cleaned_data = super().clean()
        if self.registered:
            for name in RULE_OWNED_FIELDS:
                field = self.fields.get(name)
                raw = self.data.get(self.add_prefix(name))
                if field is None or raw is None:
                    continue
                try:
                    submitted = field.to_python(raw)
                except ValidationError:
                    submitted = raw
                if submitted != self.get_initial_for_field(field, name):
                    self.add_error(
                        name,
                        _(
                            "Des personnes se sont inscrites entre-temps : ce réglage se "
                            "change désormais depuis l'écran des inscriptions."
                        ),
                    )
        return cleaned_data


class SessionFormSet(BaseChildFormSet):
    """The sessions of an event: counts people once for all, refuses removing any with some."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ids = [session.pk for session in self.get_queryset() if session.pk]
        self.registered = registered_counts(ids) if ids else {}

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        pk = form.instance.pk
        form.hold_rule_owned_fields(self.registered.get(pk) if pk else None)
        return form

    def clean(self):
        super().clean()
        refused = []
        for form in self.forms:
            registered = form.registered
            if registered and self._should_delete_form(form):
                message = removal_refused(form.instance, registered)
                refused.append(message)
                form.add_error(None, message)
                # Shown again, not hidden as a removed session, when the page comes back.
                form.data = form.data.copy()
                form.data[form.add_prefix(DELETION_FIELD_NAME)] = ""
        if refused:
            # The reason is inside each session; this says why the page was not saved.
            raise ValidationError(
                ngettext(
                    "Une session ne peut pas être supprimée : la raison est indiquée dans la "
                    "session, ci-dessous.",
                    "%(count)s sessions ne peuvent pas être supprimées : la raison est indiquée "
                    "dans chacune, ci-dessous.",
                    len(refused),
                )
                % {"count": len(refused)}
            )


class EventPageForm(WagtailAdminPageForm):
    """The event page's form: an expiry date must not cancel a session people chose."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("host_lab")
        if field is not None and isinstance(field.widget, AdminPageChooser):
            field.widget = HostLabChooser(target_models=field.widget.target_models)
            parent = getattr(self, "parent_page", None)
            field.widget.locale_id = self.instance.locale_id or getattr(parent, "locale_id", None)
        self.limit_coach_sessions()

    def limit_coach_sessions(self):
        """A coach's session is one of this page's saved sessions, never another page's."""
        formset = self.formsets.get("coaches") if hasattr(self, "formsets") else None
        if formset is None:
            return
        sessions = (
            apps.get_model("events", "EventSession")
            .objects.filter(event_id=self.instance.pk or 0)
            .order_by("start")
        )
        for form in [*formset.forms, formset.empty_form]:
            if "session" in form.fields:
                form.fields["session"].queryset = sessions

    def clean(self):
        cleaned_data = super().clean()
        expire_at = cleaned_data.get("expire_at")
        if expire_at and self.instance.pk:
            # At expiry the page is unpublished, which cancels its sessions still to come.
            later = self.instance.sessions.model.objects.filter(
                event_id=self.instance.pk, is_cancelled=False, start__gt=expire_at
            )
            registered = registered_counts(later)
            chosen = [s for s in later.order_by("start") if s.pk in registered]
            first = next((s for s in chosen if registered[s.pk].active), None)
            if first is not None:
                self.add_error(
                    "expire_at",
                    _(
                        "Des personnes sont inscrites à la session du %(when)s : à cette date "
                        "d'expiration, la page serait dépubliée et la session annulée. "
                        "Choisissez une date après la dernière session, ou annulez-la depuis "
                        "l'écran des inscriptions."
                    )
                    % {"when": format_when(first.start, first.end, first.time_zone)},
                )
        return cleaned_data


class SessionsPanel(InlinePanel):
    """The sessions' inline panel, with the form and formset above."""

    def get_form_options(self):
        options = super().get_form_options()
        options["formsets"][self.relation_name].update(form=SessionForm, formset=SessionFormSet)
        return options


class SessionRegistrationsPanel(Panel):
    """Inside a session with registrations: how many people, and where to manage them."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/session_registrations_panel.html"

        def is_shown(self):
            return bool(getattr(self.form, "registered", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            registered = self.form.registered
            context["summary"] = people_registered(registered)
            user = getattr(self.request, "user", None)
            if user is not None and user.has_perm(FOLLOW_REGISTRATIONS):
                context["registrations_url"] = reverse(
                    "registrations_admin:session", args=[self.instance.pk]
                )
            return context
