#!/usr/bin/env python
"""Build the 'harder cases' set of student transcripts (.docx + some PDFs) and key.json.

Run with:  /work/main/.venv/bin/python make_documents.py
Every builder below writes one student's file in its own layout and, from the very
same strings, records the turns for the answer key (key.json).
"""
import json
import os
import re
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-dev2"

# --------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------

TOKEN = re.compile(r"(\n|\{fn:[^}]*\})")


def clean(s):
    """Text as it goes into the key: footnote markers removed, whitespace collapsed."""
    if s is None:
        return None
    s = re.sub(r"\{fn:[^}]*\}", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s or None


class Conv:
    """Collects the turns for the key. Consecutive turns of one role are merged."""

    def __init__(self):
        self.turns = []
        self.first_label = {}

    def add(self, role, label, text, note=None):
        speaker = self.first_label.setdefault(role, label)
        text = clean(text) or ""
        note = clean(note)
        if self.turns and self.turns[-1]["role"] == role:
            t = self.turns[-1]
            t["text"] = (t["text"] + " " + text).strip()
            if note:
                t["note"] = (t["note"] + " " + note) if t["note"] else note
        else:
            self.turns.append({"speaker": speaker, "role": role, "text": text, "note": note})

    def extend(self, text):
        """Text that belongs to the previous turn (non-verbal line, continuation)."""
        t = self.turns[-1]
        t["text"] = (t["text"] + " " + clean(text)).strip()


class Footnotes:
    """Minimal real Word footnotes (word/footnotes.xml) added through the OPC layer."""

    CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"

    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def reference(self, par, text):
        self.notes.append(text)
        fid = len(self.notes)
        run = par.add_run()
        rpr = run._r.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        run._r.append(ref)

    def finish(self):
        if not self.notes:
            return
        from xml.sax.saxutils import escape

        w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        parts = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            f'<w:footnotes xmlns:w="{w}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
            'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
        ]
        for i, text in enumerate(self.notes, start=1):
            parts.append(
                f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
                "</w:p></w:footnote>"
            )
        parts.append("</w:footnotes>")
        blob = "".join(parts).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), self.CT, blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def fmt_run(run, bold=None, italic=None, size=None, color=None):
    if bold is not None:
        run.bold = bold
    if italic is not None:
        run.italic = italic
    if size is not None:
        run.font.size = Pt(size)
    if color is not None:
        run.font.color.rgb = RGBColor.from_string(color)
    return run


def add_text(par, text, fn=None, **fmt):
    """Add text to a paragraph: '\n' becomes a manual line break (Shift+Enter),
    '{fn:...}' a real footnote reference, '\t' a tab."""
    last = None
    for piece in TOKEN.split(text):
        if not piece:
            continue
        if piece == "\n":
            if last is None:
                last = par.add_run()
            last.add_break()
        elif piece.startswith("{fn:"):
            fn.reference(par, piece[4:-1])
            last = None
        else:
            last = fmt_run(par.add_run(piece), **fmt)
    return par


def add_field(par, instr, placeholder="1", **fmt):
    def fld(kind):
        r = par.add_run()
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r._r.append(fc)

    fld("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    fmt_run(par.add_run(placeholder), **fmt)
    fld("end")


def set_base_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def set_margins(doc, top=2.5, bottom=2.5, left=2.5, right=2.5):
    for s in doc.sections:
        s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
        s.left_margin, s.right_margin = Cm(left), Cm(right)


def spacing(par, before=None, after=None, line=None):
    pf = par.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    return par


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def widths(table, cms):
    """Column widths in the grid (what LibreOffice uses) and on every cell (what Word uses)."""
    table.autofit = False
    for col, w in zip(table.columns, cms):
        col.width = Cm(w)
    for tr in table._tbl.tr_lst:
        i = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(cms[i:i + span]))
            i += span


def cell_text(cell, text, fn=None, **fmt):
    """Write text into a (fresh) cell's first paragraph."""
    par = cell.paragraphs[0]
    add_text(par, text, fn=fn, **fmt)
    return par


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblpr.append(borders)


def timecode(seconds, hours=True):
    h, rem = divmod(int(seconds), 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}" if hours else f"{m + 60 * h:02d}:{s:02d}"


def speaking_time(text):
    return 2 + len(clean(text).split()) / 2.4


# --------------------------------------------------------------------------------------
# 01  label on its own line, manual line breaks, varied label spelling (nl)
# --------------------------------------------------------------------------------------

def build_01():
    name = "nl01_eenzaamheid_label_eigen_regel.docx"
    layout = ("paragraphs; bold speaker label alone on its own line ('Student:' / 'Cliënt:'), text in the "
              "paragraph(s) below; manual line breaks inside turns; later labels written 'student:' and "
              "'Client:'; title block, Inleiding before, Reflectie after")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    set_margins(doc)

    t = doc.add_paragraph()
    fmt_run(t.add_run("Uitgewerkt gesprek – Opdracht 3"), bold=True, size=16)
    for line in ["Naam: Sanne de Wit", "Studentnummer: 4821736",
                 "Opleiding: Maatschappelijk Werk en Dienstverlening, jaar 2",
                 "Vak: Gespreksvaardigheden 2", "Docent: mevr. J. Bakker", "Datum: 14 oktober 2024"]:
        spacing(doc.add_paragraph(line), after=0)
    doc.add_paragraph()
    doc.add_heading("Inleiding", level=2)
    doc.add_paragraph(
        "Voor deze opdracht heb ik een gesprek gevoerd met een medestudent die de rol speelde van meneer "
        "Jansen (76). Meneer Jansen is vorig jaar weduwnaar geworden en voelt zich eenzaam. Zijn dochter heeft "
        "hem aangemeld bij het welzijnswerk. Het gesprek duurde ongeveer twintig minuten en is opgenomen met "
        "toestemming. Ik heb het gesprek woordelijk uitgewerkt.")
    doc.add_heading("Het gesprek", level=2)

    S, C = "helper", "client"
    turns = [
        (S, "Student:", ["Goedemiddag meneer Jansen, fijn dat u er bent. Ik ben Sanne, ik ben student maatschappelijk "
                         "werk. We hebben ongeveer twintig minuten. Waar zou u het vandaag over willen hebben?"]),
        (C, "Cliënt:", ["Ja, goedemiddag. Tja, waar zal ik beginnen. Mijn dochter vond dat ik eens met iemand moest "
                        "praten. Sinds mijn vrouw er niet meer is, is het zo stil in huis."]),
        (S, "Student:", ["Sinds wanneer is uw vrouw overleden?"]),
        (C, "Cliënt:", ["Vorig jaar in november. Bijna een jaar dus.\nDe eerste maanden kwamen er nog veel mensen "
                        "langs, maar dat is nu wel over."]),
        (S, "Student:", ["En heeft u nog veel contact met uw dochter?"]),
        (C, "Cliënt:", ["Ze belt elke zondag. Maar ze woont in Groningen, met twee kleine kinderen, dus ze heeft het "
                        "druk. Ik wil haar ook niet lastigvallen."]),
        (S, "Student:", ["U wilt haar niet lastigvallen."]),
        (C, "Cliënt:", ["Nee. Ze heeft haar eigen leven. (stilte) Het is gewoon... de dagen zijn lang, weet u."]),
        (S, "Student:", ["Hoe ziet zo'n dag er voor u uit?"]),
        (C, "Cliënt:", ["Ik sta op, ik lees de krant, ik doe wat boodschappen bij de Jumbo. En dan is het pas elf uur.",
                        "'s Middags zit ik vaak maar wat voor me uit te kijken. Vroeger deden we alles samen, Ria en ik."]),
        (S, "Student:", ["Misschien kunt u eens kijken of er bij het buurthuis activiteiten zijn? Ze hebben daar vaak "
                         "koffieochtenden voor ouderen."]),
        (C, "Cliënt:", ["Ja, maar dat is niks voor mij. Dan zit je daar met allemaal mensen die je niet kent, en dan "
                        "gaan ze over bingo praten."]),
        (S, "Student:", ["Oké. Bent u daar wel eens geweest?"]),
        (C, "Cliënt:", ["Eén keer, met Ria. Jaren geleden. Nee, dat is niks."]),
        (S, "student:", ["U mist Ria heel erg, hoor ik."]),
        (C, "Client:", ["(zucht) Ja. Ja, dat wel. Vierenveertig jaar getrouwd.\nJe weet niet beter dan dat er iemand "
                        "is. En nu praat ik soms hardop tegen haar foto.\nDat klinkt gek, hè."]),
        (S, "student:", ["Dat klinkt helemaal niet gek. Wat zegt u dan tegen haar?"]),
        (C, "Client:", ["Gewoon. Wat ik gedaan heb. Dat de tomaten goed staan dit jaar. Zij had altijd de tuin."]),
        (S, "Student:", ["Dus de tuin is echt iets van jullie samen geweest.\nZou u het leuk vinden om daar andere "
                         "mensen bij te betrekken, bijvoorbeeld bij een moestuinclub?"]),
        (C, "Client:", ["Ik weet het niet. Misschien. Ik ben niet zo'n prater, mijn vrouw was degene die contacten legde."]),
        (S, "student:", ["We zijn bijna aan het einde van de tijd. Als ik het goed samenvat: u voelt zich sinds het "
                         "overlijden van uw vrouw vaak alleen, vooral overdag, en u wilt uw dochter niet belasten. "
                         "Klopt dat?"]),
        (C, "Cliënt:", ["Ja, dat klopt wel. Het is fijn om het eens hardop te zeggen, eigenlijk."]),
    ]
    for role, label, paras in turns:
        p = spacing(doc.add_paragraph(), before=8, after=0)
        fmt_run(p.add_run(label), bold=True)
        for text in paras:
            spacing(add_text(doc.add_paragraph(), text), after=2)
        conv.add(role, label.rstrip(":"), " ".join(paras))

    doc.add_heading("Reflectie", level=2)
    doc.add_paragraph(
        "Achteraf zie ik dat ik in het begin veel gesloten vragen stelde. Bij de beurt over het buurthuis ging ik "
        "veel te snel naar een oplossing, terwijl meneer Jansen eigenlijk nog vertelde over zijn gemis. Pas "
        "daarna benoemde ik het gevoel ('U mist Ria heel erg'), en toen kwam het gesprek echt op gang.")
    doc.add_paragraph(
        "Een leerpunt voor mij is om langer bij het gevoel te blijven en stiltes te laten vallen. De samenvatting "
        "aan het einde ging goed, meneer Jansen herkende zich erin.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 02  automatic numbering, tab after label, non-verbal lines, [observer] remarks (nl)
# --------------------------------------------------------------------------------------

def build_02():
    name = "nl02_studiestress_nummering_tabs.docx"
    layout = ("paragraphs in Word's automatic 'List Number' style (numbers not in the text); 'S:' / 'C:' followed "
              "by a tab; non-verbal notes on their own unnumbered italic line (belong to the turn before); "
              "[observator: ...] remarks inside turns; page header and 'Pagina X van Y' footer; Nabeschouwing after")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Arial", 10)
    set_margins(doc, 2, 2, 2.5, 2.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Yusuf Demir – Gespreksvaardigheden SPH – blok 2"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Pagina ")
    add_field(fp, "PAGE")
    fp.add_run(" van ")
    add_field(fp, "NUMPAGES")

    doc.add_heading("Verslag oefengesprek: studiestress", level=1)
    doc.add_paragraph(
        "Context: ik voer dit gesprek met Lisa (20), tweedejaars student pedagogiek. Ze heeft zich gemeld bij het "
        "studentenspreekuur omdat ze slecht slaapt en het overzicht kwijt is. Een medestudent (Romy) heeft het "
        "gesprek geobserveerd; haar observaties staan tussen blokhaken. Non-verbaal gedrag staat cursief op een "
        "aparte regel.")

    S, C = "helper", "client"
    items = [
        (S, "Hoi Lisa, kom binnen. Ga zitten. Hoe gaat het met je?"),
        (C, "Ehm, ja, gaat wel. Beetje druk allemaal."),
        (S, "Druk? Vertel."),
        (C, "Ja, gewoon, de tentamenweek komt eraan en ik heb nog drie opdrachten die ik moet inleveren. En ik werk "
            "ook nog twintig uur in de week bij de Albert Heijn."),
        (S, "Twintig uur naast je studie, dat is veel. Lukt dat een beetje?"),
        (C, "Nou, niet echt eigenlijk. Ik slaap heel slecht. Ik lig om drie uur nog wakker te denken aan alles wat "
            "ik nog moet doen."),
        ("nv", "(Lisa kijkt naar haar handen, stilte van ongeveer 8 seconden)"),
        (S, "Wat gaat er dan door je hoofd, om drie uur 's nachts?"),
        (C, "Dat ik het niet ga halen. Dat ik mijn propedeuse... nee, ik heb mijn propedeuse al, maar dat ik "
            "vertraging oploop. Mijn ouders betalen een deel van mijn studie, dus dan voel ik me schuldig."),
        (S, "Heb je met je ouders hierover gepraat?"),
        (C, "Nee. Ze denken dat alles goed gaat. [observator: Lisa lacht kort, ongemakkelijk] Mijn moeder vertelt "
            "aan iedereen hoe goed ik het doe."),
        (S, "Dus er is best veel druk, ook van thuis."),
        (C, "Ja... ze zeggen het niet, hè. Maar ik voel het wel."),
        (S, "Heb je al eens een planning gemaakt voor je opdrachten?"),
        (C, "Ja, maar die houd ik nooit vol. Dan komt er weer een extra dienst tussen, of een groepsgenoot die "
            "niks doet."),
        (S, "Misschien moet je minder uren gaan werken in de tentamenperiode. Kun je dat met je leidinggevende "
            "bespreken?"),
        (C, "Ja, maar dan heb ik minder geld. En mijn leidinggevende is daar echt niet blij mee, die heeft al zo "
            "weinig mensen."),
        (S, "Oké. Wat zou je zelf het liefst willen?"),
        (C, "(stilte) Gewoon even niks. Even een week niks hoeven."),
        ("nv", "(Cliënt zucht diep en leunt achterover)"),
        (S, "Even niks hoeven. Je klinkt echt moe."),
        (C, "Ja. Ik ben ook moe. Ik huil soms zomaar in de trein, dat heb ik nog nooit tegen iemand gezegd."),
        (S, "Wat goed dat je dat nu zegt. Hoe is dat voor je, om dat hier te vertellen? [observator: S buigt iets "
            "naar voren, goede houding]"),
        (C, "Raar. Maar ook wel fijn, denk ik."),
        ("nv", "(Lisa veegt haar ogen af en glimlacht even)"),
        (S, "Heb je weleens bij de studentendecaan aangeklopt?"),
        (C, "Nee, ik wist niet eens dat dat kon voor zoiets."),
        (S, "Dat kan zeker. Die kan bijvoorbeeld meedenken over je studieplanning, of over uitstel van een deadline."),
        (C, "Oh. Ja, dat zou misschien wel helpen. Maar dan moet ik wel uitleggen waarom."),
        (S, "Dat klopt. Wat maakt het lastig om dat uit te leggen?"),
        (C, "Dat ik dan toegeef dat ik het niet red. Iedereen om me heen lijkt het gewoon te kunnen."),
        (S, "Als ik je goed begrijp, ben je erg moe, slaap je slecht en voel je druk van je studie, je werk en je "
            "ouders. En het is moeilijk om hulp te vragen, omdat dat voelt als falen. Klopt dat?"),
        (C, "Ja. Ja, zo is het precies."),
    ]
    for role, text in items:
        if role == "nv":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.27)
            add_text(p, text, italic=True)
            conv.extend(text)
            continue
        label = "S:" if role == S else "C:"
        p = doc.add_paragraph(style="List Number")
        spacing(p, after=4)
        p.add_run(label + "\t" + text)
        conv.add(role, label.rstrip(":"), text)

    doc.add_heading("Nabeschouwing", level=2)
    doc.add_paragraph(
        "Ik merk dat ik snel met oplossingen kom (minder werken, planning maken). Lisa reageerde dan steeds met "
        "'ja, maar'. Toen ik benoemde dat ze moe klonk (beurt 21), vertelde ze pas wat er echt speelde. "
        "Romy gaf als feedback dat mijn houding open was, maar dat ik meer had kunnen doorvragen op het "
        "schuldgevoel richting haar ouders.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 03  timestamps [hh:mm:ss] HV:/CL:, real footnotes, [obs.] remarks, long (nl)
# --------------------------------------------------------------------------------------

def build_03():
    name = "nl03_schulden_tijdstempels_voetnoten.docx"
    layout = ("paragraphs '[00:03:12] HV: ...' / '[00:03:30] CL: ...' (timestamp before the label, not part of "
              "the text); real Word footnotes on some words; [obs.: ...] remarks inside turns; long (conversation over 3 pages); "
              "title block with 'Student:' line, Inleiding (with a footnote) before, Literatuur after")
    conv = Conv()
    doc = Document()
    fn = Footnotes(doc)
    set_base_font(doc, "Times New Roman", 12)
    set_margins(doc)

    p = doc.add_paragraph()
    fmt_run(p.add_run("Casuïstiek schuldhulpverlening – uitgewerkt intakegesprek"), bold=True, size=14)
    for line in ["Student: Thijs van Dam (2103345)", "Opleiding: MWD, voltijd, jaar 3",
                 "Docent: mw. A. Yilmaz", "Inleverdatum: 8 november 2024"]:
        spacing(doc.add_paragraph(line), after=0)
    doc.add_heading("Inleiding", level=2)
    add_text(doc.add_paragraph(),
             "Dit is een intakegesprek dat ik tijdens mijn stage bij het schuldhulpmaatje-project heb gevoerd met "
             "Kevin (34, naam gefingeerd). Het gesprek is met toestemming opgenomen{fn:De opname is na het "
             "uitwerken verwijderd, conform het privacyprotocol van de stage-instelling.} en hieronder letterlijk "
             "uitgewerkt. Tijden staan tussen blokhaken; opmerkingen van de observerende collega staan als "
             "[obs.: ...] in de tekst.", fn=fn)
    doc.add_heading("Transcript", level=2)

    H, C = "helper", "client"
    turns = [
        (H, "Goedemorgen Kevin, fijn dat je gekomen bent. Je had via de website een afspraak gemaakt, klopt dat?"),
        (C, "Ja. Eigenlijk heeft mijn zus dat gedaan. Ze zei: je moet nu echt iets gaan doen."),
        (H, "Je zus vond dat je iets moest gaan doen. Waarmee?"),
        (C, "Met de post. Ik heb een hele la vol met brieven die ik niet open. [obs.: cliënt lacht kort en kijkt "
            "naar de grond]"),
        (H, "Hoe lang ligt die post daar al?"),
        (C, "Een jaar? Anderhalf misschien. Het begon toen ik mijn baan kwijtraakte bij het distributiecentrum."),
        (H, "Wat is er toen gebeurd?"),
        (C, "Reorganisatie. Iedereen met een tijdelijk contract moest weg. Ik kreeg WW{fn:Werkloosheidswet-"
            "uitkering, de eerste maanden 75% en daarna 70% van het laatstverdiende loon.}, maar dat is veel "
            "minder dan ik verdiende. En de huur bleef gewoon hetzelfde."),
        (H, "Dus je inkomen ging flink omlaag, maar je vaste lasten niet."),
        (C, "Precies. En toen ben ik dingen gaan schuiven. Deze maand de huur, volgende maand de zorgverzekering. "
            "En dan komen er boetes bij."),
        (H, "Weet je ongeveer hoeveel schulden je hebt?"),
        (C, "Geen idee. Echt niet. Dat is het hem juist, ik durf het niet te weten."),
        (H, "Je durft het niet te weten. Wat maakt dat spannend?"),
        (C, "Dat het dan echt is, denk ik. Zolang ik die brieven niet open, is het... ja, het is er wel, maar ik "
            "hoef er niet naar te kijken."),
        (H, "Heb je ook brieven van deurwaarders gekregen?"),
        (C, "Ja, die wel. Die herken je aan de envelop. En van het CJIB{fn:Centraal Justitieel Incassobureau; int "
            "onder meer verkeersboetes.}, voor een boete van de auto die ik niet meer heb."),
        (H, "Oké. Misschien is het een idee om volgende keer die la met post gewoon mee te nemen, dan gaan we "
            "samen alles openmaken."),
        (C, "Ja, maar dat is echt een hoop. Ik schaam me daar ook voor."),
        (H, "Daar hoef je je niet voor te schamen, dat zien wij hier heel vaak."),
        (C, "Ja, dat zeggen ze allemaal. [obs.: cliënt haalt zijn schouders op]"),
        (H, "Hoe is het voor je om hier nu te zitten en dit te vertellen?"),
        (C, "Eerlijk? Ik zat vanochtend in de auto... nee, de bus, ik heb geen auto meer. Ik zat in de bus en ik "
            "wilde bijna weer uitstappen."),
        (H, "En toch ben je er."),
        (C, "Ja. Voor mijn zus, denk ik. En voor mijn dochter."),
        (H, "Je hebt een dochter?"),
        (C, "Ja, Mila. Ze is zes. Ze woont bij haar moeder, maar ze is om het weekend bij mij."),
        (H, "Wat betekent de situatie met de schulden voor jou en Mila?"),
        (C, "Dat ik niks met haar kan doen. Andere vaders gaan naar de Efteling. Ik ga met haar naar de speeltuin, "
            "omdat dat gratis is. (stilte) Ze vindt het prima, hoor. Maar ik niet."),
        (H, "Het doet je pijn dat je haar niet kunt geven wat je zou willen."),
        (C, "Ja. Ja, dat is het eigenlijk. [obs.: cliënt slikt, stilte van ongeveer vijf seconden]"),
        (H, "Heb je nu een inkomen, Kevin?"),
        (C, "Ik werk sinds drie maanden via een uitzendbureau. In de bouw, als hulpkracht. Dat betaalt redelijk, "
            "maar het is onzeker."),
        (H, "Is er al eens beslag gelegd op je loon?"),
        (C, "Ik denk het wel. Er ging vorige maand ineens minder af... eh, er kwam minder binnen dan normaal. Het "
            "uitzendbureau zei iets over een beslag."),
        (H, "Dan is het belangrijk dat we kijken of je beslagvrije voet{fn:Het deel van het inkomen waarop geen "
            "beslag mag worden gelegd, zodat iemand in zijn levensonderhoud kan blijven voorzien.} goed is "
            "berekend. Weet je wat dat is?"),
        (C, "Nee. Geen idee."),
        (H, "Dat is het bedrag dat je altijd moet overhouden om van te leven. Daar mag een deurwaarder niet aankomen."),
        (C, "Oh. Nou, volgens mij hou ik bijna niks over. Ik heb vorige week bij mijn zus gegeten omdat de koelkast "
            "leeg was."),
        (H, "Dat klinkt zwaar. Heb je genoeg te eten op dit moment?"),
        (C, "Het gaat. Mijn zus helpt. Maar ik wil niet steeds bij haar aankloppen, ze heeft zelf ook drie kinderen."),
        (H, "Je kunt eventueel ook naar de voedselbank, daar kan ik een verwijzing voor maken."),
        (C, "Ja, maar... de voedselbank. Dat is wel echt het dieptepunt, vind ik. [obs.: lange pauze, cliënt wrijft "
            "over zijn gezicht]"),
        (H, "Ik hoor dat dat een grote stap voor je zou zijn."),
        (C, "Ja. Laat me daar even over nadenken."),
        (H, "Prima. Zullen we afspreken dat je volgende week dinsdag terugkomt met de post? Dan kijken we samen of "
            "een schuldhulptraject of later misschien de Wsnp{fn:Wet schuldsanering natuurlijke personen: "
            "wettelijke schuldregeling via de rechtbank.} iets voor je is."),
        (C, "Dinsdag. Ja. Ik zal het proberen. Nee, ik doe het gewoon."),
    ]
    clock = 4.0
    for role, text in turns:
        label = "HV" if role == H else "CL"
        p = spacing(doc.add_paragraph(), after=6, line=1.15)
        p.add_run(f"[{timecode(clock)}] ")
        fmt_run(p.add_run(label + ":"), bold=True)
        p.add_run(" ")
        add_text(p, text, fn=fn)
        conv.add(role, label, text)
        clock += speaking_time(text) + 1.5

    doc.add_heading("Literatuur", level=2)
    for ref in [
        "Jungmann, N., & Madern, T. (2017). Preventie en aanpak van schulden. Den Haag: Boom juridisch.",
        "Nibud (2023). Beslagvrije voet: rekenregels en voorbeelden. Utrecht: Nibud.",
        "Schuldhulpmaatje (2022). Handboek voor vrijwilligers en stagiairs. Zwolle: Schuldhulpmaatje Nederland.",
    ]:
        p = doc.add_paragraph(ref)
        p.paragraph_format.left_indent = Cm(1)
        p.paragraph_format.first_line_indent = Cm(-1)
    fn.finish()
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 04  one column per speaker, merged title row across the table (nl)
# --------------------------------------------------------------------------------------

def build_04():
    name = "nl04_vader_kolom_per_spreker.docx"
    layout = ("table with merged title row 'Gesprek 2 – 12 maart 2024' across the top, then header "
              "'Nr | Student | Cliënt | Reflectie'; each row has text in either the Student or the Cliënt column "
              "(two rows in a row in the same column = one turn); comment column with codes/sentences, often empty")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    set_margins(doc, 2, 2, 2, 2)

    doc.add_heading("Professionele gespreksvoering – praktijkopdracht", level=1)
    for line in ["Fatima el Amrani | 5109822 | Social Work jaar 1 | groep SW1C",
                 "Docent: dhr. M. Jacobs", "Datum inlevering: 19 maart 2024"]:
        spacing(doc.add_paragraph(line), after=0)
    doc.add_paragraph()
    doc.add_paragraph(
        "Dit is het tweede gesprek met Joey (17). Joey is aangemeld door zijn mentor omdat hij sinds een paar "
        "weken vaak te laat komt en slecht slaapt. In de eerste kolom staat het nummer van de beurt, in de laatste "
        "kolom mijn reflectie of de techniek die ik gebruikte.")

    St, Cl = "helper", "client"
    rows = [
        (St, "Hé Joey, goed dat je er bent. Hoe gaat het vandaag?", "open vraag"),
        (Cl, "Gaat wel.", ""),
        (St, "Gaat wel... Je mentor vertelde dat het thuis wat lastig is op dit moment. Wil je daar iets over "
             "vertellen?", "Ik begon meteen over de reden van aanmelding, misschien te snel."),
        (Cl, "Mijn vader is weggegaan. Drie weken geleden.", ""),
        (Cl, "Hij heeft gewoon zijn spullen gepakt en is bij een andere vrouw ingetrokken.", ""),
        (St, "Wow. Dat is heftig. Wist je dat dat ging gebeuren?", "gesloten vraag"),
        (Cl, "Nee. Niemand wist het. Mijn moeder ook niet. Nou ja, zegt ze.", ""),
        (St, "Hoe gaat het nu met je moeder?", "Hier ging ik naar de moeder in plaats van naar Joey."),
        (Cl, "Ze huilt veel. Ze zit 's avonds op de bank met wijn. Ik pas op mijn broertje.", ""),
        (St, "Je zorgt voor je broertje.", "parafrase"),
        (Cl, "Ja, iemand moet het doen. Hij is acht. Hij snapt er niks van, hij vraagt steeds wanneer papa weer "
             "thuiskomt.", ""),
        (St, "En wat zeg je dan tegen hem?", ""),
        (Cl, "Dat ik het niet weet. (stilte)", ""),
        (Cl, "Wat moet ik anders zeggen?", "Hier had ik langer stil moeten blijven."),
        (St, "Heb je zelf nog contact met je vader?", "gesloten vraag"),
        (Cl, "Hij appt af en toe. Of ik zaterdag kom eten, bij hem en die vrouw. Echt niet.", ""),
        (St, "Je bent boos op hem.", "gevoelsreflectie"),
        (Cl, "Boos? Ik ben woest. Hij heeft ons gewoon laten zitten. En dan doen alsof het normaal is.", ""),
        (St, "Misschien is het toch goed om een keer met hem te praten, zodat je kunt zeggen hoe jij je voelt?",
         "advies gegeven"),
        (Cl, "Nee. Dat ga ik niet doen. Daar heb ik echt geen zin in.", ""),
        (St, "Oké, dat hoor ik. Wat zou jou op dit moment het meest helpen?",
         "Ik herstelde me hier en vroeg weer naar Joey zelf."),
        (Cl, "Weet ik niet. Dat het gewoon weer normaal is thuis. Dat mijn moeder ophoudt met huilen.", ""),
    ]
    table = doc.add_table(rows=2, cols=4)
    table.style = "Table Grid"
    title = table.cell(0, 0).merge(table.cell(0, 3))
    tp = title.paragraphs[0]
    tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt_run(tp.add_run("Gesprek 2 – 12 maart 2024"), bold=True)
    shade(title, "D9E2F3")
    for i, h in enumerate(["Nr", "Student", "Cliënt", "Reflectie"]):
        c = table.cell(1, i)
        fmt_run(c.paragraphs[0].add_run(h), bold=True)
        shade(c, "F2F2F2")
    for n, (role, text, note) in enumerate(rows, start=1):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(str(n))
        col = 1 if role == St else 2
        cell_text(cells[col], text)
        if note:
            cell_text(cells[3], note, italic=True)
        conv.add(role, "Student" if role == St else "Cliënt", text, note)
    widths(table, [1.0, 6.5, 6.5, 3.5])

    doc.add_paragraph()
    doc.add_heading("Reflectie", level=2)
    doc.add_paragraph(
        "In dit gesprek ben ik vaak met de situatie thuis bezig geweest in plaats van met Joey zelf. Bij beurt 19 "
        "gaf ik advies dat hij niet wilde horen; ik merkte dat hij dichtklapte. Daarna heb ik het gesprek weer "
        "bij hem teruggelegd. Volgende keer wil ik meer doorvragen op zijn boosheid.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 05  long table with time column, repeated header row, varied label spelling (nl)
# --------------------------------------------------------------------------------------

def build_05():
    name = "nl05_mantelzorg_tijdkolom_lang.docx"
    layout = ("4-column table 'Tijd | Spreker | Tekst | Gesprekstechniek' with header row repeated on every page; "
              "time column mm:ss; speaker cell spelled 'Student'/'student' and 'Cliënt'/'Client'/'cliënt'; one "
              "continuation row with empty speaker cell; 60 turns over 3 pages; title block, page-number footer, "
              "Literatuur after")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Calibri", 10.5)
    set_margins(doc, 2, 2, 2, 2)
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Lars Hendriks – Toets gespreksvaardigheden – ")
    add_field(fp, "PAGE")

    p = doc.add_paragraph()
    fmt_run(p.add_run("Toets gespreksvaardigheden: uitgewerkt gesprek"), bold=True, size=15)
    info = doc.add_paragraph()
    info.add_run("Naam: Lars Hendriks\nStudentnummer: 3398127\nOpleiding: MWD deeltijd, jaar 2\n"
                 "Module: Methodisch werken 2\nBeoordelaar: dhr. R. Visser\nDatum gesprek: 4 juni 2024")
    doc.add_paragraph(
        "Inleiding. Anouk (29) zorgt voor haar moeder, die ongeneeslijk ziek is. Ze is via de huisarts "
        "doorverwezen naar het maatschappelijk werk. In de laatste kolom heb ik aangegeven welke "
        "gesprekstechniek ik gebruikte, of wat ik er achteraf van vind.")

    St, Cl = "helper", "client"
    rows = [
        (St, "Student", "Hoi Anouk, welkom. Ik ben Lars. Fijn dat je wilde komen. Hoe was de reis hierheen?",
         "kennismaking"),
        (Cl, "Cliënt", "Prima, ik kon mooi parkeren. Ik moet wel om half vijf weer weg, want dan moet ik naar mijn "
                       "moeder.", ""),
        (St, "Student", "Dat is goed, we hebben tot vier uur. Je schreef in je aanmelding dat het thuis zwaar is. "
                        "Wil je daar iets meer over vertellen?", "open vraag"),
        (Cl, "Cliënt", "Ja. Mijn moeder is ziek. Ze heeft alvleesklierkanker, in februari gehoord. Ze is niet meer "
                       "te genezen.", ""),
        (St, "Student", "Wat erg. Dat moet een enorme schok zijn geweest.", "gevoelsreflectie"),
        (Cl, "Cliënt", "Ja. Ze was altijd zo fit, ze fietste elke dag naar de markt. En nu kan ze soms de trap niet "
                       "meer op.", ""),
        (St, "Student", "Woont je moeder alleen?", "gesloten vraag"),
        (Cl, "Cliënt", "Ja, mijn vader is al tien jaar dood. Dus ik ben degene die alles regelt. Mijn broer woont "
                       "in Canada.", ""),
        (St, "Student", "Wat regel je allemaal voor haar?", "concretiseren"),
        (Cl, "Cliënt", "Alles eigenlijk. De afspraken in het ziekenhuis, de medicijnen, boodschappen. Ik ga elke "
                       "dag na mijn werk langs. In het weekend slaap ik daar vaak.", ""),
        (St, "Student", "Elke dag. En je werkt ook nog?", ""),
        (Cl, "Cliënt", "Vier dagen, op een administratiekantoor. Mijn baas is heel begripvol, maar ik merk dat ik "
                       "fouten maak. Vorige week heb ik een aangifte verkeerd ingediend.", ""),
        (St, "Student", "Hoe voelt dat voor je?", "open vraag"),
        (Cl, "Cliënt", "Vreselijk. Ik ben altijd degene die alles onder controle heeft. Dat ben ik nu gewoon niet "
                       "meer.", ""),
        (St, "Student", "Je bent het gewend om alles onder controle te hebben, en nu glipt het je door de vingers.",
         "parafrase"),
        (Cl, "Cliënt", "Ja. Zo voelt het precies.", ""),
        (Cl, "", "(stilte) Soms zit ik in de auto voor haar huis en dan kan ik niet uitstappen. Dan zit ik daar "
                 "tien minuten gewoon te zitten.", ""),
        (St, "Student", "Wat gebeurt er in die tien minuten?", "doorvragen"),
        (Cl, "Cliënt", "Ik weet het niet. Ik adem. Ik zet mijn gezicht goed, zeg maar. Zodat ze niet ziet dat ik "
                       "gehuild heb.", ""),
        (St, "Student", "Je wilt sterk zijn voor haar.", "gevoelsreflectie"),
        (Cl, "Cliënt", "Ze heeft al genoeg aan haar hoofd. Ze is bang, dat zie ik. Ze zegt het niet, maar ze vraagt "
                       "steeds of ik de papieren van de uitvaartverzekering heb gevonden.", ""),
        (St, "Student", "Praten jullie samen over de dood?", "gesloten vraag"),
        (Cl, "Cliënt", "Nee. Niet echt. Ze begint er soms over en dan... dan verander ik van onderwerp. Ik kan dat "
                       "gewoon nog niet.", ""),
        (St, "Student", "Misschien zou het goed zijn om daar toch over te praten, voor jullie allebei.",
         "Hier gaf ik te snel advies, ze was er nog niet aan toe."),
        (Cl, "Cliënt", "Ja, maar dat is makkelijk gezegd. Als ik erover begin, dan wordt het echt.", ""),
        (St, "Student", "Dan wordt het echt. Dat klinkt alsof je het nu nog een beetje op afstand kunt houden.",
         "doorvragen"),
        (Cl, "Cliënt", "Ja. Zolang we over medicijnen praten en over wat ze wil eten, is het gewoon zorgen. Dan is "
                       "ze gewoon ziek.", ""),
        (St, "Student", "En als jullie over de dood praten, dan wordt duidelijk dat je haar gaat verliezen.", ""),
        (Cl, "Cliënt", "Ja. (huilt zachtjes)", ""),
        (St, "Student", "Neem je tijd.", "stilte laten vallen"),
        (Cl, "Cliënt", "Sorry. Ik wilde niet huilen vandaag.", ""),
        (St, "student", "Je hoeft je niet te verontschuldigen. Het is logisch dat dit je raakt.", "normaliseren"),
        (Cl, "Client", "Ik heb ook gewoon geen tijd om verdrietig te zijn, weet je. Er moet altijd iets.", ""),
        (St, "student", "Wie helpt er naast jou nog voor je moeder?", "open vraag"),
        (Cl, "Client", "De thuiszorg komt twee keer per dag. En een buurvrouw doet soms een boodschap. Mijn broer "
                       "belt elke zondag, maar dat is het.", ""),
        (St, "student", "Hoe is dat, dat je broer zo ver weg is?", ""),
        (Cl, "Client", "Ik ben er kwaad om, eerlijk gezegd. Hij stuurt berichtjes met hartjes en ik sta haar te "
                       "wassen. Dat klinkt lelijk, hè.", ""),
        (St, "student", "Het klinkt alsof je je er alleen voor voelt staan.", "gevoelsreflectie"),
        (Cl, "Client", "Ja. Dat is het. Ik sta er alleen voor.", ""),
        (St, "student", "Heb je je broer weleens verteld hoe zwaar het voor je is?", "gesloten vraag"),
        (Cl, "Client", "Een keer. Toen zei hij: je moet zeggen als je iets nodig hebt. Maar wat moet hij dan doen "
                       "vanuit Toronto?", ""),
        (St, "student", "Hij zou misschien een paar weken over kunnen komen?", "advies gegeven"),
        (Cl, "Client", "Hij heeft twee kleine kinderen en net een nieuwe baan. Dat gaat niet gebeuren.", ""),
        (St, "student", "Oké. Ik hoor dat je daar weinig ruimte in ziet.", ""),
        (Cl, "Client", "Nee.", ""),
        (St, "student", "Als je kijkt naar jezelf: hoe gaat het met jou, los van je moeder?",
         "Eindelijk vroeg ik naar haarzelf. Dit had eerder gemoeten."),
        (Cl, "cliënt", "Met mij? (lacht) Daar heb ik eigenlijk nooit tijd voor om over na te denken. Ik slaap "
                       "slecht, ik eet slecht. Ik sport niet meer. Mijn vriend zegt dat ik altijd moe ben.", ""),
        (St, "student", "Je vriend maakt zich zorgen om je.", ""),
        (Cl, "cliënt", "Ja. We hebben ook vaker ruzie. Hij wil dat ik een keer een weekend meega naar zijn ouders, "
                       "maar ik kan mijn moeder toch niet alleen laten.", ""),
        (St, "student", "Je voelt je verscheurd tussen je moeder en je vriend.", "gevoelsreflectie"),
        (Cl, "cliënt", "Verscheurd. Ja. Dat is een goed woord.", ""),
        (St, "Student", "Ken je het steunpunt mantelzorg in jouw gemeente?", "gesloten vraag / informatie"),
        (Cl, "Client", "Ik heb er weleens een folder van gezien in het ziekenhuis. Maar ik dacht: dat is voor mensen "
                       "die voor hun partner zorgen, of zo.", ""),
        (St, "Student", "Het is voor iedereen die voor een naaste zorgt. Zij kunnen bijvoorbeeld respijtzorg "
                        "regelen, zodat jij een weekend weg kunt.", "informatie geven"),
        (Cl, "Client", "Respijtzorg. Wat houdt dat in?", ""),
        (St, "Student", "Dat iemand anders tijdelijk de zorg overneemt, bijvoorbeeld een vrijwilliger die bij je "
                        "moeder blijft, of een logeeropvang.", ""),
        (Cl, "Client", "Ik weet niet of mijn moeder dat wil. Een vreemde in huis. Ze is heel op zichzelf.", ""),
        (St, "Student", "Dat zou je met haar kunnen bespreken. Ik wil even samenvatten wat ik gehoord heb: je zorgt "
                        "elke dag voor je moeder, die ongeneeslijk ziek is, naast je werk. Je voelt je er alleen "
                        "voor staan, je slaapt slecht en het gaat ten koste van je relatie. En praten over het "
                        "afscheid vind je nog te moeilijk. Klopt dat?", "samenvatting"),
        (Cl, "Client", "Ja. Als je het zo zegt, is het best veel.", ""),
        (St, "Student", "Het is ook veel. Zullen we volgende week kijken wat jij nodig hebt om het vol te houden?",
         "afspraak maken"),
        (Cl, "Client", "Ja. Dat lijkt me goed. Dank je wel, Lars.", ""),
    ]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["Tijd", "Spreker", "Tekst", "Gesprekstechniek"]):
        fmt_run(hdr.cells[i].paragraphs[0].add_run(h), bold=True)
        shade(hdr.cells[i], "E2EFD9")
    clock = 3.0
    for role, label, text, note in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(timecode(clock, hours=False))
        if label:
            cells[1].paragraphs[0].add_run(label)
        cell_text(cells[2], text)
        if note:
            cells[3].paragraphs[0].add_run(note)
        conv.add(role, label, text, note)
        clock += speaking_time(text) + 2
    widths(table, [1.8, 2.3, 8.9, 4.0])

    doc.add_heading("Literatuur", level=2)
    doc.add_paragraph("Bannink, F. (2020). Oplossingsgericht werken in het sociaal domein. Amsterdam: Pearson.")
    doc.add_paragraph("MantelzorgNL (2023). Respijtzorg: wat is het en hoe regel je het? Utrecht: MantelzorgNL.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 06  mediation: merged title row, two turns in one text cell, three speakers (nl)
# --------------------------------------------------------------------------------------

def build_06():
    name = "nl06_huisgenoten_bemiddeling_drie_sprekers.docx"
    layout = ("3-column table 'Nr | Gesprek | Toelichting' under a merged title row; the speaker is inside the "
              "text cell ('S:', 'Noor:', 'Fleur:'), some cells hold two turns as separate paragraphs; three "
              "speakers (student mediator, Noor = client, Fleur = other); comment column, empty in two-turn rows")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Verdana", 9.5)
    set_margins(doc, 2.2, 2.2, 2.2, 2.2)
    doc.add_heading("Bemiddeling en conflicthantering – opdracht 2", level=1)
    doc.add_paragraph("Eva Mulder – 4471902 – Social Work, jaar 2 – docent: mw. drs. K. de Boer")
    doc.add_paragraph(
        "Noor en Fleur (beiden 21) wonen samen in een studentenhuis met drie anderen. Noor heeft via de "
        "studentenvereniging om een bemiddelingsgesprek gevraagd. Ik ben de bemiddelaar (S). In de kolom "
        "Toelichting beschrijf ik wat ik deed.")

    S, N, F = "helper", "client", "other"
    lab = {S: "S", N: "Noor", F: "Fleur"}
    rows = [
        ([(S, "Welkom allebei. Fijn dat jullie er zijn. Ik ben Eva, ik begeleid dit gesprek. Ik ben neutraal, ik "
              "kies geen kant. Is dat duidelijk?")], "uitleg rol en structuur"),
        ([(N, "Ja."), (F, "Ja, prima.")], ""),
        ([(S, "Noor, jij had dit gesprek aangevraagd. Wil jij beginnen met vertellen wat er speelt?")],
         "open vraag"),
        ([(N, "Ja. Nou, het gaat vooral om de keuken. Ik ben elke keer degene die de afwas doet, en Fleur laat haar "
              "pannen gewoon dagen staan. En ze heeft steeds haar vriend over de vloer, die ook nog eens onze "
              "spullen opeet.")], ""),
        ([(F, "Dat is echt niet waar, hè. Hij neemt zelf dingen mee."),
          (S, "Fleur, ik hoor dat je het er niet mee eens bent. Je krijgt zo zeker de ruimte. Laten we Noor eerst "
              "even laten uitpraten.")], ""),
        ([(N, "Ik wil gewoon dat we afspraken maken. Het voelt alsof ik haar moeder ben.")], ""),
        ([(S, "Je voelt je verantwoordelijk voor dingen die niet van jou zijn.")], "gevoelsreflectie"),
        ([(N, "Ja. En ik word er gewoon moe van. Ik heb zelf ook tentamens.")], ""),
        ([(S, "Fleur, hoe kijk jij ernaar?")], "open vraag, beurt geven"),
        ([(F, "Ik snap wel dat de keuken soms een zooitje is. Maar Noor zegt nooit iets. Ze gaat gewoon zuchten en "
              "dan hard met de deuren doen. En dan hoor ik via Lotte dat ze boos is.")], ""),
        ([(S, "Dus jij merkt dat Noor boos is, maar ze zegt het niet rechtstreeks tegen je."),
          (F, "Precies. Dan kan ik er ook niks mee.")], ""),
        ([(N, "Ik heb het wel gezegd! In januari, toen met die pizzadozen.")], ""),
        ([(S, "Oké, ik merk dat het spannend wordt. Ik stel voor dat we het even bij nu houden. Wat willen jullie "
              "allebei dat er verandert?")],
         "Hier wilde ik de ruzie afkappen, maar ik liet eigenlijk geen ruimte voor de emotie."),
        ([(F, "Dat ze tegen mij zegt als iets haar dwarszit. Gewoon normaal."),
          (N, "En dat de afwas binnen een dag gedaan wordt.")], ""),
        ([(S, "Zouden jullie een schoonmaakrooster kunnen maken?")], "advies gegeven"),
        ([(N, "We hebben een rooster. Daar houdt alleen niemand zich aan.")], ""),
        ([(S, "Wat zou er nodig zijn om je er wel aan te houden, Fleur?")], "doorvragen"),
        ([(F, "Weet ik niet. Dat het eerlijk is? Noor kookt elke dag uitgebreid en ik eet meestal bij mijn vriend. "
              "Dus ik maak veel minder vuil.")], ""),
        ([(S, "Dat is een punt. Noor, wat vind je daarvan?"),
          (N, "(stilte) Ja... misschien wel. Daar had ik niet zo over nagedacht.")], ""),
        ([(S, "Ik hoor jullie allebei iets willen: Noor wil dat de taken eerlijk verdeeld zijn en Fleur wil dat het "
              "direct gezegd wordt als er iets is. Klopt dat?")], "samenvatting"),
        ([(F, "Ja."), (N, "Ja, dat klopt.")], ""),
    ]
    table = doc.add_table(rows=2, cols=3)
    table.style = "Table Grid"
    title = table.cell(0, 0).merge(table.cell(0, 2))
    fmt_run(title.paragraphs[0].add_run("Bemiddelingsgesprek – 3 april – Noor en Fleur (huisgenoten)"), bold=True)
    for i, h in enumerate(["Nr", "Gesprek", "Toelichting"]):
        fmt_run(table.cell(1, i).paragraphs[0].add_run(h), bold=True)
    for n, (parts, note) in enumerate(rows, start=1):
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(str(n))
        for k, (role, text) in enumerate(parts):
            par = cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()
            par.add_run(f"{lab[role]}: {text}")
            # a note only sits next to single-turn rows
            conv.add(role, lab[role], text, note if len(parts) == 1 else None)
        if note:
            cells[2].paragraphs[0].add_run(note)
    widths(table, [1.0, 11.0, 4.6])

    doc.add_heading("Reflectie", level=2)
    doc.add_paragraph(
        "Het was lastig om echt neutraal te blijven, omdat Noor veel meer aan het woord was. Bij rij 13 kapte ik "
        "de discussie af omdat ik zelf zenuwachtig werd. Het schoonmaakrooster was mijn idee en niet dat van hen; "
        "dat werkte dus niet. De vraag aan Fleur daarna (rij 17) bracht wel iets nieuws op tafel.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 07  bold inline labels, manual line breaks, non-verbal lines, header/footer (nl)
# --------------------------------------------------------------------------------------

def build_07():
    name = "nl07_burnout_regeleinden.docx"
    layout = ("paragraphs with bold inline label 'Hulpverlener:' / 'Cliënt:' then the text; manual line breaks "
              "(Shift+Enter) inside turns; non-verbal notes on their own line between turns (belong to the turn "
              "before); page header with name/course, footer with page number; short reflection after")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Cambria", 11)
    set_margins(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Jasper Koster – 2164553 – Gespreksvoering 3: begeleidingsgesprek"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")

    doc.add_heading("Begeleidingsgesprek met Marco (tweede gesprek)", level=1)
    doc.add_paragraph(
        "Marco (45) is teamleider bij een logistiek bedrijf en zit sinds zes weken thuis met burn-outklachten. "
        "Dit is ons tweede gesprek. Wat hieronder tussen haakjes op een eigen regel staat, is non-verbaal gedrag "
        "dat ik heb teruggezien op de video.")

    H, C = "helper", "client"
    items = [
        (H, "Goedemiddag Marco. Vorige keer vertelde je dat je sinds zes weken thuis zit van je werk. Hoe gaat het "
            "nu met je?"),
        (C, "Beter dan vorige keer, denk ik. Ik slaap iets meer.\nMaar ik ben nog steeds snel moe. Gisteren ben ik "
            "naar de supermarkt geweest en daarna moest ik twee uur op de bank liggen."),
        (H, "Twee uur op de bank na een boodschap. Hoe is dat voor jou?"),
        (C, "Frustrerend. Ik was altijd degene die alles deed. Teamleider, voetbaltrainer van mijn zoon, "
            "penningmeester van de vereniging.\nEn nu kan ik niet eens een boodschap doen."),
        ("nv", "(Cliënt kijkt uit het raam, stilte van ongeveer 10 seconden)"),
        (H, "Je bent gewend om voor iedereen klaar te staan."),
        (C, "Ja. En nee zeggen, dat kan ik niet. Dat zegt mijn vrouw ook altijd."),
        (H, "Heb je nog contact met je werk?"),
        (C, "Mijn leidinggevende belt elke week. Hij vraagt wanneer ik weer kan beginnen.\nDat is lief bedoeld, "
            "maar na dat telefoontje ben ik de hele dag van slag."),
        (H, "Misschien kun je aan de bedrijfsarts vragen of die contacten wat minder vaak kunnen,\nbijvoorbeeld "
            "eens in de twee weken?"),
        (C, "Ja, maar dan denkt hij dat ik geen zin heb om terug te komen.\nDat ik me aanstel."),
        ("nv", "(zucht, wrijft over zijn voorhoofd)"),
        (H, "Ben je bang dat anderen denken dat je je aanstelt?"),
        (C, "Ja. Ik denk het zelf ook soms. Je ziet niks aan me, hè. Ik heb geen gebroken been."),
        (H, "Een burn-out zie je inderdaad niet aan de buitenkant. Dat maakt het lastig om uit te leggen."),
        (C, "Precies. Mijn schoonvader vroeg laatst of ik lekker van mijn vakantie geniet.\nIk had hem wel... "
            "(lacht) Nou ja."),
    ]
    for role, text in items:
        if role == "nv":
            p = spacing(doc.add_paragraph(), after=6)
            add_text(p, text, italic=True, color="595959")
            conv.extend(text)
            continue
        label = "Hulpverlener:" if role == H else "Cliënt:"
        p = spacing(doc.add_paragraph(), after=6)
        fmt_run(p.add_run(label), bold=True)
        p.add_run(" ")
        add_text(p, text)
        conv.add(role, label.rstrip(":"), text)

    doc.add_heading("Korte reflectie", level=2)
    doc.add_paragraph(
        "Mijn advies over de bedrijfsarts kwam te vroeg: Marco reageerde met 'ja, maar'. De vraag daarna, of hij "
        "bang is dat anderen denken dat hij zich aanstelt, raakte wel de kern.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 08  one column per speaker + 'Wat deed ik?', line breaks in cells, title-block table (nl)
# --------------------------------------------------------------------------------------

def build_08():
    name = "nl08_rouw_kolommen_regeleinden.docx"
    layout = ("title block as a borderless 2-column table (Naam | ...), then the conversation table "
              "'Student | Cliënt | Wat deed ik?' (one column per speaker, header row repeated); manual line "
              "breaks inside cells; one client turn over two rows; notes also next to some client turns")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    set_margins(doc, 2.5, 2.5, 2, 2)

    p = doc.add_paragraph()
    fmt_run(p.add_run("Keuzemodule Rouw en verlies – gespreksverslag"), bold=True, size=14, color="1F3864")
    tb = doc.add_table(rows=0, cols=2)
    no_borders(tb)
    for k, v in [("Naam", "Priya Ramdin"), ("Studentnummer", "2290417"), ("Opleiding", "SPH, jaar 3"),
                 ("Docent", "mw. dr. S. Vos"), ("Datum", "22 januari 2025"), ("Opdracht", "Gesprek 1 – exploreren")]:
        cells = tb.add_row().cells
        fmt_run(cells[0].paragraphs[0].add_run(k), bold=True)
        cells[1].paragraphs[0].add_run(v)
    widths(tb, [4, 10])
    doc.add_paragraph()
    doc.add_paragraph(
        "Emma (22) verloor vier maanden geleden haar broer Thomas bij een verkeersongeluk. Ze heeft zich gemeld "
        "bij het jongerenwerk omdat ze 'vastloopt'. Ik heb het gesprek met haar toestemming opgenomen.")

    St, Cl = "helper", "client"
    rows = [
        (St, "Hoi Emma. Je zei aan de telefoon dat je graag wilde praten over je broer. Vertel maar, waar wil je "
             "beginnen?", "open vraag"),
        (Cl, "Ik weet het eigenlijk niet. Het is nu vier maanden geleden.\nIedereen doet alweer normaal, maar ik "
             "niet.", ""),
        (St, "Iedereen doet weer normaal, behalve jij.", "Ik herhaalde haar woorden."),
        (Cl, "Ja. Op mijn werk vragen ze niet meer hoe het gaat. Mijn vrienden willen dat ik weer meega stappen.\n"
             "Alsof het over is.", ""),
        (St, "Hoe ging het ongeluk eigenlijk?",
         "Ik vroeg naar de feiten in plaats van naar haar gevoel. Niet handig."),
        (Cl, "Hij kwam van zijn werk, op de scooter. Een bestelbus zag hem niet.\nHij was negentien.", ""),
        (St, "Negentien. Wat verschrikkelijk.", ""),
        (Cl, "(stilte) Ik had hem die avond nog een appje gestuurd. Of hij mijn oplader terug wilde geven.\nDat is "
             "het laatste wat ik tegen hem heb gezegd. Een oplader.", ""),
        (St, "Dat moet heel pijnlijk zijn, dat dat het laatste was.", "gevoelsreflectie"),
        (Cl, "Ja. Ik lees dat appje elke avond. Hij heeft het nooit gelezen. Twee grijze vinkjes.", ""),
        (St, "Heb je weleens aan rouwverwerking gedacht, zoals een lotgenotengroep?", "advies gegeven, te vroeg"),
        (Cl, "Mijn moeder gaat naar zo'n groep. Maar ik wil niet in een kring zitten met vreemden.\nIk wil gewoon "
             "dat hij terugkomt.", ""),
        (St, "Je mist hem enorm.", "gevoelsreflectie"),
        (Cl, "Ja. Elke dag. Soms pak ik mijn telefoon om hem iets te sturen. Dan ben ik het even vergeten.", ""),
        (Cl, "En dan komt het weer binnen.", ""),
        (St, "Hoe gaat het thuis, met je ouders?", "open vraag"),
        (Cl, "Mijn vader praat er niet over. Hij werkt heel veel. Mijn moeder huilt veel.\nEn ik zit er tussenin. "
             "Ik probeer het voor hen makkelijker te maken.", ""),
        (St, "En wie maakt het voor jou makkelijker?", "Dit vond ik zelf een goede vraag."),
        (Cl, "(lange stilte)\nNiemand, denk ik.", "Hier had ik de stilte nog langer moeten laten."),
    ]
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["Student", "Cliënt", "Wat deed ik?"]):
        fmt_run(hdr.cells[i].paragraphs[0].add_run(h), bold=True, color="FFFFFF")
        shade(hdr.cells[i], "1F3864")
    for role, text, note in rows:
        cells = table.add_row().cells
        cell_text(cells[0 if role == St else 1], text)
        if note:
            cells[2].paragraphs[0].add_run(note)
        conv.add(role, "Student" if role == St else "Cliënt", text, note)
    widths(table, [6.5, 6.5, 4.0])

    doc.add_heading("Nabeschouwing", level=2)
    doc.add_paragraph(
        "Bij de vraag naar het ongeluk zelf merkte ik dat Emma dichtklapte. Pas bij 'Je mist hem enorm' kwam er "
        "weer contact. De laatste vraag vond ik zelf sterk, maar ik vulde de stilte erna te snel op.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 09  label on own line 'Student (ik):', non-verbal lines, [..] remarks, observer (nl)
# --------------------------------------------------------------------------------------

def build_09():
    name = "nl09_coouderschap_observator.docx"
    layout = ("paragraphs; mostly the bold label 'Student (ik):' / 'Sandra:' on its own line with the text "
              "below, short turns inline after the label; non-verbal notes in italics on their own line (belong to "
              "the turn before); [..] remarks inside turns; an observer 'Observator:' says one thing; "
              "Bijlage 1: beoordelingsformulier (table) after")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    set_margins(doc)

    doc.add_heading("Assessment gespreksvoering", level=0)
    for line in ["Kim Verbeek, 4032176", "Maatschappelijk Werk en Dienstverlening – jaar 2",
                 "Praktijkleren 2, beoordelaar: dhr. P. Groen", "12 december 2024"]:
        spacing(doc.add_paragraph(line), after=0)
    doc.add_heading("Inleiding", level=1)
    doc.add_paragraph(
        "Sandra (38) is anderhalf jaar gescheiden en heeft samen met haar ex-partner co-ouderschap over hun zoon "
        "Bram (9). Ze heeft zich aangemeld bij het maatschappelijk werk omdat de communicatie met haar ex steeds "
        "escaleert. Bij het assessment was een observator aanwezig (medestudent Jeroen).")
    doc.add_heading("Uitwerking van het gesprek", level=1)

    S, C, O = "helper", "client", "other"
    lab = {S: "Student (ik):", C: "Sandra:", O: "Observator:"}
    items = [
        (S, "Goedemorgen Sandra. Fijn dat je er bent. We hebben ongeveer een half uur. Ik ben Kim, ik ben "
            "stagiaire hier bij het maatschappelijk werk. Wat brengt je hier?"),
        (C, "Hoi. Nou, het gaat over mijn ex en mijn zoon. Ik word er echt gek van."),
        (S, "Je wordt er gek van. Wat gebeurt er?"),
        (C, "We zijn anderhalf jaar geleden gescheiden. Onze zoon, Bram, is negen. We hebben co-ouderschap, een "
            "week bij mij, een week bij hem. Maar het gaat gewoon steeds mis."),
        (S, "Wat gaat er mis?"),
        (C, "Alles. Hij brengt Bram te laat terug, hij vergeet zijn gymspullen. Vorige week had Bram geen jas bij "
            "zich, in november. En als ik er iets van zeg, dan krijg ik een tirade via WhatsApp."),
        ("nv", "(Sandra pakt haar telefoon en scrolt door berichten)"),
        (S, "Hoe communiceren jullie meestal?"),
        (C, "Alleen via WhatsApp. Als we bellen, wordt het ruzie. [Sandra laat een bericht zien op haar telefoon] "
            "Kijk, dit stuurde hij gisteren. 'Jij bent altijd aan het zeuren.'"),
        (S, "Dat is niet fijn om te lezen. Wat deed dat met je?"),
        (C, "Ik was zo boos. Ik heb meteen iets teruggestuurd waar ik nu niet trots op ben."),
        (S, "Wat heb je teruggestuurd?"),
        (C, "Dat hij een slechte vader is. (stilte) Dat had ik niet moeten zeggen. Bram zat naast me op de bank."),
        (S, "Zag Bram het?"),
        (C, "Ik denk het wel. Hij vroeg of papa en ik weer ruzie hadden."),
        (S, "En hoe gaat het met Bram, denk je?"),
        (C, "Op school zeggen ze dat hij stiller is. Hij heeft buikpijn op maandag, als hij naar zijn vader moet. "
            "Of als hij terugkomt, dat weet ik niet precies."),
        ("nv", "(Sandra's stem trilt, stilte van een paar seconden)"),
        (S, "Je maakt je zorgen om hem."),
        (C, "Natuurlijk maak ik me zorgen. Ik ben zijn moeder."),
        (S, "Misschien moet je eens met je ex om de tafel gaan zonder Bram erbij, om afspraken te maken?"),
        (C, "Ja, maar dat hebben we al geprobeerd. Bij de mediator. Hij liep na twintig minuten weg."),
        (S, "Oké. Dus dat heeft niet gewerkt."),
        (C, "Nee. Hij vindt dat ik overdrijf. Zijn nieuwe vriendin vindt dat ook, heb ik gehoord."),
        (S, "Hoe is dat voor jou, dat hij een nieuwe vriendin heeft?"),
        (C, "Daar gaat het niet om. [lacht kort, kijkt weg] Nou ja. Misschien een beetje. Ze is vijfentwintig. "
            "Bram vindt haar leuk."),
        (S, "Bram vindt haar leuk, en dat doet jou misschien ook iets."),
        (C, "Ja. Dat is raar. Ik wil dat hij het fijn heeft daar. Maar ook weer niet té fijn, snap je?"),
        (O, "Nog vijf minuten."),
        (S, "Dank je. Sandra, we hebben nog een paar minuten. Ik wil graag even samenvatten. Je maakt je zorgen om "
            "Bram, jullie communicatie loopt via WhatsApp en escaleert snel, en er spelen ook gevoelens rond de "
            "nieuwe vriendin van je ex. Klopt dat?"),
        (C, "Ja. Zo klinkt het best ingewikkeld."),
        (S, "Wat zou je willen bereiken in de gesprekken hier?"),
        (C, "Dat ik rustiger reageer. Dat ik niet meteen terugschiet als hij iets stuurt. Voor Bram."),
        (S, "Dat is een mooi doel. Er bestaat ook een app voor gescheiden ouders, waarin je alleen zakelijke dingen "
            "deelt. Misschien is dat iets?"),
        (C, "Misschien. Ik wil het eerst zelf proberen, denk ik."),
        (S, "Goed. Dan spreken we volgende week weer af, zelfde tijd."),
    ]
    for role, text in items:
        if role == "nv":
            p = spacing(doc.add_paragraph(), after=6)
            add_text(p, text, italic=True)
            conv.extend(text)
            continue
        label = lab[role]
        if len(text) < 45:
            p = spacing(doc.add_paragraph(), before=6, after=6)
            fmt_run(p.add_run(label), bold=True)
            p.add_run(" " + text)
        else:
            p = spacing(doc.add_paragraph(), before=6, after=0)
            fmt_run(p.add_run(label), bold=True)
            spacing(add_text(doc.add_paragraph(), text), after=6)
        conv.add(role, label.rstrip(":"), text)

    doc.add_page_break()
    doc.add_heading("Bijlage 1: beoordelingsformulier", level=1)
    crit = [("Criterium", "O", "V", "G", "Toelichting beoordelaar"),
            ("Open vragen stellen", "", "x", "", "Goed begin, later veel gesloten vragen."),
            ("Gevoelsreflectie", "", "", "x", "'Je maakt je zorgen om hem' was sterk."),
            ("Samenvatten", "", "x", "", "Samenvatting volledig, wat lang."),
            ("Advies uitstellen", "x", "", "", "Twee keer te snel advies gegeven."),
            ("Afsluiting", "", "x", "", "Afspraak gemaakt, doel benoemd.")]
    ft = doc.add_table(rows=0, cols=5)
    ft.style = "Table Grid"
    for r, vals in enumerate(crit):
        cells = ft.add_row().cells
        for c, v in enumerate(vals):
            run = cells[c].paragraphs[0].add_run(v)
            run.bold = r == 0
    widths(ft, [4.5, 0.8, 0.8, 0.8, 8])
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 10  automatic numbering + 'Mira:<tab>text' + real footnotes (nl)
# --------------------------------------------------------------------------------------

def build_10():
    name = "nl10_alcohol_nummering_voetnoten.docx"
    layout = ("Word 'List Number' paragraphs (automatic numbering, numbers not in text); first-name labels "
              "'Mira:' (student) / 'Robert:' (client) followed by a tab; real footnotes inside some turns; "
              "page header; title block and intro before, Reflectie after")
    conv = Conv()
    doc = Document()
    fn = Footnotes(doc)
    set_base_font(doc, "Georgia", 10.5)
    set_margins(doc, 2.5, 2.5, 3, 2.5)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Mira Bos – Verslavingszorg: motiverende gespreksvoering"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Verslag MGV-gesprek 2", level=1)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.cell(0, 0).paragraphs[0].add_run(
        "Naam: Mira Bos\tStudentnummer: 1187734\nOpleiding: Social Work (specialisatie zorg)\n"
        "Docent: mw. L. Kramer\tDatum: 27 februari 2025")
    doc.add_paragraph()
    doc.add_paragraph(
        "Robert (58) is sinds een half jaar werkloos na het faillissement van de drukkerij waar hij dertig jaar "
        "werkte. Zijn vrouw maakt zich zorgen over zijn alcoholgebruik. Dit is ons tweede gesprek. In dit gesprek "
        "oefen ik met technieken uit de motiverende gespreksvoering.")

    M, R = "helper", "client"
    turns = [
        (M, "Goedemiddag Robert. Fijn dat je er weer bent. Vorige keer hadden we het over je werk. Hoe is het deze "
            "week gegaan?"),
        (R, "Ach. Zoals altijd. Niks bijzonders."),
        (M, "Niks bijzonders. Wat heb je zoal gedaan?"),
        (R, "Beetje in de schuur gerommeld. Tv gekeken. Zaterdag was de verjaardag van mijn zwager."),
        (M, "Hoe was die verjaardag?"),
        (R, "Gezellig. Te gezellig, volgens mijn vrouw. (lacht) Ze vond dat ik te veel gedronken had."),
        (M, "En wat vond jij zelf?"),
        (R, "Ik had een paar biertjes op. Dat doet iedereen op een verjaardag. Maar ja, zij telt mee, hè."),
        (M, "Je vrouw let erop hoeveel je drinkt."),
        (R, "Sinds ik thuis zit wel. Ze denkt dat ik te veel drink. Volgens haar drink ik elke dag."),
        (M, "En drink je elke dag?"),
        (R, "Nou... 's avonds een paar biertjes, ja. Voor de tv. Dat deed ik vroeger ook, alleen toen moest ik om "
            "zes uur op."),
        (M, "Hoeveel zijn een paar biertjes?"),
        (R, "Vier, vijf. Soms zes. Het zijn kleine flesjes, hoor."),
        (M, "Je zou kunnen proberen om alleen in het weekend te drinken."),
        (R, "Ja, maar wat moet ik dan 's avonds doen? Het is het enige moment dat ik niet loop te piekeren over dat "
            "ik geen werk heb."),
        (M, "Dus het biertje helpt je om even niet te piekeren{fn:Reflectie op de functie van het gebruik; dit had "
            "ik eigenlijk al eerder willen doen in plaats van het advies in beurt 15.}."),
        (R, "Ja. Zo zou je het kunnen zeggen. Die jongens{fn:Robert bedoelt zijn oud-collega's van de drukkerij, die "
            "ook zijn ontslagen.} drinken ook allemaal meer, hoor."),
        (M, "Als je kijkt op een schaal van 0 tot 10{fn:Schaalvraag, een techniek uit de motiverende "
            "gespreksvoering (Miller & Rollnick, 2013).}, hoe belangrijk vind je het om minder te drinken?"),
        (R, "Een vier, misschien. Voor mijn vrouw een tien. (lacht)"),
        (M, "Een vier. Waarom een vier en geen twee?"),
        (R, "Omdat ik 's ochtends wel eens hoofdpijn heb. En ik wil niet worden zoals mijn vader. Die dronk ook."),
        (M, "Je vader dronk ook."),
        (R, "Ja. Hij is op zijn zestigste overleden. Lever. Ik ben nu achtenvijftig."),
        (M, "Dat is iets wat je bezighoudt."),
        (R, "Daar denk ik weleens aan, ja. Maar ik ben niet zoals hij. Ik heb altijd gewerkt. Ik ben nooit naar de "
            "AA{fn:Anonieme Alcoholisten, een zelfhulpgroep.} gegaan of zo."),
        (M, "Wat zou er voor jou moeten gebeuren om van die vier een zes te maken?"),
        (R, "Goeie vraag. (stilte) Als ik weer werk zou hebben, denk ik. Dan heb ik een reden om op tijd naar bed "
            "te gaan."),
    ]
    for role, text in turns:
        label = "Mira:" if role == M else "Robert:"
        p = doc.add_paragraph(style="List Number")
        spacing(p, after=5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.6))
        p.add_run(label + "\t")
        add_text(p, text, fn=fn)
        conv.add(role, label.rstrip(":"), text)

    doc.add_heading("Reflectie", level=2)
    doc.add_paragraph(
        "Bij beurt 15 viel ik terug in adviseren, wat in MGV juist weerstand oproept. Robert reageerde ook met "
        "'ja, maar'. De schaalvraag en de vervolgvraag ('waarom een vier en geen twee?') leverden verandertaal op: "
        "hoofdpijn en zijn vader.")
    fn.finish()
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 11  English, Therapist/Client inside text cells, time column, two turns per cell
# --------------------------------------------------------------------------------------

def build_11():
    name = "en11_panic_attacks_therapist_table.docx"
    layout = ("English; 3-column table 'Time | Transcript | Comments' with header row; 'Therapist:' / 'Client:' "
              "written inside the transcript cell, some cells hold two turns as separate paragraphs; time column "
              "mm:ss; comments often empty (always empty in two-turn rows); landscape page")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    set_margins(doc, 2, 2, 2.5, 2.5)

    p = doc.add_paragraph()
    fmt_run(p.add_run("Counselling Skills 2 – Transcript assignment"), bold=True, size=16)
    doc.add_paragraph("Hannah Okafor (student no. 6021458) · International Social Work, year 2 · "
                      "Tutor: Dr M. Evans · Submitted 3 March 2025")
    doc.add_paragraph(
        "Introduction: this is a first session with Sam (24, name changed), a junior analyst who has been "
        "having what he calls panic attacks at work. The session was role-played with a fellow student and "
        "recorded with consent. The comments column shows the skill I was using or my reflection on it.")

    T, C = "helper", "client"
    lab = {T: "Therapist", C: "Client"}
    rows = [
        ([(T, "Hi Sam, thanks for coming in. Before we start, is it okay if I record this for my course?"),
          (C, "Yeah, that's fine.")], ""),
        ([(T, "Great. So what brings you here today?")], "open question"),
        ([(C, "Um, so, I've been having these... I think they're panic attacks? At work mostly. My heart starts "
              "racing and I feel like I can't breathe.")], ""),
        ([(T, "That sounds really frightening. When did they start?")], "reflection of feeling + closed question"),
        ([(C, "About two months ago. The first one was in a team meeting. I had to leave the room. Everyone was "
              "staring at me.")], ""),
        ([(T, "Everyone was staring."),
          (C, "Yeah. Well, I think so. Maybe not everyone. It felt like it anyway.")], ""),
        ([(T, "What was going on at work around that time?")], "exploring context"),
        ([(C, "We got a new manager. She's very... direct. She asks for updates all the time, and she likes to put "
              "people on the spot in meetings.")], ""),
        ([(T, "Have you tried talking to her about it?")],
         "Closed question. I moved to problem-solving far too fast here."),
        ([(C, "No way. I mean, I can't just go up to her and say, hey, you're giving me panic attacks. (laughs)")],
         ""),
        ([(T, "Maybe you could try some breathing exercises before the meetings. There are some good apps for "
              "that."),
          (C, "Yeah, maybe. I've tried one, but when it actually happens, I just forget everything.")], ""),
        ([(T, "So in the moment itself, it's hard to remember what might help.")], "paraphrase"),
        ([(C, "Exactly. It's like my brain just shuts down. And afterwards I feel so stupid.")], ""),
        ([(T, "Stupid?")], "probing"),
        ([(C, "Yeah, like, what's wrong with me? Other people can just sit in a meeting. I've always been a bit "
              "anxious, but never like this.")], ""),
        ([(T, "It sounds like you're being quite hard on yourself."),
          (C, "(pause) My mum says that too.")], ""),
        ([(T, "What do you think she means by that?")], "open question"),
        ([(C, "That I expect too much from myself. That I always want to do everything perfectly. She's probably "
              "right.")], ""),
    ]
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for i, h in enumerate(["Time", "Transcript", "Comments"]):
        fmt_run(table.rows[0].cells[i].paragraphs[0].add_run(h), bold=True)
        shade(table.rows[0].cells[i], "FCE4D6")
    clock = 0.0
    for parts, note in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(timecode(clock, hours=False))
        for k, (role, text) in enumerate(parts):
            par = cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()
            fmt_run(par.add_run(lab[role] + ":"), bold=True)
            par.add_run(" " + text)
            conv.add(role, lab[role], text, note if len(parts) == 1 else None)
            clock += speaking_time(text) + 1
        if note:
            cells[2].paragraphs[0].add_run(note)
    widths(table, [1.6, 15.5, 7.5])

    doc.add_heading("Reflection", level=2)
    doc.add_paragraph(
        "Looking back, the first five minutes went well, but as soon as Sam mentioned his manager I went into "
        "fixing mode (talking to her, breathing apps). Sam politely went along with it but nothing changed. The "
        "moment I picked up on the word 'stupid' the session became much more personal.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------
# 12  English, 'Me:' / 'Jess:', manual line breaks, non-verbal lines
# --------------------------------------------------------------------------------------

def build_12():
    name = "en12_homesick_me_jess.docx"
    layout = ("English; paragraphs 'Me:' (student) / 'Jess:' (client) with the label in bold; manual line breaks "
              "inside turns; non-verbal notes in italics on their own line (belong to the turn before); short "
              "title block, Reflection after")
    conv = Conv()
    doc = Document()
    set_base_font(doc, "Helvetica", 11)
    set_margins(doc)

    doc.add_heading("Listening skills – practice conversation 1", level=1)
    doc.add_paragraph("Tom de Graaf | 3345120 | Counselling minor | tutor: Ms R. Haddad | 10 October 2024")
    doc.add_paragraph(
        "Context: Jess (20) is a first-year student from Leeds who moved to Amsterdam in September. She came to "
        "the student support drop-in because she feels lonely. (Roleplay with a classmate.)")

    M, J = "helper", "client"
    items = [
        (M, "Hey Jess, come in. How are you doing?"),
        (J, "I'm okay. Ish. Honestly, not great."),
        (M, "Not great. Do you want to tell me a bit more?"),
        (J, "It's just... I moved here in September for uni, and I thought it would be this big adventure, you "
            "know?\nBut I don't really know anyone. My flatmates are all Dutch and they speak Dutch to each other "
            "all the time."),
        ("nv", "(Jess pulls her sleeves over her hands, long pause)"),
        (M, "That sounds lonely."),
        (J, "Yeah. It is. I call my mum every night. Which is a bit sad when you're twenty.\nShe keeps asking if "
            "I've made friends yet."),
        (M, "Have you thought about joining a student society? There's loads of them,\nlike the climbing club or "
            "the international student association."),
        (J, "Yeah, I've looked at them. But I'd have to go on my own, and walking into a room full of strangers... "
            "I just can't."),
        (M, "So going alone feels like a big step."),
        (J, "It feels massive. Which is stupid, I know.\nBack home I was the one who organised everything."),
        ("nv", "(laughs, then goes quiet)"),
    ]
    for role, text in items:
        if role == "nv":
            p = spacing(doc.add_paragraph(), after=8)
            p.paragraph_format.left_indent = Cm(1)
            add_text(p, text, italic=True)
            conv.extend(text)
            continue
        label = "Me:" if role == M else "Jess:"
        p = spacing(doc.add_paragraph(), after=8)
        fmt_run(p.add_run(label), bold=True)
        p.add_run(" ")
        add_text(p, text)
        conv.add(role, label.rstrip(":"), text)

    doc.add_heading("Reflection", level=2)
    doc.add_paragraph(
        "I jumped to the student societies far too quickly. When I reflected 'that sounds lonely' Jess opened up, "
        "but I did not stay with that feeling. Next time I want to explore what 'back home' meant to her.")
    doc.save(os.path.join(OUT, name))
    return name, layout, conv


# --------------------------------------------------------------------------------------

BUILDERS = [build_01, build_02, build_03, build_04, build_05, build_06,
            build_07, build_08, build_09, build_10, build_11, build_12]

# converted to PDF the way a student exports from Word
TO_PDF = ["nl01_eenzaamheid_label_eigen_regel.docx",
          "nl03_schulden_tijdstempels_voetnoten.docx",
          "nl04_vader_kolom_per_spreker.docx",
          "nl05_mantelzorg_tijdkolom_lang.docx",
          "nl10_alcohol_nummering_voetnoten.docx",
          "en11_panic_attacks_therapist_table.docx"]


def main():
    entries = []
    for build in BUILDERS:
        name, layout, conv = build()
        lang = "en" if name.startswith("en") else "nl"
        entries.append({"file": name, "language": lang, "layout": layout, "turns": conv.turns})

    docs = [os.path.join(OUT, n) for n in TO_PDF]
    subprocess.run(["libreoffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", OUT] + docs, check=True, timeout=600,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    by_name = {e["file"]: e for e in entries}
    for n in TO_PDF:
        src = by_name[n]
        pdf = n[:-5] + ".pdf"
        if not os.path.getsize(os.path.join(OUT, pdf)):
            sys.exit(f"empty PDF: {pdf}")
        entries.append({"file": pdf, "language": src["language"],
                        "layout": "PDF exported with LibreOffice from " + n + "; " + src["layout"],
                        "turns": src["turns"]})

    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump({"files": entries}, f, ensure_ascii=False, indent=1)
    print(f"{len(entries)} files in key")


if __name__ == "__main__":
    main()
