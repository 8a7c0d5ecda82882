# ruff: noqa: E501 - prose reads better unwrapped
"""The demo texts of the children's information pages (ten topics), written for this project.

Each body is a list of lines: "## " starts a heading, "- " a list item, "1. " a numbered
item, "! Title | text" a 'Bra att veta' box, anything else a paragraph; "[words](https://…)"
is a link and "{socialjour}" the socialjour number from the site settings when the demo is
loaded. Every version starts with the topic's illustration (pictures.py).
"""

INDEX = {
    "title": "Om socialtjänsten",
    "slug": "om-soc",
    "intro": "<p>Här finns svar på frågor som barn ofta har om socialtjänsten. "
    "Välj din ålder, så får du en text som passar dig.</p>",
}

TOPICS = [
    {
        "slug": "vad-ar-soc",
        "title": "Vad är socialtjänsten?",
        "image": "soc",
        "situations": ["Det är jobbigt hemma"],
        "summary": {
            "5-8": "Soc hjälper barn och vuxna som har det svårt.",
            "9-12": "Socialtjänsten, eller soc, finns i varje kommun och hjälper barn och familjer.",
            "13-18": "Vad socialtjänsten är, vad den gör och varför den finns i varje kommun.",
        },
        "body": {
            "5-8": [
                "Soc är vuxna som jobbar med att hjälpa barn.",
                "De hjälper också mammor och pappor.",
                "Alla barn ska ha det bra. Alla barn ska vara trygga.",
                "Ibland är det svårt hemma. Då kan soc hjälpa till.",
                "## Vad gör soc?",
                "- De pratar med barn.",
                "- De lyssnar på dig.",
                "- De hjälper din familj.",
                "! Bra att veta | Det är aldrig ditt fel om det är svårt hemma.",
            ],
            "9-12": [
                "Socialtjänsten kallas ofta soc. Soc finns i varje kommun i Sverige.",
                "De som jobbar där ska se till att barn har det bra och är trygga.",
                "## Vad gör soc?",
                "Soc hjälper barn, unga och vuxna som har det svårt på olika sätt. "
                "Det kan vara bråk hemma, att en förälder mår dåligt eller att en familj inte har pengar.",
                "Ibland får soc veta att ett barn kanske inte har det bra. "
                "Då tar de reda på hur barnet har det. Det kallas utredning.",
                "Soc ska alltid tänka på vad som är bäst för barnet.",
                "! Bra att veta | Det är aldrig barnets fel att en familj behöver hjälp.",
            ],
            "13-18": [
                "Socialtjänsten, ofta kallad soc, är en del av kommunen. "
                "Den finns till för att människor ska få stöd när de behöver det.",
                "## Vad socialtjänsten gör för barn och unga",
                "Soc ska se till att barn och unga växer upp under trygga förhållanden. "
                "Det kan handla om stöd till en familj där det är mycket bråk. "
                "Det kan också vara hjälp till en förälder som har problem med alkohol eller droger, "
                "eller skydd för ett barn som inte är tryggt hemma.",
                "Det mesta stödet är frivilligt och kallas insatser enligt SoL. "
                "Det kan vara samtal, en kontaktperson eller stöd i hemmet. "
                "Bara om det är allvarligt och familjen inte vill ta emot hjälp kan soc "
                "behöva använda LVU, som är en lag om vård utan samtycke.",
                "## Barnets bästa",
                "När soc fattar beslut som rör dig ska de utgå från vad som är bäst för dig. "
                "Det står i barnkonventionen, som är lag i Sverige sedan 2020.",
                "! Bra att veta | Du kan själv kontakta soc om du behöver hjälp. Du behöver inte fråga dina föräldrar först.",
            ],
        },
    },
    {
        "slug": "socialsekreterare",
        "title": "Vad gör en socialsekreterare?",
        "image": "socialsekreterare",
        "situations": ["Jag ska träffa soc"],
        "summary": {
            "5-8": "Den som jobbar på soc och pratar med dig.",
            "9-12": "En socialsekreterare är den person på soc som pratar med dig och din familj.",
            "13-18": "Vad en socialsekreterare gör och vad du kan förvänta dig av den som har hand om ditt ärende.",
        },
        "body": {
            "5-8": [
                "På soc jobbar vuxna som hjälper barn.",
                "De heter socialsekreterare. Det är ett långt ord.",
                "Du kan säga soc-tant eller soc-farbror om du vill.",
                "## Vad gör de?",
                "De pratar med dig. De frågar hur du har det.",
                "De lyssnar på vad du tycker.",
                "De hjälper din familj att få det bättre.",
                "! Bra att veta | Du får fråga om allt. Det finns inga dumma frågor.",
            ],
            "9-12": [
                "En socialsekreterare är en person som jobbar på soc. "
                "Hen har lärt sig mycket om barn och familjer.",
                "## Vad gör en socialsekreterare?",
                "- Pratar med barn och föräldrar.",
                "- Tar reda på hur barnet har det.",
                "- Bestämmer tillsammans med andra vilken hjälp familjen ska få.",
                "- Håller kontakt med barnet så länge soc hjälper till.",
                "Du ska få veta vad din socialsekreterare heter och hur du når hen.",
                "Om du inte trivs med din socialsekreterare får du säga det. "
                "Då kan ni prata om vad som kan bli bättre.",
            ],
            "13-18": [
                "Socialsekreteraren är den som har hand om ditt eller din familjs ärende på soc. "
                "Hen har oftast gått socionomprogrammet och arbetar efter lagar som SoL och LVU.",
                "## Vad du kan förvänta dig",
                "- Att hen berättar vem hen är och varför ni träffas.",
                "- Att hen lyssnar på dig och skriver ner det du säger på ett rättvist sätt.",
                "- Att du får veta vad som händer i ditt ärende och varför.",
                "- Att du får säga hur du vill ha kontakt, till exempel sms eller mejl.",
                "Många unga säger att socialsekreteraren är en viktig person för dem. "
                "Samtidigt händer det att man byter socialsekreterare. "
                "Då ska du få veta det i förväg och få träffa den nya.",
                "! Bra att veta | Om du tycker att du blir fel behandlad kan du prata med socialsekreterarens chef. Du kan också kontakta IVO.",
            ],
        },
    },
    {
        "slug": "orosanmalan",
        "title": "När någon är orolig för dig (orosanmälan)",
        "image": "orosanmalan",
        "situations": ["Det är jobbigt hemma"],
        "summary": {
            "5-8": "Någon har sagt till soc att de är oroliga för dig. Så här går det till.",
            "9-12": "Vad en orosanmälan är och vad soc gör efter den, steg för steg.",
            "13-18": "Steg för steg: skyddsbedömning, förhandsbedömning, utredning och när du får veta.",
        },
        "body": {
            "5-8": [
                "Ibland är en vuxen orolig för ett barn.",
                "Det kan vara en lärare. Det kan vara en granne.",
                "Då säger den vuxna till soc. Det heter orosanmälan.",
                "## Vad händer sen?",
                "Soc läser det samma dag.",
                "Sen vill soc prata med dig och din familj.",
                "De vill veta hur du har det.",
                "Du får säga vad du tycker.",
                "Sen ska soc berätta vad de kom fram till. Du får fråga om du inte vet.",
                "! Bra att veta | Du har inte gjort något fel. Soc vill att du ska ha det bra.",
            ],
            "9-12": [
                "En orosanmälan är när någon berättar för soc att de är oroliga för ett barn. "
                "Det kan vara en lärare, en läkare, en granne eller barnet själv.",
                "## Steg 1: samma dag",
                "Soc läser anmälan direkt. De tar reda på om barnet är i fara just nu. "
                "Om barnet behöver skydd kan soc hjälpa till samma dag.",
                "## Steg 2: inom 14 dagar",
                "Soc bestämmer om de ska ta reda på mer. "
                "Ofta pratar de med barnet och föräldrarna.",
                "## Steg 3: utredning",
                "Om soc behöver veta mer gör de en utredning. "
                "Den ska oftast vara klar inom fyra månader.",
                "Soc ska berätta för dig vad som händer. "
                "Du ska få veta vad de har kommit fram till, även om det inte blir någon mer hjälp. "
                "Har du inte fått veta? Fråga din socialsekreterare.",
            ],
            "13-18": [
                "En orosanmälan betyder att någon har berättat för socialtjänsten att de är oroliga för hur ett barn har det. "
                "Vissa vuxna, till exempel lärare, sjukvårdspersonal och polis, måste anmäla om de misstänker att ett barn far illa.",
                "## Samma dag: skyddsbedömning",
                "Soc gör direkt en skyddsbedömning. De bedömer om du behöver skydd omedelbart, "
                "till exempel om det finns våld hemma.",
                "## Inom 14 dagar: förhandsbedömning",
                "Soc bestämmer om de ska öppna en utredning. "
                "Under den här tiden får de prata med dig och dina vårdnadshavare. "
                "Ibland räcker det, och då avslutas ärendet.",
                "## Utredning: oftast inom fyra månader",
                "I en utredning tar soc reda på mer om hur du har det. "
                "De pratar med dig, dina föräldrar och ibland skola eller vård. "
                "Du har rätt att säga vad du tycker, och det ska stå med i utredningen.",
                "## När du får veta",
                "Soc ska berätta för dig vad som händer under tiden. "
                "När utredningen är klar ska du få återkoppling: vad soc kom fram till och varför, "
                "även om utredningen avslutas utan någon insats. "
                "Har du inte fått det kan du själv be om det.",
                "! Bra att veta | Du kan själv göra en orosanmälan om dig själv eller en kompis.",
            ],
        },
    },
    {
        "slug": "traffa-soc",
        "title": "Att träffa soc",
        "image": "mote",
        "situations": ["Jag ska träffa soc"],
        "summary": {
            "5-8": "Så går det till när du träffar soc. Det finns ofta fika.",
            "9-12": "Före, under och efter ett möte med soc – och hur du vill hålla kontakten.",
            "13-18": "Före, under och efter mötet: vad du får bestämma, vem du får ta med och vad du får veta efteråt.",
        },
        "body": {
            "5-8": [
                "Snart ska du träffa soc.",
                "## Före",
                "Du får veta när ni ska ses.",
                "Du får välja var. Det kan vara i skolan, hemma eller hos soc.",
                "Du får ta med en vuxen som du tycker om.",
                "## Under",
                "Ni pratar. Ofta finns det fika.",
                "Soc får prata med dig utan mamma och pappa. De behöver inte säga ja först.",
                "Du bestämmer vad du vill säga.",
                "Du får fråga saker.",
                "Du får säga stopp om du vill ta en paus.",
                "## Efter",
                "Soc berättar vad som händer nu.",
                "Du får välja hur soc ska höra av sig. De kan ringa, skicka sms eller mejla.",
                "När soc är klara ska de säga det till dig. Det gäller även när det inte blir mer hjälp.",
                "! Bra att veta | Du får alltid fråga soc: Vad kom ni fram till?",
            ],
            "9-12": [
                "Att träffa soc kan kännas pirrigt. Här kan du läsa hur det brukar gå till.",
                "## Före mötet",
                "Du ska få en inbjudan, till exempel ett vykort eller ett sms. Du får vara med och bestämma var ni ses: hemma, i skolan eller hos soc. Du får ta med någon du känner dig trygg med.",
                "## Under mötet",
                "Det brukar finnas fika. Soc får prata med dig utan att dina föräldrar är med. Soc behöver inte fråga dina föräldrar om lov först. Det står i lagen.",
                "Du bestämmer själv vad du vill berätta. Du får fråga om allt, och du behöver inte svara på allt.",
                "## Hur ni håller kontakten",
                "Säg hur du vill att soc ska höra av sig till dig:",
                "- De kan ringa till dig.",
                "- De kan skicka sms.",
                "- De kan skicka mejl.",
                "Ni kan också bestämma vilken tid på dagen som passar dig bäst.",
                "## Efter mötet",
                "Du ska få veta vad som händer sen. Soc ska höra av sig när de är klara, även om det inte blir någon mer hjälp. Har du inte hört något? Ring, sms:a eller mejla och fråga vad de kom fram till.",
            ],
            "13-18": [
                "Ett möte med soc kan handla om en utredning, en uppföljning eller bara att ni ska lära känna varandra.",
                "## Före",
                "Du ska få en personlig inbjudan och veta varför ni ska träffas. Du har rätt att påverka var och när mötet blir av. Det kan vara i skolan, hemma, hos soc eller någon annanstans där du känner dig trygg. Du får ta med en vuxen du litar på.",
                "## Under",
                "Soc får prata med dig utan att dina vårdnadshavare är med, och utan att de har sagt ja. Det står i socialtjänstlagen, SoL 11 kap. 10 §. Du bestämmer själv vad du vill berätta, och du behöver inte svara på allt. Du får ställa frågor, be om en paus och be socialsekreteraren förklara ord du inte förstår.",
                "## Hur ni håller kontakten",
                "Du får vara med och bestämma hur soc ska nå dig mellan mötena:",
                "- telefon, om du vill prata direkt,",
                "- sms, om du vill ha korta besked,",
                "- mejl, om du vill läsa i lugn och ro.",
                "Säg till om någon annan kan läsa dina sms eller din e-post. Då kan ni välja ett säkrare sätt.",
                "## Efter",
                "Du ska få återkoppling om vad som händer och vad ditt samtal betydde. Det gäller även om utredningen avslutas utan någon insats. Har du inte fått veta något? Hör av dig till din socialsekreterare och be om återkoppling. Om något blev fel får du också säga det.",
                "! Bra att veta | Du kan be att få läsa det socialsekreteraren har skrivit om dig.",
            ],
        },
    },
    {
        "slug": "dina-rattigheter",
        "title": "Dina rättigheter",
        "image": "rattigheter",
        "situations": [
            "Jag vill säga vad jag tycker",
            "Mina rättigheter",
            "Jag bor inte hemma just nu",
        ],
        "summary": {
            "5-8": "Du får säga vad du tycker. Vuxna ska lyssna på dig.",
            "9-12": "Du har rätt att säga vad du tycker och bli lyssnad på. Så här klagar du om något blir fel.",
            "13-18": "Dina rättigheter enligt barnkonventionen och lagen, din egen talan från 15 år och hur du klagar eller överklagar.",
        },
        "body": {
            "5-8": [
                "Alla barn har rätt till saker.",
                "Du har rätt att må bra.",
                "Du har rätt att säga vad du tycker.",
                "Vuxna ska lyssna på dig.",
                "Du har rätt att få veta vad som händer.",
                "## Prata med soc",
                "Soc får prata med dig utan mamma och pappa. De behöver inte säga ja först.",
                "Du bestämmer vad du vill säga.",
                "## Om det blir fel",
                "1. Säg det till din soc.",
                "1. Hjälper det inte? Be att få prata med chefen på soc.",
                "1. Du kan också skriva till [IVO](https://www.ivo.se/) eller [JO](https://www.jo.se/). De ser till att soc gör rätt.",
                "Be en vuxen du litar på att hjälpa dig.",
                "## När du blir större",
                "När du är 15 år får du säga mer själv. Då kan du också be att ett beslut ska ändras.",
                "! Bra att veta | Det finns en lag för barn. Den heter barnkonventionen.",
            ],
            "9-12": [
                "Barnkonventionen är en lag som gäller alla barn i Sverige. Här är några av dina rättigheter.",
                "- Du har rätt att säga vad du tycker om saker som gäller dig.",
                "- Vuxna ska lyssna och ta det du säger på allvar.",
                "- Du har rätt att få information, så att du förstår vad som händer.",
                "- Du har rätt att vara trygg och att slippa våld.",
                "## Prata med soc utan dina föräldrar",
                "Soc får prata med dig utan att dina föräldrar är med. De behöver inte fråga dina föräldrar om lov. Du bestämmer själv vad du vill berätta.",
                "## Om du vill klaga, steg för steg",
                "1. Säg det till din socialsekreterare. Ofta kan ni lösa det tillsammans.",
                "1. Hjälper det inte? Ring soc och be att få prata med chefen.",
                "1. Kontakta [IVO](https://www.ivo.se/). IVO kontrollerar att soc gör rätt.",
                "1. Du kan också skriva till [JO](https://www.jo.se/). JO ser till att myndigheter följer lagen.",
                "Det är gratis. Du får be en vuxen du litar på om hjälp.",
                "## När du fyller 15",
                "Från 15 år får du föra din egen talan hos soc. Det betyder att du själv får säga vad du vill och överklaga ett beslut från soc.",
            ],
            "13-18": [
                "Barnkonventionen blev svensk lag 2020. Den gäller alla under 18 år.",
                "## Rätten att bli hörd",
                "Du har rätt att säga vad du tycker i allt som rör dig. Dina åsikter ska tas på allvar utifrån din ålder och mognad. Soc ska berätta hur det du sa har påverkat besluten.",
                "## Samtal utan dina vårdnadshavare",
                "Soc får prata med dig utan att dina vårdnadshavare är med, och utan att de har sagt ja. Det står i SoL 11 kap. 10 §. Du bestämmer själv vad du vill berätta.",
                "## Rätten till information",
                "Du har rätt att få information som du förstår om vad som händer i ditt ärende, vilka beslut som fattas och varför.",
                "## Från 15 år: din egen talan",
                "När du har fyllt 15 år har du rätt att själv föra din talan i ärenden enligt SoL och LVU. Du kan själv ansöka om hjälp, läsa handlingar och överklaga beslut, även om dina vårdnadshavare tycker något annat.",
                "## Överklaga ett beslut",
                "Håller du inte med om ett beslut från soc kan du överklaga det till förvaltningsrätten. Gör det inom tre veckor från den dag du fick beslutet. Skicka överklagandet till soc och skriv vilket beslut det gäller och varför du tycker att det är fel. Soc ska hjälpa dig att göra det.",
                "## Om du vill klaga, steg för steg",
                "1. Prata med din socialsekreterare. Säg vad som blev fel och vad du vill ska hända.",
                "1. Hjälper inte det? Kontakta socialsekreterarens chef. Växeln kan koppla dig.",
                "1. Anmäl till [IVO, Inspektionen för vård och omsorg](https://www.ivo.se/). IVO granskar att soc gör rätt.",
                "1. Anmäl till [JO, Justitieombudsmannen](https://www.jo.se/). JO granskar att myndigheter följer lagen.",
                "Det är gratis, och du behöver ingen vuxen för att göra det.",
                "! Bra att veta | Om du är placerad har du rätt att få en egen socialsekreterare som träffar dig regelbundet.",
            ],
        },
    },
    {
        "slug": "sekretess",
        "title": "Vad får soc berätta?",
        "image": "sekretess",
        "situations": ["Mina föräldrar får hjälp", "Mina rättigheter"],
        "summary": {
            "5-8": "Soc får inte berätta om dig för vem som helst.",
            "9-12": "Sekretess betyder att soc inte får berätta om dig för andra, med några undantag.",
            "13-18": "Hur sekretessen fungerar, vad soc inte får berätta och när de ändå måste.",
        },
        "body": {
            "5-8": [
                "Det du säger till soc är hemligt.",
                "## Det här berättar soc inte",
                "- Soc berättar inte för din fröken vad ni pratar om.",
                "- Soc berättar inte för dina kompisar.",
                "- Soc berättar inte för grannar.",
                "## Det här måste soc berätta",
                "Ibland är ett barn inte tryggt. Någon kanske slår barnet.",
                "Då måste soc prata med andra vuxna. Det är för att du ska vara trygg.",
                "Soc ska säga till dig vad de gör.",
                "## Mamma och pappa",
                "Mamma och pappa får ofta veta vad ni pratar om.",
                "Vill du inte det? Säg det till soc.",
                "! Bra att veta | Det heter sekretess när något är hemligt. Du får fråga: Vem får veta det här?",
            ],
            "9-12": [
                "Sekretess betyder att soc inte får berätta om dig och din familj för andra.",
                "## Exempel: det här stannar hos soc",
                "- Att du har pratat med soc. Skolan får inte veta det av soc.",
                "- Vad du har sagt om hur du mår.",
                "- Vad du tycker om din familj, din skola eller dina kompisar.",
                "## Exempel: det här kan soc berätta",
                "- Om någon gör dig illa eller om du är i fara. Då måste soc skydda dig. De kan till exempel prata med polisen.",
                "- Om du och dina föräldrar säger ja. Då kan soc prata med skolan om hur skolan kan hjälpa dig.",
                "Soc ska berätta för dig vem som får veta och varför.",
                "## Dina föräldrar",
                "Dina föräldrar får ofta veta vad som står om dig. Om det kan vara farligt för dig kan soc hålla saker hemliga även för dem.",
                "! Bra att veta | Fråga gärna innan du berättar: Vem kommer att få veta det här?",
            ],
            "13-18": [
                "Allt du berättar för soc omfattas av sekretess. Det betyder att socialsekreteraren inte får lämna ut uppgifter om dig till andra. Undantag är när en lag tillåter det eller när du har sagt ja.",
                "## Exempel: det här stannar hos soc",
                "- Att du har kontakt med soc. Skolan, din tränare eller dina kompisar får inte veta det av soc.",
                "- Det du berättar om hur du mår, om vänner eller om kärlek.",
                "- Det du tycker om din familj och om skolan.",
                "## Exempel: det här kan lämnas ut",
                "- Om du berättar att någon slår dig. Då kan soc behöva anmäla till polisen för att skydda dig.",
                "- Om någon är i fara, till exempel om du tänker skada dig själv eller någon annan.",
                "- Om du och dina vårdnadshavare säger ja, till exempel till att soc och skolan pratar om stöd i skolan.",
                "- När en lag säger att soc måste, till exempel till en domstol.",
                "Soc ska berätta för dig vad som lämnas ut, till vem och varför.",
                "## Vad dina vårdnadshavare får veta",
                "Dina vårdnadshavare har ofta rätt att läsa det som står om dig. Ju äldre du är, desto mer ska din egen åsikt väga. Om det kan skada dig att dina föräldrar får veta något kan soc sekretesspröva uppgiften.",
                "! Bra att veta | Fråga gärna din socialsekreterare innan du berättar: vem kommer att få veta det här?",
            ],
        },
    },
    {
        "slug": "bo-inte-hemma",
        "title": "När du inte kan bo hemma",
        "image": "placering",
        "situations": ["Jag bor inte hemma just nu"],
        "summary": {
            "5-8": "Ibland bor barn i ett annat hem en tid. Det är aldrig barnets fel.",
            "9-12": "Om placering, familjehem och HVB – och att det aldrig är ditt fel.",
            "13-18": "Placering i familjehem eller HVB: varför, hur kontakten med familjen fungerar och vad du har rätt till.",
        },
        "body": {
            "5-8": [
                "Ibland kan ett barn inte bo hemma en tid.",
                "## Varför?",
                "Det kan vara bråk hemma. Någon kanske slår.",
                "Mamma eller pappa kan vara sjuk. De kanske inte orkar ta hand om barnet.",
                "Det är aldrig barnets fel.",
                "Du får veta varför du bor där. Fråga din soc.",
                "## Ett annat hem",
                "Barnet får bo hos en annan familj en tid.",
                "De vuxna där tar hand om dig.",
                "Du får träffa din familj om det går.",
                "Du kan få brev och hälsningar.",
                "## Din soc",
                "Soc kommer och hälsar på dig.",
                "Du får ringa eller skicka sms till din soc.",
            ],
            "9-12": [
                "Ibland kan ett barn inte bo kvar hemma en tid. Då ordnar soc ett annat hem. Det kallas placering.",
                "## Varför?",
                "Det finns olika skäl. Här är några:",
                "- Det är inte tryggt hemma, till exempel för att någon slår.",
                "- En förälder är sjuk, dricker för mycket eller tar droger.",
                "- Föräldrarna orkar inte ta hand om barnet just nu.",
                "- Barnet behöver mer stöd än familjen kan ge just nu.",
                "## Det är aldrig ditt fel",
                "Det är de vuxna som ansvarar. Du har rätt att få veta varför du är placerad. Om du inte förstår får du fråga igen, så många gånger du vill.",
                "## Var kan man bo?",
                "- I ett familjehem. Det är en familj som tar hand om barn.",
                "- I ett HVB. Det är ett hem där vuxna jobbar och flera unga bor.",
                "## Kontakt",
                "Din socialsekreterare ska träffa dig ofta. Ni kan ha en kontaktbok där du skriver frågor mellan träffarna. Många får också hälsningar från soc på sommaren och till jul.",
            ],
            "13-18": [
                "Att vara placerad betyder att du bor i ett annat hem under en tid.",
                "## Varför?",
                "Soc ordnar ett annat hem bara när det inte går att ge dig det stöd du behöver hemma. Vanliga skäl är:",
                "- våld, hot eller mycket bråk hemma,",
                "- att en förälder har problem med alkohol eller droger, eller är psykiskt sjuk,",
                "- att dina föräldrar inte klarar att ta hand om dig just nu,",
                "- att du själv behöver mer stöd och skydd än du kan få hemma.",
                "Det är aldrig ditt fel att du är placerad. Det är de vuxna som har ansvaret. Du har rätt att få veta varför. Din socialsekreterare ska förklara och fråga om du förstår. Fråga igen om det är oklart.",
                "## Var du kan bo",
                "Du kan bo i ett familjehem eller på ett HVB, ett hem för vård eller boende. Oftast sker det frivilligt, enligt SoL. Om det finns en allvarlig risk för dig och vårdnadshavarna inte säger ja kan soc ansöka om vård enligt LVU.",
                "## Kontakt med familjen",
                "Du har rätt till kontakt med dina föräldrar och syskon, om det inte är farligt för dig. Hur ofta och på vilket sätt ska du få vara med och påverka.",
                "## Din socialsekreterare",
                "Du ska ha en egen socialsekreterare som träffar dig regelbundet och frågar hur du har det. Du kan använda en kontaktbok för frågor mellan träffarna. Om du inte har det bra i ditt familjehem eller HVB ska du säga det.",
                "! Bra att veta | Om du inte får hjälp av soc kan du kontakta IVO.",
            ],
        },
    },
    {
        "slug": "hjalp-till-foraldrar",
        "title": "När soc hjälper dina föräldrar",
        "image": "foraldrar",
        "situations": ["Mina föräldrar får hjälp"],
        "summary": {
            "5-8": "Vuxna kan också må dåligt. Soc kan hjälpa mamma eller pappa.",
            "9-12": "Hur soc hjälper föräldrar som dricker för mycket eller mår dåligt – och vad det betyder för dig.",
            "13-18": "Stöd till föräldrar med missbruk eller psykisk ohälsa, och hur du får veta vad som händer.",
        },
        "body": {
            "5-8": [
                "Vuxna kan också må dåligt.",
                "Mamma kan vara ledsen länge.",
                "Pappa kan dricka för mycket.",
                "Då kan soc hjälpa till.",
                "## Hur då?",
                "Mamma eller pappa får prata med någon.",
                "De kan få lära sig saker.",
                "Du får också prata med någon.",
                "! Bra att veta | Det är inte ditt jobb att ta hand om de vuxna.",
            ],
            "9-12": [
                "Ibland behöver föräldrar hjälp. "
                "Det kan vara en förälder som dricker för mycket alkohol, tar droger eller mår psykiskt dåligt.",
                "## Vad soc kan göra",
                "- Ordna samtal för föräldern.",
                "- Hjälpa föräldern att få vård.",
                "- Ge stöd i hemmet, så att vardagen fungerar.",
                "- Ordna en grupp för barn som har det likadant som du.",
                "## Du får veta",
                "Många barn säger att de vill veta hur soc hjälper deras föräldrar. "
                "Du har rätt att fråga. Soc ska förklara så att du förstår.",
                "! Bra att veta | Det är inte ditt fel att din förälder mår dåligt. Och du behöver inte lösa det.",
            ],
            "13-18": [
                "Socialtjänsten kan ge stöd till föräldrar som har problem med alkohol, droger, spel eller psykisk ohälsa. "
                "Oftast är stödet frivilligt och bygger på att föräldern vill ta emot det.",
                "## Exempel på stöd",
                "- Samtal och behandling, ibland tillsammans med vården.",
                "- Stöd i hemmet med vardag, ekonomi och rutiner.",
                "- Föräldrakurser och familjesamtal.",
                "- Stödgrupper för unga som har en förälder som mår dåligt.",
                "## Vad du har rätt till",
                "Många unga har sagt till soc att de vill förstå hur soc arbetar med deras föräldrar. "
                "Du har rätt att få information om det som rör dig. "
                "Soc ska också tänka på hur ett beslut om din förälder påverkar dig.",
                "Vissa saker om din förälder omfattas av sekretess. Då kan soc inte berätta allt, men de ska säga det till dig.",
                "! Bra att veta | Du kan få eget stöd, även om din förälder inte vill ha hjälp.",
            ],
        },
    },
    {
        "slug": "kontakt",
        "title": "Så når du din socialsekreterare",
        "image": "kontakt",
        "situations": [
            "Jag ska träffa soc",
            "Jag bor inte hemma just nu",
            "Jag vill säga vad jag tycker",
        ],
        "summary": {
            "5-8": "Du kan ringa eller skriva till din soc. Du får fråga vad soc kom fram till.",
            "9-12": "Ring, sms:a eller mejla. Så gör du om du inte får svar eller vill veta vad soc kom fram till.",
            "13-18": "Telefon, sms och mejl, hur snabbt du ska få svar och vad du gör om du inte når fram.",
        },
        "body": {
            "5-8": [
                "Du kan prata med din soc.",
                "Du kan ringa.",
                "Du kan skicka ett sms.",
                "Be en vuxen hjälpa dig om du vill.",
                "## Om ingen svarar",
                "Ring en gång till.",
                "Eller säg det till en vuxen du litar på.",
                "## Vad kom soc fram till?",
                "Ibland tar soc reda på hur du har det. Sen ska de säga vad de kom fram till.",
                "Har du inte fått veta? Ring eller skicka sms och fråga.",
                "! Bra att veta | Du får höra av dig när du vill.",
            ],
            "9-12": [
                "Du får höra av dig till din socialsekreterare när du vill. Ni kan bestämma tillsammans hur ni ska ha kontakt.",
                "- Ring till hen.",
                "- Skicka ett sms.",
                "- Skicka ett mejl.",
                "Telefonnummer och e-post till socialtjänsten står längst ner på sidan.",
                "## Om du inte får svar",
                "Ibland är socialsekreteraren på möte eller ledig. Lämna ett meddelande och säg att du vill bli uppringd. Om du inte får svar kan du ringa växeln och be att få prata med någon annan.",
                "## Vill du veta vad soc kom fram till?",
                "När soc har tagit reda på hur du har det ska de berätta vad de kom fram till. Det gäller även om det inte blir någon mer hjälp. Har du inte hört något? Ring, sms:a eller mejla din socialsekreterare och fråga.",
            ],
            "13-18": [
                "Du har rätt att ha kontakt med din socialsekreterare på ett sätt som passar dig. Säg till om du hellre vill ha sms eller mejl än telefonsamtal.",
                "## Olika sätt att nå soc",
                "- Ring din socialsekreterare direkt, eller socialtjänstens växel.",
                "- Skicka sms, om ni har kommit överens om det.",
                "- Mejla. Skriv inte känsliga saker i mejl om någon annan kan läsa din e-post.",
                "Kontaktuppgifterna till socialtjänsten finns längst ner på varje sida.",
                "## Om du inte når fram",
                "Lämna ett meddelande med ditt namn och hur du vill bli kontaktad. Får du inget svar inom några dagar kan du kontakta socialsekreterarens chef. Är det bråttom och soc är stängt kan du ringa socialjouren.",
                "## Återkoppling när utredningen är klar",
                "När en utredning avslutas ska du få veta vad soc kom fram till och varför. Det gäller även när det inte blir någon insats. Har du inte fått någon återkoppling? Be om den. Ring, sms:a eller mejla din socialsekreterare, eller fråga chefen. Du kan också be att få läsa utredningen.",
            ],
        },
    },
    {
        "slug": "hjalp-direkt",
        "title": "Hjälp direkt",
        "image": "hjalp",
        "situations": ["Det är jobbigt hemma"],
        "summary": {
            "5-8": "Om du är rädd eller i fara: ring 112.",
            "9-12": "112, BRIS och socialjouren – vem du ringer när du behöver hjälp nu.",
            "13-18": "När det är bråttom: 112, BRIS och socialjouren, och vad de kan göra.",
        },
        "body": {
            "5-8": [
                "Är du rädd? Är någon elak mot dig?",
                "Ring 112 om det är fara.",
                "Du kan också ringa BRIS. Numret är 116 111.",
                "Det kostar inget.",
                "## Vill du inte gå hem?",
                "Är du rädd att gå hem? Då ska du inte gå hem ensam. "
                "Säg det till en vuxen i skolan. Du kan också ringa soc. "
                "De svarar på kvällen och natten också: {socialjour}.",
                "! Bra att veta | Det är bra att säga till. Du gör inget fel.",
            ],
            "9-12": [
                "Om du behöver hjälp nu finns det flera du kan kontakta.",
                "## 112",
                "Ring 112 om du eller någon annan är i fara just nu. Det är gratis.",
                "## BRIS",
                "Ring BRIS på 116 111, eller [chatta med BRIS](https://www.bris.se/) på nätet. "
                "Du behöver inte säga vad du heter.",
                "## Socialjouren",
                "Socialjouren är soc när det är kväll, natt eller helg. Ring dem på {socialjour}.",
                "## Om du är rädd att gå hem",
                "Du ska inte behöva gå hem om du inte känner dig trygg där. "
                "Ring socialjouren, eller 112 om det är fara. "
                "Du kan också gå till en vuxen i skolan och berätta. De ska hjälpa dig.",
            ],
            "13-18": [
                "Ibland kan man inte vänta till nästa möte. Här är vart du kan vända dig direkt.",
                "## 112",
                "Ring 112 om någon är skadad, om du är i fara eller om det har hänt något allvarligt.",
                "## BRIS",
                "BRIS har telefon (116 111), [chatt](https://www.bris.se/) och mejl för alla under 18. "
                "Du är anonym och samtalet syns inte på telefonräkningen.",
                "## Socialjouren",
                "Socialjouren tar över när socialtjänsten har stängt. Du når dem på {socialjour}. "
                "De kan hjälpa dig om du inte kan vara hemma i natt, eller om du är orolig för någon annan.",
                "## Om du inte vågar gå hem",
                "Om du är rädd för det som väntar hemma behöver du inte gå dit. "
                "Ring socialjouren, eller 112 om det är akut. "
                "Du kan också berätta för skolkuratorn eller en annan vuxen du litar på. "
                "De har ansvar för att du får hjälp.",
                "! Bra att veta | Om du läser på en telefon eller dator som någon annan kan se, använd knappen Lämna sidan snabbt högst upp.",
            ],
        },
    },
]

# "Läs också" at the end of each page: the two to four pages a child needs next, in order.
# Kept apart from TOPICS so that a topic's text and its links can be edited separately.
RELATED = {
    "vad-ar-soc": ["socialsekreterare", "orosanmalan", "dina-rattigheter"],
    "socialsekreterare": ["traffa-soc", "kontakt", "dina-rattigheter"],
    "orosanmalan": ["traffa-soc", "kontakt", "sekretess"],
    "traffa-soc": ["kontakt", "sekretess", "dina-rattigheter"],
    "dina-rattigheter": ["kontakt", "sekretess", "hjalp-direkt"],
    "sekretess": ["traffa-soc", "dina-rattigheter", "hjalp-till-foraldrar"],
    "bo-inte-hemma": ["kontakt", "dina-rattigheter", "hjalp-direkt"],
    "hjalp-till-foraldrar": ["sekretess", "bo-inte-hemma", "kontakt"],
    "kontakt": ["traffa-soc", "orosanmalan", "dina-rattigheter"],
    "hjalp-direkt": ["kontakt", "bo-inte-hemma", "dina-rattigheter"],
}
