# ruff: noqa: E501  (data: a cue and its regex stay on one line to stay readable)
# fmt: off
"""Dutch cues for the rule-based coder. Data only: see cues.py for the phrase syntax ('...', 'je|u').

Patterns run on normalised text (lower case, no commas, fillers removed; see text.py). Within a category the
surest cues come first; the confidence is how often the cue means that code in practice (0.95 unambiguous, 0.6
weak). Helpers in Dutch transcripts say "je" or "u": cues offer both.
"""

from __future__ import annotations

_YOU = r"(?:je|jij|u)"
_SUBJECT = r"je|jij|u|hij|zij|ze|we|wij|jullie|ik|men|het niet"
# Words a counsellor's imperative opens with when it proposes an action (the stem of the verb, sentence-initial,
# without a subject: "Schrijf het eens op", "Ga er gewoon naartoe"). Not "vertel"/"beschrijf" (an invitation to
# talk: an open question) nor "kom erin"/"ga zitten" (a greeting).
_IMPERATIVE_PLAIN = (
    r"probeer|schrijf|ga|bel|stuur|neem|zoek|maak|vraag|praat|doe|stop|begin|hou|houd|geef|zet|plan|spreek|"
    r"leg|kies|blijf|wees|lees|beweeg|eet|drink|slaap|sport|loop|regel|meld|noteer|bedenk|oefen|gun|durf|pak|"
    r"gooi|vergeet|onthoud|accepteer|ontspan|check|koop|haal|vermijd|zorg|app|mail|rook|zeg|draai|ruim|adem|rust|"
    r"ren|zwem|mediteer|beloon|vergeef|excuseer|beslis|beloof|leer|solliciteer|schrijf|organiseer|spaar|"
    r"betaal|verkoop|sluit|verander|verhuis|tel|download|installeer|verwijder|blokkeer|sta|fiets|wandel|kook|"
    r"verwen|gun|trakteer|plan|reserveer|boek|informeer|overleg"
)
# With "eens/maar/gewoon/even" these are imperatives too; alone they are often a discourse marker ("Kijk, ...").
_IMPERATIVE = _IMPERATIVE_PLAIN + r"|kijk|denk|laat|luister|let"
_NOT_ADVICE = r"en|of|me|mij|maar door|maar verder|door|verder|zitten|je gang|gerust|dan maar|maar\b(?: [\w']+)?$|(?:eens |maar |even )?(?:zien|horen|terug)"
_LEAD = r"en|oké|oke|ok|nou|dus|dan|ja|gewoon|misschien|maar|want|goed|weet je wat"
# "Je moet er wel vaak aan denken": moeten + a verb of the client's inner experience guesses at that experience
# (a reflection); with "gewoon/eens/meer ..." it is advice again ("je moet gewoon positief denken").
_EXPERIENCED = (
    r"(?: (?!gewoon|echt|eens|maar|meer|minder|vaker|beter|positief|proberen|leren|niet)[\w']+){0,5} "
    r"(?:denken|voelen|missen|balen|schrikken|lijden|twijfelen|piekeren|worstelen|verlangen|opzien|genieten|"
    r"ervaren|merken|schamen|ergeren|zorgen maken)\b"
)
_EVALUATION = r"moeilijk|lastig|erg|eng|zwaar|ingewikkeld|moeite|probleem|ramp|reden|excuus|groot|gek"

HELPER: dict[str, list] = {
    "persuasion": [
        ("maar je|u weet toch dat", 0.95),
        ("je|u moet beseffen", 0.95),
        ("je|u moet inzien", 0.95),
        ("besef je|u wel", 0.9),
        ("anders verandert er nooit iets", 0.9),
        ("is het toch niet zo moeilijk", 0.9),
        ("is toch een prima oplossing", 0.85, r"\bis (?:dat |het )?toch (?:een )?(?:prima|goede|mooie|makkelijke|simpele) (?:oplossing|idee)"),
        ("je|u weet toch", 0.85),
        ("weet je|u toch", 0.85),
        ("snap je|u toch", 0.85),
        ("ik denk echt dat je ... moet", 0.85, rf"\bik (?:denk|vind) echt dat {_YOU}(?: [\w']+){{0,6}} moet"),
        ("dat is slecht voor je", 0.8, r"\bdat is (?:gewoon |echt |toch )?(?:slecht voor (?:je|u)|ongezond|niet gezond)\b"),
        ("hij is toch je vader", 0.75, r"\b(?:hij|zij|ze|het|dat) is toch (?:je|uw|jouw|gewoon)\b"),
        ("het is toch", 0.7),
        ("je bent het ... verplicht", 0.95, r"\b(?:je|u|jij) (?:bent|is) (?:het|dat) (?:toch |wel |gewoon )?(?:[\w']+ ){0,4}verplicht\b|\bdat ben (?:je|u) (?:toch |wel )?(?:[\w']+ ){0,4}verplicht\b"),
        ("lost niks op", 0.9, r"\b(?:lost|losten|helpt) (?:toch |ook |echt |gewoon )?(?:niks|niets|geen (?:ene )?(?:zak|moer|bal)) (?:op|uit)\b|\bdaar (?:los|bereik) (?:je|u) (?:toch |ook )?(?:niks|niets) mee\b"),
        ("dat is niet normaal", 0.85, r"\b(?:dat|het|dit) is (?:toch |echt |gewoon )?(?:niet normaal|niet oké|niet ok|onverantwoord|egoïstisch|egoistisch|kinderachtig|zonde)\b"),
        ("zo kan het niet langer", 0.85, r"\bzo kan (?:het|dat|je|u) (?:toch |echt |gewoon )?niet (?:langer|doorgaan|verder)\b"),
        ("als je zo doorgaat", 0.85, rf"\bals {_YOU} zo (?:door ?gaat|doorgaat|verder gaat)\b|\banders (?:raak|verlies|krijg) {_YOU}\b"),
        ("denk eens aan je kinderen", 0.8, r"\bdenk (?:toch |nou |eens |even )*aan (?:je|jouw|uw) (?:kinderen|kind|dochter|zoon|vrouw|man|gezin|moeder|vader|ouders|gezondheid|toekomst)\b"),
        ("dat moet je niet zeggen", 0.8, rf"\b(?:dat|zo) (?:moet|mag) {_YOU} (?:toch |echt |niet )*(?:niet|nooit) (?:zeggen|denken|doen|vinden)\b"),
        ("je overdrijft", 0.85, rf"\b{_YOU} overdrijft\b|\b(?:je|u) stelt je aan\b"),
        ("het is jouw eigen schuld", 0.85, r"\b(?:je|jouw|uw) eigen schuld\b|\bdaar heb (?:je|u) (?:het )?(?:toch )?zelf voor gekozen\b"),
        ("kom op", 0.8, r"(?:^|[.?!] )(?:ach |nou |ja )?kom (?:op|nou)\b(?! binnen)"),
        # the helper's own "ja, maar": disputing what the client said, with an arguing particle
        ("ja maar ... toch", 0.8, r"^(?:(?:ja|nee|oké|oke|ok|nou|ach|hm|hmm|oei|tja) )*maar\b(?! (?:aan de andere kant|tegelijk|tegelijkertijd|ook|misschien|als|wat|hoe|waar|wanneer|welke)\b)(?=.*\b(?:toch|hè|he|natuurlijk|gewoon|echt|eenmaal|anders|moet|moeten)\b)"),
        ("anders blijft het zo", 0.8, r"\banders (?:blijft|wordt|gaat|loop|loopt|krijg|krijgt|raak|raakt|ben|bent|kom|komt|verlies|verliest|heb|hebt|heeft|werkt|zit|zit je|verandert)\b"),
        ("hoe langer je wacht", 0.85, rf"\bhoe langer {_YOU} (?:wacht|het uitstelt|ermee wacht|doorgaat)\b"),
        ("dat is toch beter", 0.85, r"\b(?:is|lijkt) (?:dat|het|dit) (?:toch|nou) (?:veel |wel |echt |gewoon )?(?:beter|slimmer|verstandiger|makkelijker)\b|\btoch beter dan\b"),
        ("dat wil je toch ook niet", 0.85, rf"\b(?:wil|wilt|kun|kunt|kan) {_YOU}(?: [\w']+){{0,3}} toch (?:ook )?niet\b|\bis toch wat {_YOU} (?:wil|wilt)\b"),
        ("zo werkt het nu eenmaal", 0.85, r"\b(?:nu|nou) eenmaal\b"),
        ("onzin", 0.8, r"(?:^|[.?!] )(?:ach |nee |ah )?(?:onzin|flauwekul|kletskoek)\b"),
        # moralising: what is right or wrong, what a parent or an employee ought to do (MI: persuading)
        ("je hoort ... te", 0.85, rf"\b{_YOU} hoort (?:toch |gewoon |eigenlijk |wel |als \w+ )*(?:[\w']+ ){{0,5}}te \w+|\b(?:dat|zoiets) hoort (?:toch |gewoon |echt )?(?:niet|zo)\b(?! bij)|\bhoort (?:een|elke|iedere) (?:\w+ )?(?:vader|moeder|ouder|werknemer|volwassene|man|vrouw)\b"),
        ("als vader moet je", 0.85, r"\b(?:als|een goede|een goeie|elke|iedere) (?:vader|moeder|ouder|werknemer|volwassene|zoon|dochter|partner|collega|professional)\b(?: [\w']+){0,4} (?:moet|hoort|zou|doet|laat|zorgt)\b"),
        ("zo ga je niet met ... om", 0.9, rf"\bzo (?:ga|praat|doe|behandel|spreek) {_YOU} (?:toch |echt |gewoon )?niet\b|\bdat (?:kun|kan|kunt) {_YOU} (?:toch |echt |gewoon )?niet (?:maken|doen|menen|zeggen)\b|\bdat kan (?:toch |echt |gewoon )?niet\b(?! (?:\w+ )?\?)"),
        ("je had ... moeten", 0.8, rf"(?<!gevoel dat )(?<!denkt dat )(?<!vindt dat )(?<!idee dat )\b{_YOU} had (?:toch |echt |gewoon |eigenlijk |wel )*(?:[\w']+ ){{0,5}}(?:moeten|kunnen) (?:\w+ )?(?:doen|bellen|zeggen|vragen|melden|praten|laten|nadenken|weten)\b"),
        ("dat is jouw verantwoordelijkheid", 0.9, rf"\b(?:dat|het) is (?:toch |echt |gewoon |wel |nou eenmaal )?(?:jouw|uw|je) (?:eigen )?(?:verantwoordelijkheid|plicht|taak|verantwoording)\b|\b{_YOU} (?:bent|is) (?:toch |wel |gewoon )?(?:verantwoordelijk|de volwassene|de vader|de moeder|de ouder)\b"),
        ("dat is niet eerlijk", 0.85, r"\b(?:dat|het|dit) is (?:toch |echt |gewoon |wel |ook )?(?:niet eerlijk|oneerlijk|niet netjes|niet fatsoenlijk|verkeerd|fout|onacceptabel|respectloos|niet respectvol|niet oké van (?:je|u))\b"),
        ("je zou je moeten schamen", 0.95, rf"\b(?:zou|moet) {_YOU} (?:je|u|jezelf|uzelf) (?:toch |echt )?(?:moeten )?schamen\b|\bschaam (?:je|u) (?:je|u) (?:niet|maar|eens)\b"),
        ("familie is familie", 0.8, r"\b(?:familie|ouders|je vader|je moeder|werk) (?:is|blijft|zijn|blijven) (?:toch |gewoon |nou eenmaal )?(?:familie|je ouders|je vader|je moeder|werk)\b|\b(?:je hebt|u heeft) (?:er )?(?:toch |maar )?(?:één|een) (?:vader|moeder)\b"),
        ("dat doe je niet", 0.85, rf"\bdat doe {_YOU} (?:toch |eigenlijk |gewoon |echt )*niet\b|\b{_YOU} mag (?:toch |eigenlijk |gewoon |echt )*(?:niet|nooit) (?:zomaar |zo )?(?:tegen|schreeuwen|weglopen|wegblijven|liegen|slaan|drinken)\b|\b(?:had|hadden) (?:[\w']+ ){{0,5}}(?:niet|nooit) (?:[\w']+ ){{0,3}}mogen\b"),
        ("niet echt netjes", 0.85, r"\b(?:dat|het|dit) is (?:toch |echt |gewoon |wel |ook |eigenlijk |natuurlijk )*(?:niet echt |niet zo |niet heel )?(?:netjes|eerlijk|fatsoenlijk|respectvol)(?: (?:tegenover|naar|voor)\b)?(?<!\bis netjes)(?<!\bis eerlijk)(?<!\bis fatsoenlijk)(?<!\bis respectvol)|\b(?:niet echt|niet zo|niet) (?:netjes|eerlijk|fatsoenlijk) (?:tegenover|naar|van (?:je|u))\b"),
        ("hoe meer je ..., hoe", 0.85, rf"\bhoe (?:meer|langer|vaker|minder) {_YOU}\b.*\bhoe (?:meer|groter|erger|moeilijker|lastiger|slechter|banger)\b"),
        ("gaat niet vanzelf weg", 0.85, r"\b(?:gaat|gaan|verdwijnt|verdwijnen|lost|lossen) (?:\w+ ){0,3}niet vanzelf(?: \w+)?\b|\bniet voor niks\b"),
        ("... toch ook", 0.75, r"\b(?:ziet|zien|merkt|merken|weet|weten|snapt|snappen|voelt|voelen|hoort|horen) (?:\w+ )?toch ook\b"),
        # rhetorical yes/no questions and arguing particles: the answer is given with the question
        ("is dit nou echt wat je wilt", 0.8, r"^(?:(?:en|maar|dus|oké|nou) )*(?:is|wil|wilt|ga|gaat|moet|kun|kan|kunt|denk|vind|zie|snap) (?:je|jij|u|dit|dat|het|er)\b(?: [\w']+){0,4} (?:nou |nu )?(?:echt|werkelijk|serieus)\b(?!.*\b(?:voel|voelt|bang|verdriet|erg|zwaar|moeilijk|lastig|eng|pijn|voor je|voor jou|voor u|schrik|mis|mist)\w*\b)"),
        ("dat rijmt toch niet", 0.85, r"\b(?:dat|het) (?:rijmt|klopt|strookt) (?:toch |eigenlijk )?(?:niet|helemaal niet)\b|\breken (?:maar|zelf maar) uit\b|\bdat zegt toch (?:genoeg|alles|wel wat)\b"),
        ("wees eens eerlijk", 0.85, r"\bwees (?:nou |eens |even |gewoon )*eerlijk\b|\beerlijk is eerlijk\b"),
        ("moet er toch iets veranderen", 0.8, rf"\bmoet (?:er|{_YOU}|het) (?:dan |nu )?toch\b|\b{_YOU} (?:mist|wil|wilt|weet|kunt|kan) (?:\w+ )?toch gewoon\b"),
        ("ga je dat allemaal weggooien", 0.85, rf"\b(?:ga|wil|gaat) {_YOU} (?:dat|het|alles|dit) (?:allemaal |echt |zomaar )*(?:weggooien|opgeven|kwijtraken|riskeren|vergooien|verspelen)\b|\bnog (?:één|een) keer en\b|\b(?:zoveel|veel) tijd (?:heb|hebt|heeft) (?:je|u|hij) (?:niet|niet meer)\b"),
        ("als ouder ben jij verantwoordelijk", 0.85, rf"\bben {_YOU} (?:\w+ )?verantwoordelijk\b|\bwat voor (?:een )?voorbeeld\b|\b{_YOU} (?:kan|kunt|kun) (?:\w+ )?(?:toch |ook )*niet (?:alles|zomaar|gewoon)\b|\b{_YOU} moet (?:ook |toch |wel )*aan (?:\w+ ){{0,2}}denken\b|\blaat {_YOU} (?:toch |echt )*niet\b"),
        ("wat is het ergste dat kan gebeuren", 0.8, r"\bwat is (?:nou |nu )?het ergste (?:dat|wat) (?:er )?(?:kan|zou kunnen) gebeuren\b"),
    ],
    # Reassuring and minimising (Gordon's roadblock): the feeling is talked away instead of explored.
    "reassurance": [
        ("het is niet jouw schuld", 0.9, r"\b(?:het|dat) is (?:echt |toch |helemaal |heus )*niet (?:jouw|je|uw) schuld\b|\bniet (?:jouw|uw) schuld\b"),
        ("daar hoef je niet bang voor te zijn", 0.85, rf"\b(?:hoeft|hoef) {_YOU} (?:je |u |jezelf |uzelf )?(?:echt |toch |helemaal |ook |heus )*(?:niet|niks|geen|nergens) (?:\w+ )?(?:bang|schuldig|zorgen|schamen|druk|last|voor)\b"),
        ("komt goed", 0.9, r"\bkomt (?:echt |heus |vast |wel |zeker |allemaal |straks )*goed\b(?! (?:\w+ )?\?)"),
        ("dat doet hij vast wel", 0.8, r"\b(?:wordt|komt|gaat|doet|weet|snapt|merkt|houdt|is|zijn|kan|kunnen|went|wennen)(?: [\w']+){0,3} (?:vast|heus) (?:wel|niet|helemaal|over)\b"),
        ("dat overkomt veel mensen", 0.85, r"\b(?:overkomt|gebeurt (?:bij|met)|hebben|heeft) (?:heel )?(?:veel|zoveel|de meeste|iedereen|alle)(?: \w+)? (?:mensen|bewoners|ouders|studenten|nieuwe \w+)\b"),
        ("ach, ...", 0.8, r"^(?:oh |nou |ja |oké )?(?:ach|och|joh|ach joh|och joh|ah joh)\b(?! (?:wat|echt|zo) (?:knap|goed|mooi|fijn|sterk|dapper|vervelend|naar|rot|lastig|zwaar|moeilijk)\b)(?!.*\?$)"),
        ("gelukkig", 0.7, r"(?:^|[.?!] )(?:oh |nou |oké |ok )?gelukkig\b"),
        ("dat komt wel goed", 0.95, r"\b(?:dat|het|alles) (?:komt|gaat) (?:heus |vast |echt |zeker |straks |wel |allemaal |uiteindelijk )*(?:wel )?(?:goed|in orde|over|lukken)\b(?! \?)"),
        ("dat valt best mee", 0.95, r"\b(?:dat|het) valt (?:heus |vast |echt |toch |allemaal |vast wel |best |wel |nog )*(?:mee|wel mee)\b"),
        ("iedereen heeft dat wel eens", 0.95, r"\b(?:iedereen|zoveel mensen|veel mensen|heel veel mensen|de meeste mensen|elke \w+|iedere \w+) (?:heeft|hebben|maakt|maken|doet|doen|voelt|voelen|kent|kennen|gaat|gaan) (?:dat|dit|het|zoiets|daar) (?:toch |ook |wel |heus |echt )*(?:wel |ook |eens |mee |door )*"),
        ("maak je geen zorgen", 0.95, r"\bmaak (?:je|u|jij) (?:maar |nou |nu )?(?:geen|niet te veel|niet zo'n) (?:zorgen|zorg|druk)\b|\bgeen zorgen\b|\bniet (?:zo )?piekeren\b|\bniet zo somber\b"),
        ("het is niet zo erg", 0.9, r"\b(?:het|dat|dit) is (?:toch |echt |heus |helemaal |ook )*(?:niet zo erg|niet erg|niet het einde van de wereld|geen ramp|niks|niets ergs|heel normaal|normaal|menselijk)\b(?! (?:\w+ )?\?)"),
        ("zo erg is het niet", 0.9, r"\bzo erg is (?:het|dat) (?:toch |ook |nou |heus )*niet\b"),
        ("dat hoort erbij", 0.85, r"\b(?:dat|het) hoort (?:er )?(?:nou eenmaal |gewoon |ook )?(?:bij|erbij)\b"),
        ("je hoeft je niet te schamen", 0.85, rf"\b{_YOU} hoeft (?:je|u|jezelf|uzelf)? ?(?:echt |helemaal |toch )?(?:niet|nergens) (?:te )?(?:schamen|schuldig|bang|zorgen|druk)\b|\bniks om (?:je|u) (?:voor )?te schamen\b"),
        ("..., joh", 0.8, r"\bjoh[.!]?$|\b(?:vast|heus|zeker) (?:al(?:lang)?|allang) (?:niet meer|wel)\b|\bhoef (?:je|u) (?:echt |toch |helemaal )?niet (?:aan )?te twijfelen\b"),
        ("je bent niet de enige", 0.85, rf"\b{_YOU} bent (?:echt |heus |zeker |heus wel )?niet de enige\b"),
        ("het wordt vanzelf beter", 0.85, r"\b(?:het|dat|alles) (?:wordt|gaat) (?:vanzelf|heus|vast|wel|echt|allemaal)(?: \w+){0,2} (?:beter|over)\b|\bde tijd heelt\b|\bkop op\b"),
        ("je kunt dit", 0.8, rf"\b{_YOU} (?:kunt|kan|kun) dit (?:heus |echt |best |wel )*(?:wel|best|hoor)?\b(?! \w+ \?)|\bik weet zeker dat (?:het|dat|je|u) (?:\w+ ){{0,3}}(?:goed|lukt|lukken|redt|overleeft)\b"),
        ("joh, dat is niks", 0.8, r"(?:^|[.?!] )(?:ach |och )?joh(?: [\w']+){0,3} (?:niks|niets|normaal|erg|geeft niet|maakt niet uit)\b|\b(?:dat|het) geeft (?:toch |echt |helemaal )?niks\b"),
    ],
    # Statement forms of persuading and advising: they count only in a sentence that is not a real question
    # (one that starts with a question word or a verb); "Wat is het beste om te doen?" asks. A rhetorical
    # question in statement order ("Zo moeilijk is het toch niet?") still pushes.
    "persuasion_statement": [
        ("als je niks doet verandert er niks", 0.85, r"\bverandert er (?:ook |dus |gewoon |echt |toch )?(?:niks|niets|nooit (?:iets|wat))\b|\bwordt het (?:alleen maar|alleen|nog|steeds|vanzelf) (?:erger|slechter)\b"),
        ("dat is geen reden", 0.85, r"\b(?:dat|het|dit) is (?:toch |echt |gewoon |helemaal )?geen (?:reden|excuus|smoes)\b"),
        ("toch niet zo moeilijk", 0.85, rf"\b(?:{_EVALUATION})\b(?: [\w']+){{0,3}} toch (?:\w+ )?(?:niet|geen)\b|\btoch (?:helemaal |echt |eigenlijk )?(?:niet|geen) (?:zo |echt |zo'n |een |heel )?(?:{_EVALUATION})\b"),
        ("andere mensen lukt het ook", 0.85, r"\b(?:andere \w+|anderen|iedereen|veel \w+|zoveel \w+)\b(?: [\w']+){0,3} (?:lukt|lukken|kan|kunnen) (?:het|dat) (?:toch )?ook\b|\blukt het (?:andere \w+|anderen|iedereen|zoveel \w+|veel \w+) (?:toch )?ook\b"),
        ("je weet zelf ook wel", 0.85, rf"\b{_YOU} weet (?:zelf (?:ook |toch )?(?:wel|best|heel goed|heus)|zelf ook|(?:heus|best|heel goed|ook heus) wel)\b"),
        ("je maakt het jezelf moeilijk", 0.8, rf"\b{_YOU} maakt het (?:jezelf|uzelf|je|u) (?:[\w']+ ){{0,3}}(?:moeilijk|lastig|zwaar|onmogelijk)\b"),
        ("ik denk echt dat je", 0.75, rf"\bik (?:denk|vind|geloof) (?:echt|echt wel|wel echt|gewoon|toch) dat {_YOU}\b"),
    ],
    "advice_statement": [
        ("je kunt het beste", 0.9, rf"\b{_YOU} (?:kunt|kan|kun) (?:dan |nu |misschien )?(?:het )?beste\b"),
        ("het beste is om", 0.85, rf"\bhet beste (?:is|lijkt me|zou zijn|kun je doen is) (?:om|dat {_YOU}|als {_YOU})\b"),
        ("gebiedende wijs: {}", 0.8, rf"^(?:(?:{_LEAD}) )*(?!zeg maar\b)(?!(?:vraag|kijk|denk|laat)(?: het)? maar$)(?:{_IMPERATIVE})(?! (?:{_SUBJECT}|{_NOT_ADVICE})\b)(?!.*\b(?:door|verder|zitten|je gang|je tijd|de tijd|rustig aan)$)(?!.*\bterug\b)(?: [\w']+){{0,4}} (?:eens|maar|gewoon|even)\b"),
        ("gebiedende wijs: {}", 0.7, rf"^(?:(?:{_LEAD}) )*(?!zeg maar\b)(?:{_IMPERATIVE_PLAIN})(?! (?:{_SUBJECT}|{_NOT_ADVICE})\b)(?!.*\b(?:door|verder|zitten|je gang|je tijd|de tijd)$) [\w']+"),
    ],
    "advice": [
        ("misschien moet je|u", 0.95),
        ("misschien is het een idee om", 0.95),
        ("het is misschien een idee om", 0.95),
        ("heb je al eens geprobeerd", 0.95, rf"\b(?:heb|hebt|heeft) {_YOU}(?: al)? (?:eens |ooit )?(?:geprobeerd|overwogen)\b"),
        ("heb je er al eens aan gedacht om", 0.95, rf"\b(?:heb|hebt|heeft) {_YOU} er (?:al )?(?:eens |ooit )?aan gedacht om\b"),
        ("je kunt beter", 0.95, rf"\b{_YOU} (?:kunt|kan|kun) (?:maar )?beter\b"),
        ("je zou moeten", 0.95, rf"(?<!die )(?<!wat )\b{_YOU} zou(?:den)?(?: [\w']+){{0,6}} moeten\b"),
        ("ik raad je aan", 0.95, r"\bik raad (?:je|u|jou) (?:\w+ )?aan\b"),
        ("mijn advies is", 0.95),
        ("als ik jou|u was", 0.95),
        ("ik adviseer", 0.9),
        ("ik stel voor", 0.9),
        ("mag ik voorstellen dat", 0.85, r"\b(?:mag|kan) ik (?:je |u |jou )?voorstellen (?:dat|om)\b"),
        ("het beste kun je|u", 0.9, rf"\bhet beste (?:kun|kan|kunt) {_YOU}\b"),
        ("misschien kun je|u", 0.9, rf"\bmisschien (?:kun|kan|kunt) {_YOU}\b(?! (?:me|mij|ons|eens|even)? ?(?:(?:iets|wat|een beetje|meer) )*(?:vertellen|uitleggen|zeggen|beschrijven|beginnen)\b)"),
        ("kun je niet gewoon", 0.9, rf"\b(?:kun|kan|kunt) {_YOU} (?:niet )?gewoon\b(?! (?:\w+ )?vertellen)"),
        ("zullen we afspreken dat", 0.9, r"\bzullen we (?:dan |nu )?afspreken dat\b"),
        ("probeer eens", 0.9),
        ("je zou ... kunnen", 0.85, rf"\b{_YOU} zou(?: [\w']+){{1,6}} kunnen\b(?! vertellen)"),
        ("je kunt toch", 0.85, rf"\b{_YOU} (?:kunt|kan|kun) toch\b"),
        ("het zou goed zijn als je|u", 0.85, rf"\bhet zou (?:goed|helpen|verstandig|slim) (?:zijn )?als {_YOU}\b"),
        ("wat dacht je|u van", 0.85),
        ("stop gewoon", 0.85),
        ("waarom ... je niet", 0.8, rf"\bwaarom (?!wil|wilt|kun|kunt|kan|durf|durft|mag|vind|vindt|weet|ben|bent|heb|hebt|denk|denkt|zou|doe|doet|zit|zei|koos|kies|geef|gaf)" rf"\w+ {_YOU}(?: (?!en\b|of\b)[\w']+){{0,4}} niet\b(?! meer)"),
        ("dan zou zij ... kunnen", 0.75, r"\b(?:zou|zouden) (?:zij|ze|hij|jullie)(?: [\w']+){1,6} kunnen\b"),
        ("het is belangrijk dat je|u", 0.75),
        ("je moet gewoon", 0.95, rf"\b{_YOU} (?:moet|moeten)(?: (?!het zelf|zelf|weten)[\w']+){{0,3}} (?:gewoon|echt|eens|maar|nu|dan|toch|wel|zeker|echt even|gewoon even|even)\b(?! het zelf)(?! zelf)(?! weten)(?!{_EXPERIENCED})"),
        ("ik vind dat je ... moet", 0.9, rf"\bik (?:vind|denk|zou zeggen) (?:echt |wel |gewoon )?dat {_YOU}(?: [\w']+){{0,8}} (?:moet|moeten|zou moeten|zou kunnen|beter)\b"),
        ("je moet", 0.8, rf"\b(?=(?:je|jij|u) moet)(?<!wat )(?<!die )(?<!dat )(?<!waar )(?<!hoe )(?<!alles )(?<!wie )(?<!denk )(?<!vind )(?<!zegt )(?<!zei )(?<!weet )(?<!als )(?<!of ){_YOU} moet(?:en)?\b(?! het zelf)(?! zelf)(?! niks)(?! weten)(?!{_EXPERIENCED})"),
        ("moet je eens", 0.85, rf"\bmoet {_YOU} (?:eens|gewoon|maar|echt)\b"),
        ("dan moet je", 0.9, rf"\b(?:dan|nu|daarom|eerst|misschien|gewoon|echt|toch|wel|ook|allereerst|eigenlijk|juist|zeker) (?:moet|moeten|moest) (?:je|u|jij)\b(?! (?:het |dat )?(?:zelf|weten|niks|niet (?:meer )?(?:zo|te)))(?!{_EXPERIENCED})"),
        ("dan zou ik", 0.85, r"\b(?:dan|nou|misschien|zelf|echt|eerlijk gezegd) zou ik\b(?! (?:graag|willen|het fijn|het goed|je (?:willen|graag)|u (?:willen|graag)))"),
        ("dan kun je toch", 0.8, r"\b(?:dan|misschien|nou) (?:kun|kan|kunt) (?:je|u|jij)(?: [\w']+){0,3} (?:toch|gewoon|ook|altijd|beter|eens|even|bijvoorbeeld)\b(?! (?:\w+ )?(?:vertellen|merken|zien|voelen))"),
        ("dan vraag je het toch", 0.8, r"\bdan (?!(?:is|was|zijn|ben|bent|heb|hebt|weet|snap|begrijp|voel|denk|vind|wil|wilt)\b)\w+ (?:je|u) (?:[\w']+ ){0,3}(?:toch|gewoon|maar|even)\b"),
        ("gewoon zeggen", 0.8, r"^(?:(?:nou|ja|dan|en) )*gewoon (?:[\w']+ ){0,4}(?:zeggen|doen|vragen|bellen|gaan|proberen|melden|opzeggen|regelen|aangeven|opschrijven|stoppen|beginnen)\b"),
        ("ja, doen!", 0.8, r"(?:^|[.?!] )(?:ja |nou |echt )?doen\b[!.]?$"),
        ("heb je al eens gekeken", 0.75, rf"\b(?:heb|hebt|heeft) {_YOU} (?:al eens|wel eens|al|ooit) (?:[\w']+ ){{0,5}}(?:gekeken|gevraagd|gebeld|gedacht aan|nagedacht over|overlegd|gezocht|aangevraagd)\b"),
        ("zou je het willen proberen", 0.75, rf"\bzou {_YOU} (?:het |dat )?(?:willen|kunnen) (?:proberen|doen|overwegen)\b|\bzou {_YOU} het zien zitten (?:om|dat|als)\b"),
        ("sporten helpt echt", 0.75, r"\b\w+en helpt (?:echt |heel |ook |vaak )?(?:goed |erg |wel )?(?:tegen|bij|om)\b"),
        ("sommige mensen ...", 0.65, r"(?:^|[.?!] )(?:\w+ )?sommige (?:mensen|ouders|gezinnen|cliënten|studenten|mantelzorgers|nabestaanden)\b"),
        ("het is echt beter als je", 0.85, rf"\bhet is (?:echt |wel |toch |gewoon |misschien )?(?:beter|verstandiger|slimmer|handiger) (?:als {_YOU}|om|dat {_YOU})\b"),
        ("ik zou", 0.8, r"\bik zou (?!graag|willen|zeggen|denken|het fijn|het goed|(?:je|u) (?:willen|graag)|(?:je|u) iets willen)"),
        ("wat als je|u", 0.7, rf"\bwat als {_YOU} (?!\w+ niet)"),
        ("of je ...", 0.6, rf"(?:^|[.?!] )of {_YOU} (?!weet|denkt|vindt|wilt|wil|bent|hebt|heb)\w+"),
        ("een tip", 0.6),
    ],
    "permission": [
        ("mag ik je|u een suggestie geven", 0.95, r"\b(?:mag|kan) ik(?: (?:je|u|jou))?(?: \w+){0,3} (?:suggestie|suggesties|tip|tips|idee|ideeën|advies|voorstel|voorstellen|ideetje)\b"),
        ("mag ik je|u iets vragen", 0.9, r"\b(?:mag|kan) ik (?:je |u |jou )?(?:iets|wat|een vraag|een paar vragen|nog iets|even iets|eerlijk iets) (?:vragen|vertellen|voorstellen|zeggen|geven|delen|uitleggen)\b|\b(?:mag|kan) ik (?:je |u |jou )?vragen(?= (?:wat|hoe|waarom|welke|wie|waar|wanneer)\b)"),
        ("zou je het goed vinden als", 0.95, rf"\b(?:zou|vind|vindt) {_YOU} het (?:goed|oké|oke|ok|fijn|prettig) (?:vinden )?als"),
        ("is het goed als ik", 0.9, r"\bis het (?:goed|oké|oke|ok|prima) als ik\b"),
        ("wil je horen", 0.85, rf"\b(?:wil|wilt) {_YOU}(?: \w+){{0,3}} horen\b"),
        ("zal ik je|u vertellen", 0.8, r"\bzal ik(?: (?:je|u|jou))?(?: \w+){0,3} (?:vertellen|uitleggen|voorstellen|delen)\b"),
    ],
    # An offer that leaves the choice ("..., als je wilt"): sets the permission flag, but asks nothing.
    "permission_offer": [
        ("als je|u wilt", 0.7),
    ],
    "autonomy": [
        ("het is jouw keuze", 0.95, r"\b(?:het is|dat is|blijft) (?:helemaal )?(?:jouw|uw|je) (?:eigen )?(?:keuze|beslissing)"),
        ("jij bepaalt", 0.9, r"\b(?:jij|u) (?:bepaalt|beslist|kiest)\b"),
        ("het is aan jou|u", 0.9),
        ("jij bent de baas", 0.9, r"\b(?:jij|u) bent (?:zelf )?de baas\b"),
        ("jij weet zelf het beste", 0.9, r"\b(?:jij|u) weet (?:zelf )?(?:het )?beste\b"),
        ("je moet het zelf weten", 0.85, rf"\b{_YOU} (?:moet|mag) (?:het )?zelf (?:weten|beslissen|bepalen)"),
        ("niemand kan je dwingen", 0.9),
        ("laten we samen", 0.75),
        ("we kunnen samen", 0.75),
        ("samen kijken", 0.7),
    ],
    "structuring": [
        ("we hebben nog ... minuten", 0.9, r"\bwe hebben nog(?: \w+){0,3} (?:minuten|kwartier|tijd)\b"),
        ("zullen we ... bespreken", 0.85, r"\b(?:zullen|kunnen) we\b(?: [\w']+){0,8}? (?:bespreken|hebben over|over\b(?: [\w']+){0,4} hebben)"),
        ("laten we het over ... hebben", 0.85, r"\blaten we(?: [\w']+){0,6} (?:bespreken|over\b(?: [\w']+){0,4} hebben)"),
        ("laten we beginnen", 0.85),
        ("we gaan het hebben over", 0.85),
        ("ik wil het graag hebben over", 0.8, r"\bik wil (?:het |nu |graag |even |nog )*(?:hebben over|bespreken|over\b(?: [\w']+){0,4} hebben)"),
        ("even iets anders", 0.8),
        ("ander onderwerp", 0.8),
        ("agenda", 0.8),
        ("we ronden af", 0.85, r"\b(?:we ronden|laten we|gaan we) (?:\w+ )?af(?:ronden)?\b|\b(?:zullen|kunnen|gaan|moeten) we (?:\w+ ){0,3}(?:afronden|stoppen voor vandaag)\b"),
        ("onze tijd", 0.75),
        ("volgende keer", 0.45),
    ],
    "self_disclosure": [
        ("ik weet uit eigen ervaring", 0.95),
        ("ik heb zelf ook", 0.9),
        ("ik had vroeger ook", 0.85),
        ("ik herken dat zelf", 0.85, r"\bik herken (?:dat|het) (?:zelf|van mezelf)\b"),
        ("bij mij was dat ook", 0.8),
        ("toen ik ... was", 0.75, r"\btoen ik(?: zelf)?(?: \w+){0,4} (?:was|jong|student|klein|kind)\b"),
        ("dat had ik ook", 0.9, r"\b(?:dat|dit|zoiets) (?:had|heb|kende|ken|deed|doe) ik (?:zelf |vroeger |toen |ook |ook wel |precies |ook precies )*(?:ook|zelf)\b|\bik had (?:dat|dit|zoiets) (?:vroeger |toen |zelf )?(?:ook|precies)\b|\bik heb dat (?:zelf )?ook (?:gehad|meegemaakt)\b"),
        ("bij mij", 0.75, r"(?:^|[.?!] )(?:want |nou |ja )?bij mij (?:was|is|ging|werkte|hielp)\b|\bmijn (?:moeder|vader|zus|broer|oma|opa|vriend|vriendin|man|vrouw|tante|oom|buurvrouw|buurman) (?:had|heeft|deed|was) (?:dat|dit|het) (?:\w+ )?ook\b"),
        ("ik ook", 0.6, r"(?:^|[.?!] )ik ook\b"),
        ("ik heb zelf een tijd ...", 0.85, r"\bik (?:heb|had) (?:zelf |ook |zelf ook |ook zelf |vroeger |ooit |toen |een tijd |jaren |een keer )+(?:[\w']+ ){0,7}(?:gehad|meegemaakt|doorgemaakt|gedaan|gezeten|gewerkt|gewoond|gehoord|gevoeld|gespijbeld|gedronken|gerookt)\b"),
        ("mijn eigen vader", 0.85, r"\bmijn eigen (?:vader|moeder|ouders|zus|broer|zoon|dochter|kinderen|familie|ervaring|ex|man|vrouw|oma|opa)\b|\bbij (?:ons|mij) thuis (?:was|ging|deden|hadden|werd)\b"),
        ("ik weet hoe dat voelt", 0.85, r"\bik weet (?:precies |heel goed |ook |zelf |zelf ook )*hoe (?:dat|het) (?:is|voelt)\b|\bik ken dat (?:zelf |ook |wel |heel goed )+\b|\bik heb dat (?:zelf )?(?:ook )?(?:meegemaakt|gehad)\b"),
        ("bij mij hielp", 0.85, r"\b(?:bij|voor) mij (?:hielp|werkte|was het|ging het|was dat)\b|\bwat mij (?:hielp|heeft geholpen)\b"),
        ("ik ben zelf ook", 0.85, r"(?:^|[.?!] )ik (?:ben|was|heb|had|word|werd|doe|deed|drink|rook|ga|ging|zit|zat) (?:\w+ ){0,3}(?:zelf|zelf ook|ook zelf)\b|\bbij mij (?:werkt|helpt|gaat|is) (?:het|dat)\b|\bals ik (?:\w+ ){0,5}(?:ga|doe|pak|bel) ik\b|\bop (?:haar|zijn|jouw|uw) leeftijd (?:\w+ ){0,3}ik\b|\bik (?:\w+ ){0,3}op (?:haar|zijn|jouw|uw) leeftijd\b"),
        ("toen ik ... had", 0.85, r"\btoen ik (?:zelf )?(?:\w+ ){0,6}(?:had|zat|kreeg|ging|woonde|werkte|studeerde|verloor|scheidde)\b"),
    ],
    "affirmation": [
        ("knap dat je|u", 0.95, rf"\b(?:knap|dapper|moedig|sterk) (?:dat|van) {_YOU}\b"),
        ("goed dat je|u", 0.9, rf"\b(?:goed|fijn|mooi) (?:dat|van) {_YOU}\b"),
        ("goed gedaan", 0.9),
        ("wat knap", 0.9, r"\bwat (?:knap|goed|dapper|moedig|sterk)\b(?! (?:\w+ )?\?)"),
        ("ik waardeer", 0.9),
        ("ik bewonder", 0.9),
        ("dat vraagt moed", 0.9, r"\b(?:dat|het) (?:vraagt|vergt|kost) (?:veel )?moed\b"),
        ("dat is moedig", 0.9, r"\bdat is (?:heel |erg )?(?:moedig|dapper|knap|sterk)\b"),
        ("dat is een hele stap", 0.85),
        ("dank je|u voor je|uw openheid", 0.7, r"\b(?:dank|bedankt)(?: \w+){0,3} (?:openheid|eerlijkheid|vertrouwen)\b"),
    ],
    "information": [
        ("uit onderzoek blijkt", 0.9, r"\b(?:uit onderzoek blijkt|onderzoek laat zien|onderzoek toont)\b"),
        ("het is bekend dat", 0.85),
        ("de richtlijn", 0.85),
        ("wat we weten is", 0.85),
        ("dat komt vaak voor", 0.8),
        ("de meeste mensen", 0.7),
        ("veel mensen", 0.65),
        ("het werkt zo", 0.8),
        ("gemiddeld", 0.6),
    ],
    "reflection": [
        ("als ik je|u goed begrijp", 0.95, rf"\bals ik (?:{_YOU}|het) goed begrijp\b"),
        ("even samenvatten", 0.95, r"\b(?:even samenvatten|even samengevat|als ik het samenvat|samenvattend)\b"),
        ("het klinkt alsof", 0.9, r"\b(?:het|dat) klinkt (?:als|alsof)\b"),
        ("wat ik hoor is", 0.9, rf"\b(?:wat ik hoor is|ik hoor {_YOU} zeggen)\b"),
        ("je voelt je", 0.9, r"\b(?:je voelt je|jij voelt je|u voelt zich)\b"),
        ("je hebt het gevoel", 0.9, rf"\b{_YOU} (?:hebt|heeft|had) (?:het gevoel|het idee)\b"),
        ("aan de ene kant", 0.9, r"\b(?:aan de ene kant|enerzijds)\b"),
        ("een deel van je", 0.85, rf"\been deel van {_YOU}\b"),
        ("het lijkt alsof", 0.8, r"\bhet lijkt (?:alsof|erop dat)\b"),
        ("dus je|u", 0.7, rf"(?:^|[.?!] )(?:oké |ok |ja |nou )?dus {_YOU}\b"),
        ("je bedoelt", 0.8, rf"\b{_YOU} bedoelt\b"),
        ("je zegt eigenlijk", 0.85, rf"\b{_YOU} zegt (?:eigenlijk|dus|dat)\b"),
        ("je maakt je zorgen", 0.8, r"\b(?:je maakt je|u maakt zich) zorgen\b"),
        ("je bent bang", 0.8, rf"\b{_YOU} (?:bent|was) (?:bang|boos|verdrietig|teleurgesteld|bezorgd)\b"),
        ("je mist", 0.8, rf"\b{_YOU} (?:mist|miste)\b"),
        ("je moet er ... aan denken", 0.65, rf"\b{_YOU} moet{_EXPERIENCED}"),
        ("dat moet zwaar zijn", 0.8, r"\b(?:dat|het) moet (?:\w+ )?(?:zwaar|moeilijk|lastig|pijnlijk|fijn|vervelend|eng|rot)\b"),
        ("het voelt", 0.75, r"(?:^|[.?!] )(?:het|dat) voelt\b"),
        ("belangrijk voor je", 0.9, r"\b(?:belangrijk|veel waard) voor (?:je|jou|u)\b"),
        ("dus ...", 0.5, r"(?:^|[.?!] )(?:oké |ok |ja |nou |en )?dus (?!wat|hoe|waarom|wanneer|waar|wie|heb|hebt|ben|bent|is|wil|zullen|laten|ik|we)\w+"),
        ("voor jou is", 0.7, r"\bvoor (?:jou|u) (?:is|was|betekent)\b"),
        ("je merkt", 0.7, rf"\b{_YOU} (?:merkt|vindt het|wilt|wil graag)\b"),
    ],
    "complex": [
        ("voelt", 0.8, r"\b(?:voel|voelt|voelde|voelen|gevoel|gevoelens)\b"),
        ("alsof", 0.8),
        ("aan de ene kant", 0.9),
        ("een deel van je", 0.85),
        ("samenvatten", 0.9, r"\bsamen(?:vatten|gevat|vattend)\b"),
        ("tegelijk", 0.75, r"\btegelijk(?:ertijd)?\b"),
        ("belangrijk voor je|u", 0.75, r"\bbelangrijk voor (?:je|jou|u)\b"),
        ("diep van binnen", 0.8),
        ("betekent", 0.7),
        ("eigenlijk", 0.6),
        ("misschien", 0.6),
        ("als een", 0.6),
    ],
    "open_phrase": [
        ("vertel eens", 0.9, r"(?:^|[.?!] )(?:vertel|beschrijf)\b"),
        ("kun je ... vertellen", 0.85, rf"\b(?:kun|kunt|kan|wil|wilt|zou) {_YOU}(?: [\w']+){{0,6}} (?:vertellen|beschrijven|uitleggen)\b"),
        ("in hoeverre", 0.85),
        ("ik ben benieuwd wat", 0.75, r"(?:^|[.?!] )(?:\w+ )?ik (?:ben (?:wel )?benieuwd|vraag me af) (?:wat|hoe|waarom|of|welke)\b"),
        ("wat voor", 0.85),
    ],
    "greeting": [
        ("hoi", 0.8, r"\b(?:hoi|hallo|goedemorgen|goedemiddag|goedenavond|goedendag|welkom)\b|^dag\b"),
        ("bedankt", 0.8, r"\b(?:bedankt|dank je|dank u|graag gedaan)\b"),
        ("tot ziens", 0.85, r"\b(?:tot ziens|tot volgende week|doei|tot de volgende keer)\b"),
        ("kom erin", 0.8, r"\b(?:kom (?:erin|binnen)|ga zitten)\b"),
    ],
}

# A whole utterance that is only this is 'other': encouragers, fillers, acknowledgements, greetings.
MINIMAL = (
    r"(?:(?:ja+|jawel|jaja|ja ja|oké|oke|ok|okay|mm+|mm-hm+|mmhm+|mhm+|hm+|hmhm|uh-huh|aha|ah|o+h?|precies|klopt|"
    r"juist|nee|goed|prima|zo|tja|nou|echt|ach|inderdaad|natuurlijk|zeker|hoi|hallo|dag|welkom|dank je( wel)?|"
    r"bedankt|dank u( wel)?|graag gedaan|tot ziens|doei|goedemorgen|goedemiddag|fijn|mooi|sorry|ga (?:verder|door)|"
    r"en|dus|en toen|ik snap het|snap ik|helder|duidelijk|interessant|right|yeah)(?: |[.?!] ?)?)+"
)

OPEN_WORDS = (
    "wat hoe hoezo waarom welke welk waar wanneer wie wiens waarover waarmee waardoor waarvan waaraan "
    "waarin waarop waarvoor waarnaar vertel beschrijf wat's"
).split()
CLOSED_WORDS = (
    "heb hebt heeft had hadden ben bent is was waren wil wilt wou kun kunt kan kon konden zou zouden zul "
    "zult zal moet moest mag mocht doe doet deed ga gaat ging gingen woon woont werk werkt weet vind "
    "vindt voel voelt denk denkt praat zie ziet drink drinkt rook rookt slaap slaapt klopt merk merkt "
    "herken herkent gebruik gebruikt eet snap begrijp lukt helpt maakt hou houd speelt zijn hoor hoort "
    "kent ken spreek zag"
).split()
# A sentence that opens with one of these opens with a clause: "Als je ..., wat zou je willen?" is no verb-first
CONJUNCTIONS = "als toen omdat nu terwijl zodra hoewel zodat voordat nadat sinds tenzij zoals stel wanneer".split()
SUBJECT_PRONOUNS = (
    "je jij u hij zij ze het dat dit we wij jullie er ik"
).split()
DISCOURSE = (
    "en oké oke ok okay nou maar ja goed prima want o oh ah tja hm mm mm-hm zeg dan of even dus eigenlijk "
    "en verder trouwens precies klopt"
).split()
NEGATORS = ["niet", "geen", "nooit", "niks", "nauwelijks", "allerminst"]

CLIENT: dict[str, list] = {
    "yes_but": [
        ("ja, maar", 0.95, r"(?:^|[.?!] )(?:ja+|jawel|jaja|ja ja|nou ja|ja nee|oké|ok)\.? maar\b"),
        ("ja, dat weet ik wel, maar", 0.9, r"(?:^|[.?!] )(?:ja )?(?:dat )?(?:weet ik|snap ik|begrijp ik|klopt|kan wel zijn|zou kunnen|is waar)" r"(?: \w+){0,3} maar\b"),
        ("ja, alleen", 0.8, r"(?:^|[.?!] )(?:ja|jawel)\.? alleen\b"),
    ],
    "change": [
        ("ik wil niet meer zo", 0.85, r"\bik wil (?:het |dit |zo )?niet (?:meer|langer)\b"),
        ("ik ben van plan", 0.9, r"\bik ben (?:het )?van plan\b(?! niet)"),
        ("ik heb besloten", 0.9),
        ("dat ga ik doen", 0.85, r"\bdat ga ik (?!niet)(?:\w+ )?(?:doen|proberen)\b"),
        ("ik zou graag", 0.85, r"\bik zou (?:graag|heel graag|wel (?:graag|willen)|willen)\b"),
        ("ik wil graag", 0.85, r"\bik wil (?:heel )?graag\b"),
        ("ik ben gestopt", 0.85, r"\bik ben (?:al |inmiddels )?(?:gestopt|minder gaan|begonnen met)\b"),
        ("ik ben er klaar mee", 0.85),
        ("dat moet anders", 0.85),
        ("ik wil eigenlijk wel", 0.8, r"\bik wil (?:eigenlijk |echt |wel )+(?!niet)"),
        ("ik moet echt", 0.75, r"\bik moet (?:echt|eigenlijk|nu|toch|wel)\b(?! (?:\w+ )?niet)"),
        ("ik probeer", 0.45, r"\bik (?:probeer|ga proberen|wil proberen)\b"),
        ("het zou goed zijn", 0.7, r"\bhet zou (?:wel |echt )?(?:goed|fijn|beter|mooi) zijn\b"),
        ("ik kan wel", 0.7, r"\bik kan (?:het )?wel\b(?! (?:\w+ )?niet)"),
        ("ik wil", 0.55, r"\bik wil(?! (?:\w+ )?niet\b)(?= \w)"),
        ("misschien kan ik", 0.65),
        ("ik ga", 0.55, r"\bik ga(?! (?:\w+ )?niet\b)(?! (?:vaak|altijd|elke|iedere|soms|nooit|meestal|uit|naar|weg|dood|er)\b)"),
        ("ik moet", 0.5, r"(?<!waar )(?<!wat )(?<!hoe )(?<!of )(?<!wanneer )\bik moet(?! (?:\w+ )?niet\b)(?! van\b)"),
        ("ik denk dat ik het zou kunnen", 0.6, r"\b(?:ik denk|denk ik|volgens mij) (?:dat )?(?:ik )?(?:het |dat )?(?:zou kunnen|kan|wel kan|ga)\b(?! niet)"),
        ("daar sta ik wel voor open", 0.7, r"\b(?:sta ik (?:wel )?(?:voor )?open|ik sta (?:er )?(?:wel )?open voor|lijkt me (?:wel )?(?:goed|een goed idee|fijn))\b"),
        ("ik voel me beter", 0.6, r"\bik (?:voel me|slaap|sliep|voelde me) (?:veel |echt |wel )?beter\b"),
        ("ik zou het kunnen", 0.6, r"\bik (?:\w+ ){0,2}zou(?: [\w']+){0,4} (?:kunnen|willen|proberen)\b(?! niet)"),
        ("dat kan ik wel", 0.65, r"\bdat (?:kan|zal|wil|ga) ik (?:wel |best |zeker |echt )?(?:doen|proberen|wel|best|zeker)\b"),
        ("ik zal het proberen", 0.65, r"\bik zal (?:het |dat )?(?:wel |zeker |echt )?(?:proberen|doen|regelen|maken)\b"),
        ("ik ben er klaar voor", 0.7, r"(?<!niet )(?<!niet dat )\bik ben er (?:\w+ )?klaar voor\b"),
        ("ik denk dat ik het wel wil", 0.65, r"\b(?:denk|geloof|hoop|weet|besef|merk|voel) (?:ik )?dat ik(?: (?!niet\b|geen\b|nooit\b|bang\b|het niet\b)[\w']+){0,4} (?:wil|ga|zal|kan|moet|begin|stop|probeer|bel|doe)\b(?! niet)(?! (?:\w+ )?niet\b)"),
        ("ik wil het best", 0.65, r"\bik wil (?:het|dat|er) (?:best|wel|graag)\b"),
    ],
    "sustain": [
        ("het kan me niet schelen", 0.6, r"\b(?:kan|boeit) (?:het |dat )?(?:me|mij) (?:niet|niks|geen bal)(?: \w+)?\b"),
        ("ik zie het probleem niet", 0.7, r"\bik zie (?:het|er|geen) (?:probleem|kwaad)\b|\bzie (?:er )?geen probleem\b"),
        ("ik ben geen alcoholist", 0.7, r"\bik ben (?:toch )?geen (?:alcoholist|verslaafde|junk|roker|probleem)\b|\bik ben niet verslaafd\b"),
        ("dat wil ik niet", 0.55, r"\b(?:dat|het) wil ik (?:\w+ )?niet\b|\bwil ik (?:dat|het) (?:\w+ )?niet\b"),
        ("ik denk niet dat ik", 0.6, r"\bik denk niet dat ik\b"),
        ("het stelt niks voor", 0.7, r"\bstelt (?:niks|niets|weinig) voor\b|\b(?:is|vormt) (?:voor mij |voor me )?geen probleem\b"),
        ("ik hou van bier", 0.5, r"\bik (?:hou|houd) (?:gewoon )?van (?:bier|wijn|drinken|roken|het|mijn)\b|\bik vind het (?:gewoon )?lekker\b"),
        ("makkelijker gezegd dan gedaan", 0.9),
        ("dat lukt me niet", 0.9, r"\b(?:dat |het )?lukt (?:me|mij)(?: \w+){0,2} niet\b"),
        ("ik zie het nut niet", 0.9, r"\bzie (?:ik )?(?:het|er het|er geen|geen) nut\b|\bik zie het nut (?:er )?niet\b"),
        ("ik ben niet van plan", 0.9),
        ("ik stop niet", 0.9, r"\bik (?:stop|minder) niet\b"),
        ("ik durf niet", 0.85, r"\b(?:ik durf|durf ik)(?: \w+){0,3} niet\b"),
        ("ik kan niet", 0.5, r"\b(?:ik kan|kan ik)(?: het| dat| hem| dit| gewoon| echt)* niet\b"),
        ("dat ik het niet kan", 0.55, r"\bdat ik (?:het |dat |dit |er )?(?:echt |gewoon |toch )?niet (?:kan|wil|ga|durf|zal)\b"),
        ("ik wil niet", 0.55, r"\bik wil (?:het |dat |hem |dit |gewoon |echt |eigenlijk )?niet\b"),
        ("ik ga niet", 0.85, r"\bik ga (?:het |dat |gewoon |echt )?niet\b"),
        ("ik heb geen zin", 0.85),
        ("heeft geen zin", 0.8),
        ("niet klaar voor", 0.85),
        ("het is niet zo simpel", 0.8, r"\b(?:is|ligt) (?:het |dat )?(?:allemaal )?niet zo (?:simpel|makkelijk|eenvoudig)"),
        ("het valt wel mee", 0.8, r"\b(?:het|dat) valt (?:wel |best |heus )?mee\b"),
        ("geen probleem", 0.75, r"\b(?:is|heb) (?:het |dat |er )?geen probleem\b"),
        ("waarom zou ik", 0.75),
        ("iedereen doet het", 0.75, r"\biedereen (?:doet|drinkt|rookt|gebruikt) (?:het|dat)\b"),
        ("het helpt me", 0.7, r"\bhet helpt (?:me|mij)\b"),
        ("het is mijn leven", 0.7),
        ("ik weet niet of ik", 0.4),
        ("ik zie wel", 0.55),
    ],
    "meaning": [
        ("dat ik er niet toe doe", 0.95, r"\b(?:ik (?:er )?niet toe doe|doe (?:ik )?er niet toe)\b"),
        ("mijn grootste angst", 0.95),
        ("ik ben bang dat", 0.9, r"\b(?:ik ben|ben ik) (?:zo |echt |gewoon )?bang (?:dat|om)\b|\bik (?:zo |echt |gewoon )?bang (?:ben|was) (?:dat|om)\b"),
        ("waar ik bang voor ben", 0.9),
        ("wat ik eigenlijk wil", 0.9, r"\bwat ik (?:eigenlijk|echt|het liefst|gewoon) (?:wil|nodig heb|zoek|mis)\b"),
        ("wat ik nodig heb", 0.9),
        ("het betekent voor mij", 0.85, r"\bbetekent(?: \w+){0,3} voor (?:mij|me)\b"),
        ("ik ben niet goed genoeg", 0.9, r"\b(?:ik ben|ben ik)(?: \w+)? niet goed genoeg\b"),
        ("ik ben een mislukking", 0.9),
        ("waar het mij om gaat", 0.85),
        ("belangrijk voor mij", 0.8, r"\bbelangrijk voor (?:mij|me)\b"),
        ("wie ik ben", 0.8),
        ("diep van binnen", 0.8),
        ("ik verlang", 0.8),
        ("ik wil gewoon dat hij", 0.8, r"\bik wil (?:gewoon |alleen )?dat (?:hij|zij|ze|mijn)\b"),
        ("trots op me", 0.75, r"\btrots op (?:me|mij)\b"),
        ("ik heb ... nodig", 0.7, r"\bik heb(?: [\w']+){1,4} nodig\b"),
    ],
    "thoughts": [
        ("ik vraag me af", 0.8),
        ("wat als", 0.7, r"\b(?:wat als|stel dat|stel je voor dat)\b"),
        ("dan moet ik", 0.65, r"\b(?:dan|anders) (?:moet|zou|kan|ga|zal) ik\b|\bals\b(?: [\w']+){1,8} (?:moet|zou|kan|ga|zal) ik\b"),
        ("ik denk", 0.8, r"\b(?:ik denk|denk ik)\b"),
        ("ik vind", 0.8, r"\b(?:ik vind|vind ik)\b"),
        ("volgens mij", 0.8),
        ("mijn mening", 0.8),
        ("ik heb het gevoel dat", 0.75),
        ("ik geloof", 0.75),
        ("ik twijfel", 0.7),
        ("het lijkt me", 0.7),
        ("ik verwacht", 0.7),
        ("ik weet niet", 0.6, r"\bik weet (?:het )?niet\b"),
        ("ik snap", 0.6, r"\bik (?:snap|begrijp)\b"),
        ("misschien", 0.55),
    ],
    "feeling_phrase": [
        ("ik voel me", 0.9, r"\b(?:ik voel(?:de)? (?:me|mij)|voel(?:de)? ik (?:me|mij))\b(?! (?:\w+ )?(?:alsof|of)\b)"),
        ("ik maak me zorgen", 0.9, r"\b(?:ik maak|maak ik) (?:me|mij) (?:\w+ )?zorgen\b"),
        ("dat voelt", 0.75, r"\b(?:dat|het) voelt\b(?! (?:\w+ )?(?:alsof|als)\b)"),
        ("het doet pijn", 0.8, r"(?<!rug )(?<!hoofd )(?<!buik )(?<!knie )(?<!nek )(?<!maag )(?<!been )(?<!voet )(?<!tand )\b(?:deed|doet|deden|doen) (?:(?:echt|zo|veel|nog|ook|steeds|altijd|erg|wel|best|heel) ){0,3}(?:pijn|zeer)\b|\b(?:pijn|zeer) (?:doet|deed|deden|doen|gedaan)\b|\b(?:dat|het) (?:is|was) (?:\w+ )?pijnlijk\b"),
        ("het kwam hard aan", 0.8, r"\b(?:kwam|komt|kwamen|komen) (?:\w+ )?(?:hard|keihard|zwaar|hoog) (?:bij (?:me|mij) )?aan\b|\bhard aan(?:gekomen|komen)\b"),
        ("het lucht op", 0.75, r"\b(?:het |dat )?lucht (?:wel |echt |ook |me )?op\b|\bopluchting\b"),
    ],
}

FEELING_WORDS = (
    "verdrietig verdriet bang angst angstig boos boosheid kwaad woedend woede eenzaam eenzaamheid missen "
    "schamen schaamte schuldig schuldgevoel bezorgd ongerust blij gelukkig ongelukkig teleurgesteld "
    "teleurgestelde teleurstelling gefrustreerd frustratie jaloers machteloos wanhopig onzeker "
    "zenuwachtig gespannen somber depressief paniek opgelucht trots hopeloos gekwetst kwetsen kwetsend "
    "ellendig radeloos bedroefd geïrriteerd geirriteerd ergeren haten eng geschrokken schrikken gestrest "
    "overweldigd rouw rouwen huilen janken ontroerd blijdschap angsten kwetsbaar vernederd"
).split()
FEELING_AFTER_FEEL = (
    "rot slecht slechter alleen ellendig leeg klote schuldig naar raar ongemakkelijk waardeloos goed "
    "beter prima vervelend down moe"
).split()
FEEL_VERBS = ["voel", "voelde", "voelt", "voelen"]
# Words that are no feeling next to these neighbours: "het ging mis" is not "missen".
FEELING_EXCLUDE_BEFORE = {
    "mis": ["ging", "gaat", "liep", "loopt", "zit", "zat", "is", "was", "gaan", "lopen"]
}
FEELING_EXCLUDE_AFTER: dict[str, list[str]] = {}
