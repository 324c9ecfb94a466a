"""Give the moved models their content types back under their new app label.

Translations (wagtail-localize sources), permissions, history entries and the reference
index point at a content type row by id. Renaming the rows from ``home`` to ``shell`` keeps
every one of those links; letting Django create new rows would orphan them and leave the
menus untranslatable and the editors without their permissions.

Background tasks queued before the move name the old label ("home", "navigationmenu") and
fail when the worker runs them; if the worker had not emptied its queue before the
migration, ``manage.py rebuild_references_index`` restores the "usage" of pages in menus.
"""

from django.db import migrations

MOVED_MODELS = ["navigationmenu", "siteidentity"]


def relabel(apps, schema_editor, old_label, new_label):
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = ContentType.objects.using(schema_editor.connection.alias)
    for model in MOVED_MODELS:
        existing = content_types.filter(app_label=old_label, model=model).first()
        if existing is None:
            continue  # a new database: Django creates the rows after migrating
        # A migrate stopped between shell.0001 and this migration has already made an
        # unused row (and its permissions) under the new label: the original one wins.
        content_types.filter(app_label=new_label, model=model).delete()
        existing.app_label = new_label
        existing.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    relabel(apps, schema_editor, "home", "shell")


def backwards(apps, schema_editor):
    relabel(apps, schema_editor, "shell", "home")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0003_shell_models_moved'),
        ('shell', '0001_initial'),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
