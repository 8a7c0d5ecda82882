"""No third-party requests: loading a public page asks the served portal only.

Every request the browser makes while loading the page (its images loaded too, also the lazy
ones) is recorded with page.on("request"); each must go to the served origin.
"""

import pytest

from .helpers import eager_images

pytestmark = pytest.mark.browser


def test_public_pages_request_nothing_from_other_sites(page, portal, public_paths):
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    outside = {}
    for path in public_paths:
        requests.clear()
        page.goto(path, wait_until="load")
        eager_images(page)
        page.wait_for_load_state("load")
        assert requests, f"{path}: no request recorded"
        elsewhere = [
            url
            for url in requests
            if not url.startswith(portal.url + "/") and not url.startswith(("data:", "blob:"))
        ]
        if elsewhere:
            outside[path] = elsewhere
    assert not outside, f"requests to other sites than {portal.url}: {outside}"
    assert page.context.guard.blocked == []
