"""Property: whatever is posted to the feedback form, the server never answers with a 5xx."""

from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from feedback.models import ExtraQuestion, FeedbackResponse
from tests.factories import english_home, internal_section, what_happened_page

from .conftest import started_token

pytestmark = pytest.mark.django_db

EXTRA = "<the page's extra yes/no question>"  # its field name is extra_<its pk>
FIELDS = [
    "information_yes_no",
    "participation_yes_no",
    "treatment",
    "change_yes_no",
    "availability_yes_no",
    "information",  # the earlier 1–5 scale: no longer a field of the form
    "age_band",
    "contact_kind",
    "good_text",
    "better_text",
    "webbplats",
    "started",
    EXTRA,
    "extra_1",
    "unknown",
]
values = st.one_of(
    st.text(max_size=50),
    st.text(min_size=1900, max_size=2100, alphabet="aåö -@+=0123456789"),
    st.sampled_from(["1", "5", "0", "6", "-1", "9-12", "annat", "", "ø" * 3000, "ja", "vet_inte"]),
    st.integers().map(str),
)
payloads = st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS))


def page_names(pairs, page):
    """The pairs with EXTRA named as the page's extra yes/no question is on the form."""
    name = page.extra_questions.get(kind=ExtraQuestion.Kind.YES_NO).field_name
    return [(name if key == EXTRA else key, value) for key, value in pairs]


@hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(payload=payloads, fast=st.booleans())
def test_arbitrary_posts_never_cause_a_server_error(
    post_feedback, feedback_page, settings, payload, fast
):
    settings.FEEDBACK_RATE_LIMIT = 1000  # reach the storing code, not only the rate limit
    before = FeedbackResponse.objects.count()
    data = dict(page_names(payload.items(), feedback_page))
    response = post_feedback(data, seconds_ago=0 if fast else 60)
    assert response.status_code < 500
    stored = FeedbackResponse.objects.count() - before
    # Something is stored only when the child is sent on to the thank-you page.
    assert stored == (1 if response.status_code == 302 and not payload.get("webbplats") else 0)


# Repeated keys, any unicode (also lone surrogates' neighbours and control characters), long
# values, raw bytes that are not UTF-8: posted as the browser would (urlencoded) or as junk.
keys = st.one_of(st.sampled_from(FIELDS), st.text(max_size=20))
wild_values = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=2000, max_size=2600),
    st.sampled_from(["", "5", "\x00", "\u202e", "😀" * 2001, "a" * 70_000]),
)
pairs = st.lists(st.tuples(keys, wild_values), max_size=12)


@hypothesis_settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    pairs=pairs,
    junk=st.binary(max_size=300),
    as_junk=st.booleans(),
    content_type=st.sampled_from(
        ["application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain"]
    ),
)
def test_any_body_with_repeated_keys_never_causes_a_server_error(
    client, feedback_page, settings, pairs, junk, as_junk, content_type
):
    settings.FEEDBACK_RATE_LIMIT = 1000
    settings.FEEDBACK_MIN_FILL_SECONDS = 0
    fields = [("started", started_token()), *page_names(pairs, feedback_page)]
    body = junk if as_junk else urlencode(fields, doseq=True).encode()
    kind = content_type if as_junk else "application/x-www-form-urlencoded"
    before = FeedbackResponse.objects.count()
    response = client.post(f"/svara/{feedback_page.pk}/", body, content_type=kind)
    assert response.status_code < 500
    assert FeedbackResponse.objects.count() - before <= 1


@pytest.fixture
def public_pages(feedback_page):
    """The pages under the prefixes below: the English home, the feedback form, 'Ni sa – vi
    gjorde' and the internal section."""
    return [english_home(), feedback_page, what_happened_page(), internal_section()]


PREFIXES = [
    "/",
    "/en/",
    "/tyck-till/",
    "/tyck-till/tack/",
    "/svara/",
    f"/svara/{2**64}/",
    "/sok/",
    "/ni-sa-vi-gjorde/",
    "/internt/",
    "/logga-in/",
    "/documents/",
    f"/documents/{2**64}/",
    "/i18n/",
    "/sitemap.xml",
]
segments = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.from_regex(r"[0-9]{1,40}", fullmatch=True),
        st.sampled_from(["..", ".", "%", "%00", "%ff", "tack", "a" * 3000, "9" * 400]),
    ),
    max_size=6,
)
queries = st.lists(st.tuples(st.text(max_size=20), st.text(max_size=40)), max_size=4)


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    prefix=st.sampled_from(PREFIXES),
    segments=segments,
    query=queries,
    post=st.booleans(),
    number=st.one_of(
        st.none(), st.integers(min_value=0, max_value=2**80), st.integers(2**63 - 2, 2**66)
    ),
)
@example(prefix="/svara/", segments=[], query=[], post=True, number=2**64)
def test_any_public_path_never_causes_a_server_error(
    client, public_pages, prefix, segments, query, post, number
):
    path = prefix + "/".join(quote(s, safe="%") for s in segments)
    if number is not None:  # ids of any size where the site takes an id
        path = f"{prefix.rstrip('/')}/{number}/" if prefix.startswith("/svara/") else path
        path = f"/svara/{number}/" if prefix == "/" else path
    query_string = "&".join(f"{quote(k)}={quote(v)}" for k, v in query)
    url = f"{path}?{query_string}" if query_string else path
    response = client.post(url) if post else client.get(url)
    assert response.status_code < 500, url
