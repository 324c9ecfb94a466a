"""The admin side every kind of submission shares: editors see a submission only once its
sender confirmed the address (before that it is a stranger's unchecked typing, purged soon).

``ModelViewSet`` has no ``get_queryset`` hook: the listing and the single-object views are
restricted here, for any concrete ``EmailConfirmedSubmission``.
"""

from django.http import Http404
from wagtail.admin.views.generic import EditView, IndexView, InspectView


class ConfirmedOnly:
    """A single-object view that answers 404 for a submission not confirmed yet."""

    def get_object(self, queryset=None):
        submission = super().get_object(queryset)
        if not submission.is_confirmed:
            raise Http404
        return submission


class ConfirmedIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(confirmed_at__isnull=False)


class ConfirmedInspectView(ConfirmedOnly, InspectView):
    pass


class ConfirmedEditView(ConfirmedOnly, EditView):
    pass
