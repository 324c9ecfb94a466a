"""PostgreSQL text search configurations for the site search (search/query.py): the
language's stemming with accents removed first, so that "donnees" finds "données" and
"evenement" finds "événements". Nothing to do on SQLite."""

from django.db import migrations

CONFIGURATIONS = {"french_unaccent": "french", "english_unaccent": "english"}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        for name, language in CONFIGURATIONS.items():
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone():
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {language})")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {language}_stem"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGURATIONS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create, drop)]
