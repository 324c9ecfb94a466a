"""Admin sign-in form.

Wagtail's login form declares its password field without a label, so Django derives one
from the field name, "Password", which no catalogue translates: French editors read
"Password" under "Nom d'utilisateur". This form takes the label of Django's own sign-in
form, which Django's catalogues translate ("Mot de passe").
"""

from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
