"""The public faces of ideas: the form of an open call, its confirmation.

Thin: every step is in ``moderation``, every rule of the call in ``defis.calls``. No
personal data in a URL: the confirmation link carries a random token only.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from defis.calls import is_open
from defis.models import DefiKind, DefiPage
from registrations.views import method_not_allowed, see_other
from submissions import limits
from submissions.views import confirmation, error_summary, rate_limited

from . import moderation
from .forms import IdeaForm
from .models import Idea


def _defi(page_id):
    """The live call for ideas ``page_id``, shown in the visitor's language if translated."""
    defi = DefiPage.objects.live().filter(pk=page_id, kind=DefiKind.IDEAS).first()
    if defi is None:
        raise Http404
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    translated = defi.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        return translated
    return defi


def _render(request, defi, form, *, status=200):
    context = {"defi": defi, "form": form, "errors": error_summary(form)}
    return render(request, "ideas/propose.html", context, status=status)


@never_cache
def propose(request, page_id):
    if request.method not in ("GET", "POST"):
        return method_not_allowed(request, ["GET", "POST"])
    defi = _defi(page_id)
    if not is_open(defi):
        # A call not open yet, or closed: no form, and nothing sent is kept.
        return render(request, "ideas/closed.html", {"defi": defi}, status=403)
    if request.method == "GET":
        return _render(request, defi, IdeaForm())
    wait = limits.request_limited(request)
    if wait:
        return rate_limited(request, wait)
    form = IdeaForm(request.POST)
    if not form.is_valid():
        return _render(request, defi, form, status=400)
    wait = limits.email_limited("idea", form.cleaned_data["email"])
    if wait:
        return rate_limited(request, wait)
    moderation.submit(defi, form.data_for_idea(), language=translation.get_language())
    return see_other(reverse("ideas:sent", args=[defi.pk]))


def sent(request, page_id):
    defi = _defi(page_id)
    context = {"defi": defi, "days": settings.SUBMISSION_UNCONFIRMED_DAYS}
    return render(request, "ideas/sent.html", context)


@never_cache
def confirm(request, token):
    return confirmation(
        request,
        token,
        submissions=Idea.objects.select_related("defi"),
        confirm=moderation.confirm,
        app="ideas",
        name="idea",
    )
