"""The spreadsheet import screen: upload, preview row by row, confirm.

Nothing is created before the confirmation. The preview carries the file back signed
(``signing``), so that the confirmation creates exactly what was previewed, checked again.
"""

import base64

from django import forms
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import importer, spreadsheet

SALT = "proposals.import"
MAX_BYTES = 2 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Fichier CSV ou XLSX"),
        help_text=gettext_lazy("Une ligne par session ; colonnes décrites ci-dessous."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx"}),
        error_messages={"required": gettext_lazy("Choisissez un fichier à importer.")},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("Le fichier dépasse 2 Mo."))
        return upload


def _check(request):
    if not request.user.has_perm("proposals.import_events"):
        raise PermissionDenied


def _context(**extra):
    return {
        "page_title": _("Importer des événements"),
        "header_title": _("Importer des événements"),
        "header_icon": "upload",
        "columns": spreadsheet.COLUMNS,
        **extra,
    }


def _preview(request, content, name, form):
    try:
        plans = importer.plan(spreadsheet.read_rows(content, name))
    except spreadsheet.ImportFileError as error:
        form.add_error("file", str(error))
        return None, None
    payload = signing.dumps(
        {"n": name, "c": base64.b64encode(content).decode()}, salt=SALT, compress=True
    )
    return plans, payload


def import_upload(request):
    _check(request)
    if request.method == "POST" and "payload" in request.POST:
        try:
            data = signing.loads(request.POST["payload"], salt=SALT, max_age=3600)
            content, name = base64.b64decode(data["c"]), data["n"]
            plans = importer.plan(spreadsheet.read_rows(content, name))
        except (signing.BadSignature, KeyError, ValueError, spreadsheet.ImportFileError):
            return TemplateResponse(
                request,
                "proposals/admin/import.html",
                _context(form=UploadForm(), expired=True),
                status=400,
            )
        pages = importer.create(plans, user=request.user)
        return TemplateResponse(
            request, "proposals/admin/import_done.html", _context(pages=pages, plans=plans)
        )
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        plans, payload = _preview(request, upload.read(), upload.name, form)
        if plans is not None:
            context = _context(
                plans=plans,
                payload=payload,
                file_name=upload.name,
                creatable=sum(1 for plan in plans if plan.creatable),
                existing=sum(1 for plan in plans if plan.exists),
                with_errors=sum(1 for plan in plans if plan.errors),
            )
            return TemplateResponse(request, "proposals/admin/import_preview.html", context)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "proposals/admin/import.html", _context(form=form), status=status
    )


def import_template(request, extension):
    _check(request)
    if extension == "csv":
        response = HttpResponse(spreadsheet.template_csv(), content_type="text/csv; charset=utf-8")
    elif extension == "xlsx":
        response = HttpResponse(
            spreadsheet.template_xlsx(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="modele-import-evenements.{extension}"'
    return response
