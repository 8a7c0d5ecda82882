"""Texts written for each age band on what children read ("Ni sa – vi gjorde")."""

from home.age_bands import AgeBand


def band_text(instance, field, band):
    """``field`` holds the 9–12 text, ``field_5_8`` and ``field_13_18`` the others; an empty
    band text falls back to the 9–12 one (which may itself be empty)."""
    band = AgeBand(band)
    if band != AgeBand.MIDDLE:
        own = getattr(instance, f"{field}_{band.value.replace('-', '_')}")
        if own.strip():
            return own
    return getattr(instance, field)
