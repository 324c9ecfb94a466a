"""The demo site, loaded once for the tests of this package.

It is loaded inside a transaction that is rolled back after the package's last test, so
that the other test packages start from an empty site; each test runs in its own savepoint
on top of it. The loader takes about two minutes: the demo's content tests and the admin
crawl share one load.
"""

import pytest
from django.db import transaction
from django.test import override_settings

from demo.loader import DemoLoader


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    # The demo's pictures and their renditions go to a temporary media directory.
    media = override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media"))
    with media, django_db_blocker.unblock():
        # Marked like a TestCase's own transaction so that the durable transactions of the
        # registration rules may run inside it, as they do inside each test.
        atomic = transaction.atomic()
        atomic._from_testcase = True
        atomic.__enter__()
        try:
            yield DemoLoader().run()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
