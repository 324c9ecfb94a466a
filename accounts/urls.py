"""Sign-in addresses, included under ``admin/`` ahead of Wagtail's own (config/urls.py)."""

from django.urls import path

from . import views

app_name = "accounts_signin"

urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("login/oidc/", views.single_sign_on_start, name="oidc_start"),
    path("login/oidc/callback/", views.single_sign_on_callback, name="oidc_callback"),
    path("logout/oidc/", views.single_sign_on_logged_out, name="oidc_logged_out"),
]
