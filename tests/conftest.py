import pytest
from django.core.cache import cache

from tests.factories import build_site


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site_tree(db):
    """French home page with programme, labs and défis indexes, plus the English locale."""
    return build_site()
