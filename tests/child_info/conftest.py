import pytest

from child_info.models import ChildInfoIndexPage, ChildInfoPage


@pytest.fixture
def index_page(db):
    return ChildInfoIndexPage.objects.get(slug="om-soc")


@pytest.fixture
def make_topic(index_page):
    """Publish a new information page under the demo index; bodies are HTML per band."""

    def make(slug, body_5_8="<p>Kort.</p>", body_9_12="<p>Mellan.</p>", body_13_18="<p>Lång.</p>"):
        page = ChildInfoPage(
            title=slug.capitalize(),
            slug=slug,
            summary_5_8=f"Om {slug}, för små.",
            summary_9_12=f"Om {slug}, för mellan.",
            summary_13_18=f"Om {slug}, för stora.",
            body_5_8=[{"type": "paragraph", "value": body_5_8}],
            body_9_12=[{"type": "paragraph", "value": body_9_12}],
            body_13_18=[{"type": "paragraph", "value": body_13_18}],
        )
        index_page.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make
