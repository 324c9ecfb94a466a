import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests.factories import build_site


def pytest_configure(config):
    """A fast hasher for the hundreds of test accounts; PBKDF2 stays to read demo accounts.

    Django's PBKDF2 costs half a second per password on this machine, at every
    account created and every sign-in."""
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    # The task workers of the tests run in their process: its memory cache is theirs.
    settings.EMAIL_NUDGE_CACHE = "default"


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _source_language():
    """Every test starts in French, whatever language the previous one left active."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def site_tree(db):
    """French home page with programme, labs and défis indexes, plus the English locale."""
    return build_site()


@pytest.fixture
def staff(db, django_user_model):
    """A superuser: the staff member of the tests that are not about permissions."""
    return django_user_model.objects.create_superuser("staff", "staff@example.org", "pw")


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client
