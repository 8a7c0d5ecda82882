"""The admin in Swedish: every page a Handläggare and a Redaktör use, scanned for English.

Wagtail, Django and django-taggit ship partial Swedish catalogs; the project catalog
(locale/sv/LC_MESSAGES/, compiled by `make test`) completes them, and the portal's own views
show booleans, empty values and rich text in Swedish words.
"""

import re
from datetime import date

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from portal.security.roles import EDITORS, STAFF
from tests.factories import (
    ChildInfoPageFactory,
    EditorFactory,
    FeedbackResponseFactory,
    FindingFactory,
    ImprovementFactory,
    QuoteFactory,
    StaffFactory,
    ThemeFactory,
)

from .visible_text import visible_text

pytestmark = pytest.mark.django_db

# English words and phrases seen in the admin (whole words, case as shown). Swedish words that
# are spelt the same ("Status", "App", "System", "Filter", "live") are not in the list.
ENGLISH = [
    "Password",
    "Saved",
    "Name",
    "True",
    "False",
    "Good",
    "Fair",
    "Complex",
    "None",
    "Exploring",
    "Edit",
    "Delete",
    "Cancel",
    "Save",
    "Search",
    "Actions",
    "Side panel",
    "Side panels",
    "Minimap",
    "Any",
    "Date updated",
    "Autosave",
    "comma-separated",
    "tags",
    "Show",
    "Add",
    "Choose",
    "Select",
    "Yes",
    "No",
    "Back",
    "Next",
    "Previous",
    "Page",
    "Pages",
    "Settings",
    "Account",
    "Preview",
    "Publish",
    "Unpublish",
    "Submit",
    "Approve",
    "Reject",
    "Comment",
    "Comments",
    "History",
    "Sort",
    "Help",
    "Close",
    "Loading",
    "Never",
    "Dashboard",
    "Home",
    "Users",
    "Groups",
    "Images",
    "Documents",
    "Snippets",
    "Reports",
    "Workflow",
    "Locked",
    "Privacy",
    "Private",
    "Public",
    "Draft",
    "Title",
    "Date",
    "User",
    "of",
    "the",
    "and",
    "you",
    "your",
    "this",
    "with",
    "has been",
    "not",
    "There are no",
]
PATTERN = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ENGLISH)) + r")(?![\w-])")
# Proper names: the product, a language's own name in the language menu.
PROPER_NAMES = {"Wagtail", "English"}


def english_in(text, content=()):
    """English words in the text, leaving out proper names and content people wrote."""
    for name in (*PROPER_NAMES, *content):
        text = text.replace(name, " ")
    return sorted({match.group(0) for match in PATTERN.finditer(text)})


def english_content():
    """Titles of the English pages: content, not the admin's own words."""
    return list(Page.objects.filter(locale__language_code="en").values_list("title", flat=True))


def staff_urls():
    theme = ThemeFactory()
    report = FindingFactory(theme=theme).page
    QuoteFactory(page=report, theme=theme)
    report.save_revision(user=StaffFactory())  # a second entry in its history
    improvement = ImprovementFactory(
        history=[("proposed", date(2019, 3, 1)), ("decided", date(2019, 4, 2))], themes=[theme]
    )
    response = FeedbackResponseFactory(themes=[theme], good_text="Bra möte.")
    section = report.get_parent()
    return [
        "/admin/",
        reverse("wagtailsnippets_feedback_feedbackresponse:list"),
        reverse("wagtailsnippets_feedback_feedbackresponse:inspect", args=[response.pk]),
        reverse("wagtailsnippets_feedback_improvement:list"),
        reverse("wagtailsnippets_feedback_improvement:add"),
        reverse("wagtailsnippets_feedback_improvement:edit", args=[improvement.pk]),
        reverse("wagtailsnippets_feedback_improvement:history", args=[improvement.pk]),
        reverse("wagtailsnippets_feedback_improvement:inspect", args=[improvement.pk]),
        reverse("wagtailsnippets_feedback_theme:list"),
        reverse("wagtailadmin_pages:edit", args=[report.pk]),
        reverse("wagtailadmin_pages:history", args=[report.pk]),
        reverse("wagtailadmin_explore", args=[section.pk]),
        reverse("wagtailadmin_account"),
    ]


def editor_urls():
    topic = ChildInfoPageFactory()
    topic.save_revision(user=EditorFactory())  # a second entry in its history
    home = Page.objects.get(depth=2, locale=Locale.get_default())
    page = home.get_children().live().order_by("path").first()
    assert page.pk == topic.get_parent().pk
    return [
        "/admin/",
        reverse("wagtailadmin_explore_root"),
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse("wagtailadmin_explore", args=[page.pk]),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:edit", args=[topic.pk]),
        reverse("wagtailadmin_pages:history", args=[topic.pk]),
        reverse("wagtailadmin_account"),
    ]


@pytest.mark.parametrize(("group", "urls"), [(STAFF, staff_urls), (EDITORS, editor_urls)])
def test_admin_pages_show_no_english(client, user_in_group, group, urls):
    client.force_login(user_in_group(group))
    content = english_content()
    found = {}
    for url in urls():
        response = client.get(url)
        assert response.status_code == 200, url
        words = english_in(visible_text(response.content.decode()), content)
        if words:
            found[url] = words
    assert not found, "English in the admin (is the catalog compiled? `make messages`):\n" + (
        "\n".join(f"{url}: {', '.join(words)}" for url, words in found.items())
    )


def test_admin_login_page_shows_no_english(client):
    response = client.get(reverse("wagtailadmin_login"))
    text = visible_text(response.content.decode())
    assert "Lösenord" in text
    assert english_in(text) == []


@pytest.mark.parametrize(("english", "swedish"), [("Good", "Bra"), ("Fair", "Godtagbar")])
def test_the_checks_panel_scripts_get_swedish_words(client, user_in_group, english, swedish):
    """The Checks panel's readability label ("Good") is written by Wagtail's JavaScript, which
    reads its words from the admin's JavaScript catalog: the project's djangojs.po."""
    client.force_login(user_in_group(EDITORS))
    script = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert f'"{english}": "{swedish}"' in script
