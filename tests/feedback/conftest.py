import secrets
import time

import pytest
from django.core import signing

from feedback.answers.form import STARTED_SALT
from tests.factories import FeedbackPageFactory
from tests.factories.feedback import EASY_TO_FIND


@pytest.fixture
def feedback_page(db):
    """The feedback form at /tyck-till/, as the demo configures it: the core questions and
    one extra yes/no question ("Var det lätt att hitta hit till oss?")."""
    from feedback.models import ExtraQuestion

    return FeedbackPageFactory(
        title="Tyck till",
        slug="tyck-till",
        extra_questions=[ExtraQuestion(question=EASY_TO_FIND, kind=ExtraQuestion.Kind.YES_NO)],
    )


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
