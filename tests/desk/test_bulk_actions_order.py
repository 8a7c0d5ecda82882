"""The bulk bar: the destructive action ("Radera") comes after every other action."""

import re

import pytest
from django.urls import reverse

from portal.security.roles import STAFF

from .visible_text import visible_text

pytestmark = pytest.mark.django_db


def bulk_action_labels(html):
    """The bulk bar's actions in the order shown, "Mer" menu included."""
    footer = html[html.index("data-bulk-action-footer") :]
    links = re.findall(r"<a[^>]*data-bulk-action-button[^>]*>.*?</a>", footer, re.S)
    return [visible_text(link).splitlines()[-1] for link in links]


@pytest.mark.parametrize(
    ("listing", "others"),
    [
        (
            "wagtailsnippets_feedback_feedbackresponse:list",
            {
                "Markera som lästa",
                "Markera som använda",
                "Lägg till tema",
                "Koppla till förbättring",
            },
        ),
        ("wagtailsnippets_feedback_improvement:list", {"Ändra status"}),
    ],
)
def test_delete_comes_last(client, user_in_group, listing, others):
    client.force_login(user_in_group(STAFF))
    labels = bulk_action_labels(client.get(reverse(listing)).content.decode())
    assert labels[-1] == "Radera", labels
    assert set(labels[:-1]) == others
