"""Pagination as the DSFR component shows it, for every paginated list of the site."""

from urllib.parse import urlencode


def page_numbers(page_obj):
    """Page numbers to link to, with None where the DSFR pagination shows an ellipsis."""
    return [
        None if number == page_obj.paginator.ELLIPSIS else number
        for number in page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=1, on_ends=1
        )
    ]


def querystring(items):
    """``a=1&b=2`` from ``(name, value)`` pairs (no leading ``?``), escaped for a URL.

    Pagination links append ``page=`` to it, so that a list keeps its filters.
    """
    return urlencode(list(items))
