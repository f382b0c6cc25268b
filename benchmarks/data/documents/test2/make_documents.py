"""Build the test2 set of student conversation transcripts ("harder cases" round).

Creates 12 .docx files (10 Dutch, 2 English), converts 6 of them to PDF with
LibreOffice, and writes key.json with the expected turns for every file.

Run:  /work/main/.venv/bin/python make_documents.py
"""

import json
import re
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo-test2"

FN_RE = re.compile(r"\[\[fn:(.*?)\]\]", re.S)
TOKEN_RE = re.compile(r"(\[\[fn:.*?\]\]|\n)", re.S)


# --------------------------------------------------------------------------
# conversation model + key
# --------------------------------------------------------------------------

def T(label, who, role, *parts, note=None, **extra):
    """One written turn.  parts: str (\n = manual line break, [[fn:..]] = footnote)
    or NV("...") for a non-verbal note written on its own line after the turn."""
    d = dict(label=label, who=who, role=role, parts=list(parts), note=note)
    d.update(extra)
    return d


def NV(text):
    return ("nv", text)


def clean(s):
    s = FN_RE.sub("", s)
    return re.sub(r"\s+", " ", s).strip()


def part_text(p):
    return clean(p[1] if isinstance(p, tuple) else p)


def key_turns(turns):
    """Turns as the key wants them: consecutive turns of one person merged,
    speaker = label written at that person's first turn."""
    first_label = {}
    out = []
    prev = None
    for t in turns:
        if t["who"] not in first_label:
            first_label[t["who"]] = t["label"]
        text = " ".join(x for x in (part_text(p) for p in t["parts"]) if x)
        note = clean(t["note"]) if t.get("note") else None
        note = note or None
        if out and t["who"] == prev:
            o = out[-1]
            o["text"] = (o["text"] + " " + text).strip()
            if note:
                o["note"] = note if not o["note"] else o["note"] + " " + note
        else:
            out.append(dict(speaker=first_label[t["who"]], role=t["role"],
                            text=text, note=note))
        prev = t["who"]
    return out


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------

class Footnotes:
    """Minimal footnote support (python-docx has none): adds word/footnotes.xml."""

    def __init__(self, doc):
        self.doc = doc
        self.part = None
        self.next_id = 1

    def _ensure(self):
        if self.part is not None:
            return
        xml = (
            '<w:footnotes %s>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            '</w:footnotes>' % nsdecls("w", "r")
        )
        self.part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES,
                            parse_xml(xml), self.doc.part.package)
        self.doc.part.relate_to(self.part, RT.FOOTNOTES)

    def add(self, paragraph, text):
        self._ensure()
        fid = self.next_id
        self.next_id += 1
        fn = parse_xml(
            '<w:footnote %s w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r>'
            '</w:p></w:footnote>' % (nsdecls("w"), fid, escape(text))
        )
        self.part.element.append(fn)
        r = paragraph.add_run()
        rpr = r._r.get_or_add_rPr()
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        r._r.append(ref)


def add_rich(p, text, fn=None, bold=None, italic=None, size=None, color=None):
    """Add text to a paragraph: '\n' -> manual line break, [[fn:..]] -> footnote."""
    for tok in TOKEN_RE.split(text):
        if not tok:
            continue
        if tok == "\n":
            p.add_run().add_break()
        elif tok.startswith("[[fn:"):
            fn.add(p, FN_RE.match(tok).group(1))
        else:
            r = p.add_run(tok)
            if bold is not None:
                r.bold = bold
            if italic is not None:
                r.italic = italic
            if size is not None:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = RGBColor.from_string(color)
    return p


def set_base_font(doc, name, size, after=6, line=None):
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
    st.paragraph_format.space_after = Pt(after)
    if line:
        st.paragraph_format.line_spacing = line


def add_field(paragraph, instr, size=None):
    def r_with(el):
        r = paragraph.add_run()
        if size:
            r.font.size = Pt(size)
        r._r.append(el)
        return r
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r_with(s)
    r = paragraph.add_run("1")
    if size:
        r.font.size = Pt(size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r_with(e)


def header_text(section, text, align=WD_ALIGN_PARAGRAPH.LEFT, size=9):
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    p.alignment = align
    return p


def footer_page_x_of_y(section, before="Pagina ", mid=" van ", prefix_text=None, size=9,
                       align=WD_ALIGN_PARAGRAPH.CENTER):
    p = section.footer.paragraphs[0]
    p.text = ""
    p.alignment = align
    if prefix_text:
        r = p.add_run(prefix_text)
        r.font.size = Pt(size)
    r = p.add_run(before)
    r.font.size = Pt(size)
    add_field(p, "PAGE", size)
    if mid is not None:
        r = p.add_run(mid)
        r.font.size = Pt(size)
        add_field(p, "NUMPAGES", size)
    return p


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


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


def set_cell(cell, paragraphs, fn=None, bold=None, italic=None, size=None, after=0):
    """paragraphs: list of str, each one cell paragraph ('\n' = line break)."""
    if isinstance(paragraphs, str):
        paragraphs = [paragraphs]
    first = True
    for text in paragraphs:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(after)
        if text:
            add_rich(p, text, fn=fn, bold=bold, italic=italic, size=size)


def label_value_lines(doc, pairs, bold_labels=True, size=None, after=0):
    for lab, val in pairs:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(after)
        r = p.add_run(lab)
        r.bold = bold_labels
        if size:
            r.font.size = Pt(size)
        r = p.add_run(val)
        if size:
            r.font.size = Pt(size)


def save(doc, name):
    path = OUT / name
    doc.save(path)
    return path


# --------------------------------------------------------------------------
# 01  loneliness - Student:/Cliënt: paragraphs, line breaks, label on own line,
#     non-verbal notes on own line, observer remarks in [ ]
# --------------------------------------------------------------------------

def doc01():
    S, C = "helper", "client"
    turns = [
        T("Student", "s", S, "Hoi Joost, fijn dat je wilde komen. Ik ben Femke, derdejaars. We hebben ongeveer twintig minuten. Waar zou je het vandaag over willen hebben?"),
        T("Cliënt", "c", C, "Ehm, ja. Het gaat eigenlijk over dat ik me best alleen voel sinds ik hier woon."),
        T("Student", "s", S, "Oké. Sinds wanneer woon je hier?"),
        T("Cliënt", "c", C, "Sinds september. Ik kom uit Zeeland, uit een klein dorp, en hier ken ik eigenlijk niemand.",
          NV("(Cliënt kijkt naar zijn handen, stilte van ongeveer 8 seconden)")),
        T("Student", "s", S, "Dus je bent in september hier komen wonen en je kent nog bijna niemand.\nHoe is dat voor jou?"),
        T("Cliënt", "c", C, "Ja, saai vooral. Ik zit veel op mijn kamer. [observator: cliënt haalt zijn schouders op] Na college ga ik gewoon naar huis en dan game ik een beetje of zo."),
        T("Student", "s", S, "Heb je wel huisgenoten?"),
        T("Cliënt", "c", C, "Ja, vier. Maar die hebben allemaal hun eigen vrienden al. Het zijn ouderejaars, die kennen elkaar al jaren."),
        T("Student", "s", S, "Misschien kun je eens voorstellen om samen te koken? Dan leer je ze vanzelf beter kennen.", own_line=True),
        T("Cliënt", "c", C, "Ja, maar... ze eten nooit op dezelfde tijd. En ik wil me ook niet opdringen."),
        T("Student", "s", S, "Je wilt je niet opdringen."),
        T("Cliënt", "c", C, "Nee. Thuis was het gewoon anders, daar kende iedereen je. Hier ben ik gewoon... niemand, zeg maar.",
          NV("(stilte)")),
        T("Student", "s", S, "Dat klinkt eenzaam."),
        T("Cliënt", "c", C, "Ja. (zucht) Ja, dat is het wel, denk ik.",
          "Ik durf het niet echt tegen mijn ouders te zeggen, want die waren zo trots dat ik ging studeren. Mijn moeder heeft het aan de hele straat verteld.",
          own_line=True),
        T("Student", "s", S, "Wat denk je dat er gebeurt als je het wel tegen ze zegt?\nWat zouden ze zeggen?"),
        T("Cliënt", "c", C, "Mijn moeder gaat zich zorgen maken. Die belt dan elke dag. En mijn vader zegt: gewoon doorzetten, jongen. [cliënt lacht een beetje]"),
        T("Student", "s", S, "Heb je al eens gedacht aan een studentenvereniging of een sportclub?"),
        T("Cliënt", "c", C, "Ja, daar heb ik wel aan gedacht. Maar dat kost ook geld en ik weet niet of ik daar pas.\nIk ben niet zo van het feesten."),
        T("Student", "s", S, "Oké. We hebben nog een paar minuten. Als ik het zo hoor, voel je je best alleen hier, je huisgenoten hebben hun eigen leven en je wilt je ouders niet ongerust maken. Klopt dat?"),
        T("Cliënt", "c", C, "Ja, dat klopt wel. [cliënt knikt] Het is eigenlijk wel fijn om het een keer hardop te zeggen."),
        T("Student", "s", S, "Wat zou je volgende week anders willen doen?", own_line=True),
        T("Cliënt", "c", C, "Misschien gewoon een keer in de keuken blijven zitten als ze er zijn. Kijken wat er gebeurt.",
          NV("(Cliënt glimlacht voor het eerst in het gesprek)")),
    ]

    doc = Document()
    set_base_font(doc, "Calibri", 11, after=6)
    doc.add_heading("Uitgewerkt gesprek – Gespreksvaardigheden 2", level=1)
    label_value_lines(doc, [
        ("Naam: ", "Femke de Vries"),
        ("Studentnummer: ", "4821937"),
        ("Opleiding: ", "Social Work, voltijd, jaar 3"),
        ("Docent: ", "mw. J. Bakker"),
        ("Datum gesprek: ", "14 februari 2024"),
    ])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Context: ").bold = True
    p.add_run("Dit is een oefengesprek met een medestudent die een eigen casus inbracht. De cliënt heet in dit "
              "verslag Joost (gefingeerde naam). Hij is 19 jaar, eerstejaars, en woont sinds kort op kamers. "
              "Opmerkingen van de observator staan tussen vierkante haken.")
    doc.add_heading("Het gesprek", level=2)

    for t in turns:
        lab = t["label"] + ":"
        parts = t["parts"]
        if t.get("own_line"):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.add_run(lab)
            for part in parts:
                if isinstance(part, tuple):
                    q = doc.add_paragraph()
                    q.add_run(part[1]).italic = True
                else:
                    q = doc.add_paragraph()
                    add_rich(q, part)
        else:
            p = doc.add_paragraph()
            p.add_run(lab + " ")
            add_rich(p, parts[0])
            for part in parts[1:]:
                q = doc.add_paragraph()
                if isinstance(part, tuple):
                    q.add_run(part[1]).italic = True
                else:
                    add_rich(q, part)

    doc.add_heading("Reflectie", level=2)
    doc.add_paragraph(
        "Ik merkte dat ik in het begin veel gesloten vragen stelde (\"Heb je wel huisgenoten?\"). Ook gaf ik "
        "te snel advies over samen koken, terwijl Joost nog helemaal niet had verteld hoe hij zich voelde. "
        "Pas toen ik zei \"Dat klinkt eenzaam\" kwam het gesprek echt op gang. Een volgende keer wil ik "
        "langer bij het gevoel blijven voordat ik naar oplossingen ga.")
    doc.add_paragraph(
        "Feedback observator: goede samenvatting aan het eind, maar let op dat je niet twee vragen tegelijk stelt.")
    return doc, turns, ("Paragraphs 'Student:' / 'Cliënt:' after a title block and 'Context:' paragraph; "
                        "manual line breaks inside turns, some labels alone on their line with the text in the next "
                        "paragraph(s), italic non-verbal notes on their own line, observer remarks in [ ]; "
                        "'Reflectie' section after")


# --------------------------------------------------------------------------
# 02  debts - List Number numbering + "[00:00:04] HV:" timestamps, header/footer,
#     appendix with an assessment table
# --------------------------------------------------------------------------

def doc02():
    H, C = "helper", "client"
    data = [
        ("00:00:04", "HV", "Goedemiddag meneer De Bruin, gaat u zitten. Ik ben Marloes, ik loop stage hier bij het maatschappelijk werk. Vindt u het goed dat ik het gesprek opneem voor mijn opleiding?"),
        ("00:00:15", "CL", "Ja hoor, prima."),
        ("00:00:19", "HV", "Fijn. U heeft contact opgenomen vanwege geldzaken, heb ik begrepen. Kunt u daar wat meer over vertellen?"),
        ("00:00:31", "CL", "Ja. Nou, het is een beetje uit de hand gelopen. Ik krijg steeds meer brieven en ik maak ze eigenlijk niet meer open."),
        ("00:00:48", "HV", "U maakt de brieven niet meer open."),
        ("00:00:52", "CL", "Nee. Ze liggen in een la in de schuur. Mijn vrouw weet het ook niet precies. (stilte) Het zijn er best veel."),
        ("00:01:10", "HV", "Hoeveel brieven zijn het ongeveer?"),
        ("00:01:14", "CL", "Geen idee. Dertig? Veertig?"),
        ("00:01:20", "HV", "En weet u van wie die brieven zijn?"),
        ("00:01:24", "CL", "Van de zorgverzekering denk ik, en een deurwaarder. En van een webwinkel, dat was voor de kinderen met Sinterklaas. Achteraf betalen, weet u wel."),
        ("00:01:41", "HV", "Oké. Heeft u al eens gebeld met die instanties?"),
        ("00:01:45", "CL", "Nee. Ik schaam me gewoon. Ik heb altijd gewerkt, weet u. Sinds ik in de ziektewet zit is alles anders."),
        ("00:02:03", "HV", "U schaamt zich."),
        ("00:02:06", "CL", "Ja. Mijn vader heeft nooit een cent schuld gehad. Die zou zich omdraaien in zijn graf."),
        ("00:02:15", "HV", "Sinds wanneer zit u in de ziektewet?"),
        ("00:02:19", "CL", "Sinds vorig jaar maart. Rugklachten. Hernia, twee keer geopereerd."),
        ("00:02:26", "HV", "Misschien is het een idee om alle brieven mee te nemen naar de volgende afspraak, dan kunnen we samen een overzicht maken."),
        ("00:02:40", "CL", "Ja, maar dan moet ik ze wel eerst openmaken. En daar zie ik echt tegen op."),
        ("00:02:49", "HV", "Wat maakt het zo moeilijk om ze open te maken?"),
        ("00:02:55", "CL", "Dan wordt het echt, snapt u. Zolang ze dicht zijn, lijkt het nog niet zo erg. (lacht kort) Klinkt stom hè."),
        ("00:03:12", "HV", "Nee, dat klinkt niet stom. Zolang de brieven dicht blijven, hoeft u nog niet te zien hoe groot het is."),
        ("00:03:24", "CL", "Precies. Ja."),
        ("00:03:29", "HV", "Zou het helpen als we ze samen openmaken, hier op kantoor?"),
        ("00:03:35", "CL", "Dat zou wel schelen. Dan sta ik er tenminste niet alleen voor. Maar dan moet mijn vrouw het ook weten."),
        ("00:03:47", "HV", "Hoe denkt u dat uw vrouw zal reageren?"),
        ("00:03:52", "CL", "Boos. Of verdrietig. Ik weet het niet. Ze vermoedt al wel iets, denk ik. Ze vraagt steeds waarom ik zo vaak naar de schuur ga."),
    ]
    turns = [T(lab, lab, H if lab == "HV" else C, txt, time=tm) for tm, lab, txt in data]

    doc = Document()
    set_base_font(doc, "Arial", 10, after=4)
    sec = doc.sections[0]
    header_text(sec, "Marloes Jansen – 2217654 – MWD jaar 2 – Methodisch werken", align=WD_ALIGN_PARAGRAPH.RIGHT, size=8)
    footer_page_x_of_y(sec, before="Pagina ", mid=" van ", size=8)

    t = doc.add_paragraph()
    r = t.add_run("Opdracht 3: transcript intakegesprek schuldhulp")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Marloes Jansen | studentnummer 2217654 | klas MWD2B | docent: dhr. P. Smeets | 3 april 2024")
    doc.add_heading("Inleiding", level=2)
    doc.add_paragraph(
        "Het gesprek hieronder is een eerste gesprek met meneer De Bruin (gefingeerde naam), 52 jaar, die zichzelf "
        "heeft aangemeld bij het algemeen maatschappelijk werk vanwege betalingsachterstanden. Het gesprek is met "
        "toestemming opgenomen en letterlijk uitgewerkt. Tussen haken staat de tijd in de opname. HV = hulpverlener "
        "(ik), CL = cliënt.")
    doc.add_heading("Transcript", level=2)

    for tu in turns:
        p = doc.add_paragraph(style="List Number")
        r = p.add_run("[%s] " % tu["time"])
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p.add_run(tu["label"] + ": ")
        add_rich(p, tu["parts"][0])

    doc.add_page_break()
    doc.add_heading("Bijlage 1: beoordelingsformulier", level=2)
    crit = [
        ("Criterium", "Zelfbeoordeling", "Docent"),
        ("Opening en contact maken", "voldoende", ""),
        ("Open vragen / doorvragen", "voldoende", ""),
        ("Gevoelsreflecties", "onvoldoende", ""),
        ("Samenvatten", "voldoende", ""),
        ("Afronding en vervolgafspraak", "niet aan toegekomen", ""),
    ]
    tb = doc.add_table(rows=len(crit), cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(crit):
        for j, v in enumerate(row):
            set_cell(tb.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph()
    doc.add_paragraph("Handtekening praktijkbegeleider: ______________________")
    return doc, turns, ("Word 'List Number' automatic numbering; each item '[hh:mm:ss] HV: ...' / 'CL: ...'; "
                        "header with name and footer 'Pagina X van Y'; 'Inleiding' before, appendix "
                        "'Bijlage 1: beoordelingsformulier' with a criteria table after a page break")


# --------------------------------------------------------------------------
# 03  burn-out - long table, one column per speaker (Nr | Student | Cliënt | Reflectie),
#     merged title row, two repeated header rows; title block as a table
# --------------------------------------------------------------------------

def doc03():
    rows = [
        ("S", "Goedemorgen Ingrid, fijn dat je er weer bent. Vorige week hebben we kennisgemaakt. Hoe is het de afgelopen week gegaan?", "open vraag"),
        ("C", "Wisselend. Maandag en dinsdag ging het best oké, maar woensdag lag ik eigenlijk de hele dag op de bank. Ik kon niks.", ""),
        ("S", "Wat gebeurde er woensdag?", "doorvragen"),
        ("C", "Niks bijzonders eigenlijk. Dat is juist het rare. Ik werd wakker en ik was gewoon op. Alsof iemand de stekker eruit had getrokken.", ""),
        ("S", "Alsof de stekker eruit was.", "parafraseren"),
        ("C", "Ja. En dan ga ik me schuldig voelen, want mijn man werkt gewoon en de kinderen moeten naar school en ik lig daar maar.", ""),
        ("S", "Heb je die dag nog iets gedaan?", ""),
        ("C", "Boodschappen. 's Middags. Maar in de supermarkt kwam ik een moeder van school tegen en die vroeg wanneer ik weer terugkwam. Toen ben ik zo snel mogelijk weggegaan, met de helft van mijn boodschappen nog in het schap.", ""),
        ("S", "Wat zei je tegen haar?", "Hier had ik beter kunnen vragen wat die vraag met haar deed."),
        ("C", "Dat ik het nog niet wist. Wat ook zo is. (stilte) Ik schaam me er gewoon voor.", ""),
        ("S", "Je schaamt je ervoor.", "gevoelsreflectie"),
        ("C", "Ja. Ik ben altijd degene die alles regelt. Op school, thuis, bij mijn moeder. En nu lukt het me niet eens om de vaatwasser uit te ruimen.", ""),
        ("S", "Hoe lang werk je al op school?", ""),
        ("C", "Negentien jaar. Altijd groep 3. Ik vond het heerlijk. Vind het eigenlijk nog steeds heerlijk, maar de laatste jaren werd het steeds meer. Grotere klassen, kinderen die veel zorg nodig hebben, geen invallers als er iemand ziek is.", ""),
        ("S", "Dat klinkt als heel veel.", ""),
        ("C", "Ja. En ik zei nooit nee. Als er een collega ziek was, nam ik de helft van haar klas erbij. Dat deed je gewoon.", ""),
        ("S", "Dat deed je gewoon. Waarom eigenlijk, denk je?", "open vraag (waarom-vraag, kan sturend overkomen)"),
        ("C", "Omdat de kinderen er anders de dupe van zijn. En omdat... ik weet het niet. Ik wil niet dat ze denken dat ik het niet aankan.", ""),
        ("S", "Wie zijn 'ze'?", "concretiseren"),
        ("C", "Mijn directeur. Collega's. Mezelf misschien ook wel. (lacht kort)", ""),
        ("S", "Jezelf ook.", ""),
        ("C", "Ja. Mijn vader zei altijd: niet zeuren, doorwerken. Zo ben ik opgevoed.", ""),
        ("S", "En je moeder, waar je het net over had, zorg je ook voor haar?", "Ik ging hier naar een ander onderwerp, terwijl ze net iets belangrijks zei over haar vader."),
        ("C", "Ja, ze woont nog zelfstandig, maar ze wordt vergeetachtig. Ik deed haar boodschappen en haar administratie. Mijn broer woont in Groningen, die komt eens per maand langs.", ""),
        ("S", "Dus je zorgt ook nog voor je moeder, naast je werk en je gezin.", "samenvatting"),
        ("C", "Zorgde. Nu doet mijn man de boodschappen voor haar. Dat vind ik ook weer moeilijk.", ""),
        ("S", "Misschien kun je je broer vragen om wat meer te doen?", "advies gegeven"),
        ("C", "Ja, maar die heeft het ook druk. En hij is er gewoon niet zo goed in. Dan gaat het toch mis en moet ik het weer oplossen.", ""),
        ("S", "Oké. (stilte)", ""),
        ("S", "Wat zegt je huisarts eigenlijk over je klachten?", "vraag naar feiten"),
        ("C", "Dat het een burn-out is. Ik moest naar de POH, die zie ik nu om de week. En de bedrijfsarts wil dat ik in januari weer een paar uurtjes ga opbouwen.", ""),
        ("S", "Hoe kijk je daartegenaan?", "open vraag"),
        ("C", "Eerlijk? Ik word al misselijk als ik eraan denk. Maar ik wil ook weer terug. Ik mis de kinderen.", ""),
        ("S", "Je mist de kinderen en tegelijk zie je er erg tegenop.", "gevoelsreflectie, dubbele gevoel benoemd"),
        ("C", "Ja. Precies dat. (stilte) Ik ben bang dat ik er weer in val. Dat ik de eerste week alweer overal ja op zeg.", ""),
        ("S", "Wat zou je kunnen helpen om niet overal ja op te zeggen?", "open vraag, oplossingsgericht"),
        ("C", "Ik weet het niet. Als ik dat wist, zat ik hier niet. (lacht) Sorry.", ""),
        ("S", "Geen sorry nodig. Je mag het best even niet weten.", ""),
        ("C", "Dank je. Dat is eigenlijk fijn om te horen.", ""),
        ("S", "Heb je weleens eerder nee gezegd, op school of ergens anders?", "zoeken naar uitzonderingen"),
        ("C", "Hm. Een keer, met de schoolreis. Toen wilden ze dat ik de hele organisatie deed en toen heb ik gezegd dat ik alleen de bus regelde.", ""),
        ("S", "Hoe ging dat?", "doorvragen"),
        ("C", "Eigenlijk goed. Niemand was boos. Een collega heeft de rest gedaan. Ik had er wel een paar nachten slecht van geslapen, maar het ging prima.", ""),
        ("S", "Dus je hebt een keer nee gezegd, en niemand was boos.", "samenvatting"),
        ("C", "Ja. Raar eigenlijk, dat ik dat vergeten was.", ""),
        ("S", "Misschien moet je dat gewoon vaker doen, dan wordt het vanzelf makkelijker.", "Weer advies. Te snel, ze was net zelf aan het ontdekken."),
        ("C", "Ja, maar dat is makkelijker gezegd dan gedaan. Als de directeur voor mijn neus staat, dan hoor ik mezelf al ja zeggen.", ""),
        ("S", "Wat gebeurt er in je als de directeur voor je neus staat?", "doorvragen naar beleving"),
        ("C", "Dan word ik weer dat meisje van twaalf. Dat het goed moest doen voor haar vader. (stilte, tranen) Sorry, ik had niet gedacht dat ik hier zou gaan huilen.", ""),
        ("S", "Het raakt je.", "gevoelsreflectie"),
        ("C", "Ja. Ja, dat doet het.", ""),
        ("S", "We hebben nog een paar minuten. Wil je hier volgende keer verder over praten, over dat meisje van twaalf en je vader?", "afronding"),
        ("C", "Ja. Ik denk dat dat wel belangrijk is. Ook voor als ik straks weer ga werken.", ""),
        ("S", "Goed, dan schrijf ik dat op. Wat neem je mee van vandaag?", "afronding, open vraag"),
        ("C", "Dat ik wel degelijk nee kan zeggen. Die schoolreis. Daar ga ik aan denken deze week.", ""),
    ]
    turns = []
    for who, txt, note in rows:
        if who == "S":
            turns.append(T("Student", "s", "helper", txt, note=note))
        else:
            turns.append(T("Cliënt", "c", "client", txt, note=note))

    doc = Document()
    set_base_font(doc, "Calibri", 10.5, after=4)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("Lotte Hendriks – Praktijkleren 2 – ")
    r.font.size = Pt(8)
    add_field(p, "PAGE", 8)

    ttl = doc.add_paragraph()
    ttl.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ttl.add_run("Beroepsproduct 2: uitgewerkt begeleidingsgesprek")
    r.bold = True
    r.font.size = Pt(16)
    info = [("Naam student", "Lotte Hendriks"), ("Studentnummer", "2045561"),
            ("Opleiding", "Sociaal Pedagogische Hulpverlening, deeltijd"),
            ("Onderwijseenheid", "Praktijkleren 2"), ("Docent", "drs. M. Oudshoorn"),
            ("Inleverdatum", "22 maart 2024")]
    tb = doc.add_table(rows=len(info), cols=2)
    tb.style = "Table Grid"
    for i, (a, b) in enumerate(info):
        set_cell(tb.cell(i, 0), a, bold=True)
        set_cell(tb.cell(i, 1), b)
        shade(tb.cell(i, 0), "E7E6E6")
    set_col_widths(tb, [4.5, 11.5])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Context: ").bold = True
    p.add_run("Ingrid (gefingeerde naam) is 43 jaar en leerkracht in het basisonderwijs. Zij zit sinds drie maanden "
              "thuis met een burn-out en heeft via haar huisarts begeleiding gezocht. Dit is ons tweede gesprek. "
              "In de kolom Reflectie staat wat ik achteraf van mijn interventie vind.")

    tbl = doc.add_table(rows=2, cols=4)
    tbl.style = "Table Grid"
    title = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[3])
    set_cell(title, "Gesprek 2 - 12 maart", bold=True)
    title.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    shade(title, "BDD7EE")
    for j, h in enumerate(["Nr", "Student", "Cliënt", "Reflectie"]):
        c = tbl.rows[1].cells[j]
        set_cell(c, h, bold=True)
        shade(c, "DEEAF6")
    repeat_header(tbl.rows[0])
    repeat_header(tbl.rows[1])
    for i, (who, txt, note) in enumerate(rows, start=1):
        cells = tbl.add_row().cells
        set_cell(cells[0], str(i))
        set_cell(cells[1], txt if who == "S" else "")
        set_cell(cells[2], txt if who == "C" else "")
        set_cell(cells[3], note, italic=True, size=9)
    set_col_widths(tbl, [1.0, 6.0, 6.0, 3.6])

    doc.add_heading("Reflectie", level=2)
    doc.add_paragraph(
        "Wat mij opvalt als ik het gesprek teruglees, is dat ik twee keer advies gaf (rij 27 en 46) op momenten "
        "dat Ingrid zelf aan het ontdekken was. Tegelijk ben ik tevreden over de uitzonderingsvraag over het nee "
        "zeggen: daar ontstond voor het eerst iets van hoop. Het moment bij rij 49, toen ze over haar vader en het "
        "meisje van twaalf begon, heb ik bewust niet verder uitgediept omdat de tijd bijna om was.")
    doc.add_heading("Literatuur", level=2)
    doc.add_paragraph("Lang, G., & Van der Molen, H. T. (2014). Psychologische gespreksvoering. Amsterdam: Boom.")
    doc.add_paragraph("Bannink, F. (2012). Praktijkboek oplossingsgerichte gespreksvoering. Amsterdam: Pearson.")
    return doc, turns, ("Long table, one column per speaker: merged title row 'Gesprek 2 - 12 maart' + header "
                        "'Nr | Student | Cliënt | Reflectie', both repeated on every page; two consecutive Student rows "
                        "(29-30) form one turn; title block is a 2-column table; footer with page field; Reflectie and "
                        "Literatuur after")


# --------------------------------------------------------------------------
# 04  roommate conflict - table Nr | Gesprek | Wat deed ik?, the Gesprek cell
#     holds two turns; label spelling varies (Student/student, Cliënt/Client)
# --------------------------------------------------------------------------

def doc04():
    # each row: list of (label, who, text), note
    rows = [
        ([("Student", "s", "Hé Noor, vertel, wat speelt er?"),
          ("Cliënt", "c", "Nou, het gaat over mijn huisgenote, Sanne. We hebben echt de hele tijd ruzie.")],
         "open vraag"),
        ([("student", "s", "Ruzie, waarover dan?"),
          ("Cliënt", "c", "Over alles eigenlijk. De afwas, dat ze haar vriend steeds over de vloer heeft, dat ze mijn eten uit de koelkast pakt.")],
         "doorvragen"),
        ([("Student", "s", "Oh, dat is irritant zeg. Heb je het al met haar besproken?"),
          ("Client", "c", "Ja, een keer. Toen werd ze heel boos en zei ze dat ik overdreef.")],
         "Gesloten vraag. Ik had beter kunnen vragen hoe ze zich daarbij voelde."),
        ([("Student", "s", "Dat je overdreef."),
          ("Cliënt", "c", "Ja. En sindsdien zeggen we eigenlijk niks meer tegen elkaar. Het is echt een rotsfeer in huis. (stilte) Ik ben er liever niet meer.")],
         "herhalen"),
        ([("student", "s", "Je bent er liever niet meer. Waar ben je dan?"),
          ("Cliënt", "c", "Bij mijn vriend, of in de bieb. Ik kom eigenlijk alleen nog thuis om te slapen.")],
         ""),
        ([("Student", "s", "Misschien moet je een huisvergadering voorstellen, met de andere huisgenoten erbij?")],
         "advies gegeven"),
        ([("Client", "c", "Ja, maar de anderen willen zich er niet mee bemoeien. Die zeggen: los het samen maar op.")],
         ""),
        ([("Student", "s", "Hoe is dat voor jou, dat de anderen zich erbuiten houden?"),
          ("Cliënt", "c", "Eenzaam wel. Alsof ik het probleem ben.")],
         "vragen naar gevoel"),
        ([("Student", "s", "Alsof jij het probleem bent. Dat klinkt verdrietig."),
          ("Cliënt", "c", "(knikt) Ja. Ik twijfel soms of ik niet gewoon moet verhuizen. Maar kamers zijn zo duur hier.")],
         "gevoelsreflectie"),
        ([("Student", "s", "Dus je zit een beetje klem: thuis is het vervelend, maar weggaan kan eigenlijk ook niet. Klopt dat?"),
          ("Client", "c", "Ja, precies. Zo voelt het.")],
         "samenvatting"),
        ([("student", "s", "Wat zou je het liefst willen dat er verandert?"),
          ("Cliënt", "c", "Dat we gewoon normaal tegen elkaar kunnen doen. Geen vriendinnen worden of zo, gewoon normaal. Goedemorgen zeggen.")],
         "open vraag"),
    ]
    turns = []
    for cell_turns, note in rows:
        for k, (lab, who, txt) in enumerate(cell_turns):
            role = "helper" if who == "s" else "client"
            # the comment refers to the student's intervention = first turn in the cell
            turns.append(T(lab, who, role, txt, note=note if k == 0 else None))

    doc = Document()
    set_base_font(doc, "Times New Roman", 11, after=6)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Gespreksanalyse: conflict met een huisgenote")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Kevin Ramdin – 3390127 – MWD1C – Gespreksvaardigheden – docent: mevr. A. El Khatib – 9 oktober 2023")
    p = doc.add_paragraph()
    p.add_run("Context: ").bold = True
    p.add_run("Oefengesprek in de les met een medestudent, Noor (gefingeerd), die een echte situatie inbracht. In de "
              "middelste kolom staat het gesprek, in de rechterkolom benoem ik wat ik deed.")

    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for j, h in enumerate(["Nr.", "Gesprek", "Wat deed ik?"]):
        set_cell(tbl.rows[0].cells[j], h, bold=True)
    for i, (cell_turns, note) in enumerate(rows, start=1):
        cells = tbl.add_row().cells
        set_cell(cells[0], str(i))
        set_cell(cells[1], ["%s: %s" % (lab, txt) for lab, _, txt in cell_turns], after=4)
        set_cell(cells[2], note)
    set_col_widths(tbl, [1.1, 10.9, 4.0])

    doc.add_paragraph()
    doc.add_heading("Nabeschouwing", level=2)
    doc.add_paragraph(
        "In rij 3 en 6 ging ik meteen naar de inhoud en naar een oplossing. Vanaf rij 8 lukte het beter om bij het "
        "gevoel van Noor te blijven. Mijn leerdoel voor het volgende gesprek: minder gesloten vragen, en een "
        "samenvatting eerder in het gesprek.")
    return doc, turns, ("Table 'Nr. | Gesprek | Wat deed ik?' with header row; the Gesprek cell usually holds two turns "
                        "as separate paragraphs 'Student: ...' then 'Cliënt: ...' (comment belongs to the student turn); "
                        "label spelling varies: Student/student, Cliënt/Client; 'Nabeschouwing' after")


# --------------------------------------------------------------------------
# 05  sick mother - names Mira:/Robert: + observer O:, label<TAB>text with
#     hanging indent, footnotes
# --------------------------------------------------------------------------

def doc05():
    M, R, O = "Mira", "Robert", "O"
    turns = [
        T(M, "m", "helper", "Hoi Robert. Je zei vorige keer dat het thuis wat zwaar is. Wil je daar vandaag over praten?"),
        T(R, "r", "client", "Ja, is goed. Mijn moeder is dus ziek. Ze heeft borstkanker, dat weten we sinds de zomer."),
        T(M, "m", "helper", "Wat naar. Hoe gaat het nu met haar?"),
        T(R, "r", "client", "Ze heeft nu chemo. Ze is heel moe en ze moet vaak overgeven. Mijn vader werkt, dus ik rijd haar meestal naar het ziekenhuis."),
        T(M, "m", "helper", "Jij rijdt haar naar het ziekenhuis. Hoe vaak is dat?"),
        T(R, "r", "client", "Twee, drie keer per week. Soms vaker. Daardoor mis ik best veel colleges."),
        T(M, "m", "helper", "Weet je studieloopbaanbegeleider daarvan?"),
        T(R, "r", "client", "Nee. Ik wil niet dat mensen me zielig vinden."),
        T(M, "m", "helper", "Op een schaal van 1 tot 10, hoe gaat het nu met jou?[[fn:Schaalvraag uit de oplossingsgerichte benadering (Bannink, 2012).]]"),
        T(R, "r", "client", "Met mij? Ehm... een 5 misschien. (stilte) Nee, eerlijk gezegd een 4."),
        T(M, "m", "helper", "Een 4. Wat maakt dat het een 4 is en geen 2?"),
        T(R, "r", "client", "Mijn vriendin. Die helpt echt. En hardlopen, als ik daar tijd voor heb."),
        T(M, "m", "helper", "Fijn dat je vriendin er is. Misschien kun je ook eens met je vader praten of hij een paar ritjes kan overnemen?"),
        T(R, "r", "client", "Ja, maar hij heeft net een nieuwe baan. Hij kan echt niet weg. En eerlijk gezegd wil ik het ook zelf doen. Het is mijn moeder."),
        T(M, "m", "helper", "Het is jouw moeder, je wilt er voor haar zijn."),
        T(R, "r", "client", "Ja. (slikt) Je weet niet hoeveel tijd je nog hebt, snap je."),
        T(O, "o", "other", "Sorry dat ik onderbreek, jullie hebben nog twee minuten."),
        T(M, "m", "helper", "Dank je. Robert, je wilt er zijn voor je moeder en tegelijk loopt je studie achter. Wat zou jou helpen om dat allebei vol te houden?[[fn:Hier probeer ik samen te vatten en een open vraag te stellen. Achteraf merkte ik dat ik zijn gevoel ('je weet niet hoeveel tijd je nog hebt') heb laten liggen.]]"),
        T(R, "r", "client", "Misschien toch een keer met mijn slb'er praten. Dat ik niet elke keer hoef uit te leggen waarom ik er niet ben."),
        T(M, "m", "helper", "Dat klinkt als een goede stap. Zullen we daar volgende keer op terugkomen?"),
        T(R, "r", "client", "Ja, is goed. Dank je."),
    ]

    doc = Document()
    set_base_font(doc, "Calibri", 11, after=6, line=1.15)
    fn = Footnotes(doc)
    p = doc.add_paragraph()
    r = p.add_run("Verslag oefengesprek week 6")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    add_rich(p, "Mira Koster (studentnr. 5102283)\nHBO Social Work – Werkplaats Jeugd\nDocent: J. van Leeuwen\n"
                "Datum: 6 maart 2024", size=10)
    doc.add_heading("Inleiding", level=2)
    doc.add_paragraph(
        "In dit gesprek speel ik de hulpverlener. Robert is een klasgenoot die een situatie uit zijn eigen leven "
        "inbracht (met zijn toestemming gebruikt). Jasmijn was observator (O) en hield de tijd bij. In de voetnoten "
        "licht ik enkele interventies toe.")
    doc.add_heading("Gespreksverslag", level=2)
    for t in turns:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(2.0)
        pf.first_line_indent = Cm(-2.0)
        pf.tab_stops.add_tab_stop(Cm(2.0))
        r = p.add_run(t["label"] + ":")
        r.bold = True
        p.add_run("\t")
        add_rich(p, t["parts"][0], fn=fn)
    doc.add_heading("Reflectie", level=2)
    doc.add_paragraph(
        "Ik ben tevreden over de schaalvraag, die gaf Robert ruimte om eerlijk te zijn. Minder tevreden ben ik over "
        "het advies om zijn vader te vragen: dat kwam te vroeg en Robert ging meteen in de verdediging ('ja, maar').")
    return doc, turns, ("Paragraphs with first names as labels 'Mira:' / 'Robert:' in bold, a TAB between label and "
                        "text (hanging indent); one line by observer 'O:' (role other); two footnotes on helper turns; "
                        "title block with manual line breaks, 'Inleiding' before, 'Reflectie' after")


# --------------------------------------------------------------------------
# 06  study stress - table Tijd | Spreker | Tekst | Gesprekstechniek with merged
#     title row; helper written as "Ik"; one continuation row with empty speaker
# --------------------------------------------------------------------------

def doc06():
    data = [
        ("00:00", "Ik", "Hoi Yara, kom binnen. Hoe gaat het met je?", "opening"),
        ("00:05", "Yara", "Gaat wel. Beetje druk.", ""),
        ("00:08", "Ik", "Druk?", "doorvragen"),
        ("00:10", "Yara", "Ja, het is tentamenweek volgende week en ik heb nog bijna niks gedaan. En ik werk ook nog twintig uur in de supermarkt.", ""),
        ("00:22", "Ik", "Twintig uur, dat is veel naast je studie. Moet dat van jezelf of heb je dat geld echt nodig?", "gesloten vraag (eigenlijk twee vragen tegelijk)"),
        ("00:31", "Yara", "Ik heb het nodig. Mijn ouders kunnen niks bijdragen en ik wil niet te veel lenen.", ""),
        ("00:39", "Ik", "Oké. Heb je weleens een planning gemaakt?", "gesloten vraag"),
        ("00:43", "Yara", "Ja, maar die hou ik nooit vol. Dan ligt hij daar en dan voel ik me nog slechter.", ""),
        ("00:51", "Ik", "Je voelt je slechter als het niet lukt.", "gevoelsreflectie"),
        ("00:55", "Yara", "Ja. Dan denk ik: zie je wel, ik kan het gewoon niet. Mijn broer heeft zijn studie ook niet afgemaakt.", ""),
        ("", "", "En mijn moeder zegt altijd dat ik niet zo moet zeuren, dat zij vroeger ook gewoon werkte naast school.", ""),
        ("01:14", "Ik", "Wat denk je zelf, kun je het wel?", "open vraag"),
        ("01:18", "Yara", "(lacht) Soms. Vorig blok had ik alles gehaald. Toen werkte ik minder.", ""),
        ("01:25", "Ik", "Dus toen je minder werkte, ging het beter.", "samenvatting"),
        ("01:29", "Yara", "Ja. Maar ik kan niet minder werken. Dan kan ik mijn huur niet betalen.", ""),
        ("01:35", "Ik", "Misschien kun je bij DUO kijken of je iets meer kunt lenen, alleen voor deze periode?", "Hier ging ik te snel naar een oplossing."),
        ("01:42", "Yara", "Ja, maar ik heb al een lening. Ik wil niet eindigen met zo'n enorme schuld.", ""),
        ("01:50", "Ik", "Je wilt geen grote schuld. Waar ben je bang voor?", "doorvragen"),
        ("01:56", "Yara", "Dat ik het nooit meer terugbetaal. Dat ik net als mijn ouders altijd krap zit. (stilte) Dat wil ik gewoon niet.", ""),
        ("02:10", "Ik", "Dat snap ik. Je wilt het anders doen dan je ouders.", "parafrase; het gevoel (angst) heb ik niet benoemd"),
        ("02:15", "Yara", "Ja. Precies.", ""),
        ("02:18", "Ik", "Wat zou je deze week kunnen doen om je toch iets rustiger te voelen over de tentamens?", "open vraag"),
        ("02:26", "Yara", "Misschien met mijn leidinggevende praten of ik één dienst kan ruilen. Die is best oké eigenlijk.", ""),
    ]
    turns = []
    last = None
    for tm, spk, txt, note in data:
        who = spk or last
        role = "helper" if who == "Ik" else "client"
        turns.append(T(spk or None, who, role, txt, note=note, time=tm))
        last = who

    doc = Document()
    sec = doc.sections[0]
    set_base_font(doc, "Arial", 10, after=4)
    doc.add_heading("Praktijkopdracht Gespreksvoering – transcript", level=1)
    label_value_lines(doc, [
        ("Student: ", "Bram Wolters"), ("Studentnummer: ", "4477102"),
        ("Opleiding: ", "Toegepaste Psychologie / minor Counselling"),
        ("Begeleidend docent: ", "dr. S. Verhoef"), ("Datum: ", "7 november 2023"),
    ], size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "Toelichting: ik (student) voer een gesprek met Yara, een tweedejaarsstudent die last heeft van studiestress. "
        "De tijden komen uit de geluidsopname. In de laatste kolom staat welke gesprekstechniek ik gebruikte.")

    tbl = doc.add_table(rows=2, cols=4)
    tbl.style = "Table Grid"
    tr = tbl.rows[0].cells[0].merge(tbl.rows[0].cells[3])
    set_cell(tr, "Oefengesprek 3 – studiestress – 7 november 2023", bold=True)
    shade(tr, "D9D9D9")
    for j, h in enumerate(["Tijd", "Spreker", "Tekst", "Gesprekstechniek"]):
        set_cell(tbl.rows[1].cells[j], h, bold=True)
        shade(tbl.rows[1].cells[j], "F2F2F2")
    repeat_header(tbl.rows[1])
    for tm, spk, txt, note in data:
        cells = tbl.add_row().cells
        set_cell(cells[0], tm, size=9)
        set_cell(cells[1], spk)
        set_cell(cells[2], txt)
        set_cell(cells[3], note, size=9)
    set_col_widths(tbl, [1.4, 1.8, 9.3, 3.5])

    doc.add_paragraph()
    doc.add_heading("Nabeschouwing", level=2)
    doc.add_paragraph(
        "Bij 01:35 gaf ik een tip over DUO. Yara reageerde met 'ja, maar'. Dat is een teken dat ik te snel ging. "
        "Bij 02:10 had ik haar angst moeten benoemen in plaats van alleen de inhoud samen te vatten.")
    return doc, turns, ("Table with merged title row 'Oefengesprek 3 – studiestress – 7 november 2023', header "
                        "'Tijd | Spreker | Tekst | Gesprekstechniek' (repeated), time column mm:ss; helper is 'Ik', "
                        "client 'Yara'; one row with empty time and speaker continues Yara's turn; 'Nabeschouwing' after")


# --------------------------------------------------------------------------
# 07  grief - "00:03 Hulpverlener: ..." timestamps, label case/spelling varies,
#     manual line breaks
# --------------------------------------------------------------------------

def doc07():
    data = [
        ("00:00", "Hulpverlener", "h", "Hoi Sem. Ik hoorde van je mentor dat je opa een paar weken geleden is overleden. Wat vervelend voor je."),
        ("00:07", "Cliënt", "c", "Ja. Dank je."),
        ("00:10", "Hulpverlener", "h", "Hoe gaat het nu met je?"),
        ("00:12", "Client", "c", "Gaat wel. Ik ben gewoon weer naar school gegaan, zeg maar. Het leven gaat door."),
        ("00:19", "hulpverlener", "h", "Het leven gaat door. (stilte)"),
        ("00:25", "Cliënt", "c", "Ja. Mijn moeder is er wel kapot van. Het was haar vader.\nIk probeer vooral thuis een beetje te helpen. Koken en zo."),
        ("00:33", "Hulpverlener", "h", "Dat is lief van je. En hoe is het voor jou zelf?"),
        ("00:37", "Client", "c", "Ik weet het niet. Ik heb nog niet echt gehuild of zo. Is dat raar?"),
        ("00:44", "Hulpverlener", "h", "Nee, dat is niet raar. Iedereen rouwt op zijn eigen manier. Heb je weleens gehoord van de rouwfasen van Kübler-Ross?"),
        ("00:55", "Cliënt", "c", "Nee, wat is dat?"),
        ("00:57", "Hulpverlener", "h", "Dat zijn fasen die mensen doormaken na een verlies: ontkenning, woede, onderhandelen, depressie en aanvaarding.\nMisschien zit jij nog in de ontkenning."),
        ("01:12", "cliënt", "c", "Ja, misschien. (haalt schouders op) Ik weet niet.\nIk zat altijd bij hem op zaterdag. Dan keken we voetbal."),
        ("01:21", "Hulpverlener", "h", "Wat mis je het meest aan hem?"),
        ("01:25", "Client", "c", "Die zaterdagen. Gewoon samen op de bank. Hij zei nooit zoveel, maar dat hoefde ook niet. (stilte)\nIk ben sinds hij dood is niet meer naar voetbal geweest. Ik speel zelf ook, bij de JO19."),
        ("01:40", "hulpverlener", "h", "Je mist die zaterdagen met hem. En voetbal is nu ook anders geworden."),
        ("01:43", "Cliënt", "c", "Ja. (stem trilt) Ja, echt. Hij kwam altijd kijken. Hij stond altijd op dezelfde plek, bij de kantine."),
    ]
    turns = [T(lab, who, "helper" if who == "h" else "client", txt, time=tm) for tm, lab, who, txt in data]

    doc = Document()
    set_base_font(doc, "Verdana", 9.5, after=8)
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(p, "PAGE", 8)
    p = doc.add_paragraph()
    r = p.add_run("Verbatim gesprek met Sem (rouw)")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Naam: Anouk Peeters   |   Studentnummer: 1998034   |   Opleiding: SPH, jaar 2   |   "
                      "Vak: Methodisch handelen 3   |   Docent: R. Dekker   |   Datum: 30-01-2024")
    doc.add_paragraph(
        "Ik loop stage op een mbo-school als zorgcoördinator in opleiding. Sem (19, gefingeerde naam) werd door "
        "zijn mentor doorverwezen na het overlijden van zijn opa. De tijden verwijzen naar de opname (mm:ss).")
    for tm, lab, who, txt in data:
        p = doc.add_paragraph()
        r = p.add_run(tm + " ")
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        p.add_run(lab + ": ")
        add_rich(p, txt)
    doc.add_heading("Reflectie op mijn handelen", level=3)
    doc.add_paragraph(
        "Bij 00:44 en 00:57 ging ik uitleggen over rouwfasen. Dat was niet wat Sem nodig had; ik denk dat ik dat deed "
        "omdat ik zelf ongemakkelijk werd van de stilte. Pas aan het eind (01:21) stelde ik een vraag die hem echt "
        "raakte.")
    return doc, turns, ("Paragraphs 'mm:ss Label: text' with timestamps before the label; labels vary in case and "
                        "spelling (Hulpverlener/hulpverlener, Cliënt/Client/cliënt); manual line breaks inside turns; "
                        "one-line title block, context paragraph, footer page number, short reflection after")


# --------------------------------------------------------------------------
# 08  school absence / father who left - long, labels on their own line in bold
#     ("Student (ik):" / "Jesse:" / "Moeder:"), non-verbal notes on own line,
#     cover page, header/footer
# --------------------------------------------------------------------------

def doc08():
    S, J, M = "Student (ik)", "Jesse", "Moeder"
    h, c, o = "helper", "client", "other"
    turns = [
        T(S, "s", h, "Hoi Jesse. Ik ben Daan, ik loop stage bij het team van Mariska. Ze heeft je vast verteld dat ik vandaag zou komen?"),
        T(J, "j", c, "Ja."),
        T(S, "s", h, "Vind je het goed als ik even hier ga zitten?"),
        T(J, "j", c, "Mag.", NV("(Jesse blijft op zijn telefoon kijken. Moeder loopt naar de keuken.)")),
        T(S, "s", h, "Mariska vertelde dat het met school de laatste tijd wat lastig gaat. Klopt dat?"),
        T(J, "j", c, "Weet ik veel. Ik ga gewoon niet."),
        T(S, "s", h, "Je gaat gewoon niet. Sinds wanneer?"),
        T(J, "j", c, "Sinds na de herfstvakantie of zo. Beetje."),
        T(S, "s", h, "Een beetje, of helemaal niet?"),
        T(J, "j", c, "Soms ga ik wel. Als we gym hebben."),
        T(S, "s", h, "Gym vind je leuk?"),
        T(J, "j", c, "Gaat wel. Dan hoef je tenminste niet stil te zitten."),
        T(S, "s", h, "En de andere vakken?"),
        T(J, "j", c, "Saai. Ik snap er toch niks van. Wiskunde helemaal niet. Die leraar praat alleen maar tegen het bord, die kijkt je niet eens aan."),
        T(S, "s", h, "Heb je dat al eens tegen je mentor gezegd?"),
        T(J, "j", c, "Nee. Die vindt mij toch al irritant."),
        T(S, "s", h, "Waarom denk je dat ze je irritant vindt?"),
        T(J, "j", c, "Omdat ik altijd te laat ben. En mijn huiswerk niet heb. Weet je, laat maar.",
          NV("(Jesse legt zijn telefoon weg en kijkt uit het raam)")),
        T(S, "s", h, "Je zegt laat maar. Ik heb het idee dat je daar toch wel iets bij voelt."),
        T(J, "j", c, "Nee hoor. Het maakt me niet uit."),
        T(S, "s", h, "Oké. Wat doe je dan als je niet naar school gaat?"),
        T(J, "j", c, "Slapen. Gamen. Soms ga ik naar Milan, die zit ook thuis."),
        T(S, "s", h, "Milan zit ook thuis?"),
        T(J, "j", c, "Die is geschorst. [Jesse grijnst] Maar dat is een ander verhaal."),
        T(S, "s", h, "En je moeder, wat vindt zij ervan dat je thuis bent?"),
        T(J, "j", c, "Die werkt. Die is er overdag niet. Ze weet het pas als school belt."),
        T(S, "s", h, "En als school belt?"),
        T(J, "j", c, "Dan wordt ze boos. Of ze gaat huilen. Dat is nog erger."),
        T(S, "s", h, "Dat vind je erger, als ze gaat huilen."),
        T(J, "j", c, "Ja. Ze huilt sowieso de hele tijd de laatste tijd. Sinds mijn vader weg is.",
          NV("(stilte van ongeveer 10 seconden)")),
        T(S, "s", h, "Je vader is weg?"),
        T(J, "j", c, "Ja. In de zomer. Hij woont nu bij zijn nieuwe vriendin in Utrecht. Met haar kinderen."),
        T(S, "s", h, "Wat naar. Zie je hem nog?"),
        T(J, "j", c, "Om het weekend. Als hij tijd heeft. Vorige keer had hij geen tijd, want een van haar kinderen had een voetbaltoernooi."),
        T(S, "s", h, "Hoe was dat voor jou?"),
        T(J, "j", c, "Boeiend. Maakt niet uit."),
        T(S, "s", h, "Misschien kun je een keer met hem afspreken, gewoon met z'n tweeën? Dan kun je vertellen hoe het met je gaat."),
        T(J, "j", c, "Ja, maar dat wil hij toch niet. Hij heeft het veel te druk met zijn nieuwe gezin."),
        T(S, "s", h, "Zijn nieuwe gezin."),
        T(J, "j", c, "Ja, zo noemt hij het zelf. Mijn nieuwe gezin. Alsof wij niks meer zijn.",
          NV("(Moeder komt de kamer in met koffie en gaat aan tafel zitten)")),
        T(M, "m", o, "Sorry dat ik stoor. Jesse, vertel je ook dat je vorige week drie dagen niet bent geweest?"),
        T(J, "j", c, "Mam. Ga nou even weg."),
        T(M, "m", o, "Ik wil alleen dat hij het eerlijk vertelt. School heeft gezegd dat ze de leerplichtambtenaar gaan inschakelen."),
        T(S, "s", h, "Dank u wel dat u dat vertelt, mevrouw. Ik zou het fijn vinden om eerst even met Jesse samen verder te praten, en daarna ook met u. Is dat goed?"),
        T(M, "m", o, "Ja, natuurlijk. Ik zit in de keuken.",
          NV("(Moeder loopt weer naar de keuken. Jesse zucht diep.)")),
        T(S, "s", h, "Dat ging snel. Hoe was dat, dat je moeder binnenkwam?"),
        T(J, "j", c, "Irritant. Ze doet altijd alsof ik het probleem ben."),
        T(S, "s", h, "Alsof jij het probleem bent."),
        T(J, "j", c, "Ja. Terwijl mijn vader gewoon weggegaan is. Daar heeft niemand het over."),
        T(S, "s", h, "Daar heeft niemand het over, terwijl er voor jou heel veel veranderd is."),
        T(J, "j", c, "Ja. (kijkt naar de grond) Alles eigenlijk. We moeten misschien ook verhuizen, omdat mijn moeder het huis niet alleen kan betalen."),
        T(S, "s", h, "Dat is veel tegelijk. Je vader weg, misschien verhuizen, gedoe met school."),
        T(J, "j", c, "Ja. Dus school maakt ook niet meer uit, snap je. Alles gaat toch kapot."),
        T(S, "s", h, "Het voelt alsof alles kapotgaat."),
        T(J, "j", c, "Ja. [lange stilte] Ik zeg dit normaal nooit, hè."),
        T(S, "s", h, "Dat merk ik. Ik vind het knap dat je het nu wel zegt."),
        T(J, "j", c, "Hm."),
        T(S, "s", h, "Mag ik volgende week terugkomen? Dan wil ik het graag met je hebben over wat jij zelf zou willen met school. Niet wat je moeder of je mentor wil, maar jij."),
        T(J, "j", c, "Mag. Als het maar niet weer over wiskunde gaat. [lacht]"),
        T(S, "s", h, "Afgesproken. Geen wiskunde."),
    ]

    doc = Document()
    set_base_font(doc, "Georgia", 11, after=4, line=1.2)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec, "Daan Visser – SPH3 Gezinsgericht werken – uitgewerkt huisbezoek", size=8)
    footer_page_x_of_y(sec, before="pagina ", mid=None, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT)

    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Uitgewerkt gesprek huisbezoek")
    r.bold = True
    r.font.size = Pt(22)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Beroepsopdracht 4 – Gezinsgericht werken")
    r.font.size = Pt(14)
    for _ in range(4):
        doc.add_paragraph()
    for line in ["Daan Visser", "Studentnummer 3056712", "Sociaal Pedagogische Hulpverlening, jaar 3",
                 "Stage: ambulante jeugdhulp", "Docent: mevrouw H. Yilmaz", "Inleverdatum: 15 januari 2024"]:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
    doc.add_page_break()

    doc.add_heading("1. Inleiding", level=1)
    doc.add_paragraph(
        "Dit gesprek vond plaats tijdens een eerste huisbezoek bij Jesse (15, gefingeerde naam). Jesse verzuimt "
        "sinds de herfstvakantie veel van school. Zijn moeder was thuis en kwam halverwege het gesprek even "
        "binnen. Mijn werkbegeleider Mariska was er niet bij. Non-verbale observaties staan cursief tussen haakjes, "
        "korte opmerkingen tussen vierkante haken.")
    doc.add_heading("2. Het gesprek", level=1)

    for t in turns:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        p.add_run(t["label"] + ":").bold = True
        for part in t["parts"]:
            q = doc.add_paragraph()
            if isinstance(part, tuple):
                q.add_run(part[1]).italic = True
            else:
                add_rich(q, part)

    doc.add_heading("3. Reflectie", level=1)
    doc.add_paragraph(
        "Het begin van het gesprek verliep stroef: ik stelde veel gesloten vragen en Jesse gaf korte antwoorden. "
        "Toen ik zijn woorden 'laat maar' terugaf, veranderde er iets. Het advies om met zijn vader af te spreken "
        "kwam te vroeg. Jesse reageerde met 'ja, maar' en sloot zich weer af.")
    doc.add_paragraph(
        "Het binnenkomen van moeder vond ik lastig. Ik heb geprobeerd haar serieus te nemen en tegelijk de ruimte "
        "voor Jesse te bewaken. In het vervolg wil ik vooraf met moeder afspreken hoe we het gesprek inrichten.")
    doc.add_heading("Literatuur", level=1)
    doc.add_paragraph("Bakker, K. (2019). Gezinsgericht werken in de jeugdhulp. Bussum: Coutinho.")
    doc.add_paragraph("Kuiper, C., & Bruinsma, W. (2018). Handboek methodisch werken. Houten: Bohn Stafleu van Loghum.")
    return doc, turns, ("Long paragraph transcript (60 turns) after a cover page and '1. Inleiding'; every label in "
                        "bold on its own line ('Student (ik):', 'Jesse:', 'Moeder:'), text in the next paragraph; "
                        "italic non-verbal notes on their own line after a turn; [ ] remarks inside turns; mother is a "
                        "third speaker (role other); header with name, footer page number; Reflectie + Literatuur after")


# --------------------------------------------------------------------------
# 09  young carer - table one column per speaker: Hulpverlener | Cliënt | Toelichting,
#     line breaks in cells, observer remarks in [ ]
# --------------------------------------------------------------------------

def doc09():
    rows = [
        ("H", "Hoi Lieke. Fijn dat je er bent. Je had op het aanmeldformulier geschreven dat je het druk hebt thuis. Wil je daar iets over vertellen?", "open vraag"),
        ("C", "Ja. Mijn broertje heeft autisme, Thijs. Hij is tien.\nMijn moeder werkt nachtdiensten, dus ik pas vaak op hem.", ""),
        ("H", "Hoe vaak pas je op hem?", ""),
        ("C", "Eigenlijk elke middag na school. En als mijn moeder slaapt, 's ochtends ook. Dan breng ik hem naar school en fiets ik daarna snel naar mijn eigen school.", ""),
        ("H", "Dat is veel. Vind je dat niet zwaar?", "suggestieve vraag, dit had ik open moeten formuleren"),
        ("C", "Soms. Hij is echt lief, hoor. [observator: cliënt glimlacht bij 'lief'] Maar als er iets verandert, raakt hij helemaal in paniek. Dan gaat hij gillen en slaan.", ""),
        ("H", "Gillen en slaan. En wat doe jij dan?", "doorvragen"),
        ("C", "Ik blijf rustig. Of dat probeer ik. Ik heb geleerd dat je dan niet moet praten.\nGewoon naast hem zitten tot het over is.", ""),
        ("H", "Dat klinkt alsof je heel goed weet wat hij nodig heeft.", "compliment"),
        ("C", "Ja, beter dan mijn moeder soms. (lacht) Nee, dat is gemeen.", ""),
        ("C", "Maar het is wel zo. En mijn vrienden snappen het niet. Die vragen of ik meega naar de stad en dan zeg ik steeds nee.", ""),
        ("H", "En wat doet dat met je, steeds nee moeten zeggen?", "vragen naar gevoel"),
        ("C", "Ik word er wel verdrietig van. Ze vragen het ook steeds minder. [observator: stilte, cliënt friemelt aan haar mouw]", ""),
        ("H", "Heb je er weleens aan gedacht om hulp te vragen bij de gemeente? Er bestaat zoiets als respijtzorg.", "advies gegeven, te vroeg"),
        ("C", "Ja, maar Thijs wil niemand anders. Dat hebben we al eens geprobeerd met een oppas en dat was een ramp.", ""),
        ("H", "Dus andere hulp is al een keer misgegaan.\nEn jij zit nu een beetje klem tussen Thijs en je vrienden?", "samenvatting + gevoel"),
        ("C", "Ja. Zo had ik het nog niet gezien. Maar ja. Klem, dat is het woord.", ""),
        ("H", "Wat zou voor jou een eerste kleine stap kunnen zijn?", "open vraag"),
        ("C", "Misschien één middag in de week vrij. Dat mijn moeder dan iets anders regelt. Maar dat moet ik dan wel tegen haar zeggen.\nEn dat vind ik eng.", ""),
    ]
    turns = []
    for who, txt, note in rows:
        if who == "H":
            turns.append(T("Hulpverlener", "h", "helper", txt, note=note))
        else:
            turns.append(T("Cliënt", "c", "client", txt, note=note))

    doc = Document()
    set_base_font(doc, "Calibri", 11, after=6)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Gespreksverslag jonge mantelzorger", level=1)
    p = doc.add_paragraph()
    add_rich(p, "Student: Ayoub Benali\tStudentnummer: 2290418\nOpleiding: Social Work, jaar 2\tDocent: mw. L. Groen\n"
                "Opdracht: gespreksverslag met toelichting\tDatum: 18 april 2024")
    p.paragraph_format.tab_stops.add_tab_stop(Cm(10))
    doc.add_paragraph(
        "Lieke (17, gefingeerde naam) meldde zich bij het jongerenwerk. Het gesprek werd geobserveerd door een "
        "medestudent; zijn opmerkingen staan tussen vierkante haken. In de kolom Toelichting staat wat ik deed.")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    look = tbl._tbl.tblPr.find(qn("w:tblLook"))
    if look is not None:  # only the header row emphasised, not the first column
        look.set(qn("w:firstColumn"), "0")
        look.set(qn("w:val"), "0420")
    for j, h in enumerate(["Hulpverlener", "Cliënt", "Toelichting"]):
        set_cell(tbl.rows[0].cells[j], h, bold=True)
    for who, txt, note in rows:
        cells = tbl.add_row().cells
        set_cell(cells[0], txt if who == "H" else "")
        set_cell(cells[1], txt if who == "C" else "")
        set_cell(cells[2], note)
    set_col_widths(tbl, [10.0, 10.0, 5.5])
    doc.add_paragraph()
    doc.add_heading("Bijlage 1: beoordelingsformulier", level=2)
    doc.add_paragraph("Zie het formulier in de digitale leeromgeving. Ingevuld door: praktijkbegeleider K. Hofman.")
    return doc, turns, ("Landscape table with one column per speaker 'Hulpverlener | Cliënt | Toelichting' (header row, "
                        "styled table); manual line breaks inside cells; two consecutive Cliënt rows form one turn; "
                        "observer remarks in [ ]; title block with tabs and line breaks; appendix heading after")


# --------------------------------------------------------------------------
# 10  internship anxiety - 2-column table "Fragment n" | cell with several
#     "S:<TAB>..." / "C:<TAB>..." paragraphs; footnotes; no header row
# --------------------------------------------------------------------------

def doc10():
    frags = [
        [("S", "Hoi Tom, ga zitten. Je wilde het hebben over je stage, toch?"),
         ("C", "Ja. Ik begin over twee weken bij een woongroep en ik ben er echt heel zenuwachtig voor."),
         ("S", "Zenuwachtig. Kun je daar iets meer over vertellen?")],
        [("C", "Ik heb vorig jaar een paniekaanval gehad tijdens een presentatie. Sindsdien ben ik bang dat het weer gebeurt. Vooral als er veel mensen naar me kijken."),
         ("S", "Dat lijkt me heel eng.[[fn:Hier probeer ik het gevoel te benoemen (gevoelsreflectie). Achteraf had ik beter kunnen vragen hoe hij het zelf zou noemen.]]"),
         ("C", "Ja. Mijn hart gaat dan heel snel en ik krijg het gevoel dat ik flauwval.")],
        [("S", "Heb je daar al hulp voor gezocht?"),
         ("C", "Ik ben een paar keer bij de studentpsycholoog geweest. Dat hielp wel een beetje. Ademhalingsoefeningen en zo."),
         ("S", "Doe je die oefeningen nog?"),
         ("C", "Soms. Niet echt, eerlijk gezegd. (lacht ongemakkelijk)")],
        [("S", "Misschien moet je die oefeningen weer elke dag gaan doen, dan ben je voorbereid als je begint.[[fn:Advies gegeven. In de les leerden we dat je eerst moet verkennen voordat je met oplossingen komt (Lang & Van der Molen, 2014).]]"),
         ("C", "Ja, maar het gaat niet zozeer om de oefeningen. Ik ben vooral bang dat ze op de woongroep merken dat ik het niet kan.")],
        [("S", "Dat ze merken dat je het niet kunt. Wat zou er dan gebeuren?"),
         ("C", "Dat ze me een slechte stagiair vinden. Dat ik mijn stage niet haal. En dan... ja, dan kan ik deze opleiding wel vergeten."),
         ("S", "Dus er hangt voor jou heel veel van af."),
         ("C", "Ja. Alles eigenlijk. (stilte)")],
        [("S", "Wat weet je tot nu toe van de woongroep? Heb je al kennisgemaakt?"),
         ("C", "Eén keer. De werkbegeleider was heel aardig. Ze zei dat ik de eerste weken vooral mocht meekijken."),
         ("S", "Hoe voelde dat, toen ze dat zei?"),
         ("C", "Wel een beetje opgelucht. Ik hoef niet meteen alles te kunnen.")],
        [("S", "Zou je haar kunnen vertellen over die paniekaanvallen?[[fn:Ik stuur hier wel een beetje, maar het idee kwam eigenlijk uit zijn eigen verhaal.]]"),
         ("C", "Hm. Misschien. Ik weet niet of dat slim is. Maar als het gebeurt, is het misschien beter als ze het weet."),
         ("S", "Wat zou je dan tegen haar willen zeggen?"),
         ("C", "Gewoon dat ik soms paniekaanvallen heb en dat ik dan even naar buiten moet. Meer niet.")],
    ]
    turns = []
    for fr in frags:
        for lab, txt in fr:
            turns.append(T(lab, lab, "helper" if lab == "S" else "client", txt))

    doc = Document()
    set_base_font(doc, "Cambria", 11, after=4)
    fn = Footnotes(doc)
    doc.add_heading("Uitwerking gesprek: spanning rond de stage", level=1)
    label_value_lines(doc, [
        ("Naam:\t", "Iris Brouwer"), ("Studentnr.:\t", "5533170"), ("Opleiding:\t", "MWD, voltijd, jaar 1"),
        ("Cursus:\t", "Basisvaardigheden gespreksvoering"), ("Docent:\t", "dhr. T. de Graaf"), ("Datum:\t", "26 september 2023"),
    ], bold_labels=False)
    doc.add_paragraph()
    doc.add_heading("Inleiding", level=2)
    doc.add_paragraph(
        "Tom (gefingeerd) is een medestudent die binnenkort aan zijn eerste stage begint. Ik heb het gesprek in "
        "fragmenten verdeeld. S = student (ik), C = cliënt. In de voetnoten leg ik uit wat ik deed.")

    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for i, fr in enumerate(frags, start=1):
        cells = tbl.add_row().cells
        set_cell(cells[0], "Fragment %d" % i, bold=True)
        shade(cells[0], "FFF2CC")
        cell = cells[1]
        first = True
        for lab, txt in fr:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.first_line_indent = Cm(-0.8)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(0.8))
            add_rich(p, "%s:\t%s" % (lab, txt), fn=fn)
    set_col_widths(tbl, [3.0, 13.0])

    doc.add_paragraph()
    doc.add_heading("Literatuur", level=2)
    doc.add_paragraph("Lang, G., & Van der Molen, H. T. (2014). Psychologische gespreksvoering. Amsterdam: Boom.")
    doc.add_paragraph("Trimbos-instituut (2021). Paniekstoornis: informatie voor hulpverleners. Utrecht: Trimbos.")
    return doc, turns, ("Two-column table without header row: 'Fragment n' | cell with several turns as separate "
                        "paragraphs 'S:<TAB>text' / 'C:<TAB>text' (hanging indent); three footnotes on helper turns; "
                        "title block with tabs, 'Inleiding' before, 'Literatuur' after")


# --------------------------------------------------------------------------
# 11  English - Therapist:/Client:, List Number numbering, label case varies,
#     header + "Page X of Y" footer
# --------------------------------------------------------------------------

def doc11():
    data = [
        ("Therapist", "t", "Hi, come in. Have a seat wherever you like. So, what brings you here today?"),
        ("Client", "c", "Um, I'm not really sure where to start. I guess I just haven't been feeling like myself lately."),
        ("Therapist", "t", "Not feeling like yourself. Can you say a bit more about that?"),
        ("Client", "c", "I moved here in January for work. And at first it was exciting, new city, new job. But now I just... I go to work, I come home, I eat, I go to bed. That's it."),
        ("Therapist", "t", "Do you have friends here?"),
        ("Client", "c", "Not really. A couple of colleagues, but they're Dutch and they all go home to their families at five o'clock sharp."),
        ("therapist", "t", "Have you tried joining a club or something? There are loads of expat groups."),
        ("client", "c", "Yeah, but... I went to one meetup and it was just people getting drunk and complaining about the weather. Not really my thing."),
        ("Therapist", "t", "Okay. How are you sleeping?"),
        ("Client", "c", "Badly. I wake up at like four and my head just starts going. Work stuff, mostly. Sometimes my mum."),
        ("Therapist", "t", "Your mum?"),
        ("Client", "c", "She's not been well. She had a fall in March and I couldn't fly back because of a deadline. My sister dealt with everything. (pause) I still feel awful about that."),
        ("Therapist", "t", "It sounds like you feel guilty that you weren't there."),
        ("Client", "c", "Yeah. Yeah, that's exactly it. My sister didn't say anything, but I know she thinks I chose my job over our mum."),
        ("Therapist", "t", "Have you talked to your sister about it?"),
        ("Client", "c", "Not really. We text, but it's all practical. Who's taking her to the GP, that kind of thing."),
        ("Therapist", "t", "Maybe you could give her a call this week and just tell her how you feel?"),
        ("client", "c", "Yeah, but it's not that simple. We've never really done feelings in our family. We'd both just be awkward."),
        ("Therapist", "t", "So talking about feelings isn't something your family does much."),
        ("Client", "c", "No. My dad used to say, 'chin up, get on with it.' So that's what I do. (laughs) Clearly it's working brilliantly."),
        ("Therapist", "t", "You're laughing, but it sounds like it's been really hard, getting on with it on your own."),
        ("Client", "c", "(long pause) Yeah. It has. I didn't expect to get emotional about this."),
        ("therapist", "t", "That's okay. Take your time."),
        ("Client", "c", "Thanks. I think... I think I just miss having someone who knows me. Here nobody really knows me."),
        ("Therapist", "t", "We've got about five minutes left. What would you like to take away from today?"),
        ("Client", "c", "Maybe that it's okay to not be fine. And maybe I will call my sister. Not about feelings, exactly. Just to talk."),
    ]
    turns = [T(lab, who, "helper" if who == "t" else "client", txt) for lab, who, txt in data]

    doc = Document()
    set_base_font(doc, "Calibri", 11, after=6)
    sec = doc.sections[0]
    header_text(sec, "Counselling Skills 1 – Role-play transcript – Anna Kowalski (s1187342)", size=8)
    footer_page_x_of_y(sec, before="Page ", mid=" of ", size=8)
    doc.add_heading("Assignment 2: Transcript of a counselling role play", level=1)
    doc.add_paragraph("Student: Anna Kowalski · Student number: 1187342 · Programme: BSc Applied Psychology "
                      "(English-taught), year 2 · Tutor: Dr. E. Morgan · Date: 11 April 2024")
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "This is a 20-minute role play with a classmate playing a client who recently moved to the Netherlands for "
        "work. Names and details have been changed. I am the therapist. The session was recorded with consent and "
        "transcribed word for word.")
    doc.add_heading("Transcript", level=2)
    for t in turns:
        p = doc.add_paragraph(style="List Number")
        p.add_run(t["label"] + ": ").bold = True
        add_rich(p, t["parts"][0])
    doc.add_heading("Reflection", level=2)
    doc.add_paragraph(
        "Looking back, I asked a lot of closed questions early on and jumped to advice twice (the expat groups and "
        "calling her sister). The strongest moment was my reflection on her laughing; that is where she started to "
        "open up. Next time I want to stay with the feeling longer before moving on.")
    doc.add_heading("References", level=2)
    doc.add_paragraph("Egan, G. (2014). The Skilled Helper (10th ed.). Belmont, CA: Brooks/Cole.")
    return doc, turns, ("English; Word 'List Number' automatic numbering, items 'Therapist: ...' / 'Client: ...' with "
                        "bold labels; label case varies (therapist/client); header with name, footer 'Page X of Y'; "
                        "Introduction before, Reflection + References after")


# --------------------------------------------------------------------------
# 12  English - Me:/Jamie:, tabs after labels, some labels on their own line,
#     manual line breaks
# --------------------------------------------------------------------------

def doc12():
    turns = [
        T("Me", "m", "helper", "Hey Jamie, thanks for coming. How've you been since last week?"),
        T("Jamie", "j", "client", "Honestly? Not great. It's been a bit of a rubbish week."),
        T("Me", "m", "helper", "A rubbish week. What's been going on?"),
        T("Jamie", "j", "client", "So, Sam and I broke up. Properly this time. We'd been together four years.\nAnd because the flat was in his name, I've had to move back in with my parents.", own_line=True),
        T("Me", "m", "helper", "Oh no, I'm sorry. That's a lot at once. How are you finding it at your parents'?"),
        T("Jamie", "j", "client", "It's fine. I mean, they're being nice about it. My mum keeps making me tea and asking if I'm okay every five minutes. (sighs)\nI'm twenty-six and I'm back in my childhood bedroom with the glow-in-the-dark stars on the ceiling."),
        T("Me", "m", "helper", "Have you thought about looking for a flatshare?"),
        T("Jamie", "j", "client", "Yeah, but I can't afford anything right now. I'm still paying off the sofa we bought together. Which he kept, obviously."),
        T("Me", "m", "helper", "So you lost the relationship, your home and the sofa, all in one go.\nThat sounds really unfair.", own_line=True),
        T("Jamie", "j", "client", "(laughs) Yeah. When you put it like that. The sofa's the worst bit, to be honest.\nNo, it's not. It's all of it."),
        T("Me", "m", "helper", "What's been the hardest part?"),
        T("Jamie", "j", "client", "I think... the evenings. We always cooked together and watched something stupid on Netflix.",
          "Now I just sit in my room scrolling through his Instagram, which I know I shouldn't do.", own_line=True),
        T("Me", "m", "helper", "Maybe you should just unfollow him?"),
        T("Jamie", "j", "client", "Yeah, but then it feels really final. Like, that's it. And I'm not sure I'm ready for that."),
        T("Me", "m", "helper", "Part of you isn't ready to let go yet."),
        T("Jamie", "j", "client", "Yeah. That's it. Part of me still thinks he'll text."),
    ]

    doc = Document()
    set_base_font(doc, "Times New Roman", 12, after=6, line=1.5)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Helping Conversation – Verbatim Transcript")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_rich(p, "Chloe Martens, 4098812\nSocial Work (International Class), Year 1\nModule: Communication in "
                "Social Work · Lecturer: Ms R. Osei\n5 December 2023", size=11)
    p = doc.add_paragraph()
    p.add_run("Context. ").bold = True
    p.add_run("Jamie (not their real name) is a fellow student who agreed to talk about a real situation for this "
              "assignment. \"Me\" is me, the helper.")
    for t in turns:
        lab = t["label"] + ":"
        if t.get("own_line"):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.add_run(lab)
            for part in t["parts"]:
                add_rich(doc.add_paragraph(), part)
        else:
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
            p.paragraph_format.tab_stops.add_tab_stop(Cm(2.0))
            # the student aligned the text with tabs: two tabs after the short "Me:", one after "Jamie:"
            p.add_run(lab + ("\t\t" if t["label"] == "Me" else "\t"))
            add_rich(p, t["parts"][0])
            for part in t["parts"][1:]:
                add_rich(doc.add_paragraph(), part)
    doc.add_heading("Reflective commentary", level=2)
    doc.add_paragraph(
        "I think the best bit was when I summed up that Jamie lost the relationship, the home and the sofa: it made "
        "Jamie laugh and then say what was really going on. Twice I slipped into giving advice (the flatshare and "
        "unfollowing), and both times Jamie answered with \"yeah, but\".")
    return doc, turns, ("English; paragraphs 'Me:<TAB><TAB>text' / 'Jamie:<TAB>text'; some turns have the label alone "
                        "on its line and the text in the next paragraph(s); manual line breaks inside turns; centred "
                        "title block with line breaks, 'Context.' paragraph before, 'Reflective commentary' after")


# --------------------------------------------------------------------------

DOCS = [
    ("t2_01_Femke_de_Vries_uitgewerkt_gesprek.docx", "nl", doc01, True),
    ("t2_02_transcript_schuldhulp_MJansen.docx", "nl", doc02, False),
    ("t2_03_Beroepsproduct2_LotteHendriks.docx", "nl", doc03, True),
    ("t2_04_gespreksanalyse_huisgenote_KRamdin.docx", "nl", doc04, False),
    ("t2_05_verslag_oefengesprek_MiraKoster.docx", "nl", doc05, False),
    ("t2_06_transcript_studiestress_BWolters.docx", "nl", doc06, True),
    ("t2_07_verbatim_rouw_APeeters.docx", "nl", doc07, False),
    ("t2_08_huisbezoek_DaanVisser_SPH3.docx", "nl", doc08, True),
    ("t2_09_gespreksverslag_mantelzorg_ABenali.docx", "nl", doc09, False),
    ("t2_10_uitwerking_stagespanning_IBrouwer.docx", "nl", doc10, True),
    ("t2_11_counselling_transcript_AKowalski.docx", "en", doc11, True),
    ("t2_12_verbatim_helping_conversation_CMartens.docx", "en", doc12, False),
]


def to_pdf(path):
    subprocess.run(
        ["libreoffice", "-env:UserInstallation=%s" % LO_PROFILE, "--headless", "--convert-to", "pdf",
         "--outdir", str(OUT), str(path)],
        check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = path.with_suffix(".pdf")
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise RuntimeError("PDF conversion failed for %s" % path.name)
    return pdf


def main():
    files = []
    for name, lang, builder, make_pdf in DOCS:
        doc, turns, layout = builder()
        path = save(doc, name)
        kt = key_turns(turns)
        files.append(dict(file=name, language=lang, layout=layout, turns=kt))
        if make_pdf:
            pdf = to_pdf(path)
            files.append(dict(file=pdf.name, language=lang,
                              layout="PDF exported with LibreOffice from %s. %s" % (name, layout),
                              turns=kt))
    with open(OUT / "key.json", "w", encoding="utf-8") as f:
        json.dump({"files": files}, f, ensure_ascii=False, indent=2)
    print("wrote %d key entries" % len(files))


if __name__ == "__main__":
    main()
