"""Phone numbers a child can tap: ``tel:`` hrefs made in one place, numbers in page text linked.

``tel_href("0123-45 67 00")`` is ``tel:0123456700``: digits only (a leading + kept), because a
phone dials what the href says and a space or a dash is not dialled by every phone.
``link_phone_numbers(html)`` wraps each phone number in rendered text (outside links and
buttons) in such a link, so a number an editor writes in a page is tap-to-call too.
"""

import re

from django.utils.safestring import mark_safe

TAG = re.compile(r"(<[^>]*>)")
TAG_NAME = re.compile(r"<\s*(/?)\s*([a-zA-Z0-9]+)")
# Text inside these is never linked: a link inside a link or a button is invalid.
SKIP_TAGS = {"a", "button", "summary", "script", "style"}

# Swedish numbers a child may need: the emergency number, Vårdguiden, the police's
# non-emergency number, the 116 helplines (BRIS 116 111), and ordinary numbers written with
# an area code (0xx-xxx xx xx, +46 ...), grouped by spaces or dashes.
PHONE_NUMBER = re.compile(
    r"(?<![\w+-])("
    r"112|1177|114 ?14|116 ?\d{3}"
    r"|(?:\+46|0)[ -]?\d{1,4}(?:[ -]?\d{2,4}){1,4}"
    r")(?![\w-])"
)


def tel_href(number) -> str:
    """``tel:`` and the number's digits (a leading + kept); '' when there are no digits."""
    number = str(number or "").strip()
    digits = re.sub(r"\D", "", number)
    if not digits:
        return ""
    return "tel:" + ("+" if number.startswith("+") else "") + digits


MIN_DIGITS_WITH_AREA_CODE = 7


def _link(match):
    number = match.group(1)
    if number[0] in "0+" and len(re.sub(r"\D", "", number)) < MIN_DIGITS_WITH_AREA_CODE:
        return number
    return f'<a href="{tel_href(number)}">{number}</a>'


def link_phone_numbers(html) -> str:
    """The HTML with every phone number in its text made a ``tel:`` link. Returns safe HTML."""
    out = []
    skip_depth = 0
    for part in TAG.split(str(html)):
        if part.startswith("<"):
            out.append(part)
            match = TAG_NAME.match(part)
            if match and match.group(2).lower() in SKIP_TAGS and not part.endswith("/>"):
                skip_depth = max(skip_depth + (-1 if match.group(1) else 1), 0)
        elif skip_depth:
            out.append(part)
        else:
            out.append(PHONE_NUMBER.sub(_link, part))
    return mark_safe("".join(out))  # noqa: S308 - the input was safe HTML; only tags added
