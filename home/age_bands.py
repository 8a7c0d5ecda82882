"""The three age bands every child-facing part of the portal is written for."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AgeBand(models.TextChoices):
    YOUNG = "5-8", _("5–8 år")
    MIDDLE = "9-12", _("9–12 år")
    TEEN = "13-18", _("13–18 år")
