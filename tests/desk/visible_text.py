"""The text a person sees (or hears from a screen reader) on an HTML page."""

from html.parser import HTMLParser

# Elements marked ``hidden`` (menus, dialogs, inactive tabs) count: a person opens them.
NEVER_SHOWN = {"script", "style"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
SPOKEN_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")


class _VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        # Open elements as (tag, inside a script or style); an end tag closes up to its own
        # start tag, so an element left unclosed (<p>, <li>) cannot swallow the rest.
        self.open = []
        self.parts = []

    @property
    def hidden(self):
        return bool(self.open) and self.open[-1][1]

    def speak(self, attrs):
        if not self.hidden:
            self.parts.extend(v for k, v in attrs if k in SPOKEN_ATTRIBUTES and v)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            self.speak(attrs)
            return
        hidden = self.hidden or tag in NEVER_SHOWN
        self.open.append((tag, hidden))
        self.speak(attrs)

    def handle_startendtag(self, tag, attrs):
        self.speak(attrs)

    def handle_endtag(self, tag):
        if any(open_tag == tag for open_tag, _hidden in self.open):
            while self.open.pop()[0] != tag:
                pass

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.parts.append(data.strip())


def visible_text(html):
    """Text nodes and spoken attributes, one per line; nothing from scripts or styles."""
    parser = _VisibleText()
    parser.feed(html)
    return "\n".join(parser.parts)
