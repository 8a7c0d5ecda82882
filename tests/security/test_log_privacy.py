"""The address scrub used on every log line (portal/security/log_privacy.py), and Django's own
logging."""

import io
import logging

import pytest
from django.test import Client, override_settings

from portal.security.log_privacy import ScrubAddresses, scrub


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Invalid request from ip=127.0.0.1: bad", "Invalid request from ip=[adress]: bad"),
        ("from ip=::1: Invalid", "from ip=[adress]: Invalid"),
        ("host 2001:db8::42 said", "host [adress] said"),
        ("mapped ::ffff:192.0.2.1 too", "mapped [adress] too"),
        ("fe80::1%eth0 link-local", "[adress] link-local"),
        ("Listening at: http://[::1]:8000 (12)", "Listening at: http://[[adress]]:8000 (12)"),
        # What is not an address stays.
        ("[2026-12-01 22:20:54 +0000] [12] [INFO] Booting", None),
        ('"GET /om-soc/?alder=9-12 HTTP/1.1" 200 5120 0.012', None),
        ("sha deadbeef:cafe and version 3.11", None),
    ],
)
def test_scrub(line, expected):
    assert scrub(line) == (expected or line)


@override_settings(ALLOWED_HOSTS=["barnensrost.example.se"])
def test_django_security_and_request_logs_name_no_address(db):
    handler = next(
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, ScrubAddresses) for f in h.filters)
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        client = Client(REMOTE_ADDR="192.0.2.33")
        assert client.get("/", HTTP_HOST="198.51.100.8").status_code == 400
        assert client.get("/", HTTP_HOST="[2001:db8::8]").status_code == 400
    finally:
        handler.setStream(previous)
    log = stream.getvalue()
    assert "Invalid HTTP_HOST header: '[adress]'" in log
    assert "Invalid HTTP_HOST header: '[[adress]]'" in log
    assert "Traceback" in log  # the traceback, scrubbed as well
    for address in ("198.51.100.8", "2001:db8::8", "192.0.2.33"):
        assert address not in log
