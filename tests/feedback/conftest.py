import secrets
import time

import pytest
from django.core import signing
from django.core.cache import caches

from feedback.answers.form import STARTED_SALT


@pytest.fixture(autouse=True)
def clear_cache():
    """The rate limit lives in the cache: every test starts without earlier submissions."""
    for alias in ("default", "counters"):
        caches[alias].clear()
    yield
    for alias in ("default", "counters"):
        caches[alias].clear()


@pytest.fixture
def feedback_page(db):
    from feedback.models import FeedbackPage

    return FeedbackPage.objects.get(slug="tyck-till")


def started_token(seconds_ago=60):
    """A genuine start token (fresh nonce) as the form hands out, signed ``seconds_ago``."""
    return signing.dumps(
        [int(time.time()) - seconds_ago, secrets.token_urlsafe(16)], salt=STARTED_SALT
    )


@pytest.fixture
def post_feedback(client, feedback_page):
    """Post the feedback form as a child would, having spent a minute on it."""

    def post(data=None, seconds_ago=60, **extra):
        payload = {"started": started_token(seconds_ago), **(data or {})}
        return client.post(f"/svara/{feedback_page.pk}/", payload, **extra)

    return post
