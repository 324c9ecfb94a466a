"""Error pages in the DSFR "page d'erreur" pattern, in the visitor's language.

No handler is decorated with ``requires_csrf_token``: that decorator runs the CSRF check,
which reads the request body again, and a body Django refused to read (a charset other than
UTF-8, a broken multipart) then turns the 400 into a bare 500. The error pages hold no form
that posts, so they need no token.
"""

from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _


def render_error(request, status, **error):
    context = {"is_error_page": True, "error": error}
    return render(request, "error_page.html", context, status=status)


def page_not_found(request, exception=None):
    return render_error(
        request,
        404,
        title=_("Page non trouvée"),
        code=_("Erreur 404"),
        lead=_("La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."),
        explanation=[
            _(
                "Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible."
            ),
            _(
                "Pour continuer votre visite, vous pouvez consulter la page d'accueil ou effectuer une recherche avec le moteur de recherche en haut de page."
            ),
        ],
        offer_search=True,
    )


def bad_request(request, exception=None):
    return render_error(
        request,
        400,
        title=_("Requête incorrecte"),
        code=_("Erreur 400"),
        lead=_("Le site n'a pas pu lire ce que votre navigateur a envoyé."),
        explanation=[
            _(
                "Rien n'a été enregistré. Revenez à la page précédente, rechargez-la, puis recommencez. Si le problème persiste, contactez l'équipe du site."
            ),
        ],
    )


def server_error(request):
    """Render without a request context: the database may be the reason we are here."""
    try:
        template = loader.get_template("500.html")
        body = template.render({"LANGUAGE_CODE": translation.get_language()})
    except Exception:  # noqa: BLE001 - the last resort must not fail in turn
        body = "<h1>Erreur 500 / Server error</h1>"
    return HttpResponseServerError(body)


def permission_denied(request, exception=None):
    return render_error(
        request,
        403,
        title=_("Accès refusé"),
        code=_("Erreur 403"),
        lead=_("Vous n'avez pas le droit d'accéder à cette page."),
        explanation=[_("Si vous pensez qu'il s'agit d'une erreur, contactez l'équipe du site.")],
    )


def csrf_failure(request, reason=""):
    """A form sent without its security cookie, usually after a long pause: say what to do.

    Django's own page is in English, for developers, and its inline style breaks under our
    content security policy."""
    return render_error(
        request,
        403,
        title=_("Votre session a expiré"),
        code=_("Erreur 403"),
        lead=_(
            "Le formulaire n'a pas pu être envoyé : sa protection de sécurité a expiré ou les cookies sont bloqués."
        ),
        explanation=[
            _(
                "Rien n'a été enregistré. Revenez à la page précédente, rechargez-la, puis envoyez à nouveau le formulaire. Si le problème persiste, vérifiez que votre navigateur accepte les cookies de ce site."
            ),
        ],
    )
