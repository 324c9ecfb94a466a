"""The demo accounts and the roles the browser tests and the demo share."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from registrations.models import StaffAccess

ADMIN_USERNAME = "admin"
EDITOR_USERNAME = "editeur"
LAB_STAFF_USERNAME = "labo"
LAB_STAFF_GROUP = "Équipes des laboratoires"
# The demo's two lab accounts: each follows the events its lab hosts (La Fabrique RH hosts
# an event the DGAFP organises, which an organiser's access would not show).
LAB_STAFF_LAB = "ti-lab"
SECOND_LAB_STAFF_USERNAME = "labo-rh"
SECOND_LAB_STAFF_LAB = "la-fabrique-rh"


def grant_editor_role(user, *, follows_registrations=False):
    """What the communication team's editors may do (the demo account, the browser tests).

    Editors may edit pages; Moderators may also publish them; both groups may submit
    translations (wagtail-localize). They decide on the ideas sent to calls for ideas. The team also edits and translates the snippets. They
    see nobody's personal data unless ``follows_registrations``: then they follow every
    organiser's registrations.
    """
    user.groups.add(*Group.objects.filter(name__in=["Editors", "Moderators"]))
    codenames = [
        f"{action}_{model}"
        for model in ("theme", "region", "eventformat", "organisation", "navigationmenu")
        for action in ("add", "change", "delete", "view")
    ] + [
        "change_siteidentity",
        "view_eventproposal",
        "import_events",
        "view_idea",
        "change_idea",
    ]
    if follows_registrations:
        codenames += ["change_registration", "view_registration", "view_all_registrations"]
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))


def grant_lab_staff_role(user, organisation=None, *, lab=None):
    """What lab staff may do: open the admin and follow the registrations (lists, check-in,
    export) of their own organisation's events or of the events their lab hosts, and
    nothing else."""
    group, _created = Group.objects.get_or_create(name=LAB_STAFF_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="wagtailadmin", codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="registrations",
            codename__in=["view_registration", "change_registration"],
        ),
    )
    user.groups.add(group)
    if organisation is not None:
        StaffAccess.objects.get_or_create(user=user, organisation=organisation)
    if lab is not None:
        StaffAccess.objects.get_or_create(user=user, lab=lab)


def account(username, password_variable, role, **fields):
    """(user, credentials line): a new account gets the password of its environment
    variable or a random one, shown once; an existing one keeps its password."""
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user, (username, None, role)
    password = os.environ.get(password_variable) or secrets.token_urlsafe(12)
    if fields.pop("superuser", False):
        user = User.objects.create_superuser(username, password=password, **fields)
    else:
        user = User.objects.create_user(username, password=password, **fields)
    return user, (username, password, role)


def load_users(labs):
    """The administrator, an editor of the communication team (who sees no registrant) and
    the staff of two labs (``labs``: {slug: French lab page})."""
    credentials = []
    _admin, line = account(
        ADMIN_USERNAME,
        "DEMO_ADMIN_PASSWORD",
        "superutilisateur / superuser",
        superuser=True,
        email="admin@example.org",
        first_name="Admin",
        last_name="Démo",
    )
    credentials.append(line)
    editor, line = account(
        EDITOR_USERNAME,
        "DEMO_EDITOR_PASSWORD",
        "Editors + Moderators",
        email="editeur@example.org",
        first_name="Camille",
        last_name="Éditrice",
    )
    credentials.append(line)
    grant_editor_role(editor)
    lab_staff, line = account(
        LAB_STAFF_USERNAME,
        "DEMO_LAB_STAFF_PASSWORD",
        LAB_STAFF_GROUP,
        email="labo@example.org",
        first_name="Dominique",
        last_name="Labo",
    )
    credentials.append(line)
    grant_lab_staff_role(lab_staff, lab=labs[LAB_STAFF_LAB])
    second_lab_staff, line = account(
        SECOND_LAB_STAFF_USERNAME,
        "DEMO_SECOND_LAB_STAFF_PASSWORD",
        LAB_STAFF_GROUP,
        email="labo-rh@example.org",
        first_name="Sacha",
        last_name="Fabrique",
    )
    credentials.append(line)
    grant_lab_staff_role(second_lab_staff, lab=labs[SECOND_LAB_STAFF_LAB])
    return credentials


WORKFLOW_NAME = "Relecture éditoriale"


def name_workflows():
    """Wagtail creates its default workflow and task named in English (« Moderators
    approval »), which its French admin then shows as « Soumettre à Moderators approval »:
    the demo names them in the site's language."""
    from wagtail.models import Task, Workflow

    Workflow.objects.filter(name="Moderators approval").update(name=WORKFLOW_NAME)
    Task.objects.filter(name="Moderators approval").update(name=WORKFLOW_NAME)
