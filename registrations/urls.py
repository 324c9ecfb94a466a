from django.urls import path

from . import views

app_name = "registrations"

urlpatterns = [
    path("inscriptions/session/<int:session_id>/", views.register, name="register"),
    path("inscriptions/resultat/", views.result, name="result"),
    path("inscriptions/annulation/", views.cancelled, name="cancelled"),
    path("inscriptions/gerer/<str:token>/", views.manage, name="manage"),
    path("inscriptions/gerer/<str:token>/annuler/", views.cancel, name="cancel"),
    path("inscriptions/gerer/<str:token>/invitation.ics", views.manage_invite, name="manage_invite"),
    path("calendrier/session-<int:session_id>.ics", views.session_calendar, name="session_calendar"),
    path("calendrier/evenement-<int:page_id>.ics", views.event_calendar, name="event_calendar"),
    path("calendrier/programme.ics", views.programme_feed, name="programme_feed"),
]
