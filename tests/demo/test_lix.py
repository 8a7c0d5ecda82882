"""LIX of the demo: every version of every demo topic is within its band's target."""

import pytest

from child_info.models import ChildInfoPage
from child_info.readability.lix import analyse, lix, stream_text
from child_info.readability.verdict import LIX_TARGETS
from home.age_bands import AgeBand

pytestmark = pytest.mark.django_db


def version_text(page, band):
    version = page.version(band)
    return version.summary + "\n" + stream_text(version.body)


DEMO_SLUGS = [
    "vad-ar-soc",
    "socialsekreterare",
    "orosanmalan",
    "traffa-soc",
    "dina-rattigheter",
    "sekretess",
    "bo-inte-hemma",
    "hjalp-till-foraldrar",
    "kontakt",
    "hjalp-direkt",
]


@pytest.mark.parametrize("band", list(AgeBand))
def test_every_demo_version_is_within_its_target(band):
    pages = ChildInfoPage.objects.filter(slug__in=DEMO_SLUGS)
    assert pages.count() == len(DEMO_SLUGS)
    for page in pages:
        text = version_text(page, band)
        assert analyse(text).words > 20, page.slug
        assert lix(text) <= LIX_TARGETS[band], (page.slug, lix(text))


def test_young_versions_are_easier_than_teen_versions():
    pages = ChildInfoPage.objects.filter(slug__in=DEMO_SLUGS)
    assert pages.count() == len(DEMO_SLUGS)
    for page in pages:
        assert lix(version_text(page, AgeBand.YOUNG)) < lix(version_text(page, AgeBand.TEEN))
