"""The statistics report: figures for a lab, an organiser or an event over a date range,
drawn as SVG charts with the same figures in tables, and exported as CSV or XLSX.

Only the sessions ``registrations.access`` lets the person follow are counted, and the
filters offer only their organisers, labs and events: another one is a form error.
The figures are ``registrations.statistics``'; this module shows and exports them.
"""

import datetime

from django import forms
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from common.charts import Point, bar_chart, line_chart, rate_bars
from events.formatting import format_when
from events.models import EventPage
from labs.models import LabPage
from registrations import spreadsheets, statistics
from registrations.access import sessions_visible_to
from taxonomy.models import Organisation

from .check_in import check_access

DEFAULT_DAYS_BACK, DEFAULT_DAYS_AHEAD = 90, 90
# Long titles must not push a filter past a phone's edge.
NARROW = {"style": "max-width: min(24rem, calc(100vw - 3rem))"}


def _source_first(rows):
    """One choice per translation key, the French item when there is one."""
    seen = {}
    for key, label, language in rows:
        if key not in seen or language == "fr":
            seen[key] = label
    return sorted(((str(key), label) for key, label in seen.items()), key=lambda c: c[1])


class StatisticsForm(forms.Form):
    # A date input sends and reads ISO dates, whatever the admin's language.
    date_from = forms.DateField(
        label=gettext_lazy("Sessions du"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
    )
    date_to = forms.DateField(
        label=gettext_lazy("au"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d"],
    )
    organiser = forms.ChoiceField(
        label=gettext_lazy("Organisateur"), required=False, widget=forms.Select(attrs=NARROW)
    )
    lab = forms.ChoiceField(
        label=gettext_lazy("Laboratoire hôte"), required=False, widget=forms.Select(attrs=NARROW)
    )
    event = forms.TypedChoiceField(
        label=gettext_lazy("Événement"),
        required=False,
        coerce=int,
        empty_value=None,
        widget=forms.Select(attrs=NARROW),
    )

    def __init__(self, data, *, sessions):
        today = timezone.localdate()
        initial = {
            "date_from": today - datetime.timedelta(days=DEFAULT_DAYS_BACK),
            "date_to": today + datetime.timedelta(days=DEFAULT_DAYS_AHEAD),
        }
        super().__init__({**initial, **data.dict()} if data else initial)
        everyone = [("", _("Tous"))]
        organisers = Organisation.objects.filter(
            translation_key__in=sessions.values("event__organiser__translation_key")
        ).values_list("translation_key", "name", "locale__language_code")
        labs = LabPage.objects.filter(
            translation_key__in=sessions.values("event__host_lab__translation_key")
        ).values_list("translation_key", "title", "locale__language_code")
        events = (
            EventPage.objects.filter(pk__in=sessions.values("event_id"))
            .order_by("title")
            .values_list("pk", "title")
        )
        self.fields["organiser"].choices = everyone + _source_first(organisers)
        self.fields["lab"].choices = everyone + _source_first(labs)
        self.fields["event"].choices = everyone + list(events)

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("La fin de la période précède son début."))
        elif start and end and (end - start).days > statistics.MAX_DAYS:
            self.add_error("date_to", _("Choisissez une période de trois ans au plus."))
        return data

    def scope(self):
        data = self.cleaned_data
        return statistics.Scope(
            date_from=data["date_from"],
            date_to=data["date_to"],
            organiser_key=data["organiser"] or None,
            lab_key=data["lab"] or None,
            event_id=data["event"],
        )


def _form_and_report(request):
    check_access(request)
    sessions = sessions_visible_to(request.user)
    form = StatisticsForm(request.GET, sessions=sessions)
    if not form.is_valid():
        return form, None
    return form, statistics.report(sessions, form.scope(), now=timezone.now())


def _charts(report):
    days = [Point(date_format(d.day, "SHORT_DATE_FORMAT"), d.count) for d in report.days]
    cumulative = [Point(date_format(d.day, "SHORT_DATE_FORMAT"), d.cumulative) for d in report.days]
    total = report.days[-1].cumulative if report.days else 0
    span = (
        {"first": days[0].label, "last": days[-1].label, "total": total}
        if days
        else {"first": "", "last": "", "total": 0}
    )
    fills = [
        Point(f"{row.title} {date_format(row.start, 'SHORT_DATE_FORMAT')}", row.fill_rate or 0)
        for row in report.sessions
        if row.fill_rate is not None
    ]
    return {
        "per_day": bar_chart(
            days,
            title=_("Inscriptions par jour"),
            desc=_(
                "Inscriptions reçues chaque jour du %(first)s au %(last)s ; détail dans le tableau qui suit."
            )
            % span,
        ),
        "cumulative": line_chart(
            cumulative,
            title=_("Inscriptions cumulées"),
            desc=_("Total des inscriptions du %(first)s au %(last)s : %(total)s.") % span,
        ),
        "fill": rate_bars(
            fills,
            title=_("Taux de remplissage par session"),
            desc=_(
                "Places prises sur la capacité de chaque session, en pourcentage ; détail dans le tableau des sessions."
            ),
        ),
    }


@require_GET
def report_view(request):
    form, report = _form_and_report(request)
    if report is not None:
        for row in report.sessions:
            row.when = format_when(row.session.start, row.session.end, row.session.time_zone)
    return TemplateResponse(
        request,
        "registrations/staff/statistics.html",
        {
            "page_title": _("Statistiques des inscriptions"),
            "header_title": _("Statistiques des inscriptions"),
            "header_icon": "table",
            "form": form,
            "report": report,
            "charts": _charts(report) if report else None,
            "query": request.GET.urlencode(),
        },
        status=200 if report is not None else 400,
    )


def _session_rows(report):
    yield [
        _("Événement"),
        _("Début (heure locale)"),
        _("Annulée"),
        _("Capacité"),
        _("Inscriptions"),
        _("Places prises"),
        _("Liste d'attente"),
        _("Annulations"),
        _("Déplacées vers une autre session"),
        _("Présents"),
        _("Absents"),
        _("Promus depuis la liste d'attente"),
        _("Taux de remplissage (%)"),
        _("Taux de présence (%)"),
        _("Taux d'absence (%)"),
    ]
    for row in report.sessions:
        yield [
            row.title,
            row.start.replace(tzinfo=None, second=0, microsecond=0),
            _("oui") if row.is_cancelled else _("non"),
            row.capacity,
            row.registrations,
            row.confirmed,
            row.waitlisted,
            row.cancelled,
            row.moved,
            row.checked_in,
            row.no_shows,
            row.promoted,
            row.fill_rate,
            row.attendance_rate,
            row.no_show_rate,
        ]


def _day_rows(report):
    yield [_("Jour"), _("Inscriptions"), _("Cumul")]
    for day in report.days:
        yield [day.day, day.count, day.cumulative]


def _filename(report, extension):
    scope = report.scope
    return (
        f"statistiques-inscriptions-{scope.date_from:%Y-%m-%d}-{scope.date_to:%Y-%m-%d}.{extension}"
    )


def _csv(report):
    """Sessions, then days, as a French spreadsheet opens them (";", UTF-8 BOM)."""
    content = spreadsheets.csv_content(_session_rows(report), _day_rows(report))
    return HttpResponse(content, content_type="text/csv; charset=utf-8")


def _xlsx(report):
    content = spreadsheets.xlsx_content(
        (_("Sessions"), _session_rows(report)), (_("Par jour"), _day_rows(report))
    )
    return HttpResponse(content, content_type=spreadsheets.XLSX_TYPE)


@require_GET
def export(request, extension):
    if extension not in ("csv", "xlsx"):
        raise Http404
    form, report = _form_and_report(request)
    if report is None:
        return HttpResponse(
            _("Période ou filtre invalide."), status=400, content_type="text/plain; charset=utf-8"
        )
    response = _csv(report) if extension == "csv" else _xlsx(report)
    response["Content-Disposition"] = f'attachment; filename="{_filename(report, extension)}"'
    response["Cache-Control"] = "no-store"
    return response
