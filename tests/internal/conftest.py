import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from portal.security.roles import EDITORS, POLITICIANS, STAFF
from tests.factories import (
    FeedbackResponseFactory,
    ImprovementFactory,
    ThemeFactory,
    UserFactory,
    YearlyReportPageFactory,
    internal_section,
)


@pytest.fixture
def politician(db):
    return UserFactory(in_group=POLITICIANS)


@pytest.fixture
def staff(db):
    return UserFactory(in_group=STAFF)


@pytest.fixture
def editor(db):
    return UserFactory(in_group=EDITORS)


@pytest.fixture
def report(db):
    """A published yearly report in the internal section."""
    return YearlyReportPageFactory(summary="<p>Vad vi hörde i intervjuer och på seminariet.</p>")


@pytest.fixture
def internal_index(db):
    return internal_section()


@pytest.fixture
def improvement(db):
    """An improvement with a theme and a revision, and a themed answer: what the feedback
    admin's URLs (internal_admin_urls) are filled in with."""
    theme = ThemeFactory()
    FeedbackResponseFactory(themes=[theme])
    return ImprovementFactory(themes=[theme])


def internal_page_urls():
    """Every URL of the internal section, from the page tree and each page's own routes."""
    from feedback.models import InternalIndexPage

    urls = []
    for section in InternalIndexPage.objects.all():
        for page in section.get_descendants(inclusive=True).specific():
            if hasattr(page, "get_subpage_urls"):
                for route in page.get_subpage_urls():
                    urls.append(page.url + page.reverse_subpage(route.name))
            else:
                urls.append(page.url)
    return urls


def walk_urlconf(patterns=None, namespace=None):
    """(namespace, name, pattern) of every named URL in the URL conf."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        if isinstance(entry, URLResolver):
            child = entry.namespace
            full = ":".join(filter(None, [namespace, child])) if child else namespace
            yield from walk_urlconf(entry.url_patterns, full)
        elif isinstance(entry, URLPattern) and entry.name:
            yield namespace, entry.name, entry.pattern


# The admin's views of the feedback loop: children's answers, improvements, the summary.
INTERNAL_ADMIN_NAMESPACES = ("wagtailsnippets_feedback_", "wagtailsnippetchoosers_feedback_")
INTERNAL_ADMIN_NAMES = ("feedback_summary:",)


FIXED_ARGUMENTS = {"revision_id_a": "earliest", "revision_id_b": "latest"}


def internal_admin_urls():
    """Every admin URL of the feedback app's models, with the newest object of each filled in
    (the ``improvement`` fixture makes them).

    Built from the URL conf, so a view added later is covered without editing this list.
    """
    from django.apps import apps

    urls = []
    for namespace, name, pattern in walk_urlconf():
        full = f"{namespace}:{name}" if namespace else name
        if not (
            (namespace or "").startswith(INTERNAL_ADMIN_NAMESPACES)
            or full.startswith(INTERNAL_ADMIN_NAMES)
        ):
            continue
        kwargs = {}
        keys = list(getattr(pattern, "converters", {})) or list(pattern.regex.groupindex)
        if keys:
            model_name = namespace.rsplit("_", 1)[-1]
            obj = apps.get_model("feedback", model_name).objects.order_by("pk").last()
            assert obj is not None, f"no {model_name} made for {full}"
            for key in keys:
                if key in FIXED_ARGUMENTS:
                    kwargs[key] = FIXED_ARGUMENTS[key]
                elif key == "pk":
                    kwargs[key] = obj.pk
                elif key == "revision_id":
                    revision = (
                        obj.revisions.order_by("pk").first() if hasattr(obj, "revisions") else None
                    )
                    kwargs[key] = revision.pk if revision else 1
                else:
                    raise AssertionError(f"fill in the URL argument {key!r} of {full}")
        urls.append(reverse(full, kwargs=kwargs))
    return urls
