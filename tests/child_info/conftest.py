import pytest
import wagtail_factories
from django.contrib.auth.models import Group

from portal.security.roles import EDITORS
from tests.factories import ChildInfoPageFactory, EditorFactory, child_info_index


@pytest.fixture
def index_page(db):
    """The home page's information index ('Om socialtjänsten'), made for the test."""
    return child_info_index()


@pytest.fixture
def make_topic(index_page):
    """Publish a new information page under the index; bodies are HTML per band."""

    def make(slug, body_5_8="<p>Kort.</p>", body_9_12="<p>Mellan.</p>", body_13_18="<p>Lång.</p>"):
        return ChildInfoPageFactory(
            parent=index_page,
            title=slug.capitalize(),
            slug=slug,
            summary_5_8=f"Om {slug}, för små.",
            summary_9_12=f"Om {slug}, för mellan.",
            summary_13_18=f"Om {slug}, för stora.",
            body_5_8=[{"type": "paragraph", "value": body_5_8}],
            body_9_12=[{"type": "paragraph", "value": body_9_12}],
            body_13_18=[{"type": "paragraph", "value": body_13_18}],
        )

    return make


@pytest.fixture
def editor_client(client, db):
    """A client logged in as a person in the Redaktörer group."""
    user = EditorFactory()
    assert Group.objects.get(name=EDITORS) in user.groups.all()
    client.force_login(user)
    return client


@pytest.fixture
def image(settings, tmp_path):
    """A Wagtail image whose file (and renditions) go to a temporary media folder."""
    settings.MEDIA_ROOT = tmp_path
    return wagtail_factories.ImageFactory()
