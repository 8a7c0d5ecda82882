# ruff: noqa: E501 - prose reads better unwrapped
"""The demo glossary: the Ordlista page and its 20 terms, each explained for every band."""

GLOSSARY_PAGE = {
    "title": "Ordlista",
    "slug": "ordlista",
    "intro": "<p>Svåra ord som du kan möta när du har kontakt med socialtjänsten, från A till Ö.</p>",
}

GLOSSARY = [
    # term, other forms, 13–18 (and fallback), 9–12 (blank: as 13–18), 5–8 (blank: as 9–12)
    (
        "orosanmälan",
        "orosanmälningar, orosanmälningen",
        "När någon berättar för socialtjänsten att de är oroliga för att ett barn far illa. "
        "Vissa yrken, till exempel lärare och sjukvårdspersonal, måste göra en orosanmälan.",
        "När någon berättar för soc att de är oroliga för ett barn.",
        "När en vuxen säger till soc att de är oroliga för dig.",
    ),
    (
        "utredning",
        "utredningen, utredningar, utreda",
        "När soc tar reda på hur ett barn har det och om barnet eller familjen behöver stöd. "
        "En utredning ska oftast vara klar inom fyra månader.",
        "När soc tar reda på hur ett barn har det. Det tar oftast högst fyra månader.",
        "När soc tar reda på hur du har det.",
    ),
    (
        "insats",
        "insatser, insatsen",
        "Hjälp som soc ger, till exempel samtal, en kontaktperson eller stöd i hemmet.",
        "Hjälp från soc, till exempel samtal eller stöd hemma.",
        "Hjälp från soc.",
    ),
    (
        "placering",
        "placerad, placerade, placerat, placeras",
        "När ett barn bor i ett familjehem eller på ett HVB under en tid, för att det inte går att bo hemma.",
        "När ett barn bor i ett annat hem en tid.",
        "När ett barn bor i ett annat hem en tid.",
    ),
    (
        "familjehem",
        "familjehemmet, familjehemmen",
        "En familj som har fått uppdrag av soc att ta hand om ett barn som inte kan bo hemma.",
        "En familj som tar hand om ett barn som inte kan bo hemma.",
        "En familj där barn kan bo en tid.",
    ),
    (
        "HVB",
        "",
        "Hem för vård eller boende. Ett hem där personal arbetar och flera unga bor.",
        "Ett hem där vuxna jobbar och flera unga bor.",
        "",
    ),
    (
        "LVU",
        "",
        "Lagen med särskilda bestämmelser om vård av unga. Den gör att soc kan ge vård "
        "även om föräldrarna eller den unga inte säger ja, när det finns en allvarlig risk.",
        "En lag som gör att soc kan hjälpa ett barn även om föräldrarna säger nej.",
        "",
    ),
    (
        "SoL",
        "",
        "Socialtjänstlagen. Den lag som säger vad socialtjänsten ska göra. Hjälp enligt SoL är frivillig.",
        "Socialtjänstlagen. Lagen som säger vad soc ska göra.",
        "",
    ),
    (
        "vårdnadshavare",
        "vårdnadshavarna, vårdnadshavaren",
        "Den vuxna som har ansvar för ett barn enligt lagen, oftast mamma eller pappa.",
        "Den vuxna som ansvarar för dig, oftast mamma eller pappa.",
        "",
    ),
    (
        "sekretess",
        "sekretessen",
        "Att soc inte får lämna ut uppgifter om dig till andra utan att det finns stöd för det i lag.",
        "Att soc inte får berätta om dig för andra.",
        "Att något är hemligt.",
    ),
    (
        "IVO",
        "",
        "Inspektionen för vård och omsorg. IVO granskar socialtjänsten och dit kan du klaga om soc gör fel.",
        "En myndighet som kontrollerar att soc gör rätt. Dit kan du klaga.",
        "",
    ),
    (
        "socialsekreterare",
        "socialsekreteraren, socialsekreterarens, socialsekreterarna",
        "Den som arbetar på socialtjänsten med att utreda och hjälpa barn och familjer.",
        "En person som jobbar på soc och pratar med barn och föräldrar.",
        "En vuxen som jobbar på soc.",
    ),
    (
        "förhandsbedömning",
        "förhandsbedömningen",
        "De första 14 dagarna efter en orosanmälan, när soc bestämmer om de ska göra en utredning.",
        "När soc bestämmer om de ska ta reda på mer. Det tar högst 14 dagar.",
        "",
    ),
    (
        "skyddsbedömning",
        "skyddsbedömningen",
        "Det soc gör samma dag som en orosanmälan kommer: de bedömer om barnet behöver skydd direkt.",
        "När soc samma dag tar reda på om ett barn är i fara.",
        "",
    ),
    (
        "barnkonventionen",
        "barnkonvention",
        "FN:s konvention om barnets rättigheter. Den är lag i Sverige sedan 2020.",
        "En lista över barns rättigheter. Den är lag i Sverige.",
        "En lag om vad alla barn har rätt till.",
    ),
    (
        "socialjouren",
        "socialjour",
        "Socialtjänsten på kvällar, nätter och helger, när det vanliga kontoret är stängt.",
        "Soc när det är kväll, natt eller helg.",
        "",
    ),
    (
        "JO",
        "",
        "Justitieombudsmannen. JO granskar att myndigheter, till exempel socialtjänsten, följer lagen. Dit kan du anmäla om soc har gjort fel.",
        "Justitieombudsmannen. JO ser till att myndigheter följer lagen.",
        "",
    ),
    (
        "överklaga",
        "överklagar, överklagande, överklagandet",
        "Att be en domstol ändra ett beslut som du inte håller med om. Ett beslut från soc överklagas oftast till förvaltningsrätten inom tre veckor.",
        "Att be om att ett beslut ska ändras.",
        "",
    ),
    (
        "återkoppling",
        "återkopplingen",
        "När soc berättar för dig vad de har kommit fram till och vad det du sa betydde.",
        "När soc berättar vad de kom fram till.",
        "",
    ),
    (
        "kontaktbok",
        "kontaktboken",
        "En bok eller ett häfte där du kan skriva frågor och tankar till din socialsekreterare mellan träffarna.",
        "En bok där du skriver frågor till din socialsekreterare.",
        "",
    ),
]
