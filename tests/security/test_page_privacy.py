"""Private pages (Wagtail page privacy) stay private with the faster checks of
portal/pagecache/privacy.py."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.factories import (
    ChildInfoIndexPageFactory,
    ChildInfoPageFactory,
    FeedbackPageFactory,
    SituationFactory,
)
from tests.factories.child_info import paragraph

WORD = "hemlighetsmakeri"  # in both topics' text, so search finds both unless one is private


@pytest.fixture
def situation(db):
    return SituationFactory(title="Det är hemligt hemma")


@pytest.fixture
def other_topic(situation):
    return ChildInfoPageFactory(
        title="Synlig sida", situations=[situation], body_9_12=paragraph(f"Om {WORD}.")
    )


@pytest.fixture
def private_topic(situation, other_topic):
    topic = ChildInfoPageFactory(
        title="Hemlig sida", situations=[situation], body_9_12=paragraph(f"Om {WORD}.")
    )
    index_url = topic.get_parent().url
    Client().get("/")  # lists and restricted paths read before the restriction exists
    Client().get(index_url)
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.LOGIN)
    return topic


def test_a_private_page_asks_for_a_login(private_topic):
    response = Client().get(private_topic.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/logga-in/?next=")


def test_a_private_page_is_left_out_of_every_public_list(private_topic, other_topic):
    index_url = private_topic.get_parent().url
    lists = (Client().get("/"), Client().get(index_url), Client().get("/sok/", {"q": WORD}))
    for response in lists:
        html = response.content.decode()
        assert private_topic.title not in html, response.request["PATH_INFO"]
        assert other_topic.title in html, response.request["PATH_INFO"]


def test_a_private_section_hides_its_children(db):
    # The home page lists the sections under its situations: a public topic keeps them shown.
    situation = SituationFactory()
    public = ChildInfoPageFactory(situations=[situation])
    index = ChildInfoIndexPageFactory()
    topic = ChildInfoPageFactory(parent=index, situations=[situation])
    assert f'href="{index.url}"' in Client().get("/").content.decode()
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert Client().get(f"{topic.url}?alder=5-8").status_code == 302
    home = Client().get("/").content.decode()
    assert index.url not in home
    assert f'href="{public.get_parent().url}"' in home


def test_lifting_the_restriction_shows_the_page_again(private_topic):
    PageViewRestriction.objects.filter(page=private_topic).delete()
    assert Client().get(private_topic.url).status_code == 200
    assert private_topic.title in Client().get(private_topic.get_parent().url).content.decode()


def test_deep_pages_still_route_like_wagtail(db):
    topic = ChildInfoPageFactory()
    index_url = topic.get_parent().url
    form = FeedbackPageFactory()
    assert Client().get(topic.url).status_code == 200
    assert Client().get(f"{index_url}finns-inte/").status_code == 404
    assert Client().get(f"{topic.url}mer/").status_code == 404
    assert Client().get(f"{form.url}tack/").status_code == 200  # a routable page's sub-route
