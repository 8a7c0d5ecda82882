"""Protection of the staff and politician logins against password guessing, which an attacker
cannot turn against the staff.

**The threat both ways.** Someone guessing passwords must be slowed down. But a lock on a
user name alone lets anyone keep a Handläggare out by sending five wrong passwords every 15
minutes, and a lock on an address alone locks out a whole municipal NAT (30 staff behind one
address) when one of them mistypes or malware tries names. Flagged-danger answers are read
only when Handläggare can log in, so a lock-out is a child-safety problem too.

**The design.** Every count is kept in the counters cache (``portal.security.counters``) under keyed
hashes; no name or address is stored in clear, nothing in the database.

1. *Per user name and client address pair* (``LOGIN_FAILURE_LIMIT``, 5, within
   ``LOGIN_FAILURE_WINDOW``, 15 min): the pair is locked for ``LOGIN_LOCKOUT_SECONDS`` (15
   min), and each further lock of the same pair within ``LOGIN_STRIKE_SECONDS`` (a day)
   lasts twice as long, up to ``LOGIN_LOCKOUT_MAX_SECONDS`` (a day). An attacker's failures
   from their address lock only their own pair: the same name from the office is untouched,
   and so are the office's other 29 staff.
2. *Per user name, over all addresses* (``LOGIN_FAILURE_LIMIT_PER_NAME``, 20) and *per
   address, over all names* (``LOGIN_FAILURE_LIMIT_PER_ADDRESS``, 20): no lock, a slow-down.
   While a name (or address) is over its ceiling, a login from an address that is not
   *known-good* for that name gets one password check per ``LOGIN_SLOWDOWN_SECONDS`` (10 s)
   for that name (or address); the others are asked to wait a few seconds. This caps a
   guesser with many addresses at 360 guesses an hour per name.
3. *Known-good*: a successful login marks the pair (a keyed hash of name and address, for
   ``LOGIN_KNOWN_ADDRESS_SECONDS``, 30 days). A known-good pair never waits for a slow-down:
   the right password from the office always works unless the office's own pair is locked.

**Atomic, and before the password check.** ``LockoutModelBackend`` counts an attempt with
one atomic ``add`` + ``incr`` *before* it checks the password, and checks the password only
while the count is within the limit, so concurrent requests cannot run more than
``LOGIN_FAILURE_LIMIT`` password checks for a pair; a success clears the pair's count.

**Unlock.** A superuser clears every lock and count of a user name in the admin (Inställningar
→ Inloggningsspärrar, ``portal.security.login_unlock``): each name has a generation number in
its keys, and the unlock starts a new one.

The forms (``LockoutLoginFormMixin``) say in Swedish why a login was refused.
"""

import math
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import PermissionDenied
from django.utils.crypto import salted_hmac
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

from .client_address import address_hash
from .counters import counter_cache, increment

REFUSAL_ATTRIBUTE = "login_refusal"


@dataclass(frozen=True)
class Refusal:
    kind: str  # "locked" or "slowed"
    seconds: int

    def message(self):
        if self.kind == "locked":
            minutes = max(1, math.ceil(self.seconds / 60))
            return ngettext(
                "För många misslyckade inloggningar. Av säkerhetsskäl är inloggningen spärrad "
                "en stund. Vänta %(minutes)d minut och försök igen, eller be en administratör "
                "häva spärren.",
                "För många misslyckade inloggningar. Av säkerhetsskäl är inloggningen spärrad "
                "en stund. Vänta %(minutes)d minuter och försök igen, eller be en administratör "
                "häva spärren.",
                minutes,
            ) % {"minutes": minutes}
        return ngettext(
            "Många har just försökt logga in med fel lösenord. "
            "Vänta %(seconds)d sekund och försök igen.",
            "Många har just försökt logga in med fel lösenord. "
            "Vänta %(seconds)d sekunder och försök igen.",
            self.seconds,
        ) % {"seconds": self.seconds}


def _hash(purpose, *parts):
    return salted_hmac(f"login.lockout.{purpose}", "|".join(parts)).hexdigest()


def normalise(username):
    return (username or "").strip().lower()


def _generation_key(name):
    return f"login:gen:{name}"


def unlock(username):
    """Lift every lock and slow-down of a user name and forget its failures (all addresses)."""
    increment(_generation_key(_hash("user", normalise(username))), None)


class Gate:
    """The counters of one login attempt: a user name from a client address."""

    def __init__(self, username, request):
        self.cache = counter_cache()
        name = _hash("user", normalise(username))
        address = address_hash(request, "login.lockout.address") if request else "-"
        generation = str(self.cache.get(_generation_key(name), 0))
        user = f"{generation}:{name}"
        pair = _hash("pair", user, address)
        self.pair_count = f"login:n:p:{pair}"
        self.pair_lock = f"login:lock:p:{pair}"
        self.pair_strikes = f"login:strikes:p:{pair}"
        self.known = "login:known:" + _hash("known", name, address)
        # (count, busy flag, slot, ceiling) for the name over all addresses and the address
        # over all names.
        self.ceilings = [
            (f"login:n:u:{user}", f"login:busy:u:{user}", f"login:slot:u:{user}",
             settings.LOGIN_FAILURE_LIMIT_PER_NAME),
            (f"login:n:a:{address}", f"login:busy:a:{address}", f"login:slot:a:{address}",
             settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS),
        ]  # fmt: skip

    def _lock_refusal(self):
        until = self.cache.get(self.pair_lock)
        if until is None:
            return None
        return Refusal("locked", max(1, math.ceil(until - time.time())))

    def refusal_before_attempt(self):
        """A Refusal while the pair is locked or slowed down, else None (and a slot taken)."""
        locked = self._lock_refusal()
        if locked:
            return locked
        if self.cache.get(self.known):
            return None
        for _count, busy, slot, _ceiling in self.ceilings:
            wait = settings.LOGIN_SLOWDOWN_SECONDS
            if self.cache.get(busy) and not self.cache.add(slot, 1, timeout=wait):
                return Refusal("slowed", wait)
        return None

    def count_attempt(self):
        """Count this attempt atomically; a Refusal if it is past the pair's limit."""
        attempt = increment(self.pair_count, settings.LOGIN_FAILURE_WINDOW)
        self.attempt = attempt
        if attempt > settings.LOGIN_FAILURE_LIMIT:
            return self._lock_refusal() or Refusal("locked", settings.LOGIN_LOCKOUT_SECONDS)
        return None

    def failed(self):
        if self.attempt == settings.LOGIN_FAILURE_LIMIT:  # exactly one attempt gets here
            strikes = increment(self.pair_strikes, settings.LOGIN_STRIKE_SECONDS)
            seconds = min(
                settings.LOGIN_LOCKOUT_SECONDS * 2 ** (strikes - 1),
                settings.LOGIN_LOCKOUT_MAX_SECONDS,
            )
            self.cache.set(self.pair_lock, time.time() + seconds, timeout=seconds)
            self.cache.delete(self.pair_count)
        for count, busy, _slot, ceiling in self.ceilings:
            if increment(count, settings.LOGIN_FAILURE_WINDOW) >= ceiling:
                self.cache.set(busy, True, timeout=settings.LOGIN_FAILURE_WINDOW)

    def succeeded(self):
        self.cache.delete_many([self.pair_count, self.pair_strikes])
        self.cache.set(self.known, True, timeout=settings.LOGIN_KNOWN_ADDRESS_SECONDS)


class LockoutModelBackend(ModelBackend):
    """Django's backend behind the gate: a refused attempt never reaches the password check."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        gate = Gate(username, request)
        refusal = gate.refusal_before_attempt() or gate.count_attempt()
        if refusal:
            if request is not None:
                setattr(request, REFUSAL_ATTRIBUTE, refusal)
            raise PermissionDenied("login refused")  # stops authenticate(); counts as failed
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            gate.failed()
        else:
            gate.succeeded()
        return user


class LockoutLoginFormMixin:
    """For any AuthenticationForm: a refused login says why, in Swedish, instead of 'wrong'."""

    def get_invalid_login_error(self):
        refusal = getattr(self.request, REFUSAL_ATTRIBUTE, None)
        if refusal is not None:
            return forms.ValidationError(refusal.message(), code=refusal.kind)
        return super().get_invalid_login_error()


class LockoutLoginForm(LockoutLoginFormMixin, LoginForm):
    """The Wagtail admin's login form (``WAGTAILADMIN_USER_LOGIN_FORM``)."""


class LockoutAuthenticationForm(LockoutLoginFormMixin, AuthenticationForm):
    """For Django's ``LoginView(authentication_form=...)``, e.g. the politicians' login."""
