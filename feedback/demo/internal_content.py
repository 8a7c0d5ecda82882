"""Texts of the demo internal section: two years of the Västernorrland model in a municipality.

Written for this project from what the source texts report; the quotes are invented and
anonymised, as real ones must be before they are published.
"""

from datetime import date

CONTACT = "Om att ha kontakt med socialtjänsten"
PARTICIPATION = "Om delaktighet"
INTERVIEWED = "Om att bli intervjuad"
RELATIONSHIP = "Om relationen till socialsekreteraren"

INTERNAL_INDEX = {
    "title": "Barnens röst i utvecklingsarbetet",
    "slug": "internt",
    "intro": (
        "<p>Här finns årsrapporterna från barnintervjuerna och seminarierna, och hur arbetet "
        "med varje förbättring går. Sidorna är bara för personal och socialnämndens ledamöter.</p>"
    ),
}

WHAT_HAPPENED = {"title": "Ni sa – vi gjorde", "slug": "ni-sa-vi-gjorde"}

REPORTS = [
    {
        "year": 2024,
        "title": "Årsrapport 2024",
        "summary": (
            "<p>Femton barn mellan 6 och 17 år berättade för oss hur de har upplevt kontakten "
            "med socialtjänsten. De vill ha mer kontakt med sin socialsekreterare, veta mer om "
            "hur vi arbetar och bestämma mer själva om var och hur vi ses.</p>"
        ),
        "interviews_planned": 18,
        "interviews_held": 15,
        "ages": (3, 6, 6),
        "seminar_date": date(2024, 11, 14),
        "staff_experiences": (
            "<p>Socialsekreterarna tyckte att det var lärorikt att intervjua ett barn som en "
            "kollega har kontakt med. Flera blev förvånade över hur lite barnen visste om vad "
            "som händer efter en orosanmälan. Det tog tid att hitta tider som passade barnen, "
            "och fikat gjorde samtalen lättare att börja.</p>"
        ),
        "findings": [
            (
                CONTACT,
                "Barnen visste ofta inte varför de hade kontakt med oss eller vad som skulle "
                "hända sedan. Några tyckte att mötena var i tråkiga rum.",
                "Barn behöver information om vår process anpassad efter ålder, och en miljö "
                "där de vill vara.",
            ),
            (
                PARTICIPATION,
                "Barnen ville själva få bestämma var vi träffas och hur vi håller kontakten. "
                "Kallelser skickades bara till föräldrarna.",
                "Barnen ska bjudas in själva och få välja plats och kontaktsätt.",
            ),
            (
                INTERVIEWED,
                "De flesta tyckte att det var bra att bli intervjuade och att någon ville veta "
                "vad de tyckte. Några var osäkra på vad svaren skulle användas till.",
                "Barnen behöver veta vad som händer med det de säger i intervjun.",
            ),
            (
                RELATIONSHIP,
                "Socialsekreteraren är en viktig person. Barnen ville ha mer kontakt och någon "
                "att ringa när de själva ville. Placerade barn saknade att höra av oss.",
                "Barnen vill ha en tätare och mer personlig kontakt, också mellan mötena.",
            ),
        ],
        "quotes": [
            (CONTACT, "Jag visste inte vad som skulle hända efter att hon hade pratat med mig."),
            (CONTACT, "Rummet var tråkigt. Det fanns inget att titta på."),
            (PARTICIPATION, "Det var mamma som fick brevet, inte jag."),
            (PARTICIPATION, "Jag vill hellre ses på fiket än på kontoret."),
            (INTERVIEWED, "Det var skönt att någon frågade mig på riktigt."),
            (RELATIONSHIP, "Hon är den viktigaste vuxna jag pratar med."),
            (RELATIONSHIP, "Man vill kunna höra av sig när man själv vill."),
        ],
    },
    {
        "year": 2025,
        "title": "Årsrapport 2025",
        "summary": (
            "<p>Sjutton barn intervjuades. Barnen märker att de bjuds in själva och får välja "
            "var vi ses. Nu vill de veta vad som händer när en utredning avslutas, och få "
            "information som är lätt att förstå.</p>"
        ),
        "interviews_planned": 20,
        "interviews_held": 17,
        "ages": (5, 7, 5),
        "seminar_date": date(2025, 11, 20),
        "staff_experiences": (
            "<p>Det blev lättare att boka intervjuer när barnen fick en personlig inbjudan. "
            "Socialsekreterarna vill ha mer tid efter intervjun för barnens egna frågor.</p>"
        ),
        "findings": [
            (
                CONTACT,
                "Barn vars utredning avslutades utan insats fick ofta inte veta hur det gick. "
                "Informationsmaterialet upplevdes som svårt.",
                "Alla barn ska få återkoppling, också när ärendet avslutas, och material som "
                "är skrivet för barn.",
            ),
            (
                PARTICIPATION,
                "Barnen tycker att det har blivit bättre att få bestämma var vi ses. De vill "
                "vara med när beslut som gäller dem förklaras.",
                "Delaktigheten har ökat; beslut behöver förklaras för barnet på ett sätt det "
                "förstår.",
            ),
            (
                INTERVIEWED,
                "Barnen ville ha mer tid att ställa egna frågor efter intervjun.",
                "Intervjun behöver ett avslut där barnet får fråga och får veta vad som "
                "händer sedan.",
            ),
            (
                RELATIONSHIP,
                "Barnen vill kunna skicka sms till sin socialsekreterare. Några föreslog "
                "sociala medier.",
                "Kontakten ska gå att hålla på barnens villkor, med säkra kanaler.",
            ),
        ],
        "quotes": [
            (CONTACT, "Sen hörde jag ingenting mer. Jag trodde att jag hade gjort fel."),
            (CONTACT, "Broschyren hade för många svåra ord."),
            (PARTICIPATION, "Nu fick jag välja var vi skulle ses. Det var bra."),
            (INTERVIEWED, "Jag hade frågor efteråt men då var det slut."),
            (RELATIONSHIP, "Det är lättare att skriva sms än att ringa."),
        ],
    },
]

# Each improvement comes from a finding (year, theme); its history is [(status, day)], oldest
# first. "responses_with" links the demo answers whose free text starts with those words.
IMPROVEMENTS = [
    {
        "title": "Personliga inbjudningar till möten",
        "finding": (2024, PARTICIPATION),
        "responsible": "Enhetschef barn och unga",
        "description": (
            "<p>Barnet får en egen inbjudan med vykort eller sms, inte bara föräldrarna. "
            "Barnen sa att de inte visste om mötena förrän samma dag.</p>"
        ),
        "child_summary": "Nu får du en egen inbjudan när vi ska ses. Den kommer med vykort "
        "eller sms. Då vet du i tid när vi ska träffas.",
        "show": True,
        "history": [
            ("proposed", date(2024, 11, 14)),
            ("decided", date(2024, 12, 10)),
            ("in_progress", date(2025, 1, 15)),
            ("done", date(2025, 4, 1)),
        ],
    },
    {
        "title": "Fika när vi har möten med barn",
        "finding": (2024, CONTACT),
        "responsible": "Alla socialsekreterare",
        "description": "<p>Det ska finnas fika på möten med barn, så att mötet känns lugnare.</p>",
        "child_summary": "Nu finns det fika när vi har möte med dig. Det blir lite lättare "
        "att prata då.",
        "show": True,
        "history": [
            ("proposed", date(2024, 11, 14)),
            ("decided", date(2024, 12, 10)),
            ("done", date(2025, 2, 1)),
        ],
    },
    {
        "title": "Sommar- och julhälsningar till placerade barn",
        "finding": (2024, RELATIONSHIP),
        "responsible": "Familjehemsgruppen",
        "description": (
            "<p>Barn som bor i familjehem eller på HVB får en hälsning från sin "
            "socialsekreterare på sommaren och till jul.</p>"
        ),
        "child_summary": "Bor du i ett familjehem eller på ett boende? Då får du ett kort "
        "från oss på sommaren och till jul. Vi tänker på dig.",
        "show": True,
        "history": [
            ("proposed", date(2024, 11, 14)),
            ("decided", date(2024, 12, 10)),
            ("done", date(2025, 6, 15)),
        ],
    },
    {
        "title": "Kontaktbok för frågor mellan mötena",
        "finding": (2024, RELATIONSHIP),
        "responsible": "Familjehemsgruppen",
        "description": (
            "<p>En liten bok där barnet kan skriva ner frågor mellan mötena och ta med sig. "
            "Prövas först med placerade barn.</p>"
        ),
        "child_summary": "Vi gör en liten bok som du får. I den kan du skriva frågor som du "
        "kommer på mellan våra möten. Sen pratar vi om dem.",
        "show": True,
        "planned": date(2026, 6, 30),
        "history": [
            ("proposed", date(2024, 11, 14)),
            ("decided", date(2025, 2, 4)),
            ("in_progress", date(2025, 9, 1)),
        ],
    },
    {
        "title": "Barnet väljer var vi ses och hur vi håller kontakt",
        "finding": (2024, PARTICIPATION),
        "responsible": "Enhetschef barn och unga",
        "description": (
            "<p>Barnet får välja plats för samtal (skolan, fiket, kontoret, hemma) och om "
            "kontakten ska ske med sms, e-post eller telefon.</p>"
        ),
        "child_summary": "Du får välja var vi ska ses. Det kan vara i skolan, på ett fik "
        "eller hos oss. Du får också välja om vi ska höras på sms, mejl eller telefon.",
        "show": True,
        "history": [
            ("proposed", date(2024, 11, 14)),
            ("decided", date(2024, 12, 10)),
            ("in_progress", date(2025, 1, 15)),
            ("done", date(2025, 5, 20)),
        ],
    },
    {
        "title": "Bättre rum för samtal med barn",
        "finding": (2024, CONTACT),
        "responsible": "Verksamhetschef",
        "description": (
            "<p>Två samtalsrum görs om för barn: mjuka möbler, saker att göra med händerna, "
            "bilder på väggarna.</p>"
        ),
        "child_summary": "Vi gör om två rum där vi pratar med barn. De ska bli mysigare, "
        "med saker att titta på och pyssla med.",
        "show": True,
        "planned": date(2026, 3, 31),
        "history": [("proposed", date(2024, 11, 14)), ("decided", date(2025, 3, 12))],
    },
    {
        "title": "Återkoppling till barnet när en utredning avslutas utan insats",
        "finding": (2025, CONTACT),
        "responsible": "Mottagningsgruppen",
        "description": (
            "<p>Alla barn får veta hur det gick, också när utredningen avslutas utan insats: "
            "ett samtal eller ett brev skrivet för barnet.</p>"
        ),
        "child_summary": "Ibland tar vi reda på hur ett barn har det, och sen behövs ingen "
        "mer hjälp. Då ska du ändå få veta hur det gick. Det är du värd.",
        "show": True,
        "planned": date(2026, 4, 30),
        "responses_with": "Säg vad som händer sen",
        "history": [
            ("proposed", date(2025, 11, 20)),
            ("decided", date(2025, 12, 9)),
            ("in_progress", date(2026, 1, 12)),
        ],
    },
    {
        "title": "Mobiltelefoner till socialsekreterarna",
        "finding": (2025, RELATIONSHIP),
        "responsible": "Verksamhetschef",
        "description": (
            "<p>Varje socialsekreterare får en tjänstemobil, så att barn kan skicka sms och "
            "ringa direkt.</p>"
        ),
        "child_summary": "Alla socialsekreterare ska få en egen mobil. Då kan du skicka sms "
        "till din socialsekreterare.",
        "show": True,
        "planned": date(2026, 2, 28),
        "history": [("proposed", date(2025, 11, 20)), ("decided", date(2025, 12, 9))],
    },
    {
        "title": "Nytt informationsmaterial för barn",
        "finding": (2025, CONTACT),
        "responsible": "Metodutvecklare",
        "origin": "feedback",
        "description": (
            "<p>Broschyren om utredningar skrivs om tillsammans med barn, med lätta ord och "
            "bilder. Barnens svar på webben sa samma sak som intervjuerna.</p>"
        ),
        "child_summary": "Vi skriver om våra papper till barn. Vi tar bort svåra ord och "
        "lägger till bilder. Barn får hjälpa till.",
        "show": True,
        "responses_with": "Använd inte så svåra ord",
        "history": [("proposed", date(2025, 11, 20)), ("in_progress", date(2026, 1, 20))],
    },
    {
        "title": "Kontakt med barn via sociala medier",
        "finding": (2025, RELATIONSHIP),
        "responsible": "Verksamhetschef",
        "description": (
            "<p>Utrett och avslutat: sociala medier kan inte användas säkert med hänsyn till "
            "sekretessen. Sms med tjänstemobil införs i stället.</p>"
        ),
        "child_summary": "Några barn ville att vi skulle höras i sociala medier. Det går "
        "inte, för det är inte säkert nog. I stället kan du skicka sms till oss.",
        "show": True,
        "history": [("proposed", date(2025, 11, 20)), ("closed", date(2026, 1, 14))],
    },
    {
        "title": "Tid för barnets egna frågor efter intervjun",
        "finding": (2025, INTERVIEWED),
        "responsible": "Metodutvecklare",
        "description": (
            "<p>Intervjuguiden får ett avslut på tio minuter där barnet ställer sina egna "
            "frågor och får veta vad som händer med svaren.</p>"
        ),
        "child_summary": "",
        "show": False,
        "history": [("proposed", date(2025, 11, 20))],
    },
]
