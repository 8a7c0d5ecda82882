"""The reader's age band: chosen in the URL (``?alder=9-12``), never in a cookie or session."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from home.age_bands import AgeBand

PARAM = "alder"
# Shown when the reader has not chosen yet (together with the chooser).
DEFAULT_BAND = AgeBand.MIDDLE


def chosen_band(request) -> AgeBand | None:
    """The band in the query string, or None when there is none or it is not a band."""
    value = request.GET.get(PARAM, "") if request is not None else ""
    return AgeBand(value) if value in AgeBand.values else None


def band_for(request) -> AgeBand:
    return chosen_band(request) or DEFAULT_BAND


def field_suffix(band) -> str:
    """'5-8' -> '5_8', the suffix of the model fields that hold one band's version."""
    return AgeBand(band).value.replace("-", "_")


def with_band(url: str, band) -> str:
    """The URL with ``alder=<band>`` in its query string (replacing any earlier choice)."""
    if not band:
        return url
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != PARAM]
    query.append((PARAM, AgeBand(band).value))
    return urlunsplit(parts._replace(query=urlencode(query)))


def is_internal(url: str) -> bool:
    """A link to a page of this site (not a file, the admin or another site)."""
    return (
        url.startswith("/")
        and not url.startswith("//")
        and not url.startswith(("/static/", "/media/", "/documents/", "/admin/"))
    )
