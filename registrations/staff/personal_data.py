"""Personal-data requests: find what is held about an address, export it, erase it.

The address is always posted, never put in a URL (it would reach access logs and the
browser's history). Everything shown, exported or erased is limited to the sessions the
staff member may see (``registrations.access``); erasing asks for a confirmation that says
what will happen, then goes through the rules (``services.erase``).
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from common.fields import NormalisedEmailField
from registrations import history, personal_data, services
from registrations.models import RegistrationStatus as Status

from .check_in import check_access

FORMATS = {
    "json": ("application/json; charset=utf-8", personal_data.as_json),
    "csv": ("text/csv; charset=utf-8", personal_data.as_csv),
}


class AddressForm(forms.Form):
    email = NormalisedEmailField(
        label=gettext_lazy("Adresse électronique de la personne"),
        max_length=254,
        error_messages={
            "required": gettext_lazy("Saisissez l'adresse électronique de la personne."),
            "invalid": gettext_lazy(
                "Saisissez une adresse électronique valide, par exemple nom@domaine.fr."
            ),
        },
    )
    action = forms.ChoiceField(
        choices=[("search", "search"), ("export", "export"), ("erase", "erase")],
        initial="search",
        required=False,
        widget=forms.HiddenInput,
    )
    format = forms.ChoiceField(
        choices=[(name, name) for name in FORMATS], required=False, widget=forms.HiddenInput
    )

    def clean_format(self):
        return self.cleaned_data.get("format") or "json"


def _render(request, form, *, found=None, template="personal_data.html", status=200, **extra):
    title = extra.pop("title", None) or _("Demandes sur les données personnelles")
    return TemplateResponse(
        request,
        f"registrations/staff/{template}",
        {
            "page_title": title,
            "header_title": title,
            "header_icon": "user",
            "form": form,
            "found": found,
            "searched": found is not None,
            **extra,
        },
        status=status,
    )


def _export(request, found, extension):
    content_type, build = FORMATS[extension]
    sessions = {record.session.pk: record.session for record in found}
    for session in sessions.values():
        count = sum(1 for record in found if record.session.pk == session.pk)
        history.record(
            session, "personal_data_exported", user=request.user, format=extension, count=count
        )
    response = HttpResponse(build(found), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{personal_data.filename(extension)}"'
    response["Cache-Control"] = "no-store"
    return response


def _erase(request, form, found):
    email = form.cleaned_data["email"]
    if request.POST.get("confirmed") != "1":
        now = timezone.now()
        to_cancel = [
            record
            for record in found
            if record.registration.status != Status.CANCELLED and record.session.start > now
        ]
        return _render(
            request,
            form,
            found=found,
            template="personal_data_erase.html",
            to_cancel=to_cancel,
            title=_("Effacer les données de cette personne ?"),
        )
    erased = services.erase(email, by=request.user)
    messages.success(
        request,
        ngettext(
            "%(count)s inscription anonymisée : nom, adresse, organisation et courriels "
            "reçus sont effacés.",
            "%(count)s inscriptions anonymisées : noms, adresse, organisations et courriels "
            "reçus sont effacés.",
            len(erased),
        )
        % {"count": len(erased)},
    )
    return redirect("registrations_admin:personal_data")


@require_http_methods(["GET", "POST"])
@never_cache
def personal_data_request(request):
    check_access(request)
    if request.method != "POST":
        return _render(request, AddressForm())
    form = AddressForm(request.POST)
    if not form.is_valid():
        return _render(request, form, status=400)
    found = personal_data.records(form.cleaned_data["email"], request.user)
    action = form.cleaned_data["action"] or "search"
    if action != "search" and not found:
        form.add_error("email", _("Rien n'est enregistré pour cette adresse dans vos sessions."))
        return _render(request, form, found=found, status=400)
    if action == "export":
        return _export(request, found, form.cleaned_data["format"])
    if action == "erase":
        return _erase(request, form, found)
    response = _render(request, form, found=found)
    response["Cache-Control"] = "no-store"
    return response


urls = [
    path("donnees-personnelles/", personal_data_request, name="personal_data"),
]
