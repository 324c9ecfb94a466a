from django.urls import path, register_converter

from . import views


class IdConverter:
    """A database id: digits that fit a 64-bit integer, so a forged huge id is a 404."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")

app_name = "registrations"

urlpatterns = [
    path("inscriptions/session/<id:session_id>/", views.register, name="register"),
    path("inscriptions/resultat/", views.result, name="result"),
    path("inscriptions/annulation/", views.cancelled, name="cancelled"),
    path("inscriptions/gerer/<str:token>/", views.manage, name="manage"),
    path("inscriptions/gerer/<str:token>/annuler/", views.cancel, name="cancel"),
    path(
        "inscriptions/gerer/<str:token>/invitation.ics", views.manage_invite, name="manage_invite"
    ),
    path(
        "inscriptions/gerer/<str:token>/attestation.pdf",
        views.manage_certificate,
        name="manage_certificate",
    ),
    path("calendrier/session-<id:session_id>.ics", views.session_calendar, name="session_calendar"),
    path("calendrier/evenement-<id:page_id>.ics", views.event_calendar, name="event_calendar"),
    path("calendrier/programme.ics", views.programme_feed, name="programme_feed"),
]
