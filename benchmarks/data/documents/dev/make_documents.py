#!/usr/bin/env python3
"""Build the 'dev' set of student transcript documents (.docx + PDF exports) and key.json.

Run with:  /work/main/.venv/bin/python make_documents.py

Each document is a different (fictional) student with its own layout and topic.  The
conversation data lives in this file; the key is derived from exactly the units that are
written into the document, so key and document cannot drift apart.

A "unit" is (speaker_label, parts, note):
  * parts: list of strings. In paragraph layouts every part is its own paragraph (only the
    first carries the speaker prefix); in table layouts every part is either its own row with
    an empty speaker cell, or its own paragraph inside the same cell (depends on the layout).
  * note: text of the student's comment cell (or None).
Key rule: a turn's text is its parts joined by one space; consecutive units with the same
speaker are merged into one turn.
"""
import json
import os
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-dev"


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def U(speaker, parts, note=None):
    if isinstance(parts, str):
        parts = [parts]
    return (speaker, list(parts), note)


def conv(rows):
    """rows: tuples (speaker, text-or-list[, note]) -> list of units"""
    out = []
    for r in rows:
        if len(r) == 2:
            out.append(U(r[0], r[1]))
        else:
            out.append(U(r[0], r[1], r[2]))
    return out


def new_doc(font="Calibri", size=11, margins_cm=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for s in d.sections:  # Dutch students write on A4
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    if margins_cm:
        for s in d.sections:
            s.left_margin = s.right_margin = Cm(margins_cm)
            s.top_margin = s.bottom_margin = Cm(margins_cm)
    return d


def add_field(par, instr, placeholder="1"):
    """Insert a complex field (PAGE, NUMPAGES, ...) into a paragraph."""
    def fld(kind):
        r = par.add_run()
        f = OxmlElement("w:fldChar")
        f.set(qn("w:fldCharType"), kind)
        r._r.append(f)
        return r

    fld("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r._r.append(it)
    fld("separate")
    par.add_run(placeholder)
    fld("end")


def footer_pagina_x_van_y(section, prefix="", align=WD_ALIGN_PARAGRAPH.CENTER, size=9):
    p = section.footer.paragraphs[0]
    p.alignment = align
    if prefix:
        p.add_run(prefix)
    p.add_run("Pagina ")
    add_field(p, "PAGE")
    p.add_run(" van ")
    add_field(p, "NUMPAGES", "2")
    for r in p.runs:
        r.font.size = Pt(size)


def footer_page_number(section, align=WD_ALIGN_PARAGRAPH.RIGHT):
    p = section.footer.paragraphs[0]
    p.alignment = align
    add_field(p, "PAGE")


def header_text(section, text, align=WD_ALIGN_PARAGRAPH.LEFT, size=9, italic=False):
    p = section.header.paragraphs[0]
    p.alignment = align
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.italic = italic
    return p


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_col_widths(table, widths_cm):
    """Set widths on the cells *and* on the table grid (LibreOffice reads w:tblGrid)."""
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(Cm(widths_cm[i]).twips)))
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))


def cell_text(cell, parts, bold=False, size=None, italic=False):
    """Write parts as paragraphs of a cell (first one reuses the existing paragraph)."""
    if isinstance(parts, str):
        parts = [parts]
    for i, t in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if t:
            r = p.add_run(t)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
    return cell


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None,
         space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_para(doc, label, value, bold_label=True):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = bold_label
    p.add_run(value)
    p.paragraph_format.space_after = Pt(0)
    return p


def write_prefixed(doc, units, sep=" ", bold_label=False, blank_between=False,
                   space_after=None, label_suffix=":", continuation_indent=None):
    """Paragraph layout: 'Label: text'; extra parts become prefix-less paragraphs."""
    for n, (spk, parts, _note) in enumerate(units):
        for i, t in enumerate(parts):
            p = doc.add_paragraph()
            if i == 0:
                r = p.add_run(spk + label_suffix)
                r.bold = bold_label
                p.add_run(sep + t)
            else:
                p.add_run(t)
                if continuation_indent is not None:
                    p.paragraph_format.left_indent = Cm(continuation_indent)
            if space_after is not None:
                p.paragraph_format.space_after = Pt(space_after)
        if blank_between and n != len(units) - 1:
            doc.add_paragraph()


# --------------------------------------------------------------------------------------
# key
# --------------------------------------------------------------------------------------
def key_turns(units, roles):
    turns = []
    last_label = None
    for spk, parts, note in units:
        text = " ".join(" ".join(p.split()) for p in parts if p.strip())
        note = " ".join(note.split()) if note and note.strip() else None
        if turns and (not spk or spk == last_label):
            t = turns[-1]
            t["text"] = (t["text"] + " " + text).strip()
            if note:
                t["note"] = note if t["note"] is None else t["note"] + " " + note
            continue
        turns.append({"speaker": spk, "role": roles[spk], "text": text, "note": note})
        last_label = spk
    return turns


DOCS = []


def register(file, language, layout, roles, units, builder, pdf=False):
    DOCS.append(dict(file=file, language=language, layout=layout, roles=roles,
                     units=units, builder=builder, pdf=pdf))


# ======================================================================================
# 01  eenzaamheid  -  S: / C:  paragraphs, title block, Context, blank lines between turns
# ======================================================================================
C01 = conv([
    ("S", "Goedemiddag mevrouw Van Dijk, fijn dat ik even bij u langs mocht komen. Hoe gaat het met u?"),
    ("C", "Och, het gaat wel. Je moet wat, hè."),
    ("S", "U zegt “het gaat wel”. Wat bedoelt u daarmee?"),
    ("C", "Nou ja, sinds mijn man er niet meer is, is het stil in huis. De kinderen wonen ver weg, mijn dochter in Groningen en mijn zoon in Spanje. Die bellen wel, maar ja."),
    ("S", "Hoe vaak bellen ze dan?"),
    ("C", "Mijn dochter op zondag. Mijn zoon... soms. Als hij eraan denkt. (lacht kort)"),
    ("S", "En heeft u verder nog mensen om u heen, buren of vriendinnen?"),
    ("C", "De buurvrouw zegt weleens gedag. Maar vriendinnen, die zijn er bijna niet meer. Of ze zijn overleden, of ze zitten in een verzorgingshuis."),
    ("S", "Dat klinkt best eenzaam."),
    ("C", "(stilte) Ja. Ja, dat is het ook wel. ’s Avonds vooral. Dan zit ik hier en dan denk ik: waar doe ik het nog voor?"),
    ("S", "Misschien kunt u eens naar de ontmoetingsochtend in het buurthuis gaan? Daar komen veel mensen van uw leeftijd."),
    ("C", "Ja, maar ik ken daar niemand. En ik ben niet zo van de spelletjes en het koffiedrinken in een grote groep."),
    ("S", "Oké. Wat zou u dan wel leuk vinden?"),
    ("C", "Vroeger wandelde ik veel, met mijn man. Elke ochtend een rondje door het park. Dat doe ik nu niet meer, in mijn eentje is er niks aan."),
    ("S", "U mist dus vooral iemand om dingen samen mee te doen, zoals het wandelen met uw man."),
    ("C", "Ja. Precies dat. (zucht) Dat had ik eigenlijk nog nooit zo gezegd."),
])


def build_01(path, units):
    d = new_doc("Calibri", 11)
    para(d, "Uitgewerkt gesprek – Gespreksvaardigheden 1", bold=True, size=14, space_after=6)
    for lab, val in [("Naam: ", "Fleur de Boer"), ("Studentnummer: ", "500812347"),
                     ("Opleiding: ", "Social Work, propedeuse"), ("Vak: ", "Gespreksvaardigheden 1"),
                     ("Docent: ", "mw. R. Hendriks"), ("Datum: ", "14 maart 2024"),
                     ("Opdracht: ", "Verbatim van een oefengesprek (opdracht 2)")]:
        label_para(d, lab, val, bold_label=False)
    para(d)
    p = d.add_paragraph()
    r = p.add_run("Context: ")
    r.bold = True
    p.add_run("Ik heb dit gesprek gevoerd tijdens mijn vrijwilligerswerk bij een welzijnsorganisatie. "
              "Ik bezoek mevrouw Van Dijk (79) sinds een paar weken. Haar naam is veranderd. "
              "Het gesprek duurde ongeveer een kwartier; ik heb het met haar toestemming opgenomen.")
    para(d)
    para(d, "Het gesprek", bold=True, size=12)
    write_prefixed(d, units, sep=" ", blank_between=True, space_after=0)
    d.save(path)


register("01_eenzaamheid_FleurdeBoer.docx", "nl",
         "paragraphs with 'S:' / 'C:' prefixes, blank line between turns; title block (Naam:, Docent: ...) and 'Context:' paragraph before",
         {"S": "helper", "C": "client"}, C01, build_01, pdf=True)


# ======================================================================================
# 02  studiestress  -  Student: / Cliënt:, multi-paragraph turns, header+footer, Reflectie
# ======================================================================================
C02 = conv([
    ("Student", "Hoi Noor, kom binnen. Ga zitten. We hebben ongeveer twintig minuten. Waar wil je het vandaag over hebben?"),
    ("Cliënt", "Nou, het gaat eigenlijk over school. Ik heb het gevoel dat ik het allemaal niet meer bijhoud. Ik heb drie deadlines in twee weken en ik ben nog nergens aan begonnen."),
    ("Student", "Drie deadlines in twee weken, dat is veel. Welke vakken zijn dat?"),
    ("Cliënt", "Onderzoek, een verslag voor stage en het portfolio. Vooral dat portfolio, daar zie ik echt tegenop."),
    ("Student", "Waarom zie je daar tegenop?"),
    ("Cliënt", ["Ik weet het niet precies. Het is zo groot. En ik moet reflecteren op mezelf en dat vind ik gewoon lastig.",
                "Ik begin er wel aan, maar dan zit ik een half uur naar een leeg document te staren en dan ga ik maar iets anders doen. Mijn telefoon pakken of zo. En dan is de avond weer voorbij."]),
    ("Student", "Herkenbaar. Heb je weleens geprobeerd om het op te delen in kleinere stukjes?"),
    ("Cliënt", "Ja, dat zegt mijn studieloopbaanbegeleider ook. Maar dan maak ik een planning en dan hou ik me er toch niet aan."),
    ("Student", "Oké. Wat gebeurt er dan met je als je je niet aan die planning houdt?"),
    ("Cliënt", ["Dan voel ik me heel schuldig. En dan denk ik: zie je wel, je kunt het gewoon niet. Iedereen in mijn klas lijkt het wel te kunnen.",
                "(stilte)",
                "Sorry, ik word er een beetje emotioneel van."]),
    ("Student", "Dat geeft helemaal niks. Neem je tijd."),
    ("Cliënt", "(veegt tranen weg) Het is gewoon ook thuis niet zo rustig op dit moment. Mijn ouders gaan misschien scheiden en ik woon nog thuis."),
    ("Student", "Dus naast de deadlines speelt er thuis ook nog iets. Dat is nogal wat tegelijk."),
    ("Cliënt", "Ja. Maar dat wil ik eigenlijk niet bespreken, dat hoort niet bij school."),
    ("Student", "Oké, dat is goed. Dan houden we het bij school. Je zei net dat iedereen in je klas het wel lijkt te kunnen. Hoe weet je dat?"),
    ("Cliënt", "Nou, weten... Ze zeggen in de groepsapp dat ze al klaar zijn met hoofdstuk twee en zo. Dan voel ik me echt dom."),
    ("Student", "Je vergelijkt jezelf dus veel met anderen, en dan kom je er zelf slecht vanaf."),
    ("Cliënt", "Ja, eigenlijk wel. Dat doe ik al sinds de middelbare school."),
    ("Student", "Zou je misschien gewoon de groepsapp even op stil kunnen zetten tot je deadlines voorbij zijn?"),
    ("Cliënt", "Ja, maar dan mis ik weer belangrijke informatie over de opdrachten. Dat is ook niet handig."),
    ("Student", "Dat snap ik. We hebben nog een paar minuten. Wat zou je nu het meest helpen, denk je?"),
    ("Cliënt", "Misschien dat ik het portfolio gewoon met iemand samen ga doen. Gewoon naast elkaar in de bieb zitten. Dan stel ik het minder uit, denk ik."),
])


def build_02(path, units):
    d = new_doc("Arial", 10.5)
    sec = d.sections[0]
    header_text(sec, "Jesse Kramer – Methodisch werken 2 – SPH Saxion", align=WD_ALIGN_PARAGRAPH.RIGHT)
    footer_pagina_x_van_y(sec)
    d.add_heading("Opdracht 3: uitgewerkt gesprek", level=1)
    t = d.add_table(rows=5, cols=2)
    for i, (a, b) in enumerate([("Student", "Jesse Kramer (471203)"), ("Klas", "SPH2C"),
                                ("Docent", "dhr. M. Oudshoorn"), ("Datum gesprek", "2 oktober 2023"),
                                ("Inleverdatum", "9 oktober 2023")]):
        cell_text(t.rows[i].cells[0], a, bold=True)
        cell_text(t.rows[i].cells[1], b)
    set_col_widths(t, [4, 10])
    para(d)
    d.add_heading("Inleiding", level=2)
    para(d, "Voor deze opdracht heb ik een oefengesprek gevoerd met een medestudent die de rol van cliënt speelde. "
            "De casus was bedacht door de docent: een tweedejaars studente (Noor) die vastloopt met haar studie. "
            "Ik heb het gesprek opgenomen en hieronder letterlijk uitgewerkt.")
    d.add_heading("Verbatim", level=2)
    write_prefixed(d, units, sep=" ", bold_label=False)
    d.add_heading("Reflectie", level=2)
    para(d, "Als ik terugkijk op dit gesprek, zie ik dat ik vaak gesloten vragen stelde. Bij het stuk over de planning "
            "gaf ik eigenlijk meteen een tip (opdelen in kleine stukjes), terwijl Noor nog helemaal niet had verteld wat "
            "er precies misging. Ze reageerde met “ja, maar”, wat volgens de theorie een signaal is dat een advies te vroeg komt.")
    para(d, "Wat ik goed vond gaan: toen Noor emotioneel werd, liet ik een stilte vallen en gaf ik haar de tijd. "
            "Ook de samenvatting over het vergelijken met anderen sloot goed aan. Een volgende keer wil ik meer "
            "doorvragen op gevoelens, bijvoorbeeld toen ze zei dat ze zich dom voelde.")
    d.save(path)


register("02_studiestress_JesseKramer.docx", "nl",
         "paragraphs 'Student:' / 'Cliënt:', some turns run over 2-3 paragraphs; title table, Inleiding, page header and 'Pagina X van Y' footer, Reflectie after",
         {"Student": "helper", "Cliënt": "client"}, C02, build_02)


# ======================================================================================
# 03  vader vertrokken  -  Hulpverlener:<tab> / Cliënt:<tab>, Inleiding, Nabeschouwing
# ======================================================================================
C03 = conv([
    ("Hulpverlener", "Hoi Kevin. Vorige keer vertelde je dat je vader contact met je had opgenomen. Hoe is het daar nu mee?"),
    ("Cliënt", "Hij heeft me weer een berichtje gestuurd. Of ik een keer wil afspreken. Ik heb nog niks teruggestuurd."),
    ("Hulpverlener", "Wat deed het met je toen je dat berichtje las?"),
    ("Cliënt", "Ik werd gewoon boos. Zeven jaar hoor je niks en dan ineens “hoi jongen, hoe gaat het”. Alsof er niks gebeurd is."),
    ("Hulpverlener", "Heb je het er al met je moeder over gehad?"),
    ("Cliënt", "Nee. Die wordt meteen verdrietig als het over hem gaat. Dat wil ik haar niet aandoen."),
    ("Hulpverlener", "Je wilt je moeder beschermen."),
    ("Cliënt", "Ja. Zij heeft alles alleen moeten doen. Hij is gewoon vertrokken met die nieuwe vrouw van hem en wij moesten verhuizen naar een flatje."),
    ("Hulpverlener", "Dus je bent vooral boos op hem omdat hij jullie zo heeft laten zitten."),
    ("Cliënt", "Boos, ja. (stilte) En ook... ik weet niet. Soms vraag ik me af of het aan mij lag. Ik was toen best lastig."),
    ("Hulpverlener", "Denk je echt dat het aan jou lag? Je was twaalf."),
    ("Cliënt", "Ja, dat weet ik ook wel. Dat zegt iedereen. Maar het voelt gewoon zo."),
    ("Hulpverlener", "Het voelt alsof jij er iets mee te maken had, ook al weet je met je verstand dat dat niet zo is."),
    ("Cliënt", "Ja. (knikt) Daarom weet ik ook niet of ik hem wil zien. Misschien wil ik het antwoord wel niet horen."),
])


def build_03(path, units):
    d = new_doc("Times New Roman", 12)
    para(d, "Gespreksverslag stage – Jongerenwerk Noord", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Sanne Wouters  |  studentnr. 2219876  |  MWD jaar 2  |  begeleider: Ilse Kok  |  november 2023",
         size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d)
    para(d, "Inleiding", bold=True)
    para(d, "Kevin (19) komt sinds september bij mij op gesprek via het jongerenwerk. Zijn vader is zeven jaar geleden "
            "vertrokken en heeft onlangs weer contact gezocht. In dit tweede gesprek wilde ik onderzoeken wat dat met "
            "hem doet. Hieronder staat het middelste deel van het gesprek, letterlijk uitgeschreven.")
    para(d)
    for spk, parts, _ in units:
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(3.25))
        p.paragraph_format.left_indent = Cm(3.25)
        p.paragraph_format.first_line_indent = Cm(-3.25)
        p.add_run(spk + ":")
        p.add_run("\t" + parts[0])
    para(d)
    para(d, "Nabeschouwing", bold=True)
    para(d, "Ik merkte dat ik bij de vraag over zijn moeder eigenlijk van het onderwerp afging. Kevin was net boos en ik "
            "had daar beter bij kunnen blijven. Mijn vraag “Denk je echt dat het aan jou lag?” was goedbedoeld, maar "
            "eigenlijk sprak ik hem tegen. Aan het eind lukte het beter om zijn gevoel te benoemen.")
    d.save(path)


register("03_vader_SanneWouters.docx", "nl",
         "paragraphs 'Hulpverlener:' / 'Cliënt:' followed by a tab and hanging indent; centred title line, Inleiding before, Nabeschouwing after",
         {"Hulpverlener": "helper", "Cliënt": "client"}, C03, build_03)


# ======================================================================================
# 04  schulden  -  HV: / CL:  60 turns, long (4+ pages), header + Pagina X van Y, Literatuur
# ======================================================================================
C04 = conv([
    ("HV", "Goedemorgen mevrouw Pinas, welkom. Ik ben Kees, ik loop stage hier bij het wijkteam. Mijn collega Anouk zit er ook bij, zij zegt verder niks, die kijkt mee. Is dat goed?"),
    ("CL", "Ja hoor, dat is goed."),
    ("HV", "Fijn. U heeft zelf contact opgenomen met het wijkteam. Kunt u vertellen waarom?"),
    ("CL", "Ja. Nou, het zit zo. Ik heb schulden. Best wel veel eigenlijk. En ik krijg steeds meer brieven en ik maak ze eigenlijk niet meer open."),
    ("HV", "U maakt de brieven niet meer open."),
    ("CL", "Nee. Ze liggen in een la in de keuken. Als ik ze zie word ik al misselijk. (lacht ongemakkelijk) Klinkt stom, hè."),
    ("HV", "Nee hoor, dat klinkt helemaal niet stom. Dat hoor ik vaker. Weet u ongeveer hoeveel schuld het is?"),
    ("CL", "Geen idee. Echt niet. Tienduizend? Misschien meer. Er zit een energierekening bij, zorgverzekering, iets van een webwinkel, en de huur ben ik ook twee maanden achter."),
    ("HV", "Twee maanden huurachterstand. Heeft de woningcorporatie al contact met u opgenomen?"),
    ("CL", "Ja, ze hebben gebeld. En er kwam een brief dat ze het uit handen gaan geven als ik niet betaal. Daarom ben ik hier eigenlijk. Ik ben bang dat we eruit moeten."),
    ("HV", "Wij, dat zijn u en…?"),
    ("CL", "Ik en mijn twee kinderen. Jayden is negen en Amira is vijftien."),
    ("HV", "Oké. En hoe is het nu voor u, om hier te zitten en dit te vertellen?"),
    ("CL", ["(stilte) Moeilijk. Ik schaam me kapot. Ik heb altijd gewerkt, ik ben nooit iemand geweest die hulp vroeg.",
            "Mijn moeder zei altijd: je lost je eigen problemen op. En nu zit ik hier."]),
    ("HV", "U schaamt zich, omdat u altijd alles zelf heeft opgelost."),
    ("CL", "Ja. Precies."),
    ("HV", "Hoe is het zo gekomen, met de schulden?"),
    ("CL", "Twee jaar geleden ben ik gescheiden. Mijn ex betaalde eerst nog alimentatie, maar sinds een jaar niet meer. Hij zegt dat hij geen werk heeft. En ik werk 24 uur in de thuiszorg, dat is gewoon niet genoeg voor alles."),
    ("HV", "Heeft u weleens gekeken of u recht heeft op toeslagen?"),
    ("CL", "Ik krijg huurtoeslag en kinderopvangtoeslag, nou ja, niet meer kinderopvang, Jayden gaat niet meer naar de BSO. Dus alleen huurtoeslag en het kindgebonden budget."),
    ("HV", "En heeft u de alimentatie al via het LBIO laten innen?"),
    ("CL", "Het wat?"),
    ("HV", "Het LBIO, dat is een landelijke organisatie die alimentatie voor u kan innen als uw ex niet betaalt."),
    ("CL", "Nee, daar heb ik nog nooit van gehoord. Maar ja, als hij geen geld heeft, dan heeft hij geen geld, toch?"),
    ("HV", "Dat zoeken zij dan uit. Misschien moet u daar gewoon eens een aanvraag doen, dan bent u dat in ieder geval kwijt."),
    ("CL", "Ja, maar dan wordt hij weer boos. Toen ik er vorige keer over begon, stond hij hier voor de deur te schreeuwen. Waar de kinderen bij waren."),
    ("HV", "Dat klinkt heftig. Hoe was dat voor u?"),
    ("CL", "Ik was echt bang. Amira heeft toen haar broertje meegenomen naar boven. Die is daar nog steeds van ondersteboven, ze wil hem niet meer zien."),
    ("HV", "Dus als u iets onderneemt richting uw ex, bent u bang dat hij weer zo reageert."),
    ("CL", "Ja. Daarom laat ik het maar zo. Het geld is het niet waard."),
    ("HV", "Oké. Dan laten we dat even liggen voor nu. Ik wil graag samen met u een overzicht maken van wat er binnenkomt en wat er uitgaat. Vindt u dat goed?"),
    ("CL", "Ja, dat is goed. Al weet ik niet of ik alles weet."),
    ("HV", "Dat hoeft ook niet meteen. Wat verdient u ongeveer per maand?"),
    ("CL", "Netto rond de 1450 euro, soms wat meer als ik een extra dienst draai."),
    ("HV", "En de huur?"),
    ("CL", "780 euro. Daar gaat de huurtoeslag nog vanaf, dus ik betaal zelf ongeveer 480."),
    ("HV", "En dan heeft u nog energie, water, verzekeringen, telefoon…"),
    ("CL", "Ja. En boodschappen natuurlijk. En Amira moet een nieuwe laptop voor school, die van haar is kapot. Dat staat ook nog op de lijst. Ik weet echt niet hoe ik dat moet doen."),
    ("HV", "Dat is veel waar u tegelijk mee bezig moet zijn."),
    ("CL", ["(knikt) Soms lig ik ’s nachts wakker en dan ga ik maar rekenen. En dan kom ik er nooit uit.",
            "Dan sta ik ’s ochtends op en moet ik weer gewoon naar mijn cliënten en vrolijk doen. Ik zorg de hele dag voor anderen, en voor mezelf lukt het niet."]),
    ("HV", "Slaapt u vaker slecht?"),
    ("CL", "Eigenlijk elke nacht wel een paar uur niet."),
    ("HV", "Heeft u daar weleens met uw huisarts over gesproken?"),
    ("CL", "Nee. Wat moet die eraan doen? Die geeft me hooguit slaappillen en dan zijn de schulden er nog steeds."),
    ("HV", "Ik hoor u zeggen dat u de hele dag voor anderen zorgt. Wie zorgt er eigenlijk voor u?"),
    ("CL", "(stilte) Niemand eigenlijk. Mijn zus woont in Almere, die zie ik af en toe. Maar die heeft zelf ook genoeg aan haar hoofd."),
    ("HV", "Weet uw zus van de schulden?"),
    ("CL", "Een beetje. Niet hoeveel. Ze heeft een keer voorgesteld om geld te lenen, maar dat wil ik niet. Dan sta ik bij haar ook nog in het krijt."),
    ("HV", "U wilt niet afhankelijk zijn van uw zus."),
    ("CL", "Nee. Ik wil het zelf oplossen. Maar het lukt dus niet. (zucht)"),
    ("HV", "U heeft wel zelf de stap gezet om hier te komen. Dat is ook iets oplossen, vind ik."),
    ("CL", "Zo had ik het nog niet bekeken. (glimlacht) Dank je."),
    ("HV", ["Ik stel voor dat we het volgende doen. Volgende week komt u terug en dan neemt u die la met brieven mee. Dan maken we ze samen open en maken we een lijst van alle schuldeisers.",
            "En ik bel vandaag nog met de woningcorporatie om te vragen of ze de zaak even willen aanhouden. Is dat goed?"]),
    ("CL", "Alle brieven? Ook de oude?"),
    ("HV", "Ja, alles. Dan krijgen we een compleet beeld. Het hoeft niet in één keer opgelost te zijn, maar we moeten wel weten waar we staan."),
    ("CL", "Oké. Dat is eng, maar oké. Als we het samen doen."),
    ("HV", "Samen, ja. Dan zie ik u volgende week dinsdag om tien uur. Heeft u verder nog vragen?"),
    ("CL", "Nee. Ja, één ding: moet ik mijn ex ook meenemen in dat overzicht? Want hij heeft nog een lening op mijn naam laten staan."),
    ("HV", "Dat is belangrijk om te weten, ja. Neem daar ook de papieren van mee, dan bekijken we dat volgende week."),
    ("CL", "Goed. Dank u wel. Ik voel me al een heel klein beetje lichter."),
])


def build_04(path, units):
    d = new_doc("Arial", 11, margins_cm=2.5)
    d.styles["Normal"].paragraph_format.line_spacing = 1.15
    sec = d.sections[0]
    header_text(sec, "Kees Bakker (MWD3B) – Gespreksverslag schuldhulp – Stage wijkteam Oost", size=8, italic=True)
    footer_pagina_x_van_y(sec, size=8)
    para(d, "Opdracht 4 – Uitgewerkt intakegesprek", bold=True, size=13)
    para(d, "Kees Bakker, 3021877 – Maatschappelijk Werk en Dienstverlening – docent: drs. P. van Leeuwen – 21-02-2024",
         size=9, italic=True)
    p = d.add_paragraph()
    p.add_run("Context. ").bold = True
    p.add_run("Mevrouw Pinas (42, naam gefingeerd) heeft zelf contact gezocht met het wijkteam vanwege oplopende schulden. "
              "Dit is het eerste gesprek. Mijn werkbegeleider Anouk was aanwezig als observator. Het gesprek duurde "
              "ongeveer 45 minuten en is met toestemming opgenomen. In de uitwerking staat HV voor mij als "
              "hulpverlener en CL voor de cliënt.")
    para(d)
    write_prefixed(d, units, sep=" ", space_after=6)
    para(d)
    para(d, "Literatuur", bold=True, size=12)
    for ref in ["Bannink, F. (2021). Oplossingsgericht werken in de hulpverlening. Amsterdam: Pearson.",
                "Jagt, N. & Jagt, L. (2019). Methodisch werken. Groningen: Noordhoff Uitgevers.",
                "Nibud (2023). Budgethandboek 2023. Utrecht: Nibud."]:
        q = para(d, ref, size=9)
        q.paragraph_format.left_indent = Cm(1)
        q.paragraph_format.first_line_indent = Cm(-1)
    d.save(path)


register("04_schulden_KeesBakker.docx", "nl",
         "long (60 turns, 3 full pages): paragraphs 'HV:' / 'CL:', a few 2-paragraph turns; italic page header, 'Pagina X van Y' footer, Context before, Literatuur after",
         {"HV": "helper", "CL": "client"}, C04, build_04, pdf=True)


# ======================================================================================
# 05  mantelzorg  -  first names Mira: / Robert:
# ======================================================================================
C05 = conv([
    ("Mira", "Dag Robert, goed dat je er bent. We hadden afgesproken het vandaag over je moeder te hebben. Hoe gaat het met haar?"),
    ("Robert", "Slechter. Vorige week stond ze om drie uur ’s nachts op straat in haar nachtjapon. De buren hebben me gebeld."),
    ("Mira", "Wat schrok je daar vast van."),
    ("Robert", "Ja, nou ja, schrikken. Ik ben het inmiddels een beetje gewend. Ik ben er meteen heen gereden en heb haar weer in bed gelegd. De volgende ochtend wist ze er niks meer van."),
    ("Mira", "Hoe vaak ga je nu bij haar langs?"),
    ("Robert", "Elke dag. Voor mijn werk even langs om haar medicijnen te geven en na mijn werk kook ik voor haar. In het weekend doe ik de boodschappen en de was."),
    ("Mira", "Elke dag, naast je werk. Hoe hou je dat vol?"),
    ("Robert", "Gewoon, het moet. Ze is mijn moeder. Mijn broer woont in Canada, die kan niks doen. Dus ja."),
    ("Mira", "Heb je al eens gedacht aan dagbesteding voor haar? Dan heb jij ook wat meer rust."),
    ("Robert", "Ja, maar daar wil ze niet heen. Ze zegt dat ze niet tussen al die ouwe mensen wil zitten. (lacht) Ze is zelf 86."),
    ("Mira", "(lacht ook) Ja, dat herken ik van mijn oma. En de huisarts, weet die hoe het gaat?"),
    ("Robert", "Die weet het wel. Er komt nu twee keer per week thuiszorg voor het douchen. Maar verder sta ik er alleen voor."),
    ("Mira", "Je staat er alleen voor."),
    ("Robert", "(stilte) Ja. Mijn vrouw zegt dat ik er nooit meer ben. Dat ik alleen nog maar met mijn moeder bezig ben. Daar hebben we veel ruzie over."),
    ("Mira", "Dus het heeft ook invloed op je huwelijk. Hoe lang gaat dat al zo?"),
    ("Robert", "Een jaar of twee. Sinds de diagnose eigenlijk. Maar het wordt erger."),
    ("Mira", "Ik kan me voorstellen dat je je soms heen en weer geslingerd voelt tussen je moeder en je vrouw."),
    ("Robert", "Ja. Dat is het precies. Wat ik ook doe, ik doe het altijd voor een van de twee fout."),
])


def build_05(path, units):
    d = new_doc("Calibri", 11)
    para(d, "Oefengesprek week 6 – mantelzorg", bold=True, size=13)
    para(d, "Mira Hoekstra – 1098734 – Social Work deeltijd – Gespreksvoering 1 (docent J. Smit) – 8 mei 2024", size=9)
    para(d, "Gesprek tussen Mira (student, ik) en Robert (cliënt, 54 jaar, gespeeld door een acteur). "
            "Robert zorgt voor zijn moeder die dementie heeft.", italic=True)
    para(d)
    write_prefixed(d, units, sep=" ")
    d.save(path)


register("05_mantelzorg_MiraHoekstra.docx", "nl",
         "paragraphs with first-name prefixes 'Mira:' / 'Robert:'; short title and italic intro line before",
         {"Mira": "helper", "Robert": "client"}, C05, build_05)


# ======================================================================================
# 06  huisgenoot  -  bold name label + tab (no colon), title block as a 2-column table
# ======================================================================================
C06 = conv([
    ("Sem", "Hé Yara, ga zitten. Je zei in je mail dat het thuis niet zo lekker loopt. Wil je daar wat meer over vertellen?"),
    ("Yara", "Ja. Het gaat over mijn huisgenote, Fenna. We wonen nu een jaar samen en in het begin was het echt leuk, maar nu irriteer ik me echt aan alles wat ze doet."),
    ("Sem", "Aan alles?"),
    ("Yara", "Nou ja, niet alles. Maar ze ruimt nooit iets op. De afwas staat dagen in de gootsteen. En ze heeft steeds haar vriend over de vloer, die eet ook van onze boodschappen."),
    ("Sem", "Heb je het er al eens met haar over gehad?"),
    ("Yara", "Ja, vorige week. Toen werd het meteen ruzie. Ze zei dat ik net mijn moeder was. (rolt met ogen)"),
    ("Sem", "Hoe voelde dat, toen ze dat zei?"),
    ("Yara", "Ik vond het echt gemeen. Ik probeer gewoon normaal te vragen of ze wat vaker wil afwassen, en dan krijg ik zoiets terug."),
    ("Sem", "Je voelde je niet serieus genomen."),
    ("Yara", "Ja. En sindsdien praten we eigenlijk niet meer. We lopen langs elkaar heen in de gang. Het is gewoon heel ongemakkelijk om thuis te komen."),
    ("Sem", "Zou je niet een schoonmaakrooster kunnen maken? Dan is het voor iedereen duidelijk."),
    ("Yara", "Ja, maar dat hebben we al. Het hangt op de koelkast. Ze houdt zich er alleen niet aan."),
    ("Sem", "Oh. Oké. En haar vriend, woont die eigenlijk bij jullie?"),
    ("Yara", "Niet officieel. Maar hij is er vier, vijf nachten per week. Hij betaalt niks mee."),
    ("Sem", "Dat zou ik ook irritant vinden."),
    ("Yara", "Het is niet eens alleen het geld. Ik voel me gewoon niet meer thuis in mijn eigen huis. Ik zit de hele avond op mijn kamer."),
    ("Sem", "Je voelt je niet meer thuis. (stilte) Wat zou je het liefst willen?"),
    ("Yara", "Eigenlijk dat het weer wordt zoals in het begin. Toen kookten we samen en keken we series. Ik mis dat wel."),
    ("Sem", "Je mist jullie vriendschap."),
    ("Yara", "(knikt) Ja. Dat had ik zelf niet eens door. Ik dacht dat ik gewoon boos was."),
    ("Sem", "Misschien kun je haar dat ook zo vertellen? Dat je het mist?"),
    ("Yara", "Ja, maar dan moet ik wel eerst weer met haar praten. En ik weet niet hoe ik dat moet beginnen zonder dat het weer ruzie wordt."),
])


def build_06(path, units):
    d = new_doc("Calibri", 11)
    para(d, "Gespreksvaardigheden – toets 1", bold=True, size=16, space_after=2)
    para(d, "Uitgewerkt adviesgesprek", italic=True, size=12)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Naam", "Sem Visser"), ("Studentnummer", "S1147702"),
                                ("Opleiding", "Sociaal Werk, jaar 1, klas SW1D"), ("Docent", "Karin de Graaf"),
                                ("Datum", "29-11-2023"), ("Titel opdracht", "Verbatim + zelfanalyse")]):
        cell_text(t.rows[i].cells[0], a, bold=True)
        cell_text(t.rows[i].cells[1], b)
        shade(t.rows[i].cells[0], "E7E6E6")
    set_col_widths(t, [4, 11])
    para(d)
    para(d, "Yara (21) is een medestudent; de situatie met haar huisgenote is echt, maar namen zijn veranderd. "
            "Ze vond het goed dat ik dit gesprek gebruik voor mijn toets.")
    para(d)
    for spk, parts, _ in units:
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(1.75))
        pf.left_indent = Cm(1.75)
        pf.first_line_indent = Cm(-1.75)
        pf.space_after = Pt(6)
        r = p.add_run(spk)
        r.bold = True
        p.add_run("\t" + parts[0])
    d.save(path)


register("06_huisgenoot_SemVisser.docx", "nl",
         "paragraphs with a bold first-name label followed by a tab (no colon), hanging indent; title block is a 2-column table (Naam | Sem Visser ...) before",
         {"Sem": "helper", "Yara": "client"}, C06, build_06)


# ======================================================================================
# 07  rouw  -  'Student (ik):' / 'Mevrouw Jansen:' bold labels, header+footer page no., Reflectie
# ======================================================================================
C07 = conv([
    ("Student (ik)", "Goedemiddag mevrouw Jansen. Fijn dat ik weer even bij u mag komen. Hoe gaat het sinds vorige week?"),
    ("Mevrouw Jansen", "Och kind, wisselend. De ene dag gaat het, de andere dag kom ik mijn bed bijna niet uit."),
    ("Student (ik)", "En hoe was het vandaag?"),
    ("Mevrouw Jansen", "Vandaag gaat het wel. Ik heb vanochtend zelfs even in de tuin gewerkt. Dat deed Henk altijd, hè. De tuin was van hem."),
    ("Student (ik)", "Wat was dat voor u, om in zijn tuin te werken?"),
    ("Mevrouw Jansen", "(stilte) Dubbel. Het was fijn om buiten te zijn. Maar bij elke plant dacht ik: dit heeft hij gezet. Die rozen heeft hij nog geplant voor ons veertigjarig huwelijk."),
    ("Student (ik)", "Wat mooi dat hij die rozen voor u heeft geplant."),
    ("Mevrouw Jansen", "Ja. Hij was niet zo’n prater, Henk. Maar hij liet het wel zien, op zijn manier."),
    ("Student (ik)", "Hoe lang waren jullie getrouwd?"),
    ("Mevrouw Jansen", "Drieënveertig jaar. In maart zouden we vierenveertig jaar getrouwd zijn."),
    ("Student (ik)", "Dat is heel lang. Heeft u kinderen?"),
    ("Mevrouw Jansen", "Twee dochters. Ze zijn erg lief, ze bellen elke dag. Maar ze hebben hun eigen leven, hun eigen gezin. Ik wil ze niet tot last zijn."),
    ("Student (ik)", "Bent u bang dat u ze tot last bent?"),
    ("Mevrouw Jansen", "Een beetje wel. De jongste zei laatst: mam, je moet ook weer eens wat gaan doen. Ze bedoelde het goed, maar het deed pijn."),
    ("Student (ik)", "Het deed pijn, omdat het voelde alsof u er al overheen zou moeten zijn?"),
    ("Mevrouw Jansen", ["Ja. Het is pas vier maanden. Iedereen gaat weer door met zijn leven, en ik sta nog stil.",
                        "Op de begrafenis was iedereen er. Er kwamen zoveel kaarten. Maar nu hoor je niemand meer. Alsof hij al vergeten is."]),
    ("Student (ik)", "Dat moet heel eenzaam voelen."),
    ("Mevrouw Jansen", "(huilt zachtjes) Ja. Sorry."),
    ("Student (ik)", "U hoeft geen sorry te zeggen. (stilte) Wilt u een glaasje water?"),
    ("Mevrouw Jansen", "Nee, het gaat wel. Dank je."),
    ("Student (ik)", "Er is ook een rouwgroep in het wijkcentrum, op donderdagmiddag. Misschien is dat iets voor u? Dan bent u met mensen die hetzelfde meemaken."),
    ("Mevrouw Jansen", "Ja, dat heeft de dominee ook al gezegd. Maar ik weet niet of ik daar mijn verhaal wil doen met allemaal vreemden erbij."),
    ("Student (ik)", "Dat begrijp ik. Het hoeft ook niet meteen. Waar haalt u nu steun uit?"),
    ("Mevrouw Jansen", "Uit mijn geloof, een beetje. En uit de hond. (lacht even) Die moet er drie keer per dag uit, dus dan moet ik wel."),
    ("Student (ik)", "De hond houdt u op de been."),
    ("Mevrouw Jansen", "Ja, echt waar. Bobbie was ook meer de hond van Henk. Hij ligt nog elke avond bij zijn stoel."),
    ("Student (ik)", "Hij mist hem ook."),
    ("Mevrouw Jansen", "Dat denk ik wel. We missen hem samen. (stilte) Gek eigenlijk, dat ik dat tegen een hond zeg."),
    ("Student (ik)", "Dat vind ik helemaal niet gek. We hebben nog een kwartiertje. Is er iets waar u het vandaag nog over zou willen hebben?"),
    ("Mevrouw Jansen", "Ja. Over de spullen van Henk. Zijn kleren hangen nog in de kast en ik weet niet wat ik ermee moet. Mijn dochters willen dat ik het opruim."),
])


def build_07(path, units):
    d = new_doc("Georgia", 11)
    sec = d.sections[0]
    header_text(sec, "Anna Verbeek – 2104567 – Gespreksvaardigheden SPH – Verbatim rouwbegeleiding", size=8)
    footer_page_number(sec)
    d.add_heading("Verbatimverslag", level=0)
    para(d, "Anna Verbeek  •  SPH, tweede jaar  •  Hogeschool Utrecht  •  Docent: Marieke Bos  •  Januari 2024", size=10)
    para(d)
    d.add_heading("1. Inleiding", level=1)
    para(d, "Mevrouw Jansen (68) is vier maanden geleden haar man verloren. Ik bezoek haar vanuit mijn stage bij de "
            "ouderenzorg eens per week. In dit gesprek wilde ik vooral ruimte geven aan haar verdriet en niet te snel "
            "met oplossingen komen. Of dat gelukt is, bespreek ik in de reflectie.")
    d.add_heading("2. Het gesprek", level=1)
    for spk, parts, _ in units:
        for i, t in enumerate(parts):
            p = d.add_paragraph()
            if i == 0:
                r = p.add_run(spk + ":")
                r.bold = True
                p.add_run(" " + t)
            else:
                p.add_run(t)
            p.paragraph_format.space_after = Pt(8)
            p.paragraph_format.line_spacing = 1.15
    d.add_heading("3. Reflectie", level=1)
    para(d, "In het begin van het gesprek lukte het me goed om bij mevrouw Jansen te blijven. De vraag “Wat was dat voor "
            "u, om in zijn tuin te werken?” opende echt iets. Daarna stelde ik een paar gesloten vragen achter elkaar "
            "(hoe lang getrouwd, kinderen), waardoor het gesprek even een soort vraag-antwoordspel werd.")
    para(d, "Toen ze begon te huilen vond ik het moeilijk om de stilte te laten duren. Ik bood een glaasje water aan, "
            "eigenlijk meer voor mezelf dan voor haar. Ook de rouwgroep bracht ik te vroeg in. Mijn leerdoel voor het "
            "volgende gesprek: stiltes langer laten duren en minder invullen.")
    d.save(path)


register("07_rouw_AnnaVerbeek.docx", "nl",
         "paragraphs with bold labels 'Student (ik):' / 'Mevrouw Jansen:', one turn in 2 paragraphs; Title heading, numbered Inleiding, page header and page-number footer, Reflectie after",
         {"Student (ik)": "helper", "Mevrouw Jansen": "client"}, C07, build_07, pdf=True)


# ======================================================================================
# 08  burn-out  -  table 2 columns (Spreker | Tekst) with header; one turn continues in a row
#                  with empty speaker cell
# ======================================================================================
C08 = conv([
    ("Student", "Goedemiddag Mark. Fijn dat je wilde komen. Hoe gaat het met je?"),
    ("Mark", "Ja... hoe gaat het. Niet zo goed eigenlijk. Ik zit nu zes weken thuis."),
    ("Student", "Zes weken al. Wat is er gebeurd?"),
    ("Mark", ["Ik ben docent op een middelbare school. Ik werkte eigenlijk altijd wel hard, ook ’s avonds en in het weekend. En op een maandagochtend zat ik in de auto op de parkeerplaats en ik kon gewoon niet uitstappen.",
              "Ik heb daar een half uur gezeten. Toen ben ik naar huis gereden en sindsdien ben ik niet meer terug geweest."]),
    ("Student", "Wat heftig. Wat ging er door je heen, daar op die parkeerplaats?"),
    ("Mark", "Niks. Dat was juist het rare. Het was gewoon leeg in mijn hoofd. Ik was zo moe."),
    ("Student", "Slaap je nu wel goed?"),
    ("Mark", "Ik slaap veel, maar ik word niet uitgerust wakker."),
    ("Student", "Beweeg je een beetje? Sporten helpt vaak heel goed bij een burn-out."),
    ("Mark", "Ja, dat zegt de bedrijfsarts ook. Ik probeer elke dag een rondje te lopen. Maar ik heb nergens puf voor."),
    ("Student", "Oké. En hoe reageren de mensen om je heen?"),
    ("Mark", "Mijn vriendin is heel begripvol. Maar mijn vader zegt dat ik me niet zo moet aanstellen. Die heeft veertig jaar in de bouw gewerkt en nooit een dag verzuimd."),
    ("Student", "Hoe is dat voor jou, als je vader dat zegt?"),
    ("Mark", "(zucht) Dat raakt me wel. Want eigenlijk denk ik dat zelf ook een beetje. Dat ik me aanstel."),
    ("Student", "Een deel van jou denkt dat je je aanstelt."),
    ("Mark", "Ja. Andere collega’s hebben het net zo druk en die gaan ook gewoon door."),
    ("Student", "Maar jij bent niet je collega’s."),
    ("Mark", "Nee, dat weet ik wel. (stilte) Ik ben altijd degene geweest die alles kon hebben. Die er voor iedereen was. En nu kan ik niet eens een mailtje van school openen zonder hartkloppingen."),
    ("Student", "Krijg je veel mail van school?"),
    ("Mark", "Mijn leidinggevende stuurt af en toe een berichtje hoe het gaat. En of ik al weet wanneer ik terugkom. Daar word ik gek van."),
    ("Student", "Misschien kun je met je leidinggevende afspreken dat alle contact via de bedrijfsarts loopt?"),
    ("Mark", "Ja, maar dan denkt hij dat ik moeilijk doe. Ik wil het ook niet verpesten, ik vind mijn werk eigenlijk heel leuk."),
    ("Student", "Je vindt je werk leuk, en tegelijk word je er nu ziek van."),
    ("Mark", "Ja. Dat klopt wel. Ik snap het zelf ook niet goed."),
    ("Student", "Wat vind je er zo leuk aan?"),
    ("Mark", "De leerlingen. Als een leerling iets eindelijk snapt, of als een jongen die nergens zin in heeft toch zijn diploma haalt. Daar doe ik het voor."),
    ("Student", "Ik hoor dat je echt met hart en ziel docent bent."),
    ("Mark", "(glimlacht) Ja. Misschien is dat ook wel het probleem."),
])


def build_08(path, units):
    d = new_doc("Calibri", 11)
    para(d, "Uitgewerkt gesprek: burn-out", bold=True, size=15)
    for lab, val in [("Naam student: ", "Lars Meijer"), ("Studentnummer: ", "4458120"),
                     ("Opleiding: ", "Toegepaste Psychologie, jaar 2"),
                     ("Module: ", "Counseling en gespreksvoering"), ("Docent: ", "dr. E. Rasenberg"),
                     ("Datum: ", "17 april 2024")]:
        label_para(d, lab, val)
    para(d)
    p = d.add_paragraph()
    p.add_run("Context").bold = True
    para(d, "Het gesprek is een rollenspel met een trainingsacteur. Mark (38) is docent en zit sinds zes weken thuis met "
            "burn-outklachten. Opdracht was om in het eerste contact vooral te verkennen en nog geen oplossingen te bieden.")
    para(d)
    rows = []
    for spk, parts, _ in units:
        rows.append((spk, parts[0]))
        for extra in parts[1:]:
            rows.append(("", extra))
    t = d.add_table(rows=1 + len(rows), cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Spreker", bold=True)
    cell_text(t.rows[0].cells[1], "Tekst", bold=True)
    shade(t.rows[0].cells[0], "D9E2F3")
    shade(t.rows[0].cells[1], "D9E2F3")
    for i, (spk, text) in enumerate(rows, start=1):
        cell_text(t.rows[i].cells[0], spk)
        cell_text(t.rows[i].cells[1], text)
    set_col_widths(t, [2.8, 13.2])
    d.save(path)


register("08_burnout_LarsMeijer.docx", "nl",
         "table, 2 columns 'Spreker | Tekst' with header row; one turn continues in a second row with empty speaker cell; title block and Context before",
         {"Student": "helper", "Mark": "client"}, C08, build_08, pdf=True)


# ======================================================================================
# 09  gamen/schooluitval  -  table 3 columns (nr | speaker | text), no header row;
#                            one place where the same speaker has two consecutive rows
# ======================================================================================
C09 = conv([
    ("Hulpverlener", "Hoi Luca. Je mentor vroeg of ik even met je wilde praten. Weet je waarom?"),
    ("Jongere", "Omdat ik vaak niet op school ben, denk ik."),
    ("Hulpverlener", "Ja, klopt. Hoe komt dat?"),
    ("Jongere", "Weet ik niet. Ik heb er gewoon geen zin in."),
    ("Hulpverlener", "Wat doe je dan als je niet naar school gaat?"),
    ("Jongere", "Slapen. En gamen."),
    ("Hulpverlener", "Hoe laat ga je meestal slapen?"),
    ("Jongere", "Drie uur, vier uur. Soms later."),
    ("Hulpverlener", "Dat is wel laat. Vinden je ouders dat goed?"),
    ("Jongere", "Mijn moeder werkt ’s nachts. En mijn vader woont niet bij ons. (haalt schouders op)"),
    ("Hulpverlener", "Dus ’s nachts ben je vaak alleen thuis."),
    ("Jongere", "Met mijn zusje. Maar die slaapt."),
    ("Jongere", "(stilte) Online heb ik wel vrienden. Met hen speel ik elke avond. Op school heb ik eigenlijk niemand meer sinds Milan naar een andere school is."),
    ("Hulpverlener", "Je zou je telefoon of je console ’s avonds beneden kunnen laten liggen, dan slaap je beter."),
    ("Jongere", "Ja, maar dan mis ik mijn vrienden. Dat snap je niet."),
    ("Hulpverlener", "Oké, leg eens uit. Wat betekenen die vrienden voor je?"),
    ("Jongere", "Die zijn gewoon chill. Die oordelen niet. Op school vindt iedereen me raar."),
    ("Hulpverlener", "Waarom vinden ze je raar?"),
    ("Jongere", "Weet ik niet. Boeit me ook niet."),
    ("Hulpverlener", "Het boeit je niet... maar je gaat wel niet meer naar school."),
    ("Jongere", "(stilte) Misschien boeit het me wel een beetje."),
])


def build_09(path, units):
    d = new_doc("Verdana", 9.5)
    para(d, "Yasmin El Amrani – 1739921 – MWD2 – Vak: Jeugd en gezin – Docent: T. Brouwer – 12 december 2023", size=8)
    para(d, "Gesprek met een jongere over schoolverzuim", bold=True, size=13)
    para(d, "Context: Dit gesprek vond plaats op mijn stage bij het schoolmaatschappelijk werk van een vmbo-school. "
            "Luca (15, naam veranderd) werd door zijn mentor aangemeld vanwege veel verzuim. Ik heb het gesprek "
            "direct na afloop uitgeschreven aan de hand van mijn aantekeningen en de opname.")
    para(d)
    t = d.add_table(rows=len(units), cols=3)
    t.style = "Table Grid"
    for i, (spk, parts, _) in enumerate(units):
        cell_text(t.rows[i].cells[0], str(i + 1))
        cell_text(t.rows[i].cells[1], spk)
        cell_text(t.rows[i].cells[2], parts)
    set_col_widths(t, [1.0, 3.0, 12.0])
    para(d)
    para(d, "Literatuur", bold=True)
    para(d, "Egan, G. (2018). Deskundig hulpverlenen (10e druk). Amsterdam: Boom.")
    para(d, "Lang, G. & Van der Molen, H.T. (2017). Psychologische gespreksvoering. Amsterdam: Boom.")
    d.save(path)


register("09_schoolverzuim_YasminElAmrani.docx", "nl",
         "table, 3 columns 'nr | speaker | text', no header row; rows 12 and 13 are both 'Jongere' (merged into one turn); Context before, Literatuur after",
         {"Hulpverlener": "helper", "Jongere": "client"}, C09, build_09)


# ======================================================================================
# 10  werkloos  -  assessment table 'Nr. | Wie | Gesprek | Wat deed ik?', header row repeated
#                  on each page, 44 turns, long; Reflectie + Bijlage 1 after, Pagina X van Y
# ======================================================================================
C10 = conv([
    ("Ik", "Goedemorgen meneer Bos, komt u verder. Gaat u zitten. Wilt u koffie of thee?"),
    ("Dhr. B", "Koffie graag, zwart."),
    ("Ik", "Alstublieft. U bent hier via de huisarts gekomen, begreep ik. Kunt u vertellen wat er speelt?", "open vraag"),
    ("Dhr. B", "Ja. Mijn vrouw vond dat ik moest gaan. Ik zelf vind het een beetje overdreven, maar goed."),
    ("Ik", "U vindt het zelf overdreven.", "parafrase"),
    ("Dhr. B", "Ja. Ik ben niet ziek of zo. Ik ben alleen mijn werk kwijt."),
    ("Ik", "Wat voor werk deed u?", "open vraag"),
    ("Dhr. B", "Drukker. Dertig jaar bij dezelfde drukkerij in Zwolle. In januari zijn ze failliet gegaan. Van de ene op de andere dag stonden we met z’n allen op straat."),
    ("Ik", "Dertig jaar, dat is lang. Had u dat zien aankomen?", "gesloten vraag; eigenlijk wilde ik vragen hoe dat voor hem was"),
    ("Dhr. B", "Een beetje. Er ging al jaren minder werk doorheen. Alles gaat digitaal tegenwoordig. Maar je denkt toch: het zal mij niet gebeuren."),
    ("Ik", "En hoe gaat het nu met u, sinds januari?", "open vraag"),
    ("Dhr. B", "Ik zit thuis. Ik solliciteer, dat moet van het UWV. Maar wie wil er nou een drukker van 58?"),
    ("Ik", "Heeft u al veel gesolliciteerd?", "gesloten vraag"),
    ("Dhr. B", "Een stuk of twintig brieven. Twee keer een gesprek gehad. Allebei afgewezen."),
    ("Ik", "Dat is balen."),
    ("Dhr. B", "Balen, ja. (stilte) Bij die laatste zeiden ze dat ik overgekwalificeerd was. Overgekwalificeerd! Voor een baan in een magazijn."),
    ("Ik", "Dat klinkt alsof u daar boos om werd.", "gevoelsreflectie"),
    ("Dhr. B", "Boos? Ik weet niet. Meer... ik voelde me oud. Afgeschreven."),
    ("Ik", "Afgeschreven.", "herhalen + stilte laten vallen"),
    ("Dhr. B", ["Ja. Mijn hele leven heb ik gewerkt. Ik was om zes uur op en om half zeven stond ik aan de machine. En nu weet ik ’s ochtends niet waarom ik uit bed zou komen.",
                "Mijn vrouw gaat gewoon naar haar werk, de kinderen zijn de deur uit. Dan zit ik daar aan de keukentafel met de krant. Om tien uur heb ik hem uit."]),
    ("Ik", "Misschien kunt u vrijwilligerswerk gaan doen? Dan heeft u weer wat structuur.", "advies gegeven. Hier ging ik te snel naar een oplossing."),
    ("Dhr. B", "Ja, maar dat betaalt niet. En dan denkt het UWV dat ik niet meer zoek."),
    ("Ik", "Oké. Wat mist u het meest aan uw werk?", "open vraag"),
    ("Dhr. B", "De jongens. Mijn collega’s. We hadden elke vrijdag een borrel in de kantine. En het vak zelf natuurlijk. Ik kon aan het geluid van een machine horen of er iets mis was."),
    ("Ik", "U was echt een vakman."),
    ("Dhr. B", "(knikt) Dat was ik, ja. Ik heb ook veel jongens opgeleid. Leerlingen van het mbo."),
    ("Ik", "Heeft u nog contact met de collega’s?", "gesloten vraag"),
    ("Dhr. B", "Met een paar. Via de app. Maar iedereen is met zijn eigen ellende bezig. Henk is al met pensioen, en Gerrit heeft gelukkig iets gevonden in Deventer."),
    ("Ik", "Hoe was dat voor u, dat Gerrit wel iets heeft gevonden?", "doorvragen"),
    ("Dhr. B", "Ik gun het hem. Echt. Maar het steekt ook wel. Hij is vijf jaar jonger."),
    ("Ik", "U gunt het hem, en tegelijk steekt het.", "gevoelsreflectie"),
    ("Dhr. B", "Ja. Dat is misschien niet zo netjes om te zeggen."),
    ("Ik", "Ik vind het heel eerlijk."),
    ("Dhr. B", "(stilte) Mijn vrouw zegt dat ik anders ben geworden. Stiller. Dat ik nergens meer zin in heb. Ze is bang dat ik depressief word."),
    ("Ik", "Wat denkt u daar zelf van?", "open vraag"),
    ("Dhr. B", "Ik weet het niet. Ik slaap slecht. Ik heb geen zin om naar verjaardagen te gaan, want dan vraagt iedereen: en, heb je al wat? Dan blijf ik liever thuis."),
    ("Ik", "Slaapt u slecht? Hoe lang al?", "twee vragen tegelijk gesteld"),
    ("Dhr. B", "Sinds een paar maanden. Ik lig om vier uur wakker en dan lig ik te malen."),
    ("Ik", "Waar maalt u dan over?", "doorvragen"),
    ("Dhr. B", "Over geld, over de hypotheek. Of we het huis kunnen houden als ik over twee jaar geen WW meer heb. En of ik nog ergens goed voor ben."),
    ("Ik", "Als ik het goed begrijp, bent u niet alleen uw werk kwijt, maar ook uw collega’s, uw ritme en een beetje het gevoel dat u ertoe doet. En daar komen nu de zorgen over geld en het slechte slapen bij.", "samenvatting"),
    ("Dhr. B", "(stilte) Ja. Zo heb ik het nog niet gezien, maar zo is het wel."),
    ("Ik", "Ik denk dat het goed is als we nog een paar keer afspreken. Dan kunnen we samen kijken wat u zou kunnen helpen. Wat vindt u daarvan?", "afspraak voorgesteld. Ik had eerst moeten vragen wat hij zelf wilde."),
    ("Dhr. B", "Dat is goed. Het was eigenlijk minder erg dan ik dacht, hier zitten."),
])


def build_10(path, units):
    d = new_doc("Calibri", 10.5, margins_cm=2.0)
    sec = d.sections[0]
    header_text(sec, "Priya Ramdin | 2050331 | MWD-3 | Beroepsproduct 2: gespreksanalyse", size=8,
                align=WD_ALIGN_PARAGRAPH.RIGHT)
    footer_pagina_x_van_y(sec, size=8)
    d.add_heading("Beroepsproduct 2 – Gespreksanalyse", level=1)
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    info = [("Student", "Priya Ramdin", "Studentnummer", "2050331"),
            ("Opleiding", "MWD, jaar 3", "Docent", "mevr. dr. A. Schouten"),
            ("Stage", "AMW De Kern, Zwolle", "Datum", "5 maart 2024")]
    for i, row in enumerate(info):
        for j, val in enumerate(row):
            cell_text(t.rows[i].cells[j], val, bold=(j % 2 == 0), size=9)
    para(d)
    d.add_heading("Inleiding", level=2)
    para(d, "Meneer Bos (58) is via de huisarts aangemeld bij het algemeen maatschappelijk werk. Hij is sinds januari "
            "werkloos na het faillissement van zijn werkgever. Dit is het eerste gesprek. In de rechterkolom heb ik per "
            "beurt aangegeven welke gesprekstechniek ik gebruikte of wat ik achteraf anders had willen doen. "
            "In de tabel sta ik als ‘Ik’ en de cliënt als ‘Dhr. B’.")
    d.add_heading("Uitwerking van het gesprek", level=2)
    rows = []
    n = 0
    for spk, parts, note in units:
        n += 1
        rows.append((str(n), spk, parts[0], note or ""))
        for extra in parts[1:]:
            rows.append(("", "", extra, ""))
    t = d.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Nr.", "Wie", "Gesprek", "Wat deed ik?"]):
        c = t.rows[0].cells[j]
        cell_text(c, h, bold=True)
        shade(c, "FCE4D6")
    set_repeat_header(t.rows[0])
    for i, (nr, spk, text, note) in enumerate(rows, start=1):
        cell_text(t.rows[i].cells[0], nr)
        cell_text(t.rows[i].cells[1], spk)
        cell_text(t.rows[i].cells[2], text)
        cell_text(t.rows[i].cells[3], note, italic=True)
        no_split_row(t.rows[i])
    set_col_widths(t, [1.0, 1.8, 9.7, 4.5])
    para(d)
    d.add_heading("Reflectie", level=2)
    para(d, "Ik ben tevreden over de open vragen aan het begin en over de samenvatting tegen het einde. Meneer Bos "
            "reageerde daar duidelijk op. Minder goed ging het rond beurt 21: ik kwam met vrijwilligerswerk terwijl hij "
            "net vertelde hoe leeg zijn ochtenden zijn. Zijn “ja, maar” liet zien dat hij daar nog niet aan toe was.")
    para(d, "Verder stelde ik nog regelmatig gesloten vragen. Mijn leerdoel blijft om na een gevoelsreflectie langer stil "
            "te zijn en de cliënt zelf verder te laten gaan.")
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Bijlage 1: beoordelingsformulier", level=2)
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    crit = [("Criterium", "Score (1-5)", "Opmerking docent"),
            ("Gebruik open vragen", "", ""),
            ("Reflecteren van gevoelens", "", ""),
            ("Samenvatten", "", ""),
            ("Kwaliteit zelfanalyse", "", "")]
    for i, row in enumerate(crit):
        for j, val in enumerate(row):
            cell_text(t.rows[i].cells[j], val, bold=(i == 0))
    d.save(path)


register("10_werkloos_PriyaRamdin.docx", "nl",
         "long assessment table 'Nr. | Wie | Gesprek | Wat deed ik?' (44 turns, 3+ pages), header row repeated on each page, codes/sentences in comment column, one continuation row with empty Nr/Wie; info table before, Reflectie and Bijlage 1 table after",
         {"Ik": "helper", "Dhr. B": "client"}, C10, build_10, pdf=True)


# ======================================================================================
# 11  partner drinkt  -  table 'Gesprek | Interventie', text cell starts with 'S:' / 'C:'
# ======================================================================================
C11 = conv([
    ("S", "Hoi Linda, fijn dat je er weer bent. Vorige keer hadden we het over je werk. Waar wil je het vandaag over hebben?", "open vraag"),
    ("C", "Eigenlijk over iets anders. Over Peter."),
    ("S", "Over Peter?", "doorvragen"),
    ("C", "Ja. Hij drinkt. Al een tijd. Ik heb het nog aan niemand verteld."),
    ("S", "Hoeveel drinkt hij dan?", "gesloten vraag"),
    ("C", "Elke avond een fles wijn. Soms meer. In het weekend begint hij al ’s middags."),
    ("S", "En hoe lang is dat al zo?", "gesloten vraag"),
    ("C", "Een jaar of drie. Sinds zijn vader is overleden, denk ik. Eerst was het een glaasje bij het eten, en nu... (zucht)"),
    ("S", "Het is steeds meer geworden.", "parafrase"),
    ("C", "Ja. En als hij gedronken heeft is hij anders. Niet agressief hoor, dat niet. Maar hij wordt zo afwezig. Alsof ik met een vreemde op de bank zit."),
    ("S", "Je voelt je alleen, ook al zit hij naast je.", "gevoelsreflectie"),
    ("C", "(kijkt naar beneden) Ja. Heel alleen."),
    ("S", "Heb je er al met hem over gepraat?", "gesloten vraag"),
    ("C", ["Een keer. Toen zei hij dat ik overdreef en dat iedereen toch een wijntje drinkt.",
           "Daarna heb ik er niks meer over gezegd."]),
    ("S", "Misschien moet je eens naar een Al-Anon-groep gaan, daar zitten mensen met een partner die drinkt.", "advies gegeven"),
    ("C", "Ja, maar dan voelt het alsof ik hem verraad. Alsof ik achter zijn rug over hem ga praten."),
    ("S", "Je bent loyaal aan hem, en tegelijk maak je je zorgen.", "Hier had ik beter eerst kunnen doorvragen op dat ‘verraad’."),
    ("C", "Ja. Ik hou van hem. Maar ik weet niet hoe lang ik dit nog volhoud."),
])


def build_11(path, units):
    d = new_doc("Calibri", 11)
    para(d, "Thijs Mulder – 1502266 – Social Work 2 – Gespreksvaardigheden 3 – docent: N. Peeters", size=9)
    para(d, "Datum: 19-06-2024", size=9)
    para(d, "Opdracht 2: Gesprek met interventies", bold=True, size=14)
    para(d, "Hieronder staat het tweede gesprek met Linda (45). In de linkerkolom staat wat er gezegd is (S = student, "
            "C = cliënt), in de rechterkolom welke interventie ik gebruikte.")
    t = d.add_table(rows=1 + len(units), cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.rows[0].cells[0], "Gesprek", bold=True)
    cell_text(t.rows[0].cells[1], "Interventie", bold=True)
    for i, (spk, parts, note) in enumerate(units, start=1):
        cell_text(t.rows[i].cells[0], [spk + ": " + parts[0]] + parts[1:])
        cell_text(t.rows[i].cells[1], note or "")
    set_col_widths(t, [11.5, 4.5])
    para(d)
    para(d, "Totaal: 4 gesloten vragen, 1 open vraag, 1 parafrase, 1 gevoelsreflectie, 1 keer advies.", italic=True)
    d.save(path)


register("11_partnerdrinkt_ThijsMulder.docx", "nl",
         "table 'Gesprek | Interventie' with header row; the text cell starts with 'S:' / 'C:' (speaker inside the text column), one cell has 2 paragraphs; codes and one sentence in the comment column",
         {"S": "helper", "C": "client"}, C11, build_11, pdf=True)


# ======================================================================================
# 12  jonge moeder  -  table 'Spreker | Tekst | Reflectie', header; Bijlage 1 table after
# ======================================================================================
C12 = conv([
    ("Sociaal werker", "Hoi Kim, ik ben Joyce van het wijkteam. Het consultatiebureau vroeg of ik eens langs wilde komen. Hoe gaat het met jullie?", "Ik begon meteen met uitleggen waarom ik er was, dat gaf duidelijkheid."),
    ("Kim", "Goed hoor. Nou ja. Het gaat. Ze slaapt slecht."),
    ("Sociaal werker", "Hoe oud is ze nu?"),
    ("Kim", "Zes maanden. Ze heet Lieve."),
    ("Sociaal werker", "Wat een mooie naam. Hoe vaak wordt ze ’s nachts wakker?"),
    ("Kim", "Drie, vier keer. Elke nacht. Ik weet niet meer hoe het is om door te slapen."),
    ("Sociaal werker", "Dat is zwaar. En helpt je partner ’s nachts mee?", "Twee dingen in één beurt. Na “dat is zwaar” had ik even moeten wachten."),
    ("Kim", "Rick werkt in ploegendienst. Als hij nachtdienst heeft is hij er niet, en als hij dagdienst heeft moet hij slapen. Dus eigenlijk doe ik het alleen."),
    ("Sociaal werker", "Je doet het eigenlijk alleen."),
    ("Kim", ["Ja. En dan zegt iedereen: geniet ervan, het gaat zo snel voorbij. (lacht schamper) Ik geniet helemaal niet.",
             "Dat durf ik eigenlijk tegen niemand te zeggen."]),
    ("Sociaal werker", "Je durft het tegen niemand te zeggen. Hoe is het om het nu tegen mij te zeggen?", "Dit vond ik zelf een goede vraag, ze stelde zich daarna meer open."),
    ("Kim", "Eng. Je bent toch van het wijkteam. Straks denk je dat ik een slechte moeder ben."),
    ("Sociaal werker", "Ik hoor dat je bang bent dat ik over je ga oordelen. Ik ben hier om te kijken wat jullie nodig hebben, niet om je te beoordelen."),
    ("Kim", "Oké. (stilte) Soms word ik zo boos als ze huilt. Dan leg ik haar in bed en doe ik de deur dicht en ga ik in de keuken staan."),
    ("Sociaal werker", "Dat is goed dat je dat doet, even weglopen als het te veel wordt.", "Ik gaf een compliment, maar ging voorbij aan hoe erg ze het zelf vond."),
    ("Kim", "Ja? Ik voel me daar juist heel schuldig over."),
    ("Sociaal werker", "Heb je mensen om je heen die je kunnen helpen? Je moeder bijvoorbeeld?"),
    ("Kim", "Mijn moeder woont in Limburg. En met mijn schoonmoeder kan ik het niet zo goed vinden. Die bemoeit zich overal mee."),
    ("Sociaal werker", "Misschien kun je toch een keer aan je schoonmoeder vragen of ze een middag oppast, zodat jij kunt slapen.", "advies gegeven"),
    ("Kim", "Ja, maar dan heeft ze weer iets om over te klagen. Dat ik het niet aankan."),
    ("Sociaal werker", "Je wilt laten zien dat je het zelf kunt."),
    ("Kim", "Ja. Iedereen zei dat we te jong waren voor een kind. Ik wil niet dat ze gelijk krijgen."),
    ("Sociaal werker", "Wat zou er voor jou nu het meest helpen, als je één ding mocht kiezen?", "Hier kwam het gesprek weer bij haar terug."),
    ("Kim", "Een nacht slapen. (lacht) Eén hele nacht. Dat zou al heel veel zijn."),
])


def build_12(path, units):
    d = new_doc("Calibri", 11)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for lab, val in [("Naam: ", "Joyce Lammers"), ("Studentnummer: ", "3312098"),
                     ("Opleiding: ", "SPH deeltijd, jaar 2"), ("Onderwijseenheid: ", "Opvoedingsondersteuning"),
                     ("Docent: ", "Ruud Verhoef"), ("Datum: ", "23 januari 2024")]:
        label_para(d, lab, val, bold_label=True)
    para(d)
    d.add_heading("Uitgewerkt huisbezoek met reflectie", level=1)
    d.add_heading("Inleiding", level=2)
    para(d, "Kim (24) is moeder van Lieve (6 maanden). Het consultatiebureau maakte zich zorgen omdat Kim erg moe "
            "overkwam. Ik heb als stagiaire van het wijkteam een eerste huisbezoek gedaan. In de derde kolom "
            "reflecteer ik op mijn eigen handelen.")
    t = d.add_table(rows=1 + len(units), cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Spreker", "Tekst", "Reflectie"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "E2EFD9")
    for i, (spk, parts, note) in enumerate(units, start=1):
        cell_text(t.rows[i].cells[0], spk)
        cell_text(t.rows[i].cells[1], parts)
        cell_text(t.rows[i].cells[2], note or "")
    set_col_widths(t, [3.2, 14.0, 7.5])
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Bijlage 1: beoordelingsformulier", level=2)
    t = d.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    crit = [("Criterium", "Onvoldoende", "Voldoende", "Goed"),
            ("Student sluit aan bij de ouder", "", "", ""),
            ("Student exploreert de hulpvraag", "", "", ""),
            ("Student reflecteert op eigen handelen", "", "", ""),
            ("Verslaglegging", "", "", "")]
    for i, row in enumerate(crit):
        for j, val in enumerate(row):
            cell_text(t.rows[i].cells[j], val, bold=(i == 0))
    d.save(path)


register("12_jongemoeder_JoyceLammers.docx", "nl",
         "landscape table 'Spreker | Tekst | Reflectie' with header row, sentence comments (often empty), one text cell with 2 paragraphs; title block and Inleiding before, 'Bijlage 1: beoordelingsformulier' table after",
         {"Sociaal werker": "helper", "Kim": "client"}, C12, build_12)


# ======================================================================================
# 13  English: homesickness  -  Helper: / Client: paragraphs
# ======================================================================================
C13 = conv([
    ("Helper", "Hi Ana, thanks for coming in. What would you like to talk about today?"),
    ("Client", "Um, I’m not really sure where to start. I’ve been feeling kind of low since I moved here."),
    ("Helper", "When did you move here?"),
    ("Client", "In August, for my studies. Everyone said it would be the best time of my life, but honestly I mostly just sit in my room."),
    ("Helper", "That sounds lonely."),
    ("Client", "Yeah. It is. (pause) I call my mum every night, and then I feel worse afterwards, because I miss her even more."),
    ("Helper", "Have you tried joining a student society? There are loads of them, and it’s a great way to meet people."),
    ("Client", "Yeah, but I went to one of the drinks and everyone was speaking Dutch. I just stood there with my drink for an hour and then left."),
    ("Helper", "So you did try, and it left you feeling even more on the outside."),
    ("Client", "Exactly. I felt so stupid. Like, what’s wrong with me that I can’t even make one friend?"),
])


def build_13(path, units):
    d = new_doc("Calibri", 11)
    para(d, "Counselling Skills 1 – Practice Conversation", bold=True, size=14)
    for line in ["Name: Emma Janssen", "Student number: 598812", "Programme: Social Work (English track), Year 1",
                 "Tutor: Dr. S. O’Neill", "Date: 4 October 2023", "Assignment: Transcript of a helping conversation"]:
        para(d, line, space_after=0)
    para(d)
    p = d.add_paragraph()
    p.add_run("Context: ").bold = True
    p.add_run("A role-play with a classmate. The client, Ana, is a first-year international student from Portugal "
              "who feels homesick. The conversation took about ten minutes; below is the opening part.")
    para(d)
    write_prefixed(d, units, sep=" ", bold_label=True)
    d.save(path)


register("13_homesick_EmmaJanssen.docx", "en",
         "English paragraphs 'Helper:' / 'Client:' with bold labels; title block lines (Name:, Tutor: ...) and 'Context:' paragraph before",
         {"Helper": "helper", "Client": "client"}, C13, build_13, pdf=True)


# ======================================================================================
# 14  English: job loss  -  table 'Speaker | Dialogue | Skill used', header, Reflection after
# ======================================================================================
C14 = conv([
    ("Counsellor", "Hi Dan, come on in. Have a seat. So, what brings you here today?", "open question"),
    ("Dan", "Well, I got made redundant about three months ago, and I’ve had to move back in with my parents. I’m twenty-nine. It’s pretty embarrassing."),
    ("Counsellor", "It feels embarrassing to be back home at twenty-nine.", "reflection of feeling"),
    ("Dan", "Yeah. My mates are all buying houses and getting engaged, and I’m back in my childhood bedroom with the same posters on the wall. (laughs)"),
    ("Counsellor", "Are you getting on okay with your parents?", "closed question"),
    ("Dan", "Mostly. My mum’s great. My dad’s a bit… he keeps leaving job adverts on the kitchen table. Like I don’t know how to look for a job."),
    ("Counsellor", "How does that make you feel?"),
    ("Dan", "Like a kid. Like he thinks I’m not trying. I’ve sent out something like forty applications."),
    ("Counsellor", "Maybe you could sit down with him and tell him how many applications you’ve sent, so he knows you are trying.", "gave advice – I jumped in with a solution instead of staying with his frustration."),
    ("Dan", "Yeah, but he wouldn’t listen. He’s old school. In his day you just walked into the factory and they gave you a job."),
    ("Counsellor", "So it sounds like you feel he doesn’t really see how hard it is out there right now, and that makes being at home even harder.", "summary"),
    ("Dan", "Yeah. That’s it, really. I just want him to be proud of me, I suppose."),
])


def build_14(path, units):
    d = new_doc("Arial", 10)
    sec = d.sections[0]
    header_text(sec, "Tom Brouwers – Counselling Skills 2 – Practice conversation 3", size=8)
    d.add_heading("Practice conversation 3: job loss", level=1)
    para(d, "Student: Tom Brouwers (612043) · International Social Work, Year 2 · Lecturer: Ms L. Hart · 11 March 2024",
         size=9, italic=True)
    d.add_heading("Background", level=2)
    para(d, "Dan (29, played by a classmate) was made redundant and has moved back in with his parents. "
            "This is the first session. The right-hand column shows the skill I think I used.")
    t = d.add_table(rows=1 + len(units), cols=3)
    t.style = "Light Grid Accent 1"
    for j, h in enumerate(["Speaker", "Dialogue", "Skill used"]):
        cell_text(t.rows[0].cells[j], h, bold=True)
    for i, (spk, parts, note) in enumerate(units, start=1):
        cell_text(t.rows[i].cells[0], spk)
        cell_text(t.rows[i].cells[1], parts)
        cell_text(t.rows[i].cells[2], note or "")
    set_col_widths(t, [2.8, 9.2, 4.5])
    d.add_heading("Reflection", level=2)
    para(d, "I think the reflection of feeling at the start worked well, because Dan started telling me more straight away. "
            "When he talked about his dad I moved too fast to advice, and he answered with “yeah, but”. The summary near "
            "the end brought us back to what he was actually feeling.")
    d.save(path)


register("14_jobloss_TomBrouwers.docx", "en",
         "English table 'Speaker | Dialogue | Skill used' (styled table, header row), names as speakers; page header, Background before, Reflection after",
         {"Counsellor": "helper", "Dan": "client"}, C14, build_14)


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
def convert_pdfs(docx_paths):
    if not docx_paths:
        return
    cmd = ["libreoffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
           "--convert-to", "pdf", "--outdir", OUT] + docx_paths
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)


def main():
    key = {"files": []}
    to_pdf = []
    for doc in DOCS:
        path = os.path.join(OUT, doc["file"])
        doc["builder"](path, doc["units"])
        turns = key_turns(doc["units"], doc["roles"])
        key["files"].append({"file": doc["file"], "language": doc["language"],
                             "layout": doc["layout"], "turns": turns})
        if doc["pdf"]:
            to_pdf.append(path)
            pdf_name = doc["file"][:-5] + ".pdf"
            key["files"].append({"file": pdf_name, "language": doc["language"],
                                 "layout": "PDF (LibreOffice export) of %s: %s" % (doc["file"], doc["layout"]),
                                 "turns": turns})
    if "--no-pdf" not in sys.argv:
        convert_pdfs(to_pdf)
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    print("wrote %d docx, %d pdf, key with %d entries" % (len(DOCS), len(to_pdf), len(key["files"])))


if __name__ == "__main__":
    main()
