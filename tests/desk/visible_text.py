"""The text a person sees (or hears from a screen reader) on an HTML page."""

from html.parser import HTMLParser

NEVER_SHOWN = {"script", "style", "noscript"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
SPOKEN_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden_depth = 0  # inside a script, a style or an element with ``hidden``
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if not self.hidden_depth:
                self.parts.extend(v for k, v in attrs if k in SPOKEN_ATTRIBUTES and v)
            return
        if self.hidden_depth:
            self.hidden_depth += 1
        elif tag in NEVER_SHOWN or any(k == "hidden" for k, _v in attrs):
            self.hidden_depth = 1
        else:
            self.parts.extend(v for k, v in attrs if k in SPOKEN_ATTRIBUTES and v)

    def handle_startendtag(self, tag, attrs):
        if not self.hidden_depth:
            self.parts.extend(v for k, v in attrs if k in SPOKEN_ATTRIBUTES and v)

    def handle_endtag(self, tag):
        if self.hidden_depth and tag not in VOID:
            self.hidden_depth -= 1

    def handle_data(self, data):
        if not self.hidden_depth and data.strip():
            self.parts.append(data.strip())


def visible_text(html):
    """Text nodes and spoken attributes, one per line; nothing from scripts, styles or
    elements marked ``hidden``."""
    parser = _VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)
