"""The demo's entry points by situation on the home page, each with its picture."""

SITUATIONS = [
    ("Det är jobbigt hemma", "Om det är bråk, våld eller oro hemma."),
    ("Jag ska träffa soc", "Vad som händer före, under och efter ett möte."),
    ("Jag bor inte hemma just nu", "Om familjehem, HVB och kontakt med din familj."),
    ("Mina föräldrar får hjälp", "Hur soc hjälper vuxna, och vad det betyder för dig."),
    ("Jag vill säga vad jag tycker", "Du har rätt att bli lyssnad på."),
    ("Mina rättigheter", "Vad du har rätt till, och vart du kan vända dig."),
]

# Situation title: image (pictures.py). Its alt text on the home page is
# the image's 9–12 text, since the home page is the same for every band.
SITUATION_IMAGES = {
    "Det är jobbigt hemma": "hemma",
    "Jag ska träffa soc": "mote",
    "Jag bor inte hemma just nu": "placering",
    "Mina föräldrar får hjälp": "foraldrar",
    "Jag vill säga vad jag tycker": "tycka",
    "Mina rättigheter": "rattigheter",
}
