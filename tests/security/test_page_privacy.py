"""Private pages (Wagtail page privacy) stay private with the faster checks of
portal/pagecache/privacy.py."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from child_info.models import ChildInfoPage

SLUG = "orosanmalan"


@pytest.fixture
def private_topic(demo_content):
    topic = ChildInfoPage.objects.get(slug=SLUG)
    Client().get("/")  # lists and restricted paths read before the restriction exists
    Client().get("/om-soc/")
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.LOGIN)
    return topic


def test_a_private_page_asks_for_a_login(private_topic):
    response = Client().get(private_topic.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/logga-in/?next=")


def test_a_private_page_is_left_out_of_every_public_list(private_topic):
    title = private_topic.title
    assert title not in Client().get("/").content.decode()
    assert title not in Client().get("/om-soc/").content.decode()
    assert title not in Client().get("/sok/?q=orosanmälan").content.decode()
    other = ChildInfoPage.objects.get(slug="vad-ar-soc")
    assert other.title in Client().get("/om-soc/").content.decode()


def test_a_private_section_hides_its_children(demo_content):
    index = ChildInfoPage.objects.get(slug=SLUG).get_parent()
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert Client().get(f"/om-soc/{SLUG}/?alder=5-8").status_code == 302
    assert "/om-soc/" not in Client().get("/").content.decode()


def test_lifting_the_restriction_shows_the_page_again(private_topic):
    PageViewRestriction.objects.filter(page=private_topic).delete()
    assert Client().get(private_topic.url).status_code == 200
    assert private_topic.title in Client().get("/om-soc/").content.decode()


def test_deep_pages_still_route_like_wagtail(demo_content):
    assert Client().get(f"/om-soc/{SLUG}/").status_code == 200
    assert Client().get("/om-soc/finns-inte/").status_code == 404
    assert Client().get(f"/om-soc/{SLUG}/mer/").status_code == 404
    assert Client().get("/tyck-till/tack/").status_code == 200  # a routable page's sub-route
