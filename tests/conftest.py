import io

import pytest
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture(scope="session")
def demo_loaded(django_db_setup, django_db_blocker):
    """Load the demo content into the test database, committed, once per session."""
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
def demo_content(demo_loaded, db):
    """The full demo content, as `make run` loads it: only the demo's own tests ask for it.

    The test database starts with what the migrations make (the default site, its home page,
    the groups, the first municipality); a behaviour test builds the rest with
    tests/factories. The first test that asks for the demo loads it for good, so every test
    that asks for it runs after every test that does not (pytest_collection_modifyitems).
    """


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


def needs_demo(item):
    return "demo_content" in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Tests of the demo run after the tests that build their own data, which never see it.

    Browser tests run last: while Playwright runs, its event loop makes the ORM refuse
    synchronous queries in this process (SynchronousOnlyOperation) for any later test.
    """
    items.sort(key=lambda item: (item.get_closest_marker("browser") is not None, needs_demo(item)))
