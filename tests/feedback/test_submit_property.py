"""Property: whatever is posted to the feedback form, the server never answers with a 5xx."""

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from feedback.models import FeedbackResponse

pytestmark = pytest.mark.django_db

FIELDS = [
    "information",
    "participation",
    "treatment",
    "change",
    "availability",
    "age_band",
    "contact_kind",
    "good_text",
    "better_text",
    "webbplats",
    "started",
    "extra_1",
    "unknown",
]
values = st.one_of(
    st.text(max_size=50),
    st.text(min_size=1900, max_size=2100, alphabet="aåö -@+=0123456789"),
    st.sampled_from(["1", "5", "0", "6", "-1", "9-12", "annat", "", "ø" * 3000]),
    st.integers().map(str),
)
payloads = st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS))


@hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(payload=payloads, fast=st.booleans())
def test_arbitrary_posts_never_cause_a_server_error(post_feedback, settings, payload, fast):
    settings.FEEDBACK_RATE_LIMIT = 1000  # reach the storing code, not only the rate limit
    before = FeedbackResponse.objects.count()
    response = post_feedback(payload, seconds_ago=0 if fast else 60)
    assert response.status_code < 500
    stored = FeedbackResponse.objects.count() - before
    # Something is stored only when the child is sent on to the thank-you page.
    assert stored == (1 if response.status_code == 302 and not payload.get("webbplats") else 0)
