"""The admin's form for a municipality: its name and the address its site is served at.

A new municipality is made as ``add_municipality`` makes it (municipalities.setup); editing
one renames it and moves its site to another address.
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Page, Site

from home.models import SiteSettings

from .models import Municipality
from .setup import create_municipality, home_slug, rename_groups

HOSTNAME = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)


class MunicipalityForm(WagtailAdminModelForm):
    name = forms.CharField(label=_("Kommunens namn"), max_length=100)
    hostname = forms.CharField(
        label=_("Värdnamn"),
        max_length=255,
        help_text=_("Adressen som kommunens sidor visas på, t.ex. sundsvik.example.se"),
    )
    port = forms.IntegerField(label=_("Port"), initial=80, min_value=1, max_value=65535)

    class Meta:
        model = Municipality
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            site = self.instance.site
            self.initial.update(name=site.site_name, hostname=site.hostname, port=site.port)

    def clean_hostname(self):
        hostname = self.cleaned_data["hostname"].strip().lower()
        if not HOSTNAME.match(hostname):
            raise ValidationError(
                _(
                    "Skriv bara värdnamnet, med bokstäverna a–z, siffror, bindestreck och punkter "
                    "(t.ex. sundsvik.example.se), utan http:// och utan snedstreck."
                )
            )
        return hostname

    def clean(self):
        cleaned = super().clean()
        hostname, port = cleaned.get("hostname"), cleaned.get("port")
        if hostname is None or port is None:
            return cleaned
        sites = Site.objects.filter(hostname=hostname, port=port)
        if self.instance.pk:
            sites = sites.exclude(pk=self.instance.site_id)
        if sites.exists():
            self.add_error(
                "hostname",
                _("Det finns redan en webbplats på %(address)s.")
                % {"address": f"{hostname}:{port}"},
            )
        elif (
            not self.instance.pk
            and Page.get_first_root_node().get_children().filter(slug=home_slug(hostname)).exists()
        ):
            self.add_error(
                "hostname",
                _(
                    "En annan kommun har redan en startsida med adressnamnet %(slug)s "
                    "(från värdnamnets första del). Välj ett värdnamn som börjar annorlunda."
                )
                % {"slug": home_slug(hostname)},
            )
        return cleaned

    def save(self, commit=True):
        data = self.cleaned_data
        if not self.instance.pk:
            self.instance = create_municipality(data["name"], data["hostname"], data["port"])
            return self.instance
        site = self.instance.site
        site.site_name, site.hostname, site.port = data["name"], data["hostname"], data["port"]
        site.save()
        settings = SiteSettings.for_site(site)
        settings.municipality_name = data["name"]
        settings.save()
        rename_groups(self.instance, self.initial["name"], data["name"])
        self.instance.save()  # forgets the cached site lookups
        return self.instance
