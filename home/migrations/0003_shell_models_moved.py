"""The menus and the site identity now live in ``shell`` (see ``shell.0001``).

State only: their tables stay where they are, owned by the ``shell`` models.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0002_body_block_templates_in_common'),
        ('shell', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='NavigationMenu'),
                migrations.DeleteModel(name='SiteIdentity'),
            ],
            database_operations=[],
        ),
    ]
