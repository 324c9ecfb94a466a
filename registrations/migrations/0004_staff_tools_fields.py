import secrets

import django.db.models.deletion
import django.db.models.functions.text
from django.conf import settings
from django.db import migrations, models

import registrations.models


def draw_check_in_secrets(apps, schema_editor):
    """Each existing registration gets its own secret (a callable default gives one to all)."""
    Registration = apps.get_model("registrations", "Registration")
    for registration in Registration.objects.filter(check_in_secret__isnull=True).only("id"):
        Registration.objects.filter(pk=registration.pk).update(
            check_in_secret=secrets.token_urlsafe(32)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("registrations", "0003_remove_invitestate_capacity"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="no_show_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="absence constatée le"),
        ),
        migrations.AddField(
            model_name="registration",
            name="added_by",
            field=models.ForeignKey(
                blank=True,
                help_text="La personne de l'équipe qui a ajouté cette inscription à la main.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="ajoutée par",
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="check_in_secret",
            field=models.CharField(editable=False, max_length=64, null=True),
        ),
        migrations.RunPython(draw_check_in_secrets, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="registration",
            name="check_in_secret",
            field=models.CharField(
                default=registrations.models.new_token, editable=False, max_length=64, unique=True
            ),
        ),
        migrations.AlterField(
            model_name="registration",
            name="email",
            field=models.EmailField(blank=True, max_length=254, verbose_name="courriel"),
        ),
        migrations.RemoveConstraint(
            model_name="registration",
            name="one_registration_per_email_and_session",
        ),
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.UniqueConstraint(
                models.F("session"),
                django.db.models.functions.text.Lower("email"),
                condition=models.Q(("email", ""), _negated=True),
                name="one_registration_per_email_and_session",
            ),
        ),
    ]
