"""No client address in any log line: the app's (Django's logging) or gunicorn's.

``scrub`` replaces every IPv4 and IPv6 address in a text with ``[adress]``. ``ScrubAddresses``
is a logging filter that applies it to the whole formatted message (and any traceback) of a
record; ``LOGGING`` puts it on the console handler, so Django's ``django.request`` and
``django.security`` lines (a ``DisallowedHost`` quotes the Host header, which may be an
address) are scrubbed. ``GunicornLogger`` is gunicorn's logger with the same filter on its
error and access logs: gunicorn writes "Invalid request from ip=…" for malformed requests.
``gunicorn.conf.py`` at the top of the project uses it. The module imports nothing from
Django, so the gunicorn master can load it before the app.
"""

import ipaddress
import logging
import re

from gunicorn.glogging import Logger

PLACEHOLDER = "[adress]"
_IPV4 = re.compile(r"(?<![0-9])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?![0-9])")
# Hex digits and colons with at least two colons; each candidate is checked by ipaddress, so
# times such as 22:20:54 stay.
_IPV6 = re.compile(
    r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9]{1,3}){0,3}(?:%\w+)?"
)


def _ipv6(match):
    text = match.group(0)
    # "ip=::1: Invalid" matches as "::1:"; the colon after the address is not part of it.
    bare = text.rstrip(":")
    try:
        ipaddress.IPv6Address(bare.split("%")[0])
    except ValueError:
        return text
    return PLACEHOLDER + text[len(bare) :]


def scrub(text: str) -> str:
    return _IPV4.sub(PLACEHOLDER, _IPV6.sub(_ipv6, text))


class ScrubAddresses(logging.Filter):
    def filter(self, record):
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


class GunicornLogger(Logger):
    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            if not any(isinstance(f, ScrubAddresses) for f in log.filters):
                log.addFilter(ScrubAddresses())
