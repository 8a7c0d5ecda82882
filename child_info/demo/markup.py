"""The demo's mini-markup (see topics.py) turned into StreamField data."""

import re

from django.utils.html import escape

LINK = re.compile(r"\[([^\]]+)\]\((https://[^)\s]+)\)")
LIST_MARKS = {"- ": "ul", "1. ": "ol"}


def inline(text):
    """Escaped text; ``[words](https://…)`` becomes a link."""
    return LINK.sub(r'<a href="\2">\1</a>', escape(text))


def stream_blocks(lines):
    """Turn the demo mini-markup into StreamField data (see topics.py)."""
    blocks = []
    html = []
    items = []
    list_tag = None

    def flush():
        if html:
            blocks.append({"type": "paragraph", "value": "".join(html)})
            html.clear()

    def flush_list():
        if items:
            html.append(f"<{list_tag}>" + "".join(f"<li>{inline(i)}</li>" for i in items))
            html.append(f"</{list_tag}>")
            items.clear()

    for line in lines:
        mark = next((m for m in LIST_MARKS if line.startswith(m)), None)
        if mark and (not items or LIST_MARKS[mark] == list_tag):
            list_tag = LIST_MARKS[mark]
            items.append(line[len(mark) :])
            continue
        flush_list()
        if mark:
            list_tag = LIST_MARKS[mark]
            items.append(line[len(mark) :])
        elif line.startswith("## "):
            flush()
            blocks.append({"type": "heading", "value": {"text": line[3:]}})
        elif line.startswith("! "):
            flush()
            title, text = (part.strip() for part in line[2:].split("|", 1))
            blocks.append(
                {"type": "callout", "value": {"title": title, "text": f"<p>{inline(text)}</p>"}}
            )
        else:
            html.append(f"<p>{inline(line)}</p>")
    flush_list()
    flush()
    return blocks
