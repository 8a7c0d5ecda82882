import pytest
from wagtail.models import Page

from home.age_bands import AgeBand

SEARCH_URL = "/sok/?q=socialsekreterare"


def public_page_urls():
    """Every live public page of the tree, an information page once per band, plus search."""
    from child_info.models import ChildInfoPage

    urls = [SEARCH_URL]
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.get_url()
        if isinstance(page, ChildInfoPage):
            urls += [f"{url}?alder={band.value}" for band in AgeBand]
        urls.append(url)
    return urls


@pytest.fixture
def public_urls(demo_content):
    urls = public_page_urls()
    # The tree holds what the brief names: home, index, glossary, feedback, English home.
    for expected in ("/", "/om-soc/", "/ordlista/", "/tyck-till/", "/en/"):
        assert expected in urls
    return urls
