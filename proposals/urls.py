from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "proposals"

# The paths are translated: /fr/proposer-un-evenement/, /en/propose-an-event/.
urlpatterns = [
    path(_("proposer-un-evenement/"), views.propose, name="propose"),
    path(_("proposer-un-evenement/envoyee/"), views.sent, name="sent"),
    path(_("proposer-un-evenement/confirmer/<str:token>/"), views.confirm, name="confirm"),
    path(_("proposer-un-evenement/modifier/<str:token>/"), views.edit, name="edit"),
]
