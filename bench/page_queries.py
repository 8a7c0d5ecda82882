"""SQL queries per request, counted in-process with Django's test client on the bench database.

Run by bench/pages_load.py with the bench's environment: ``python bench/page_queries.py
URL...`` (``POST:<path>`` sends a valid feedback answer, ``AS:<user>:<path>`` reads as that
logged-in user). Prints one JSON object: {url: [uncached, cached]}; -1 where the URL does not
answer 200/302. "Uncached" is a page-cache miss as right after a publish (the generation's
shared data, the list of private pages, already read); "cached" the next request.
"""

import json
import os
import secrets
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(urls):
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core import signing
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from feedback.answers.form import STARTED_SALT
    from portal.pagecache.generation import invalidate
    from portal.pagecache.privacy import restricted_paths

    def count(client, method, path, data=None):
        with CaptureQueriesContext(connection) as queries:
            if data:  # a start token serves one answer: a fresh one for every post
                started = [int(time.time()) - 60, secrets.token_urlsafe(16)]
                data = {**data, "started": signing.dumps(started, salt=STARTED_SALT)}
            response = getattr(client, method)(path, data) if data else client.get(path)
        return len(queries) if response.status_code in (200, 302) else -1

    result = {}
    for url in urls:
        client = Client(HTTP_HOST="127.0.0.1")
        method, path, data = "get", url, None
        if url.startswith("POST:"):
            method, path = "post", url[5:]
            data = {"treatment": "4", "age_band": "9-12"}
        elif url.startswith("AS:"):
            _as, username, path = url.split(":", 2)
            client.force_login(get_user_model().objects.get(username=username))
        if method == "get":
            client.get(path)  # renditions and the like are made once
        invalidate()
        restricted_paths()
        result[url] = [count(client, method, path, data), count(client, method, path, data)]
    print(json.dumps(result))


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    main(sys.argv[1:])
