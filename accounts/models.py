"""Sign-in history, tracked admin sessions, group policy and hashed recovery codes.

The history is also what the sign-in throttle counts (``accounts.throttle``): one record,
so that what administrators read and what the throttle decides never disagree.
"""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _
from django_otp.models import Device, ThrottlingMixin, TimestampMixin


class EventKind(models.TextChoices):
    SIGNED_IN = "signed_in", _("Connexion par mot de passe")
    SIGNED_IN_SSO = "signed_in_sso", _("Connexion par authentification unique")
    FAILED = "failed", _("Échec de connexion")
    PAUSED = "paused", _("Connexion suspendue")
    SSO_REFUSED = "sso_refused", _("Authentification unique refusée")
    FACTOR_VERIFIED = "factor_verified", _("Deuxième facteur vérifié")
    RECOVERY_CODE_USED = "recovery_code_used", _("Code de secours utilisé")
    FACTOR_FAILED = "factor_failed", _("Code du deuxième facteur refusé")
    FACTOR_ENABLED = "factor_enabled", _("Deuxième facteur activé")
    FACTOR_DISABLED = "factor_disabled", _("Deuxième facteur désactivé")
    FACTOR_RESET = "factor_reset", _("Deuxième facteur réinitialisé par un administrateur")
    RECOVERY_CODES_RENEWED = "recovery_codes_renewed", _("Nouveaux codes de secours")
    PASSWORD_CHANGED = "password_changed", _("Mot de passe changé")
    SIGNED_OUT = "signed_out", _("Déconnexion")
    SIGNED_OUT_EVERYWHERE = "signed_out_everywhere", _("Déconnexion de toutes les sessions")
    SESSIONS_ENDED = "sessions_ended", _("Sessions fermées par un administrateur")
    SESSION_EXPIRED = "session_expired", _("Session expirée après inactivité")


class PauseScope(models.TextChoices):
    ACCOUNT_ADDRESS = "account_address", _("ce compte depuis cette adresse")
    ACCOUNT = "account", _("ce compte")
    ADDRESS = "address", _("cette adresse")


class SignInEvent(models.Model):
    """One line of the sign-in history: who, when, from which address; never a password."""

    kind = models.CharField(_("événement"), max_length=32, choices=EventKind.choices)
    created_at = models.DateTimeField(_("date"), db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="sign_in_events",
    )
    # What was typed in the username field (an unknown account has no user), folded to
    # lower case: the throttle counts per account name, whatever its case.
    username = models.CharField(_("identifiant saisi"), max_length=150, blank=True)
    ip_address = models.GenericIPAddressField(_("adresse IP"), null=True, blank=True)
    user_agent = models.CharField(_("navigateur"), max_length=300, blank=True)
    # The administrator who did it, for resets and sessions ended on someone's behalf.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    scope = models.CharField(
        _("portée de la suspension"), max_length=20, choices=PauseScope.choices, blank=True
    )
    paused_until = models.DateTimeField(_("suspendue jusqu'à"), null=True, blank=True)
    # Attempts refused during a pause, recovery codes left, sessions ended: per kind.
    count = models.PositiveIntegerField(_("nombre"), default=0)
    # A reason code (refused single sign-on) or a provider's name.
    detail = models.CharField(_("détail"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("événement de connexion")
        verbose_name_plural = _("historique des connexions")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["username", "created_at"]),
            models.Index(fields=["ip_address", "created_at"]),
            models.Index(fields=["kind", "created_at"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.username} {self.created_at:%Y-%m-%d %H:%M}"


class TrackedSession(models.Model):
    """A signed-in admin session, so that it can be listed and ended from elsewhere."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tracked_sessions"
    )
    session_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    last_seen = models.DateTimeField()
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=300, blank=True)
    single_sign_on = models.BooleanField(default=False)

    class Meta:
        ordering = ["-last_seen"]

    def __str__(self):
        return f"{self.user} {self.created_at:%Y-%m-%d %H:%M}"


class GroupSecurityPolicy(models.Model):
    """Per group: must its members who can see registrations use a second factor?"""

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="security_policy")
    second_factor_required = models.BooleanField(
        _("deuxième facteur exigé pour les inscriptions"), default=True
    )

    class Meta:
        verbose_name = _("règle de sécurité du groupe")

    def __str__(self):
        return str(self.group)


def _digest(code):
    return salted_hmac("accounts.recovery-code", code.replace("-", "").lower()).hexdigest()


class RecoveryCodeDevice(TimestampMixin, ThrottlingMixin, Device):
    """Recovery codes, each good once, kept as keyed hashes (django-otp keeps them in clear)."""

    CODE_COUNT = 10

    class Meta(Device.Meta):
        verbose_name = _("codes de secours")

    def get_throttle_factor(self):
        return getattr(settings, "OTP_STATIC_THROTTLE_FACTOR", 1)

    def renew(self):
        """Replace every code; return the new ones, which are shown once and never stored."""
        self.codes.all().delete()
        plain = []
        for _index in range(self.CODE_COUNT):
            raw = secrets.token_hex(5)
            plain.append(f"{raw[:5]}-{raw[5:]}")
        RecoveryCode.objects.bulk_create(
            RecoveryCode(device=self, digest=_digest(code)) for code in plain
        )
        return plain

    def remaining(self):
        return self.codes.count()

    def verify_token(self, token):
        allowed, _details = self.verify_is_allowed()
        if not allowed:
            return False
        wanted = _digest(str(token).strip())
        match = next(
            (code for code in self.codes.all() if constant_time_compare(code.digest, wanted)),
            None,
        )
        if match is None:
            self.throttle_increment()
            return False
        match.delete()
        self.throttle_reset(commit=False)
        self.set_last_used_timestamp(commit=False)
        self.save()
        return True


class RecoveryCode(models.Model):
    device = models.ForeignKey(RecoveryCodeDevice, on_delete=models.CASCADE, related_name="codes")
    digest = models.CharField(max_length=64)

    def __str__(self):
        return f"{self.device_id}:{self.pk}"
