"""Deploy checks: production without a mail server sends no password reset or workflow notice."""

from django.conf import settings
from django.core import checks

SMTP = "django.core.mail.backends.smtp.EmailBackend"


@checks.register(checks.Tags.security, deploy=True)
def email_is_configured(app_configs, **kwargs):
    if settings.EMAIL_BACKEND != SMTP:
        return []
    problems = []
    if not settings.EMAIL_HOST:
        problems.append(
            checks.Warning(
                "EMAIL_HOST is not set: password reset links and workflow notices cannot be sent.",
                hint="Set EMAIL_HOST (and EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, "
                "EMAIL_USE_TLS or EMAIL_USE_SSL) in the environment.",
                id="home.W001",
            )
        )
    if not settings.DEFAULT_FROM_EMAIL or settings.DEFAULT_FROM_EMAIL.endswith("@localhost"):
        problems.append(
            checks.Warning(
                "DEFAULT_FROM_EMAIL is not set: mail would come from an address no one reads.",
                hint="Set DEFAULT_FROM_EMAIL, e.g. barnensrost@kommun.se.",
                id="home.W002",
            )
        )
    return problems
