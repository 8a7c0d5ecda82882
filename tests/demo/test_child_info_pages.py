"""The demo loader: the tree with every topic, situation and term, each topic rendered in
every band, and loading twice changes nothing."""

import pytest
from django.utils.html import escape

from child_info import demo
from child_info.demo.topics import TOPICS
from child_info.models import ChildInfoIndexPage, ChildInfoPage, GlossaryTerm, Situation
from home.age_bands import AgeBand
from home.phone_links import link_phone_numbers


@pytest.mark.django_db
@pytest.mark.parametrize("band", [b.value for b in AgeBand])
@pytest.mark.parametrize("slug", [t["slug"] for t in TOPICS])
def test_every_demo_topic_renders_in_every_band(client, slug, band):
    page = ChildInfoPage.objects.get(slug=slug)
    response = client.get(f"{page.url}?alder={band}")
    assert response.status_code == 200
    html = response.content.decode()
    summary = getattr(page, f"summary_{band.replace('-', '_')}")
    assert link_phone_numbers(escape(summary)) in html  # "ring 112" is tap-to-call
    assert 'class="listen-button"' in html
    if band == "5-8":
        assert "<picture>" in html and 'alt="' in html


@pytest.mark.django_db
def test_the_demo_tree_has_every_topic_and_situation():
    index = ChildInfoIndexPage.objects.get(slug="om-soc")
    slugs = set(ChildInfoPage.objects.child_of(index).live().values_list("slug", flat=True))
    assert {t["slug"] for t in TOPICS} <= slugs
    assert Situation.objects.count() >= 6
    for term in ["orosanmälan", "utredning", "insats", "placering", "familjehem", "HVB", "LVU"]:
        assert GlossaryTerm.objects.filter(term=term).exists()
    for term in ["SoL", "vårdnadshavare", "sekretess", "IVO"]:
        assert GlossaryTerm.objects.filter(term=term).exists()


@pytest.mark.django_db
def test_demo_loader_is_idempotent():
    counts = (
        ChildInfoPage.objects.count(),
        GlossaryTerm.objects.count(),
        Situation.objects.count(),
    )
    demo.load()
    assert counts == (
        ChildInfoPage.objects.count(),
        GlossaryTerm.objects.count(),
        Situation.objects.count(),
    )
