"""Helpers for the admin sign-in tests: signing in from an address, TOTP codes, time."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.models import SignInEvent

PASSWORD = "un-mot-de-passe-solide-42"


def sign_in(client, username, password=PASSWORD, ip="198.51.100.7", language="fr", **extra):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=ip,
        HTTP_ACCEPT_LANGUAGE=language,
        HTTP_USER_AGENT="Mozilla/5.0 (test) Firefox/140.0",
        **extra,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def new_client(language="fr"):
    return Client(HTTP_ACCEPT_LANGUAGE=language)


def lab_staff(django_user_model, username="dominique", group_name="Équipes des laboratoires"):
    """An account that can follow registrations through a group, like the lab staff."""
    user = django_user_model.objects.create_user(
        username, f"{username}@labo.example.fr", PASSWORD, first_name="Dominique"
    )
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
        Permission.objects.get(
            codename="change_registration", content_type__app_label="registrations"
        ),
        Permission.objects.get(
            codename="view_all_registrations", content_type__app_label="registrations"
        ),
    )
    user.groups.add(group)
    return user


def current_code(device, offset=0):
    """The code the person's phone shows now (``offset`` steps later)."""
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=device.drift + offset):06d}"


def pending_device(user):
    return TOTPDevice.objects.get(user=user, confirmed=False)


def age_history(minutes):
    """Move every history entry ``minutes`` into the past, as if that time had gone by."""
    delta = datetime.timedelta(minutes=minutes)
    for event in SignInEvent.objects.all():
        SignInEvent.objects.filter(pk=event.pk).update(
            created_at=event.created_at - delta,
            paused_until=(event.paused_until - delta) if event.paused_until else None,
        )
