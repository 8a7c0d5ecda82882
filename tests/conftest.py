import io
import os

import pytest
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the full demo content, loaded once per session.

    Each test runs in a transaction that is rolled back, so the demo content is the same for
    every test. Do not use ``transactional_db`` or ``live_server``: they flush the database.

    ``BR_TESTS_WITHOUT_DEMO=1`` leaves the demo out: a behaviour test must pass that way too,
    since it builds its data with tests/factories.
    """
    if os.environ.get("BR_TESTS_WITHOUT_DEMO"):
        return
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def empty_cache():
    """The cache outlives each test's rolled-back transaction: the page cache, rate limits and
    login counters would otherwise carry one test's data into the next."""
    from django.core.cache import caches

    for alias in ("default", "counters"):
        caches[alias].clear()
    yield
    for alias in ("default", "counters"):
        caches[alias].clear()


@pytest.fixture
def demo_content(db):
    """The full demo content, as `make run` loads it (already in the test database)."""


@pytest.fixture
def site_settings(db):
    from home.models import SiteSettings

    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def user_in_group(db, django_user_model):
    """Make a user who belongs to one of the portal's groups (None: no group)."""
    from django.contrib.auth.models import Group

    def make(group_name, username=None):
        user = django_user_model.objects.create_user(
            username=username or f"user-{group_name or 'none'}".lower(), password="x" * 16
        )
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests run last: while Playwright runs, its event loop makes the ORM refuse
    synchronous queries in this process (SynchronousOnlyOperation) for any later test."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
