"""Protection of the staff and politician logins against password guessing.

Failed logins are counted in the cache per user name (and per daily keyed hash of the client
address, ``home.client_address``); no address is stored anywhere. After
``LOGIN_FAILURE_LIMIT`` failures within ``LOGIN_FAILURE_WINDOW`` seconds the user name is
locked for ``LOGIN_LOCKOUT_SECONDS``: ``LockoutModelBackend`` refuses it even with the right
password, and the login forms (``LockoutLoginFormMixin``) say so in Swedish. The same goes for
a client address after ``LOGIN_FAILURE_LIMIT_PER_ADDRESS`` failures, which slows down one
client trying many user names.
"""

from django import forms
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

from .client_address import daily_address_hash
from .counters import counter_cache, increment

LOCKED_MESSAGE = _(
    "För många misslyckade inloggningar. Av säkerhetsskäl är inloggningen spärrad en stund. "
    "Vänta %(minutes)d minuter och försök igen, eller be en administratör om hjälp."
)


def _username_key(username):
    normalised = (username or "").strip().lower()
    return salted_hmac("login.lockout.user", normalised).hexdigest()


def _keys(username, request):
    """[(counter key, lock key, limit), ...] for the user name and, with a request, the client."""
    user = _username_key(username)
    keys = [(f"login:fail:u:{user}", f"login:lock:u:{user}", settings.LOGIN_FAILURE_LIMIT)]
    if request is not None:
        client = daily_address_hash(request, "login.lockout")
        keys.append(
            (
                f"login:fail:a:{client}",
                f"login:lock:a:{client}",
                settings.LOGIN_FAILURE_LIMIT_PER_ADDRESS,
            )
        )
    return keys


def is_locked(username, request=None) -> bool:
    cache = counter_cache()
    return any(cache.get(lock) for _counter, lock, _limit in _keys(username, request))


def record_failure(username, request=None):
    cache = counter_cache()
    for counter, lock, limit in _keys(username, request):
        if cache.get(lock):
            continue  # attempts while locked do not make the lock longer
        count = increment(counter, settings.LOGIN_FAILURE_WINDOW)
        if count >= limit:
            cache.set(lock, True, timeout=settings.LOGIN_LOCKOUT_SECONDS)
            cache.delete(counter)


@receiver(user_login_failed, dispatch_uid="home.login_lockout.record_failure")
def on_login_failed(sender, credentials, request=None, **kwargs):
    record_failure(credentials.get("username"), request)


class LockoutModelBackend(ModelBackend):
    """Django's backend, except that a locked user name (or client) is refused outright."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(self._username_field())
        if is_locked(username, request):
            raise PermissionDenied("login locked")  # stops authenticate(); counts as failed
        return super().authenticate(request, username=username, password=password, **kwargs)

    @staticmethod
    def _username_field():
        from django.contrib.auth import get_user_model

        return get_user_model().USERNAME_FIELD


class LockoutLoginFormMixin:
    """For any AuthenticationForm: a locked login gets a clear message instead of 'wrong'."""

    def clean(self):
        username = self.cleaned_data.get("username")
        if username and is_locked(username, self.request):
            minutes = max(1, settings.LOGIN_LOCKOUT_SECONDS // 60)
            raise forms.ValidationError(LOCKED_MESSAGE % {"minutes": minutes}, code="locked")
        return super().clean()


class LockoutLoginForm(LockoutLoginFormMixin, LoginForm):
    """The Wagtail admin's login form (``WAGTAILADMIN_USER_LOGIN_FORM``)."""


class LockoutAuthenticationForm(LockoutLoginFormMixin, AuthenticationForm):
    """For Django's ``LoginView(authentication_form=...)``, e.g. the politicians' login."""
