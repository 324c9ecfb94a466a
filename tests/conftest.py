import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests.factories import build_site


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
