"""The menus and the site identity moved from ``home`` to ``shell`` without losing anything.

A database built before the move has its menus, their wagtail-localize translations, the
editors' permissions and the history entries tied to content types labelled ``home``. The
test takes the database back to that state (``home`` owning the models), writes there what
the old code wrote, migrates forward, and checks that the new code finds all of it.
"""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Locale, ModelLogEntry
from wagtail_localize.models import TranslationSource

from shell.models import NavigationMenu, SiteIdentity
from tests.factories import make_menu

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE_THE_MOVE = [("home", "0002_body_block_templates_in_common"), ("shell", None)]


def migrate(targets):
    """Migrate to ``targets``; the models as they are in the migrated database."""
    state = MigrationExecutor(connection).migrate(targets)
    ContentType.objects.clear_cache()
    return state.apps


def migrate_to_the_end():
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    # Warm the cache again, as the test run had it: the next test's serialized rollback
    # must not create content types of its own while it reloads the database.
    ContentType.objects.get_for_models(*apps.get_models())


@pytest.fixture
def menu_with_translation(site_tree):
    french = make_menu(site_tree.fr, "header", [("Programme", site_tree.programme)])
    source, _created = TranslationSource.get_or_create_from_instance(french)
    english, _created = source.create_or_update_translation(site_tree.en, fallback=True)
    return french, english


def test_migrating_a_database_built_before_the_move_keeps_menus_translations_and_rights(
    menu_with_translation,
):
    french, english = menu_with_translation
    menu_type = ContentType.objects.get_for_model(NavigationMenu)
    editors = Group.objects.create(name="Communication")
    try:
        old = migrate(BEFORE_THE_MOVE)
        # The database as the old code left it: the content type is home's.
        OldContentType = old.get_model("contenttypes", "ContentType")
        old_menu_type = OldContentType.objects.get(pk=menu_type.pk)
        assert (old_menu_type.app_label, old_menu_type.model) == ("home", "navigationmenu")
        assert not OldContentType.objects.filter(app_label="shell").exists()
        OldMenu = old.get_model("home", "NavigationMenu")
        assert set(OldMenu.objects.values_list("pk", flat=True)) == {french.pk, english.pk}
        # What the old code wrote there: a footer menu, an editor's right, a history entry.
        footer = OldMenu.objects.create(locale_id=french.locale_id, location="footer", links=[])
        old.get_model("auth", "Group").objects.get(pk=editors.pk).permissions.add(
            old.get_model("auth", "Permission").objects.get(
                content_type=old_menu_type, codename="change_navigationmenu"
            )
        )
        old.get_model("wagtailcore", "ModelLogEntry").objects.create(
            content_type=old_menu_type,
            object_id=str(footer.pk),
            label="Liens du pied de page",
            action="wagtail.create",
            timestamp="2026-11-01T10:00:00Z",
        )
        old.get_model("home", "SiteIdentity").objects.create(accessibility_status="full")
    finally:
        migrate_to_the_end()

    assert ContentType.objects.get_for_model(NavigationMenu).pk == menu_type.pk
    assert not ContentType.objects.filter(
        app_label="home", model__in=["navigationmenu", "siteidentity"]
    ).exists()
    assert set(NavigationMenu.objects.values_list("pk", "location")) == {
        (french.pk, "header"),
        (english.pk, "header"),
        (footer.pk, "footer"),
    }
    # The English menu is still the wagtail-localize translation of the French one.
    source = TranslationSource.objects.get_for_instance(NavigationMenu.objects.get(pk=french.pk))
    assert source.get_translated_instance(Locale.objects.get(language_code="en")).pk == english.pk
    assert source.get_source_instance().links[0].value["label"] == "Programme"
    # Rights and history follow the menus.
    assert Permission.objects.get(codename="change_navigationmenu") in editors.permissions.all()
    editor = get_user_model().objects.create_user("camille", password="x")
    editor.groups.add(editors)
    assert editor.has_perm("shell.change_navigationmenu")
    footer_menu = NavigationMenu.objects.get(pk=footer.pk)
    assert ModelLogEntry.objects.for_instance(footer_menu).get().action == "wagtail.create"
    assert SiteIdentity.load().accessibility_status == "full"


def test_a_migrate_interrupted_after_the_state_move_keeps_the_original_content_type(
    menu_with_translation,
):
    """If ``shell.0001`` ran alone, Django made an empty ``shell`` row: the original wins."""
    french, _english = menu_with_translation
    menu_type = ContentType.objects.get_for_model(NavigationMenu)
    try:
        old = migrate(BEFORE_THE_MOVE)
        old.get_model("contenttypes", "ContentType").objects.create(
            app_label="shell", model="navigationmenu"
        )
    finally:
        migrate_to_the_end()
    assert ContentType.objects.get_for_model(NavigationMenu).pk == menu_type.pk
    assert ContentType.objects.filter(model="navigationmenu").count() == 1
    TranslationSource.objects.get_for_instance(NavigationMenu.objects.get(pk=french.pk))
