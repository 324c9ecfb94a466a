"""What every public submission page shares: the error summary and the rate-limit answer."""

from django.shortcuts import render


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
