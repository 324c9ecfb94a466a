"""What every public submission page shares: the error summary, the rate-limit answer and
the page of the confirmation link."""

from django.shortcuts import render

from common.responses import private
from registrations.views import method_not_allowed

from . import flow


def error_summary(form):
    """Every error of ``form``, each with the id of its field, for the summary at the top:
    [(anchor or None, label or None, message)]."""
    if not form.is_bound:
        return []
    items = [(None, None, error) for error in form.non_field_errors()]
    for field in form:
        if field.errors and not field.is_hidden:
            anchor = field.id_for_label or f"{field.auto_id}_0"
            items.append((anchor, field.label, field.errors[0]))
    return items


def rate_limited(request, wait):
    """429, with how long to wait, when too many submissions came in a short time."""
    response = render(
        request,
        "submissions/rate_limited.html",
        {"minutes": max(1, round(wait / 60))},
        status=429,
    )
    response["Retry-After"] = str(wait)
    return response


def confirmation(request, token, *, submissions, confirm, app, name):
    """The page of an emailed confirmation link: GET shows a button (mail scanners open
    links), POST confirms once through ``confirm(token)``. Templates
    ``<app>/confirm.html``, ``<app>/confirmed.html`` and ``<app>/invalid_link.html`` get the
    submission as ``name``."""
    if request.method not in ("GET", "POST"):
        return method_not_allowed(request, ["GET", "POST"])
    submission = flow.unconfirmed(submissions, token)
    if submission is not None and request.method == "POST":
        submission = confirm(token)
    if submission is None:
        return private(render(request, f"{app}/invalid_link.html", status=404))
    template = f"{app}/confirm.html" if request.method == "GET" else f"{app}/confirmed.html"
    return private(render(request, template, {name: submission}))
