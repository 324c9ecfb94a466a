"""The people of a session, as staff list them: search, filters, order, summary, exports.

One read of the session's rows (``people``) feeds the summary, the filtered list and the
exports, so the screen makes the same few queries for 5 or 500 people; the search folds
accents and case as ``common.text`` does. The exports hold exactly the rows the filters
keep, with times in the session's own time zone; ``registrations.spreadsheets`` writes them.
"""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from common.text import french_sort_key, matches_words
from registrations import statistics
from registrations.models import Registration
from registrations.models import RegistrationStatus as Status

PER_PAGE = 50
LIST_ORDER = {Status.CONFIRMED: 0, Status.WAITLISTED: 1, Status.CANCELLED: 2}

# What the exports hold (the list shows some of it), in this order.
FIELDS = [
    "status",
    "waitlist_position",
    "first_name",
    "last_name",
    "email",
    "organisation",
    "job_title",
    "accessibility_needs",
    "language",
    "created_at",
    "confirmed_at",
    "checked_in_at",
    "cancelled_at",
    "no_show_at",
    "added_by",
]


def _in_list_order(registration):
    """With a seat, then waiting by position, then cancelled; each by registration."""
    return (
        LIST_ORDER[registration.status],
        registration.waitlist_position or 0,
        registration.created_at,
        registration.pk,
    )


def by_name(registration):
    """Last name, then first name, as a French reader sorts them."""
    return (
        french_sort_key(registration.last_name),
        french_sort_key(registration.first_name),
        registration.pk,
    )


ORDERS = {
    "": (gettext_lazy("Statut, puis rang d'inscription"), _in_list_order, False),
    "nom": (gettext_lazy("Nom"), by_name, False),
    "organisation": (
        gettext_lazy("Organisation"),
        lambda r: (french_sort_key(r.organisation), *by_name(r)),
        False,
    ),
    "inscription": (gettext_lazy("Date d'inscription"), lambda r: (r.created_at, r.pk), False),
    "-inscription": (
        gettext_lazy("Date d'inscription, la plus récente d'abord"),
        lambda r: (r.created_at, r.pk),
        True,
    ),
}

PRESENCE = [
    ("", gettext_lazy("Tout le monde")),
    ("present", gettext_lazy("Pointées présentes")),
    ("not_present", gettext_lazy("Pas encore pointées")),
    ("no_show", gettext_lazy("Marquées absentes")),
]


def _date_field(label):
    # A date input sends and reads ISO dates, whatever the admin's language.
    return forms.DateField(
        label=label,
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
    )


class RegistrantFilters(forms.Form):
    q = forms.CharField(
        label=gettext_lazy("Rechercher"),
        required=False,
        max_length=200,
        help_text=gettext_lazy(
            "Nom, prénom, courriel ou organisation, accents et majuscules à part."
        ),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    statut = forms.ChoiceField(
        label=gettext_lazy("Statut"),
        required=False,
        choices=[("", gettext_lazy("Tous"))] + list(Status.choices),
    )
    presence = forms.ChoiceField(label=gettext_lazy("Présence"), required=False, choices=PRESENCE)
    inscrite_du = _date_field(gettext_lazy("Inscrites du"))
    inscrite_au = _date_field(gettext_lazy("au"))
    ordre = forms.ChoiceField(
        label=gettext_lazy("Trier par"),
        required=False,
        choices=[(key, label) for key, (label, _key, _reverse) in ORDERS.items()],
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("inscrite_du"), data.get("inscrite_au")
        if start and end and end < start:
            self.add_error("inscrite_au", _("La fin de la période précède son début."))
        return data


def filter_form(data):
    """The filters (``stored_filters``), validated: a wrong value is a form error (its
    field then filters nothing), never a crash."""
    form = RegistrantFilters(data)
    form.is_valid()
    return form


def people(session):
    """Every registration of ``session``, in one query, with who added each by hand."""
    return list(
        Registration.objects.filter(session=session)
        .select_related("added_by")
        .only(
            *[name for name in FIELDS if name != "added_by"],
            "session_id",
            "anonymised_at",  # the row's buttons leave an erased person alone
            "added_by__username",
        )
    )


def select(registrations, filters, tzinfo):
    """The rows ``filters`` (a valid form's cleaned data) keep, in the order it asks for.

    Registration days are read in the session's time zone (``tzinfo``)."""
    words = (filters.get("q") or "").split()
    status = filters.get("statut")
    presence = filters.get("presence")
    start, end = filters.get("inscrite_du"), filters.get("inscrite_au")

    def kept(registration):
        if status and registration.status != status:
            return False
        if presence == "present" and registration.checked_in_at is None:
            return False
        if presence == "not_present" and (
            registration.status != Status.CONFIRMED or registration.checked_in_at is not None
        ):
            return False
        if presence == "no_show" and registration.no_show_at is None:
            return False
        day = timezone.localtime(registration.created_at, tzinfo).date()
        if (start and day < start) or (end and day > end):
            return False
        return not words or matches_words(
            words,
            registration.first_name,
            registration.last_name,
            registration.email,
            registration.organisation,
        )

    _label, key, reverse = ORDERS.get(filters.get("ordre") or "", ORDERS[""])
    return sorted(filter(kept, registrations), key=key, reverse=reverse)


@dataclass(frozen=True)
class Summary:
    capacity: int
    confirmed: int
    waiting: int
    cancelled: int
    checked_in: int
    no_shows: int

    @property
    def fill_rate(self):
        return statistics.rate(self.confirmed, self.capacity)


def summary(session, registrations) -> Summary:
    """The session's figures, counted from its rows (all of them, whatever the filters)."""
    confirmed = [r for r in registrations if r.status == Status.CONFIRMED]
    return Summary(
        capacity=session.capacity,
        confirmed=len(confirmed),
        waiting=sum(1 for r in registrations if r.status == Status.WAITLISTED),
        cancelled=sum(1 for r in registrations if r.status == Status.CANCELLED),
        checked_in=sum(1 for r in confirmed if r.checked_in_at),
        no_shows=sum(1 for r in confirmed if r.no_show_at),
    )


# --- Exports: one builder of rows for CSV and XLSX -------------------------------------------


def _header(name, zone):
    label = capfirst(str(Registration._meta.get_field(name).verbose_name))
    if name.endswith("_at"):
        return _("%(label)s (heure de %(zone)s)") % {"label": label, "zone": zone}
    return label


def _value(registration, name, tzinfo):
    if name == "status":
        return registration.get_status_display()
    if name == "added_by":
        return registration.added_by.username if registration.added_by_id else ""
    value = getattr(registration, name)
    if isinstance(value, datetime.datetime):
        # Local wall-clock time, as the session's page says it.
        return timezone.localtime(value, tzinfo).replace(tzinfo=None, second=0, microsecond=0)
    return "" if value is None else value


def export_rows(session, registrations):
    """The header, then one row per registration, times in the session's time zone."""
    yield [_header(name, session.time_zone) for name in FIELDS]
    for registration in registrations:
        yield [_value(registration, name, session.tzinfo) for name in FIELDS]


FILTER_NAMES = ("q", "statut", "presence", "inscrite_du", "inscrite_au", "ordre")

# The actions on the rows staff select: (value, label); each one calls a rule.
BULK_ACTIONS = [
    ("check_in", gettext_lazy("Pointer la présence")),
    ("no_show", gettext_lazy("Marquer absentes")),
    ("cancel", gettext_lazy("Annuler les inscriptions")),
]


# The filters live in the person's session, never in a URL: a searched name would
# otherwise reach the address bar, the history and the access logs.
STORED_FILTERS = "registrations.list_filters"


def stored_filters(storage, session_id) -> dict:
    """The filters last applied to ``session_id``'s list (``storage``: the user's session)."""
    return dict(storage.get(STORED_FILTERS, {}).get(str(session_id), {}))


def store_filters(storage, session_id, data) -> None:
    """Keep the filters of ``data`` (a form's raw values) for ``session_id``'s list."""
    everything = dict(storage.get(STORED_FILTERS, {}))
    kept = {name: str(data.get(name, ""))[:200] for name in FILTER_NAMES if data.get(name)}
    if kept:
        everything[str(session_id)] = kept
    else:
        everything.pop(str(session_id), None)
    storage[STORED_FILTERS] = everything
