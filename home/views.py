"""Error pages in the DSFR "page d'erreur" pattern, in the visitor's language."""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token


@requires_csrf_token
def page_not_found(request, exception=None):
    return render(request, "404.html", {"is_error_page": True}, status=404)


@requires_csrf_token
def server_error(request):
    """Render without a request context: the database may be the reason we are here."""
    try:
        template = loader.get_template("500.html")
        body = template.render({"LANGUAGE_CODE": translation.get_language()})
    except Exception:  # noqa: BLE001 - the last resort must not fail in turn
        body = "<h1>Erreur 500 / Server error</h1>"
    return HttpResponseServerError(body)
