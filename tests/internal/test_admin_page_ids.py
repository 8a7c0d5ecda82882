"""No admin URL shows a Redaktör anything of the internal section.

The URLs are generated from the URL conf: every admin route that takes a page id (or an
internal page type) is filled in with each internal page (the index, a published report, a
report with an unpublished draft in review and locked, a report never published), and every
admin route without arguments is asked with those pages' ids in its query string. A view
added to Wagtail later is covered without editing this file.
"""

import html
import itertools
import json
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from feedback.access import REVIEW_TASK as REVIEW_TASK_NAME
from feedback.access import REVIEW_WORKFLOW as REVIEW_WORKFLOW_NAME
from portal.security.roles import STAFF
from tests.factories import (
    ChildInfoPageFactory,
    StaffFactory,
    UserFactory,
    YearlyReportPageFactory,
    internal_section,
)
from tests.factories.municipalities import member, new_municipality

pytestmark = pytest.mark.django_db

# Secrets: none of these may reach a Redaktör. Titles live, draft and never published, the
# owner's name and the internal review workflow's names (its status in the admin).
DRAFT_TITLE = "Årsrapport 2024 utkast Zebrafink"
NEVER_PUBLISHED_TITLE = "Årsrapport 2031 Kvittenträd"
OWNER_LAST_NAME = "Hemligsson"

# Routes that take no page at all, or would end the Redaktör's session.
SKIPPED = ("wagtailadmin_logout", "wagtailadmin_error_test")
# URL arguments that name a page.
PAGE_ARGUMENTS = {"page_id", "parent_page_id", "page_to_move_id", "page_pk", "object_id"}
PAGE_NAMESPACES = ("wagtailadmin_pages", "wagtailadmin_api:pages")
REFUSED = (302, 403, 404, 405)
# Routes seen leaking, or that would: the generated list must hold each of them.
LEAKED_ROUTES = (
    "wagtailadmin_explore",
    "wagtail_bulk_action",
    "wagtailadmin_pages:type_use",
    "wagtailadmin_pages:workflow_preview",
    "wagtailadmin_pages:move_confirm",
    "wagtailadmin_pages:preview_on_add",
    "wagtailadmin_pages:preview_on_edit",
    "wagtailadmin_pages:revisions_view",
    "wagtailadmin_pages:revisions_compare",
    "wagtailadmin_pages:history",
    "wagtailadmin_pages:usage",
    "wagtailadmin_pages:copy",
    "wagtailadmin_pages:workflow_history_detail",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_api:pages:detail",
)


def walk(patterns=None, prefix="", namespace=None):
    """(full name, route text, keys) of every named URL of the URL conf."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry, URLResolver):
            child = entry.namespace
            full = ":".join(filter(None, [namespace, child])) if child else namespace
            yield from walk(entry.url_patterns, prefix + str(entry.pattern), full)
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            keys = list(getattr(entry.pattern, "converters", {})) or list(
                entry.pattern.regex.groupindex
            )
            yield name, prefix + str(entry.pattern), keys


def takes_a_page(name, keys):
    return bool(
        PAGE_ARGUMENTS & set(keys)
        or "content_type_app_name" in keys
        or name.startswith(PAGE_NAMESPACES)
        or name in ("wagtail_bulk_action", "wagtailadmin_editing_sessions:ping")
    )


@pytest.fixture
def internal(db):
    """The internal pages in every state, owned by a named Handläggare."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import get_page_models

    from feedback.access import REVIEW_TASK, REVIEW_WORKFLOW, InternalPageMixin
    from home.models import HomePage

    owner = UserFactory(
        in_group=STAFF,
        username="hedda.hemligsson",
        first_name="Hedda",
        last_name=OWNER_LAST_NAME,
    )
    index = internal_section()
    published = YearlyReportPageFactory(owner=owner)
    draft = YearlyReportPageFactory()
    draft.title = DRAFT_TITLE
    draft.save_revision(user=owner)
    draft.get_workflow().start(draft, owner)
    draft.locked, draft.locked_by, draft.locked_at = True, owner, timezone.now()
    draft.save(update_fields=["locked", "locked_by", "locked_at"])
    never = YearlyReportPageFactory(
        title=NEVER_PUBLISHED_TITLE, owner=owner, publish=False, publish_user=owner
    )
    pages = [index, published, draft, never]
    for page in pages:
        page.refresh_from_db()
    homes = list(HomePage.objects.order_by("pk"))
    # Every page type of the section, however many there come to be.
    types = [
        ContentType.objects.get_for_model(model)
        for model in get_page_models()
        if issubclass(model, InternalPageMixin)
    ]
    assert {content_type.model for content_type in types} >= {
        "internalindexpage",
        "yearlyreportpage",
    }
    titles = {title for page in pages for title in (page.title, page.draft_title)}
    secrets = titles | {OWNER_LAST_NAME, REVIEW_TASK, REVIEW_WORKFLOW}
    return {
        "public": ChildInfoPageFactory(),
        "pages": pages,
        "homes": homes,
        "types": types,
        "titles": titles,
        "secrets": secrets,
        "owner": owner,
    }


def state_of(pages):
    from wagtail.models import Page

    return [
        Page.objects.filter(pk=page.pk)
        .values_list("title", "draft_title", "path", "live", "locked", "latest_revision_id")
        .first()
        for page in pages
    ] + [Page.objects.count()]


def options_for(key, name, keys, internal):
    """The values to try for one URL argument, each marked whether it is internal."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry
    from wagtail.models import Workflow, WorkflowState

    from feedback.access import REVIEW_WORKFLOW

    pages, homes = internal["pages"], internal["homes"]
    page_ids = [(page.pk, True) for page in pages]
    draft_state = WorkflowState.objects.get(object_id=str(pages[2].pk))
    if key == "parent_page_id" and "content_type_model_name" in keys:
        # A new page of an internal type, under the internal section or a public page.
        return page_ids + [(home.pk, False) for home in homes]
    if key == "page_to_move_id":
        # A public page moved into the section names the section too.
        return page_ids + [(internal["public"].pk, False)]
    if key in PAGE_ARGUMENTS or (key == "pk" and name.startswith(PAGE_NAMESPACES)):
        return page_ids
    if key == "destination_id":
        return page_ids + [(homes[0].pk, False)]
    if key in ("content_type_app_name", "app_label"):
        return [("wagtailcore" if "bulk" in name else "feedback", False)]
    if key in ("content_type_model_name", "model_name"):
        if "bulk" in name:
            return [("page", False)]
        return [(content_type.model, True) for content_type in internal["types"]]
    if key == "action":
        actions = bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")
        return [(action.action_type, False) for action in actions]
    if key in ("revision_id", "revision_id_a", "revision_id_b"):
        named = {"revision_id_a": "earliest", "revision_id_b": "latest"}.get(key)
        return [("REVISION", False)] + ([(named, False)] if named else [])
    if key == "task_state_id":
        return [(draft_state.current_task_state_id, False)]
    if key == "workflow_state_id":
        return [(draft_state.pk, False)]
    if key == "task_id":
        # The first municipality's (another's has a task of the same name).
        return [(Workflow.objects.get(name=REVIEW_WORKFLOW).tasks.get().pk, False)]
    if key == "workflow_pk":
        return [(Workflow.objects.get(name=REVIEW_WORKFLOW).pk, False)]
    if key == "action_name":
        return [("approve", False), ("reject", False)]
    if key == "session_id":
        return [(0, False)]
    raise AssertionError(f"fill in the URL argument {key!r} of {name}")


def fill(route, values):
    """The route text with its arguments in place: <int:page_id> and (?P<pk>...) forms."""

    def value(match):
        return str(values[match.group("key")])

    url = re.sub(r"\(\?P<(?P<key>\w+)>[^)]*\)", value, route)
    url = re.sub(r"<(?:\w+:)?(?P<key>\w+)>", value, url)
    url = url.lstrip("^").rstrip("$").replace("^", "").replace("\\.", ".")
    return "/" + url


def page_id_urls(internal):
    """Every admin URL that takes a page id or an internal page type, filled in."""
    from wagtail.models import Page

    urls = []
    for name, route, keys in walk():
        if not route.startswith("admin/") or not keys or not takes_a_page(name, keys):
            continue
        choices = [options_for(key, name, keys, internal) for key in keys]
        for combination in itertools.product(*choices):
            values = dict(zip(keys, (value for value, _ in combination), strict=True))
            if name == "wagtail_bulk_action":
                # The pages come in the query string: chosen, or all children of one.
                url = fill(route, values)
                for page in internal["pages"]:
                    urls.append((name, f"{url}?id={page.pk}"))
                    urls.append((name, f"{url}?id=all&childOf={page.pk}"))
                continue
            if not any(is_internal for _, is_internal in combination):
                continue
            page_key = next((k for k in keys if values[k] and k in PAGE_ARGUMENTS), None)
            page_key = page_key or ("pk" if "pk" in keys else None)
            for key in keys:
                if values[key] == "REVISION":
                    page = Page.objects.get(pk=values[page_key])
                    values[key] = page.latest_revision_id
            urls.append((name, fill(route, values)))
    return urls


def query_string_urls(internal):
    """Every admin URL without arguments, as is and with the internal pages in its query."""
    ids = "&".join(f"id={page.pk}" for page in internal["pages"])
    urls = [
        ("wagtailadmin_choose_page_chosen_multiple", f"/admin/choose-page/chosen-multiple/?{ids}")
    ]
    for name, route, keys in walk():
        if not route.startswith("admin/") or keys or name.startswith(SKIPPED):
            continue
        url = fill(route, {})
        urls += [(name, url), (name, f"{url}?{ids}"), (name, f"{url}?q=Årsrapport")]
    bulk = "/admin/bulk/wagtailcore/page"
    for home in internal["homes"]:
        # The section's parent: its explorer, listing and chooser show its other children.
        for url in ("/admin/pages/{}/", "/admin/pages/{}/results/", "/admin/choose-page/{}/"):
            urls.append(("parent", url.format(home.pk)))
        # All children of a public page: the internal section's root is one of them.
        for action in ("delete", "move", "publish", "unpublish"):
            urls.append(("wagtail_bulk_action", f"{bulk}/{action}/?id=all&childOf={home.pk}"))
    for page in internal["pages"] + internal["homes"]:
        for query in ("child_of", "descendant_of", "for_explorer=1&child_of"):
            urls.append(("wagtailadmin_api:pages", f"/admin/api/main/pages/?{query}={page.pk}"))
    urls.append(("wagtailadmin_api:pages", "/admin/api/main/pages/?search=Årsrapport"))
    return urls


def leaks(response, secrets):
    body = b"".join(response) if response.streaming else response.content
    text = body.decode("utf-8", "replace")
    if response.get("Content-Type", "").startswith("application/json"):
        # JSON writes "ö" as \u00f6: read it as the browser would.
        text = json.dumps(json.loads(text), ensure_ascii=False)
    text = html.unescape(text).lower()
    return sorted(secret for secret in secrets if secret.lower() in text)


def test_the_generated_lists_cover_the_routes_that_leaked(internal):
    names = {name for name, _ in page_id_urls(internal)}
    for expected in LEAKED_ROUTES:
        assert expected in names, expected
    assert len(page_id_urls(internal)) > 150
    assert len(query_string_urls(internal)) > 150


@pytest.fixture(params=["editor", "another municipality's staff", "another municipality's editor"])
def outsider(request, editor):
    """Someone in the admin who may not see the (first municipality's) internal section: a
    Redaktör, and the Handläggare or Redaktör of another municipality, who has an internal
    section, a review workflow and pages of their own."""
    if request.param == "editor":
        return editor, set(), True
    other = new_municipality("Sundsvik")
    # Its own section under another address than the first's ("internt" is a secret here).
    own = other.site.root_page.get_children().get(slug="internt").specific
    own.slug = "vart-utvecklingsarbete"
    own.save_revision().publish()
    group = other.staff if "staff" in request.param else other.editors
    # Their own section's review task and workflow carry the same names as the first's; they
    # may open a URL that names no page of the first's (its page types' add views) and see
    # only their own there: checked by what the page shows.
    return member(group), {REVIEW_TASK_NAME, REVIEW_WORKFLOW_NAME}, False


def test_no_outsider_gets_anything_of_the_internal_section_from_any_admin_url(internal, outsider):
    from django.test import Client

    viewer, own_names, refused_everywhere = outsider
    client = Client(raise_request_exception=False)
    secrets = internal["secrets"] - own_names
    before = state_of(internal["pages"])
    client.force_login(viewer)
    problems = []
    for _name, url in page_id_urls(internal):
        for method in (client.get, client.post):
            response = method(url)
            found = leaks(response, secrets)
            refused = response.status_code in REFUSED
            if found or (refused_everywhere and not refused) or response.status_code >= 500:
                problems.append((method.__name__, url, response.status_code, found))
    # Listings name staff in their filters (owner, locked by): only titles are checked there.
    # Moving a public page into the section: the confirmation names the destination.
    public = internal["public"].pk
    for page in internal["pages"]:
        response = client.post(
            f"/admin/bulk/wagtailcore/page/move/?id={public}", {"chooser": page.pk}
        )
        found = leaks(response, secrets)
        if response.status_code not in REFUSED or found:
            problems.append(("post", f"bulk move into {page.pk}", response.status_code, found))
    for _name, url in query_string_urls(internal):
        response = client.get(url)
        found = leaks(response, internal["titles"])
        if response.status_code >= 500 or found:
            problems.append(("get", url, response.status_code, found))
    assert not problems, "\n".join(map(str, problems))
    assert state_of(internal["pages"]) == before
    # Still logged in: the refusals above were not the login page's.
    assert client.get("/admin/").status_code == 200


def test_staff_reach_every_one_of_those_urls_as_a_superuser_does(
    internal, client, django_user_model
):
    """Handläggare lose nothing: no URL is closed to them that is open to a superuser, apart
    from Wagtail's own permission redirects (they have no rights outside the section)."""
    from django.test import Client

    superuser = django_user_model.objects.create_superuser("chef", password="x" * 16)
    admin = Client()
    admin.force_login(superuser)
    # A colleague, not the owner: nobody may review (or preview for review) their own report.
    colleague = StaffFactory()
    client.force_login(colleague)
    closed, opened = [], set()
    for name, url in page_id_urls(internal):
        got, expected = client.get(url).status_code, admin.get(url).status_code
        if got in (403, 404) and expected not in (403, 404) or got >= 500:
            closed.append((url, got, expected))
        if got == 200:
            opened.add(name)
    assert not closed, "\n".join(map(str, closed))
    assert set(LEAKED_ROUTES) <= opened, set(LEAKED_ROUTES) - opened


def test_page_type_report_lists_the_section_for_staff_only(internal, client, editor):
    from django.urls import reverse

    url = reverse("wagtailadmin_reports:page_types_usage")
    usage = reverse("wagtailadmin_pages:type_use", args=["feedback", "yearlyreportpage"])
    public = reverse("wagtailadmin_pages:type_use", args=["home", "homepage"])
    client.force_login(editor)
    report = client.get(url)
    assert report.status_code == 200
    assert public in report.content.decode() and usage not in report.content.decode()
    client.force_login(internal["owner"])
    report = client.get(url).content.decode()
    assert usage in report and NEVER_PUBLISHED_TITLE in report
