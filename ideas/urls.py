from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "ideas"

# The paths are translated: /fr/proposer-une-idee/…, /en/propose-an-idea/….
urlpatterns = [
    path(_("proposer-une-idee/<int:page_id>/"), views.propose, name="propose"),
    path(_("proposer-une-idee/<int:page_id>/envoyee/"), views.sent, name="sent"),
    path(_("proposer-une-idee/confirmer/<str:token>/"), views.confirm, name="confirm"),
]
