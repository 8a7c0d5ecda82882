"""The internal section as a politician sees it: login page, screenshot, axe, own origin only.

INTERNAL_PAGES lists (name, path) pairs: every page type of the internal section and each of
the overview's own views. Each gets: the login page checked with axe, a log-in as the served
portal's politician (group Politiker), a 375 px full-page screenshot
test-artifacts/screenshots/internt-<name>.png, an axe check at 375 and 1280 px and the
third-party check.
"""

import pytest

from .helpers import check_axe, log_in, login_url, screenshot

pytestmark = pytest.mark.browser

INTERNAL_PAGES = [
    ("oversikt", "/internt/"),
    ("arsrapport-2025", "/internt/2025/"),
    ("arsrapport-2024", "/internt/2024/"),
    ("forbattringar", "/internt/forbattringar/"),
    ("jamforelse", "/internt/jamforelse/"),
]


@pytest.mark.parametrize(("name", "path"), INTERNAL_PAGES)
def test_internal_page_for_a_politician(new_context, portal, name, path):
    page = new_context(bypass_csp=True).new_page()
    failures = []
    page.goto(login_url(path))
    check_axe(page, "the login page", failures)
    log_in(page, *portal.politician, next_path=path)

    requests = []
    page.on("request", lambda request: requests.append(request.url))
    response = page.goto(path)
    assert response.status == 200, f"{path}: HTTP {response.status} as a politician"
    screenshot(page, f"internt-{name}")
    check_axe(page, path, failures)
    assert not failures, "\n".join(failures)
    elsewhere = [u for u in requests if not u.startswith((portal.url + "/", "data:", "blob:"))]
    assert not elsewhere, f"{path}: requests to other sites: {elsewhere}"
