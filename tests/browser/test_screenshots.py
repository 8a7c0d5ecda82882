"""Full-page screenshots at phone width (375 px) for people to look at, in test-artifacts/."""

import re

import pytest

from .helpers import BANDS, screenshot, with_band

pytestmark = pytest.mark.browser


@pytest.fixture(scope="session")
def information_path(public_paths):
    """The first information page in the sitemap (a topic under Om socialtjänsten)."""
    topics = [p for p in public_paths if re.fullmatch(r"/om-soc/[^/]+/", p)]
    assert topics, f"no information page in the sitemap: {public_paths}"
    return topics[0]


def test_screenshots_at_phone_width(page, information_path, feedback_path):
    shots = {"startsida": "/", "tyck-till": feedback_path}
    for band in BANDS:
        shots[f"informationssida-{band}"] = with_band(information_path, band)
    for name, path in shots.items():
        response = page.goto(path)
        assert response.status == 200, f"{path}: HTTP {response.status}"
        assert page.viewport_size["width"] == 375
        assert screenshot(page, name).stat().st_size > 10_000
