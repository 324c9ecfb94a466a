"""Start-up checks: single sign-on switched on without what it needs is a configuration
error, said once at start, not a 500 at the first sign-in."""

from django.conf import settings
from django.core.checks import Error, register

REQUIRED = ["OIDC_DISCOVERY_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]


@register()
def single_sign_on_settings(app_configs, **kwargs):
    if not getattr(settings, "OIDC_ENABLED", False):
        return []
    return [
        Error(
            f"OIDC_ENABLED is on but {name} is empty.",
            hint="Set it in the environment (see docs/security.md).",
            id="accounts.E001",
        )
        for name in REQUIRED
        if not getattr(settings, name, "")
    ]
