"""The tables of a page as a reader sees them, by caption."""

from bs4 import BeautifulSoup


def tables(response):
    """{caption: {"headings": [...], row label: [cell texts]}} of the page."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    found = {}
    for table in soup.select("main table"):
        rows = {"headings": [th.get_text(strip=True) for th in table.select("thead th")][1:]}
        for tr in table.select("tbody tr"):
            label = tr.find("th")
            if label:
                rows[label.get_text(strip=True)] = [
                    td.get_text(strip=True) for td in tr.find_all("td")
                ]
        found[table.caption.get_text(strip=True)] = rows
    return found


def column(table, heading):
    index = table["headings"].index(heading)
    return {label: cells[index] for label, cells in table.items() if label != "headings"}
