# ruff: noqa: E501 - prose reads better unwrapped
"""What children read about each demo improvement on "Ni sa – vi gjorde", in each band.

Keyed by the improvement's title (for staff); each band has (heading, short text). The 9–12
text is the improvement's ``child_summary`` in internal_content.py, so it has None here.
"""

from home.age_bands import AgeBand

YOUNG, MIDDLE, TEEN = AgeBand.YOUNG.value, AgeBand.MIDDLE.value, AgeBand.TEEN.value

CHILD_WORDS = {
    "Personliga inbjudningar till möten": {
        YOUNG: (
            "Du får ett eget kort när vi ska ses",
            "Nu får du ett kort eller sms från oss. Då vet du när vi ska ses.",
        ),
        MIDDLE: ("Du får en egen inbjudan till mötet", None),
        TEEN: (
            "En egen inbjudan till varje möte",
            "Du får en egen inbjudan med vykort eller sms, inte bara dina föräldrar. Då vet du i god tid när vi ska träffas och kan förbereda dig.",
        ),
    },
    "Fika när vi har möten med barn": {
        YOUNG: (
            "Nu finns det fika",
            "När vi ses finns det något gott att äta. Det blir lite mysigare då.",
        ),
        MIDDLE: ("Fika när vi ses", None),
        TEEN: (
            "Fika på mötena",
            "Nu finns det fika när vi har möte med dig. Många barn sa att det blir lättare att prata när det känns lugnt.",
        ),
    },
    "Sommar- och julhälsningar till placerade barn": {
        YOUNG: (
            "Ett kort från oss på sommaren och till jul",
            "Bor du inte hemma? Då får du ett kort från oss. Vi tänker på dig.",
        ),
        MIDDLE: ("Ett kort från oss på sommaren och till jul", None),
        TEEN: (
            "En hälsning på sommaren och till jul",
            "Bor du i ett familjehem eller på ett boende? Då får du en hälsning från din socialsekreterare på sommaren och till jul. Du ska veta att vi tänker på dig.",
        ),
    },
    "Kontaktbok för frågor mellan mötena": {
        YOUNG: (
            "En bok för dina frågor",
            "Du får en liten bok. I den kan du skriva eller rita frågor. Sen pratar vi om dem.",
        ),
        MIDDLE: ("En bok där du skriver dina frågor", None),
        TEEN: (
            "En bok för frågor mellan mötena",
            "Du får en liten bok där du kan skriva ner frågor som du kommer på mellan våra möten. Ta med den när vi ses, så går vi igenom dem tillsammans.",
        ),
    },
    "Barnet väljer var vi ses och hur vi håller kontakt": {
        YOUNG: (
            "Du får välja var vi ses",
            "Vi kan ses i skolan, på ett fik eller hos oss. Du väljer.",
        ),
        MIDDLE: ("Du får välja var och hur vi ses", None),
        TEEN: (
            "Du väljer var vi ses och hur vi hörs",
            "Du får välja var vi ska ses, till exempel i skolan, på ett fik eller hos oss. Du väljer också om vi ska höras på sms, mejl eller telefon.",
        ),
    },
    "Bättre rum för samtal med barn": {
        YOUNG: (
            "Mysigare rum när vi pratar",
            "Vi gör om två rum där vi pratar med barn. Där ska det finnas saker att titta på och leka med.",
        ),
        MIDDLE: ("Mysigare rum att prata i", None),
        TEEN: (
            "Bättre rum för samtal",
            "Vi gör om två rum där vi pratar med barn och unga. De ska kännas lugna, med sköna möbler och saker att göra med händerna.",
        ),
    },
    "Återkoppling till barnet när en utredning avslutas utan insats": {
        YOUNG: (
            "Du får veta hur det gick",
            "Ibland tar soc reda på hur du har det. Sen ska du alltid få veta hur det gick.",
        ),
        MIDDLE: ("Du får alltid veta hur det gick", None),
        TEEN: (
            "Du får veta hur det gick, också när det inte blir någon hjälp",
            "När vi har tagit reda på hur du har det ska du alltid få veta vad vi kom fram till. Det gäller också när det inte behövs mer hjälp från oss.",
        ),
    },
    "Mobiltelefoner till socialsekreterarna": {
        YOUNG: (
            "Du kan skicka sms till soc",
            "Alla som jobbar med barn på soc får en egen mobil. Då kan du skicka sms till dem.",
        ),
        MIDDLE: ("Du kan skicka sms till din socialsekreterare", None),
        TEEN: (
            "Sms till din socialsekreterare",
            "Alla socialsekreterare ska få en egen mobil. Då kan du skicka sms eller ringa direkt, utan att gå via växeln.",
        ),
    },
    "Nytt informationsmaterial för barn": {
        YOUNG: (
            "Lättare papper från soc",
            "Vi gör om våra papper till barn. Det blir lätta ord och fler bilder.",
        ),
        MIDDLE: ("Lättare texter till barn", None),
        TEEN: (
            "Texter som är lättare att förstå",
            "Vi skriver om det vi ger till barn och unga. Vi tar bort svåra ord och lägger till bilder, och barn och unga får vara med och tycka till.",
        ),
    },
    "Kontakt med barn via sociala medier": {
        YOUNG: (
            "Vi kan inte prata i appar",
            "Några barn ville prata med oss i appar. Det är inte säkert nog. Du kan skicka sms i stället.",
        ),
        MIDDLE: ("Vi kan inte höras i sociala medier", None),
        TEEN: (
            "Varför vi inte hörs i sociala medier",
            "Några ville att vi skulle höras i sociala medier. Det går inte, för där kan vi inte skydda det du berättar. I stället kan du skicka sms till oss.",
        ),
    },
}
