# ruff: noqa: E501 - prose reads better unwrapped
"""The demo's illustrations (child_info/demo/images/, drawn with make_images.py) and their
alt text, written for each age band: every version of a page starts with its picture, and each
situation on the home page has one (situations.py).
"""

from home.age_bands import AgeBand

YOUNG, MIDDLE, TEEN = AgeBand.YOUNG.value, AgeBand.MIDDLE.value, AgeBand.TEEN.value

# file name (without .png): {band: alt text}
IMAGES = {
    "soc": {
        YOUNG: "En vuxen och ett barn står bredvid varandra framför ett hus. Ett hjärta ovanför dem.",
        MIDDLE: "En vuxen och ett barn står framför ett hus. Över dem finns ett hjärta.",
        TEEN: "Tecknad bild: en vuxen och ett barn framför ett hus, med ett hjärta ovanför.",
    },
    "socialsekreterare": {
        YOUNG: "En vuxen pratar med ett barn. Barnet har en pratbubbla med ett frågetecken.",
        MIDDLE: "En socialsekreterare och ett barn. Barnet har en fråga i en pratbubbla.",
        TEEN: "Tecknad bild: en socialsekreterare och ett barn som har en fråga i en pratbubbla.",
    },
    "orosanmalan": {
        YOUNG: "Ett papper med text. En vuxen och ett barn står på var sin sida om pappret.",
        MIDDLE: "Ett papper där någon har skrivit att de är oroliga. En vuxen och ett barn står bredvid.",
        TEEN: "Tecknad bild: en anmälan på ett papper, med en vuxen och ett barn på var sin sida.",
    },
    "mote": {
        YOUNG: "En vuxen och ett barn sitter vid ett bord med två koppar och en bulle.",
        MIDDLE: "Ett möte: en vuxen och ett barn vid ett bord med fika.",
        TEEN: "Tecknad bild: ett möte vid ett bord, med två koppar och en bulle.",
    },
    "rattigheter": {
        YOUNG: "Ett barn med en pratbubbla. I pratbubblan finns ett hjärta.",
        MIDDLE: "Ett barn säger något som är viktigt. I pratbubblan finns ett hjärta.",
        TEEN: "Tecknad bild: ett barn med en pratbubbla som har ett hjärta i sig.",
    },
    "sekretess": {
        YOUNG: "En vuxen står bredvid ett stort hänglås.",
        MIDDLE: "En vuxen står bredvid ett stort lås. Det som sägs stannar hos soc.",
        TEEN: "Tecknad bild: en vuxen bredvid ett stort hänglås, en bild för sekretess.",
    },
    "placering": {
        YOUNG: "Två hus. Ett barn står mellan husen. Ett hjärta ovanför barnet.",
        MIDDLE: "Ett barn står mellan två hem. Över barnet finns ett hjärta.",
        TEEN: "Tecknad bild: ett barn mellan två hus, med ett hjärta ovanför.",
    },
    "foraldrar": {
        YOUNG: "En förälder och ett barn står bredvid en vuxen från soc som har ett hjärta i en pratbubbla.",
        MIDDLE: "En förälder och ett barn pratar med en vuxen från soc. Den vuxna har ett hjärta i en pratbubbla.",
        TEEN: "Tecknad bild: en förälder och ett barn med en vuxen från soc som har ett hjärta i en pratbubbla.",
    },
    "kontakt": {
        YOUNG: "Ett barn och en mobiltelefon med en pratbubbla.",
        MIDDLE: "Ett barn och en mobil. Från mobilen kommer en pratbubbla.",
        TEEN: "Tecknad bild: ett barn bredvid en mobil med en pratbubbla.",
    },
    "hjalp": {
        YOUNG: "En mobiltelefon där det står 112, mellan två personer.",
        MIDDLE: "En mobil som visar numret 112, mellan två personer.",
        TEEN: "Tecknad bild: en mobil som visar 112, mellan två personer.",
    },
    "hemma": {
        YOUNG: "Ett barn som inte ler står bredvid ett hus. Ett grått moln är över huset.",
        MIDDLE: "Ett hus med ett mörkt moln över sig. Bredvid står ett barn som ser ledset ut.",
        TEEN: "Tecknad bild: ett hus med ett mörkt moln över och ett barn som ser ledset ut.",
    },
    "tycka": {
        YOUNG: "Ett barn som ler. Barnet har en stor pratbubbla med ett utropstecken.",
        MIDDLE: "Ett barn säger vad det tycker. I pratbubblan finns ett utropstecken.",
        TEEN: "Tecknad bild: ett barn med en stor pratbubbla och ett utropstecken.",
    },
}
