#!/usr/bin/env python
"""Build the test set of student conversation transcripts (.docx + PDF) and key.json.

Run with the project's venv:  /work/main/.venv/bin/python make_documents.py
Every document is built by its own function with its own layout; the conversation
data of each document is a list of turns (who, text-or-parts, note) from which both
the document and the answer key are derived, so the two cannot drift apart.

who:   "h" (helper / student) or "c" (client)
parts: a str, or a list of str when the turn runs over several paragraphs / rows
note:  the student's comment for that turn (comment-column layouts only) or None
"""

import json
import os
import shutil
import subprocess
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
LO_PROFILE = "file:///tmp/lo-test"

KEY = []  # entries for key.json
PDF_SOURCES = []  # docx files that are also exported to PDF


# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------

def parts_of(text):
    return list(text) if isinstance(text, (list, tuple)) else [text]


def key_turns(turns, labels):
    """Merge consecutive same-speaker entries, exactly as the key rules say."""
    out = []
    for who, text, note in turns:
        txt = " ".join(p.strip() for p in parts_of(text))
        role = "helper" if who == "h" else "client"
        if out and out[-1]["role"] == role:
            prev = out[-1]
            prev["text"] = prev["text"] + " " + txt
            # continuation rows never carry their own comment in this set
            assert note is None, "comment on a continuation entry"
            continue
        if note is not None:
            note = " ".join(note.split()) or None
        out.append({"speaker": labels[who], "role": role, "text": txt, "note": note})
    return out


def register(filename, language, layout, turns, labels, pdf=False):
    kt = key_turns(turns, labels)
    KEY.append({"file": filename, "language": language, "layout": layout, "turns": kt})
    if pdf:
        PDF_SOURCES.append(filename)
        KEY.append({
            "file": filename[:-5] + ".pdf",
            "language": language,
            "layout": "PDF export (LibreOffice) of " + filename + ": " + layout,
            "turns": [dict(t) for t in kt],
        })


def set_base_font(doc, name, size, east_asia=False):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), name)


def add_field(paragraph, instr, placeholder="1"):
    """Insert a complex field (PAGE, NUMPAGES, ...) into a paragraph."""
    def r_with(el):
        r = OxmlElement("w:r")
        r.append(el)
        paragraph._p.append(r)
        return r

    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r_with(fc)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r_with(it)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r_with(fc)
    t = OxmlElement("w:t")
    t.text = placeholder
    r_with(t)
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r_with(fc)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def no_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def shade(cell, hex_fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcpr.append(shd)


def set_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
        for cell in table.columns[i].cells:
            cell.width = Cm(w)


def cell_text(cell, text, bold=False, italic=False, size=None, align=None):
    """Write text into a cell; a list becomes several paragraphs in that cell."""
    ps = parts_of(text)
    para = cell.paragraphs[0]
    for i, p in enumerate(ps):
        if i > 0:
            para = cell.add_paragraph()
        run = para.add_run(p)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if align is not None:
            para.alignment = align
    return para


def new_doc(margins_cm=2.5):
    d = docx.Document()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    return d


def save(doc, filename):
    path = os.path.join(OUT, filename)
    doc.save(path)
    return path


# ----------------------------------------------------------------------------
# 01  S: / C: paragraphs, title block, Context paragraph            (PDF)
# ----------------------------------------------------------------------------

def doc01():
    fn = "01_bakkali_eenzaamheid.docx"
    labels = {"h": "S", "c": "C"}
    turns = [
        ("h", "Goedemiddag meneer Visser, fijn dat u er bent. Ik ben Noor, ik loop stage hier bij het wijkteam. Hoe gaat het met u?", None),
        ("c", "Ach, het gaat wel. Je moet wat, hè.", None),
        ("h", "U zegt “het gaat wel”. Kunt u daar iets meer over vertellen?", None),
        ("c", ["Nou, sinds mijn vrouw er niet meer is, is het huis zo stil. Ze is nu anderhalf jaar geleden overleden. De kinderen wonen ver weg, mijn zoon in Groningen en mijn dochter in Spanje.",
               "Ze bellen wel, hoor. Op zondag meestal. Maar dan is het ook weer stil."], None),
        ("h", "Ziet u uw kinderen vaak?", None),
        ("c", "Nee, niet vaak. Met kerst komen ze. (stilte) Mijn dochter zegt steeds dat ik naar de soos moet gaan.", None),
        ("h", "En heeft u dat al eens geprobeerd?", None),
        ("c", "Eén keer. Maar daar zitten allemaal mensen die ik niet ken en die al jaren samen klaverjassen. Dan sta je daar.", None),
        ("h", "Misschien kunt u eens kijken of er in de buurt een wandelgroep is? Dat is vaak wat makkelijker dan een kaartclub.", None),
        ("c", "Ja, maar ik heb last van mijn knie. Lang lopen gaat niet meer.", None),
        ("h", "Oh, dat is vervelend. Is er iets anders wat u leuk vindt om te doen?", None),
        ("c", "Vroeger deed ik veel met mijn handen. Ik had een schuurtje waar ik van alles maakte, vogelhuisjes en zo. Dat deed ik eigenlijk altijd samen met de kleinkinderen van de buren. (zucht) Maar die zijn ook groot nu.", None),
        ("h", "Het klinkt alsof u niet alleen uw vrouw bent kwijtgeraakt, maar ook een heleboel dingen die daarbij hoorden.", None),
        ("c", ["(kijkt naar beneden) Ja. Zo heb ik het nooit bekeken. Zij regelde alles, de verjaardagen, de visite. Ik ging gewoon mee.",
               "Nu weet ik eigenlijk niet eens meer wie ik zou moeten bellen."], None),
        ("h", "Dat lijkt me heel eenzaam. Hoe is dat voor u om dat zo hardop te zeggen?", None),
        ("c", "Raar. Ik zeg het nooit tegen iemand. Mijn kinderen denken dat het goed gaat.", None),
        ("h", "Zullen we volgende week samen kijken wat er in de wijk te doen is? Dan neem ik wat folders mee.", None),
        ("c", "Dat is goed. Als je maar niet denkt dat ik nu ineens elke dag naar de buurtkamer ga. (lacht)", None),
    ]
    d = new_doc()
    set_base_font(d, "Calibri", 11)
    for line in ["Naam: Noor Bakkali",
                 "Studentnummer: 4829103",
                 "Opleiding: Maatschappelijk Werk en Dienstverlening, jaar 2",
                 "Vak: Gespreksvaardigheden 1",
                 "Docent: mw. A. de Boer",
                 "Datum: 14 maart 2024"]:
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    h = d.add_paragraph()
    r = h.add_run("Opdracht 2: uitgewerkt gesprek")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph(
        "Context: dit gesprek vond plaats tijdens een huisbezoek in het kader van mijn stage bij het "
        "wijkteam. Meneer Visser (74) is aangemeld door de huisarts omdat hij sinds het overlijden van "
        "zijn vrouw weinig de deur uit komt. Het gesprek duurde ongeveer twintig minuten. Meneer heeft "
        "toestemming gegeven voor het opnemen; zijn naam is gefingeerd.")
    for who, text, _ in turns:
        ps = parts_of(text)
        d.add_paragraph(labels[who] + ": " + ps[0])
        for extra in ps[1:]:
            d.add_paragraph(extra)
    save(d, fn)
    register(fn, "nl", "paragraphs with 'S:' / 'C:' prefixes; title block lines and a 'Context:' paragraph before; two client turns continue in an unprefixed paragraph",
             turns, labels, pdf=True)


# ----------------------------------------------------------------------------
# 02  Student: / Cliënt: paragraphs, blank lines between turns, Reflectie after
# ----------------------------------------------------------------------------

def doc02():
    fn = "02_vandam_studiestress.docx"
    labels = {"h": "Student", "c": "Cliënt"}
    turns = [
        ("h", "Hoi Lisa, kom binnen. Ga zitten. We hebben ongeveer twintig minuten, is dat goed?", None),
        ("c", "Ja prima.", None),
        ("h", "Je had in je mail geschreven dat het niet zo goed gaat met je studie. Wil je daar iets over vertellen?", None),
        ("c", ["Ja. Ik zit nu in het tweede jaar en ik heb drie herkansingen openstaan. En in blok 3 komen er nog twee tentamens bij. Ik weet gewoon niet meer hoe ik dat allemaal moet doen.",
               "En ik werk ook nog drie avonden in de week bij de Albert Heijn, want anders kan ik mijn kamer niet betalen."], None),
        ("h", "Dat is best veel. Heb je al een planning gemaakt?", None),
        ("c", "Ja, wel een beetje. Maar ik hou me er nooit aan.", None),
        ("h", "Hoe komt dat, denk je?", None),
        ("c", "Weet ik niet. Ik ga zitten en dan pak ik mijn telefoon en dan is het ineens twee uur later. En dan voel ik me zo slecht dat ik maar helemaal niks meer doe.", None),
        ("h", "Misschien kun je je telefoon in een andere kamer leggen als je gaat studeren? Dat doe ik zelf ook en dat helpt echt.", None),
        ("c", "Ja, maar dat heb ik al geprobeerd. Dan ga ik gewoon iets anders doen, de was of zo. (lacht een beetje)", None),
        ("h", "Oké. Slaap je wel goed?", None),
        ("c", "Niet echt. Ik lig vaak tot een uur of drie wakker. Dan ga ik in mijn hoofd alles na wat ik nog moet doen.", None),
        ("h", "Je ligt 's nachts te piekeren over alles wat nog moet. Dat klinkt uitputtend.", None),
        ("c", "Ja. (stilte) Soms denk ik dat ik gewoon niet slim genoeg ben voor deze opleiding. Mijn zus heeft geneeskunde gedaan, die haalde alles in één keer.", None),
        ("h", "Heb je het er met je studieloopbaanbegeleider over gehad?", None),
        ("c", "Nee. Die ken ik eigenlijk niet zo goed. Ik heb hem één keer gezien in het eerste jaar.", None),
        ("h", "Je zei net dat je denkt dat je niet slim genoeg bent. Kun je daar meer over vertellen?", None),
        ("c", ["Gewoon, dat iedereen het makkelijker lijkt te doen. In mijn projectgroep heeft niemand herkansingen. Ik durf het ook niet te zeggen.",
               "Mijn ouders weten het ook niet. Die denken dat alles goed gaat."], None),
        ("h", "Dus je draagt het eigenlijk helemaal alleen.", None),
        ("c", "Ja... zo voelt het wel. (veegt tranen weg) Sorry.", None),
        ("h", "Je hoeft geen sorry te zeggen. Wat zou je willen dat er na dit gesprek anders is?", None),
        ("c", "Dat ik in ieder geval weet waar ik moet beginnen. En misschien dat ik het aan mijn moeder durf te vertellen.", None),
    ]
    d = new_doc()
    set_base_font(d, "Cambria", 11)
    d.add_paragraph("Verslag oefengesprek: studiestress", style="Title")
    p = d.add_paragraph()
    for i, line in enumerate(["Thijs van Dam – 3019284",
                              "Social Work (SPH-profiel), propedeuse",
                              "Module Professionele gespreksvoering",
                              "Docent: dhr. P. Willemsen",
                              "Ingeleverd op 8 november 2023"]):
        if i:
            p.add_run().add_break()
        p.add_run(line)
    d.add_heading("Inleiding", level=1)
    d.add_paragraph(
        "Voor deze opdracht heb ik een oefengesprek gevoerd met een medestudent die de rol speelde van "
        "Lisa, een tweedejaars studente die vastloopt in haar studie. Ik heb het gesprek opgenomen en "
        "hieronder letterlijk uitgewerkt. Mijn leerdoel was om minder snel met oplossingen te komen.")
    d.add_heading("Uitwerking van het gesprek", level=1)
    for i, (who, text, _) in enumerate(turns):
        ps = parts_of(text)
        p = d.add_paragraph(labels[who] + ": " + ps[0])
        p.paragraph_format.space_after = Pt(0)
        for extra in ps[1:]:
            q = d.add_paragraph(extra)
            q.paragraph_format.space_after = Pt(0)
        if i < len(turns) - 1:
            e = d.add_paragraph()
            e.paragraph_format.space_after = Pt(0)
    d.add_heading("Reflectie", level=1)
    d.add_paragraph(
        "Als ik het gesprek teruglees, zie ik dat ik bij beurt 9 toch weer een advies gaf over de telefoon, "
        "terwijl Lisa daar niet om vroeg. Ze reageerde met “ja, maar”, wat volgens de literatuur een teken "
        "is dat het advies niet aansluit. Later in het gesprek ging het beter: toen ik haar eigen woorden "
        "terugnam (“niet slim genoeg”) kwam ze pas echt bij haar gevoel.")
    d.add_paragraph(
        "Een volgende keer wil ik vaker stiltes laten vallen. Ik merk dat ik het spannend vind als het "
        "even stil is en dan snel een nieuwe vraag stel.")
    save(d, fn)
    register(fn, "nl", "paragraphs with 'Student:' / 'Cliënt:' prefixes, empty paragraph between turns, continuation paragraphs; Title, Inleiding heading before, Reflectie heading after",
             turns, labels)


# ----------------------------------------------------------------------------
# 03  HV: / CL: hanging-indent paragraphs, 60 turns, header + "Pagina X van Y"   (PDF)
# ----------------------------------------------------------------------------

def doc03():
    fn = "03_verhoeven_vader_weg_lang.docx"
    labels = {"h": "HV", "c": "CL"}
    turns = [
        ("h", "Hoi Kevin, ik ben Daan. Je mentor heeft gevraagd of ik eens met je wilde praten. Weet je waarom?", None),
        ("c", "Ja, omdat ik te vaak te laat kom en zo.", None),
        ("h", "Oké. Klopt dat, kom je vaak te laat?", None),
        ("c", "Soms. Niet vaker dan anderen.", None),
        ("h", "Je mentor maakt zich een beetje zorgen om je. Hij zegt dat je de laatste tijd anders bent dan eerst.", None),
        ("c", "(haalt schouders op) Kan.", None),
        ("h", "Hoe gaat het thuis?", None),
        ("c", "Gaat wel.", None),
        ("h", "Met wie woon je thuis?", None),
        ("c", "Met mijn moeder en mijn broertje. Mijn vader woont er niet meer.", None),
        ("h", "Sinds wanneer woont je vader er niet meer?", None),
        ("c", "Sinds de zomer. Hij is gewoon weggegaan. Hij heeft een nieuwe vriendin in Almere.", None),
        ("h", "Dat is nog niet zo lang geleden. Hoe was dat voor jou?", None),
        ("c", "Weet ik veel. Het is gewoon zo. Ik kan er toch niks aan veranderen.", None),
        ("h", "Nee, daar kun je niks aan veranderen. Maar het kan wel iets met je doen.", None),
        ("c", "Mwah. (stilte) Mijn moeder huilt veel. Dat vind ik wel kut. Sorry.", None),
        ("h", "Je mag zeggen wat je wil hoor. Je moeder huilt veel.", None),
        ("c", "Ja. 's Avonds vooral. Dan hoor ik haar in de keuken. En dan doe ik mijn koptelefoon op.", None),
        ("h", "Praat je er weleens met haar over?", None),
        ("c", "Nee. Wat moet ik dan zeggen? Ze heeft het al moeilijk genoeg.", None),
        ("h", "Je wilt haar niet nog meer belasten.", None),
        ("c", ["Ja, precies. En ik moet ook op mijn broertje letten. Hij is negen. Hij snapt het allemaal nog niet echt.",
               "Hij vraagt steeds wanneer papa weer thuiskomt. Dan zeg ik maar dat ik het niet weet."], None),
        ("h", "Dat is best veel voor iemand van zeventien. Doe je dat vaker, op je broertje letten?", None),
        ("c", "Elke ochtend breng ik hem naar school. Mijn moeder moet vroeg beginnen. Daarom ben ik dus te laat.", None),
        ("h", "Ah, dus daarom kom je te laat. Weet je mentor dat?", None),
        ("c", "Nee. Gaat hem niks aan.", None),
        ("h", "Misschien is het wel slim om het hem te vertellen. Dan kan hij er rekening mee houden.", None),
        ("c", "Ja, maar dan gaat hij mijn moeder bellen. En dan denkt ze dat ik over haar loop te klagen.", None),
        ("h", "Oké, dat wil je niet. Heb je nog contact met je vader?", None),
        ("c", "Hij appt weleens. Of ik een keer kom eten bij hem en die vrouw. Nee dank je.", None),
        ("h", "Je wilt daar niet heen.", None),
        ("c", "Nee. Waarom zou ik? Hij heeft voor haar gekozen. Niet voor ons.", None),
        ("h", "Het klinkt alsof je heel boos bent op je vader.", None),
        ("c", "(lange stilte) Boos... ja. Maar ook... weet ik niet. We gingen altijd samen naar Ajax. Elke thuiswedstrijd. Dat doet hij nu met haar zoon.", None),
        ("h", "Hoe weet je dat?", None),
        ("c", "Zag ik op Instagram. Foto in de Arena met die jongen. Met mijn sjaal om, nou ja, zo'n zelfde sjaal.", None),
        ("h", "Dat moet pijn hebben gedaan om te zien.", None),
        ("c", "(knikt) Ik heb hem daarna geblokkeerd.", None),
        ("h", "Heb je vrienden met wie je hierover praat?", None),
        ("c", "Niet echt. Mijn beste vriend Milan weet het wel, maar we praten er niet over. We gamen gewoon. Dat is wel fijn eigenlijk, dan hoef ik nergens aan te denken.", None),
        ("h", "Gamen helpt je om even nergens aan te denken.", None),
        ("c", "Ja. Soms tot heel laat. Dan ben ik 's ochtends kapot.", None),
        ("h", "Hoe laat ga je dan meestal slapen?", None),
        ("c", "Twee uur, drie uur. Doordeweeks ook.", None),
        ("h", "En dan moet je om half acht je broertje naar school brengen.", None),
        ("c", "Kwart over acht. Maar ja.", None),
        ("h", "Je zou kunnen proberen om doordeweeks om twaalf uur te stoppen met gamen. Dan heb je in ieder geval wat meer slaap.", None),
        ("c", "Ja, maar als ik stop dan lig ik alleen maar te denken.", None),
        ("h", "Waar denk je dan aan?", None),
        ("c", ["Aan alles. Of het mijn schuld is. Ik had ruzie met hem in mei, over school. Ik heb toen echt rotdingen gezegd.",
               "Een maand later was hij weg.",
               "Ik weet heus wel dat het niet door mij komt. Maar toch."], None),
        ("h", "Je weet met je hoofd dat het niet jouw schuld is, maar het voelt soms wel zo.", None),
        ("c", "Ja. (stilte) Dat heb ik nog nooit tegen iemand gezegd.", None),
        ("h", "Dank je dat je het nu tegen mij zegt. Hoe voelt het om het uit te spreken?", None),
        ("c", "Raar. Maar ook wel een beetje lichter of zo.", None),
        ("h", "We hebben nog tien minuten. Wat zou je nu het meest helpen, denk je?", None),
        ("c", "Weet ik niet. Dat de ochtenden anders gaan, misschien. Dat ik niet steeds op mijn kop krijg voor dat te laat komen.", None),
        ("h", "Zou het een idee zijn als ik samen met jou je mentor vertel hoe het zit met je broertje? Dan hoef jij het niet alleen te doen en hoeft hij je moeder niet te bellen.", None),
        ("c", "Als hij echt mijn moeder niet belt. Oké. Misschien.", None),
        ("h", "Goed. En zullen we volgende week nog een keer afspreken? Dan kunnen we het ook over je vader hebben, als je dat wilt.", None),
        ("c", "Is goed. Zelfde tijd?", None),
    ]
    assert len(turns) == 60
    d = new_doc(margins_cm=2.5)
    set_base_font(d, "Arial", 11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Daan Verhoeven  |  Social Work jaar 2  |  Gespreksvaardigheden 2"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Pagina ")
    add_field(fp, "PAGE")
    fp.add_run(" van ")
    add_field(fp, "NUMPAGES", "4")

    t = d.add_paragraph()
    r = t.add_run("Uitgewerkt gesprek – jongere op school")
    r.bold = True
    r.font.size = Pt(16)
    info = [("Student", "Daan Verhoeven (5102938)"), ("Opleiding", "Social Work, jaar 2, voltijd"),
            ("Onderwijseenheid", "Gespreksvaardigheden 2 – het hulpverleningsgesprek"),
            ("Docent", "dr. M. Oosterhuis"), ("Datum gesprek", "23 januari 2024"),
            ("Opdracht", "Verbatim van een gesprek uit de stagepraktijk")]
    for k, v in info:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        rk = p.add_run(k + ": ")
        rk.bold = True
        p.add_run(v)
    d.add_paragraph()
    ctx = d.add_paragraph()
    ctx.add_run("Inleiding").bold = True
    d.add_paragraph(
        "Ik loop stage als schoolmaatschappelijk werker op een vmbo/havo-school. Kevin (17, naam "
        "veranderd) is door zijn mentor doorverwezen omdat hij vaak te laat komt en zich terugtrekt in de "
        "klas. Het is ons eerste gesprek. Hieronder staat het gesprek letterlijk uitgewerkt; HV ben ik, "
        "CL is Kevin. Non-verbale signalen staan tussen haakjes.")

    for who, text, _ in turns:
        ps = parts_of(text)
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.5)
        pf.first_line_indent = Cm(-1.5)
        pf.tab_stops.add_tab_stop(Cm(1.5))
        pf.line_spacing = 1.5
        pf.space_after = Pt(2)
        p.add_run(labels[who] + ":\t" + ps[0])
        for extra in ps[1:]:
            q = d.add_paragraph(extra)
            q.paragraph_format.left_indent = Cm(1.5)
            q.paragraph_format.line_spacing = 1.5
            q.paragraph_format.space_after = Pt(2)

    d.add_paragraph()
    lit = d.add_paragraph()
    lit.add_run("Literatuur").bold = True
    for ref in ["Lang, G., & Van der Molen, H. T. (2021). Psychologische gespreksvoering: Een basis voor "
                "hulpverlening (15e druk). Boom.",
                "Bolwijn, P., & Van Haaften, R. (2019). Helpen in een professionele relatie. Coutinho."]:
        rp = d.add_paragraph(ref)
        rp.paragraph_format.left_indent = Cm(1)
        rp.paragraph_format.first_line_indent = Cm(-1)
    save(d, fn)
    register(fn, "nl", "60-turn paragraphs 'HV:<tab>' / 'CL:<tab>' with hanging indent, 1.5 line spacing; page header and footer 'Pagina X van Y'; title block and Inleiding before, Literatuur after (3 pages)",
             turns, labels, pdf=True)


# ----------------------------------------------------------------------------
# 04  first names Mira: / Robert:, Inleiding + Nabeschouwing headings
# ----------------------------------------------------------------------------

def doc04():
    fn = "04_degraaf_schulden.docx"
    labels = {"h": "Mira", "c": "Robert"}
    turns = [
        ("h", "Goedemorgen Robert, fijn dat je gekomen bent. Je had contact opgenomen met het wijkteam vanwege geldzorgen, klopt dat?", None),
        ("c", "Ja. Nou, geldzorgen... Het loopt een beetje uit de hand, laat ik het zo zeggen.", None),
        ("h", "Wat bedoel je met uit de hand lopen?", None),
        ("c", "Er komen steeds meer brieven. Van de energie, van de zorgverzekering, en nu ook van een incassobureau. Ik maak ze eigenlijk niet meer open.", None),
        ("h", "Hoeveel brieven liggen er ongeveer?", None),
        ("c", "Een la vol. (lacht ongemakkelijk) Letterlijk. In de keuken.", None),
        ("h", "Weet je hoe hoog de schulden ongeveer zijn?", None),
        ("c", "Geen idee. Vijf, zes duizend misschien? Misschien meer. Daarom maak ik ze ook niet open, denk ik.", None),
        ("h", "Het is eng om te weten hoeveel het is.", None),
        ("c", "Ja. Als ik het niet weet, bestaat het een beetje niet, snap je?", None),
        ("h", "Hoe is het zo gekomen, als ik vragen mag?", None),
        ("c", ["Ik ben vorig jaar mijn baan kwijtgeraakt. Ik werkte in de logistiek, bij een distributiecentrum. Reorganisatie. Toen kreeg ik WW, maar dat is veel minder.",
               "En mijn vrouw en ik zijn toen ook nog uit elkaar gegaan. Dus ik moest alles ineens alleen betalen."], None),
        ("h", "Dat zijn twee grote dingen tegelijk. Heb je toen hulp gezocht?", None),
        ("c", "Nee. Ik dacht, dat los ik zelf wel op. Ik heb altijd gewerkt, ik heb nooit ergens om hoeven vragen.", None),
        ("h", "Je kunt misschien het beste eerst je budget op een rijtje zetten. Er zijn apps voor, of je kunt een kasboekje bijhouden.", None),
        ("c", "Ja, maar daar gaat het niet om. Ik weet heus wel wat er binnenkomt. Het is gewoon te weinig.", None),
        ("h", "Oké. Sorry, ik ging te snel. Je zei net dat je nooit ergens om hebt hoeven vragen. Hoe is het voor je om hier nu te zitten?", None),
        ("c", "(stilte) Vernederend, eerlijk gezegd. Mijn vader zou zich omdraaien in zijn graf.", None),
        ("h", "Je schaamt je ervoor.", None),
        ("c", "Ja. Mijn kinderen weten het ook niet. Als ze bij mij zijn, doe ik alsof alles normaal is. Pizza halen en zo. Terwijl ik dat eigenlijk niet kan betalen.", None),
        ("h", "Je wilt dat het voor je kinderen gewoon gezellig is als ze bij je zijn.", None),
        ("c", "Natuurlijk. Die kunnen er niks aan doen.", None),
        ("h", "Zou je het goed vinden als we samen die la met brieven gaan openmaken? Niet vandaag alles, maar een begin.", None),
        ("c", "Moet dat echt?", None),
        ("h", "Zonder te weten wat er ligt, kunnen we je niet goed helpen met bijvoorbeeld een betalingsregeling of schuldhulpverlening. Maar we doen het samen, je hoeft het niet alleen.", None),
        ("c", "Oké. (zucht) Dan neem ik ze volgende keer mee. In een tas. Een grote tas.", None),
    ]
    d = new_doc(margins_cm=2.2)
    set_base_font(d, "Times New Roman", 12)
    d.add_heading("Gespreksverslag eerste contact schuldhulp", level=0)
    meta = d.add_paragraph()
    rr = meta.add_run("Mira de Graaf (2210457) – MWD deeltijd – Methodisch werken 3 – docent: J. Hendriks – 2 februari 2024")
    rr.italic = True
    d.add_heading("Inleiding", level=1)
    d.add_paragraph(
        "Robert (45, gefingeerde naam) meldde zich bij het wijkteam waar ik stage loop. Hij heeft "
        "betalingsachterstanden en maakt zijn post niet meer open. In dit eerste gesprek wilde ik vooral "
        "een goede relatie opbouwen en zicht krijgen op zijn hulpvraag. In het verslag gebruik ik onze "
        "voornamen.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_heading("Het gesprek", level=1)
    for who, text, _ in turns:
        ps = parts_of(text)
        p = d.add_paragraph(labels[who] + ": " + ps[0])
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(6) if len(ps) == 1 else Pt(0)
        for j, extra in enumerate(ps[1:]):
            q = d.add_paragraph(extra)
            q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            q.paragraph_format.space_after = Pt(6) if j == len(ps) - 2 else Pt(0)
    d.add_heading("Nabeschouwing", level=1)
    d.add_paragraph(
        "Bij het advies over het kasboekje merkte ik meteen dat Robert afhaakte (“ja, maar”). Ik heb dat "
        "benoemd en ben teruggegaan naar wat hij zelf had gezegd. Daarna kwam de schaamte op tafel. Ik "
        "denk dat dit het belangrijkste moment in het gesprek was.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_paragraph(
        "Leerpunt: eerst de vraag achter de vraag verkennen, pas daarna de praktische kant. Volgende "
        "afspraak: Robert neemt de post mee en we maken samen een overzicht.").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    save(d, fn)
    register(fn, "nl", "paragraphs prefixed with first names 'Mira:' / 'Robert:', justified; heading-style title, Inleiding before, Nabeschouwing after; one continuation paragraph",
             turns, labels)


# ----------------------------------------------------------------------------
# 05  two-column table (speaker | text), no header row               (PDF)
# ----------------------------------------------------------------------------

def doc05():
    fn = "05_yilmaz_zieke_moeder_tabel.docx"
    labels = {"h": "Student", "c": "Cliënt"}
    turns = [
        ("h", "Hoi Jesse. Vertel eens, wat brengt je hier?", None),
        ("c", "Mijn moeder heeft MS. Al heel lang eigenlijk, maar het laatste jaar gaat het veel slechter. Ze zit nu in een rolstoel.", None),
        ("h", "Wat naar. Woon je nog thuis?", None),
        ("c", "Ja. Ik zou eigenlijk op kamers gaan in Utrecht, maar dat is er nu niet van gekomen.", None),
        ("h", "Wat doe je allemaal voor je moeder?", None),
        ("c", "Boodschappen, koken, haar helpen met aankleden als de thuiszorg niet komt. 's Nachts moet ik er soms ook uit.", None),
        ("h", "Wow. En je studeert ook nog?", None),
        ("c", "Ja, sociologie. Maar ik heb dit jaar veel colleges gemist.", None),
        ("h", "Heb je weleens gedacht aan respijtzorg? Dan neemt iemand anders het even over zodat jij wat rust hebt.", None),
        # two consecutive rows by the client: one turn in the key
        ("c", "Mijn moeder wil geen vreemden in huis. De thuiszorg vindt ze al moeilijk.", None),
        ("c", "En eerlijk gezegd... ik weet ook niet of ik het wel los kan laten. Als er dan iets gebeurt.", None),
        ("h", "Je bent bang dat er iets gebeurt als jij er niet bent.", None),
        ("c", "Ja. Ze is een keer gevallen toen ik bij een vriend was. Ze lag twee uur op de grond voordat ik thuiskwam. (stilte)", None),
        ("h", "Dat moet een enorme schrik zijn geweest.", None),
        ("c", "Ik denk er nog elke dag aan. Daarom ga ik eigenlijk nergens meer heen.", None),
        ("h", "Hoe is dat voor jou, dat je nergens meer heen gaat?", None),
        ("c", "Ik mis mijn vrienden wel. En soms ben ik ook boos, op haar, en dan voel ik me daar weer schuldig over. Ze kan er ook niks aan doen.", None),
        ("h", "Heb je een vader of broers of zussen die kunnen helpen?", None),
        ("c", "Mijn vader is er niet. Ik heb een zus, maar die woont in Rotterdam en heeft twee kleine kinderen.", None),
    ]
    d = new_doc()
    set_base_font(d, "Calibri", 11)
    p = d.add_paragraph()
    r = p.add_run("Esra Yilmaz – SPH jaar 2 – Oefengesprek jonge mantelzorger")
    r.bold = True
    p2 = d.add_paragraph("Opdracht 4, Gesprekstechnieken. Ingeleverd 11-04-2024.")
    p2.paragraph_format.space_after = Pt(12)
    table = d.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for who, text, _ in turns:
        row = table.add_row()
        cell_text(row.cells[0], labels[who])
        cell_text(row.cells[1], text)
    set_widths(table, [2.6, 13.4])
    save(d, fn)
    register(fn, "nl", "two-column table (speaker | text) without header row, grid borders; short title lines before; client speaks in two consecutive rows once (merged into one turn)",
             turns, labels, pdf=True)


# ----------------------------------------------------------------------------
# 06  title block as table, then 3-column table Nr. | Spreker | Tekst (header row)
# ----------------------------------------------------------------------------

def doc06():
    fn = "06_jansen_huisgenoot.docx"
    labels = {"h": "St.", "c": "Cl."}
    turns = [
        ("h", "Hé Femke, wat fijn dat je tijd had. Waar wil je het vandaag over hebben?", None),
        ("c", "Over mijn huisgenoot, Sarah. Ik word er echt helemaal gek van.", None),
        ("h", "Wat is er aan de hand?", None),
        ("c", "Ze laat alles slingeren. Afwas, haar jas, haar schoenen midden in de gang. En als ik er iets van zeg, doet ze alsof ik zeur.", None),
        ("h", "Hoe lang wonen jullie al samen?", None),
        ("c", "Sinds september. In het begin was het echt leuk, we waren bijna vriendinnen.", None),
        ("h", "En wanneer veranderde dat?", None),
        ("c", "Toen ze een vriend kreeg, eigenlijk. Die is er nu altijd. Hij eet mee, hij doucht hier, maar hij betaalt natuurlijk niks.", None),
        ("h", "Heb je met haar afgesproken hoe jullie dat willen doen met bezoek?", None),
        ("c", "Nee, niet echt. Dat zou wel moeten hè.", None),
        ("h", "Misschien moet je eens een huisvergadering houden en een schoonmaakrooster maken.", None),
        ("c", "Ja, maar dan wordt het zo'n gedoe. Ze voelt zich dan meteen aangevallen. Vorige keer is ze gewoon weggelopen.", None),
        ("h", "Hoe voelde dat voor jou, dat ze wegliep?", None),
        ("c", "Ik was zo boos. Maar ik voelde me ook gewoon... aan de kant gezet. Alsof ik er niet meer toe doe in mijn eigen huis.", None),
        ("h", "Aan de kant gezet, in je eigen huis.", None),
        ("c", "Ja. (stilte) Ik zit steeds vaker op mijn kamer. Ik kom de keuken niet meer in als zij er met hem zit.", None),
        ("h", "Je trekt je terug, terwijl het ook jouw huis is. Wat zou je het liefst willen?", None),
        ("c", "Dat we gewoon weer normaal met elkaar kunnen praten. Het hoeven geen vriendinnen te zijn, maar gewoon normaal.", None),
    ]
    d = new_doc()
    set_base_font(d, "Verdana", 10)
    tt = d.add_paragraph()
    r = tt.add_run("VERBATIM GESPREKSVAARDIGHEDEN")
    r.bold = True
    r.font.size = Pt(13)
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Light List Accent 1"
    for k, v in [("Naam", "Lars Jansen"), ("Studentnummer", "6630192"), ("Opleiding", "Social Work, jaar 1"),
                 ("Docent", "mevr. S. Rahimi"), ("Datum", "5 december 2023"),
                 ("Opdracht", "Uitgewerkt oefengesprek (rollenspel)")]:
        row = tb.add_row()
        cell_text(row.cells[0], k, bold=True)
        cell_text(row.cells[1], v)
    set_widths(tb, [4, 12])
    d.add_paragraph()
    d.add_paragraph(
        "Context: oefengesprek in de les. Een klasgenote speelt Femke (20), die problemen heeft met haar "
        "huisgenote. Ik ben St. (student), zij is Cl. (cliënt). Het gesprek duurde ongeveer 12 minuten.")
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for i, h in enumerate(["Nr.", "Spreker", "Tekst"]):
        cell_text(table.rows[0].cells[i], h, bold=True)
        shade(table.rows[0].cells[i], "D9E2F3")
    for n, (who, text, _) in enumerate(turns, start=1):
        row = table.add_row()
        cell_text(row.cells[0], str(n), align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(row.cells[1], labels[who])
        cell_text(row.cells[2], text)
    set_widths(table, [1.2, 2.2, 12.6])
    save(d, fn)
    register(fn, "nl", "title block as a 2-column table, 'Context:' paragraph, then 3-column table (Nr. | Spreker | Tekst) with header row; speakers 'St.' / 'Cl.'",
             turns, labels)


# ----------------------------------------------------------------------------
# 07  assessment table Nr | Wie | Gesprek | Wat deed ik?  (repeated header, long)  (PDF)
# ----------------------------------------------------------------------------

def doc07():
    fn = "07_kramer_burnout_beoordeling.docx"
    labels = {"h": "S", "c": "C"}
    turns = [
        ("h", "Goedemiddag Marco, welkom. Ik ben Sophie. We hebben ongeveer een half uur. Kun je vertellen wat je hier brengt?", "open vraag"),
        ("c", "Mijn huisarts heeft me gestuurd. Ik zit sinds zes weken thuis van mijn werk. Hij noemt het een burn-out.", None),
        ("h", "Wat voor werk doe je?", "open vraag"),
        ("c", "Ik ben docent geschiedenis op een middelbare school. Havo en vwo, vooral bovenbouw. En ik ben ook mentor van een vijfde klas.", None),
        ("h", "En sinds zes weken thuis. Hoe is dat gegaan?", "doorvragen"),
        ("c", ["Het ging eigenlijk al een tijd niet goed. Ik sliep slecht, ik was heel prikkelbaar tegen mijn vrouw en de kinderen. En toen zat ik op een maandag in de auto op de parkeerplaats van school en ik kon gewoon niet uitstappen.",
               "Ik heb daar een half uur gezeten. Toen ben ik naar huis gereden."], None),
        ("h", "Je kon niet uitstappen.", "parafrase"),
        ("c", "Nee. Mijn lijf deed het gewoon niet. Ik begon te trillen. Dat had ik nog nooit gehad.", None),
        ("h", "Wat ging er door je heen op dat moment?", "open vraag"),
        ("c", "Dat ik het niet meer kon. Dat ik die klas niet meer in kon. (stilte) En daarna meteen: wat ben jij een slappeling.", None),
        ("h", "Dat is streng voor jezelf.", "Hier had ik beter een gevoelsreflectie kunnen geven in plaats van een oordeel."),
        ("c", "Ja, dat zegt mijn vrouw ook.", None),
        ("h", "Slaap je nu wel beter?", "gesloten vraag"),
        ("c", "Een beetje. Ik word nog steeds om vier uur wakker.", None),
        ("h", "Doe je overdag nog dingen? Sporten of zo?", "gesloten vraag"),
        ("c", "Ik wandel met de hond. Verder niet veel. Ik kan me niet concentreren. Ik probeer een boek te lezen en na twee bladzijden weet ik niet meer wat ik gelezen heb.", None),
        ("h", "Misschien zou je kunnen beginnen met een kwartiertje lezen per dag, en dat langzaam opbouwen.", "advies gegeven"),
        ("c", "Ja, maar dat is het punt niet. Ik voel me gewoon leeg.", None),
        ("h", "Leeg.", "Ik herhaalde zijn woord en liet daarna een stilte vallen. Dat werkte goed."),
        ("c", "Ja. Alsof er niks meer in zit. Ik was altijd degene die alles deed op school. Excursies organiseren, de musical, de werkgroep burgerschap.", None),
        ("h", "Je deed heel veel naast je lessen.", "parafrase"),
        ("c", "Ja. Ik kon nooit nee zeggen. Als de teamleider iets vroeg, zei ik ja. Ik vond het ook leuk, hoor. Tenminste, in het begin.", None),
        ("h", "Wanneer werd het minder leuk?", "doorvragen"),
        ("c", "Toen er vorig jaar twee collega's weggingen en de vacatures niet werden opgevuld. Toen moest ik hun lessen erbij doen. Ik had ineens 28 lesuren.", None),
        ("h", "Dat is veel. Heb je dat aangekaart bij je leidinggevende?", "gesloten vraag"),
        ("c", "Een keer. Toen zei hij dat het voor iedereen zwaar was. En dat hij op me rekende.", None),
        ("h", "Wat deed dat met je, toen hij dat zei?", "open vraag naar gevoel"),
        ("c", "Ik voelde me gevleid, eigenlijk. Dom hè. En ook een beetje klem. Ik kon toch moeilijk nee zeggen als hij op me rekende.", None),
        ("h", "Je voelde je gevleid en tegelijk klem gezet.", "gevoelsreflectie"),
        ("c", "(knikt) Ja. Precies dat.", None),
        ("h", "Hoe is het thuis nu?", "open vraag"),
        ("c", ["Mijn vrouw is heel lief, maar ik merk dat ze ook moe wordt. Ze werkt fulltime en ze doet nu eigenlijk alles. En de kinderen vragen waarom papa steeds op de bank ligt.",
               "Mijn dochter van acht vroeg laatst of ik ziek was. Ik wist niet wat ik moest zeggen."], None),
        ("h", "Wat heb je gezegd?", None),
        ("c", "Dat papa heel moe is. Dat klopt ook wel.", None),
        ("h", "Heb je al contact gehad met de bedrijfsarts?", "Hier ging ik te snel naar iets praktisch, terwijl hij net over zijn dochter vertelde."),
        ("c", "Ja, twee keer. Die wil dat ik over een paar weken weer begin met een paar uur. Ik moet er niet aan denken.", None),
        ("h", "Wat maakt dat je er niet aan moet denken?", "open vraag"),
        ("c", "Dat ik weer die school in moet. Dat iedereen vraagt hoe het gaat. Dat ik weer in dezelfde situatie kom.", None),
        ("h", "Je bent bang dat er niks veranderd is als je terugkomt.", "gevoelsreflectie"),
        ("c", "Ja. En dat ik dan weer hetzelfde ga doen. Overal ja op zeggen.", None),
        ("h", "Als ik het goed begrijp, ben je al een tijd over je grenzen gegaan, deels omdat er op school veel van je werd gevraagd en deels omdat je zelf moeilijk nee kunt zeggen. Nu ben je leeg en zie je op tegen het terugkeren, omdat je bang bent dat het weer zo gaat. Klopt dat?", "samenvatting"),
        ("c", "Ja. Dat klopt. Zo heb ik het eigenlijk nog niet gezien, dat het ook aan mij ligt.", None),
        ("h", "Het ligt niet alleen aan jou. Maar het is wel iets waar je zelf invloed op hebt. Zou je daar de komende gesprekken aan willen werken?", None),
        ("c", "Ja. Graag. Ik wil niet over een jaar weer op die parkeerplaats staan.", None),
    ]
    assert len(turns) == 44
    d = new_doc(margins_cm=2.0)
    set_base_font(d, "Calibri", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sophie Kramer – 4471025 – MWD2 Gespreksvoering – Beoordelingsopdracht"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, "PAGE")

    d.add_heading("Beoordelingsopdracht gespreksvoering", level=1)
    for line in ["Naam: Sophie Kramer", "Studentnummer: 4471025", "Opleiding: MWD, jaar 2",
                 "Beoordelaar: drs. H. van Leeuwen", "Datum: 19 juni 2024"]:
        q = d.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    d.add_heading("Inleiding", level=2)
    d.add_paragraph(
        "In deze opdracht laat ik een uitgewerkt gesprek zien met een acteur die de rol speelt van Marco "
        "(38), docent, die thuis zit met burn-outklachten. In de rechterkolom heb ik per beurt aangegeven "
        "welke gesprekstechniek ik gebruikte of wat ik achteraf van mijn reactie vind. S = student (ik), "
        "C = cliënt.")
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    hdr = table.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(["Nr.", "Wie", "Wat werd er gezegd", "Wat deed ik?"]):
        cell_text(hdr.cells[i], h, bold=True)
        shade(hdr.cells[i], "BFBFBF")
    for n, (who, text, note) in enumerate(turns, start=1):
        row = table.add_row()
        cell_text(row.cells[0], str(n))
        cell_text(row.cells[1], labels[who])
        cell_text(row.cells[2], text)
        if note:
            cell_text(row.cells[3], note, italic=True)
    set_widths(table, [1.0, 1.2, 10.3, 4.5])
    d.add_heading("Reflectie", level=2)
    d.add_paragraph(
        "Ik ben tevreden over de samenvatting aan het eind (beurt 41): Marco herkende zich erin en kwam zelf "
        "tot een nieuw inzicht. Minder tevreden ben ik over de gesloten vragen in het begin en het advies over "
        "het lezen. Ook stapte ik bij beurt 35 te snel over het verhaal over zijn dochter heen.")
    d.add_paragraph(
        "Mijn leerdoel voor het volgende gesprek: meer doorvragen op gevoel en pas later de praktische kant "
        "(bedrijfsarts, re-integratie) aan bod laten komen.")
    save(d, fn)
    register(fn, "nl", "44-turn 4-column assessment table (Nr. | Wie | Wat werd er gezegd | Wat deed ik?) with header row repeated on each page; codes and sentences in comment column; page header, page-number footer, title lines and Inleiding before, Reflectie after; two text cells with two paragraphs",
             turns, labels, pdf=True)


# ----------------------------------------------------------------------------
# 08  3-column table Spreker | Tekst | Interventie, "Ik" / "Mw. Bakker"   (PDF)
# ----------------------------------------------------------------------------

def doc08():
    fn = "08_elamrani_rouw_interventies.docx"
    labels = {"h": "Ik", "c": "Mw. Bakker"}
    turns = [
        ("h", "Goedemorgen mevrouw Bakker. Wat fijn dat u mij wilde ontvangen. Hoe gaat het met u vandaag?", "opening, open vraag"),
        ("c", "Och jongen, ik weet het niet. De ene dag beter dan de andere.", None),
        ("h", "En vandaag?", "doorvragen"),
        ("c", "Vandaag is geen goede dag. Het is vandaag precies vier maanden geleden dat Wim is overleden.", None),
        ("h", "Vier maanden vandaag. Dat is een moeilijke dag dan.", "parafrase"),
        ("c", "Ja. Iedereen zegt dat het na een tijdje minder wordt. Maar het wordt niet minder. Het wordt alleen maar stiller.", None),
        ("h", "Heeft u veel mensen om u heen?", "Gesloten vraag. Ik had beter kunnen ingaan op “stiller”."),
        ("c", "Mijn dochter komt elke week. En de buurvrouw. Maar die hebben ook hun eigen leven.", None),
        ("h", "Wat mist u het meest aan uw man?", "open vraag"),
        ("c", "(stilte) Alles. Het koffiedrinken 's ochtends. Hij las altijd de krant voor, de stukjes die hij grappig vond. Ik zet nog steeds twee kopjes neer. (huilt)", None),
        ("h", "(stilte)", "Ik liet een stilte vallen en gaf haar een zakdoek."),
        ("c", "Sorry. Dat gebeurt me steeds.", None),
        ("h", "U hoeft geen sorry te zeggen. Het is heel begrijpelijk dat u verdrietig bent.", "normaliseren"),
        ("c", "Mijn dochter zegt dat ik naar een rouwgroep moet.", None),
        ("h", "Dat lijkt me een goed idee. Daar kunt u mensen ontmoeten die hetzelfde hebben meegemaakt.", "Advies gegeven, terwijl ik nog niet wist wat zij er zelf van vond."),
        ("c", "Ja, maar ik ben niet zo van de groepen. Ik praat niet makkelijk over mezelf.", None),
        ("h", "Toch praat u nu wel met mij.", None),
        ("c", "(glimlacht) Ja. Dat is waar. Jij bent ook zo'n rustige jongen.", None),
        ("h", "Zou u het fijn vinden als ik volgende week weer langskom?", "gesloten vraag / afronding"),
        ("c", "Dat zou ik fijn vinden. Dan zet ik koffie. Drie kopjes. (lacht door haar tranen heen)", None),
    ]
    d = new_doc()
    set_base_font(d, "Georgia", 10.5)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for k, v in [("Student", "Youssef El Amrani"), ("Studentnummer", "500812734"),
                 ("Opleiding", "Sociaal Pedagogische Hulpverlening, jaar 3"), ("Vak", "Rouw en verlies"),
                 ("Docent", "mw. drs. L. Verbeek"), ("Datum", "27 september 2023")]:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k + ":\t").bold = True
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4))
        p.add_run(v)
    d.add_paragraph()
    h = d.add_paragraph()
    hr = h.add_run("Verbatim huisbezoek – mevrouw Bakker")
    hr.bold = True
    hr.font.size = Pt(14)
    d.add_paragraph(
        "Mevrouw Bakker (68) is vier maanden geleden weduwe geworden. Ik bezoek haar vanuit mijn stage bij "
        "het maatjesproject. Dit is ons tweede gesprek.")
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, hname in enumerate(["Spreker", "Tekst", "Interventie"]):
        cell_text(table.rows[0].cells[i], hname, bold=True)
    for who, text, note in turns:
        row = table.add_row()
        cell_text(row.cells[0], labels[who])
        cell_text(row.cells[1], text)
        cell_text(row.cells[2], note if note else "")
    set_widths(table, [3.0, 15.0, 6.5])
    d.add_paragraph()
    lp = d.add_paragraph()
    lp.add_run("Literatuur").bold = True
    d.add_paragraph("Stroebe, M., & Schut, H. (1999). The dual process model of coping with bereavement: "
                    "Rationale and description. Death Studies, 23(3), 197–224.")
    d.add_paragraph("Keirse, M. (2017). Helpen bij verlies en verdriet: Een gids voor het gezin en de "
                    "hulpverlener. Lannoo.")
    save(d, fn)
    register(fn, "nl", "landscape 3-column table (Spreker | Tekst | Interventie) with header row; helper is 'Ik'; comments mix codes and sentences, many empty; tab-aligned title block before, Literatuur after",
             turns, labels, pdf=True)


# ----------------------------------------------------------------------------
# 09  bold labels "Hulpverlener:" / "Cliënt:", indented continuations, header + PAGE footer
# ----------------------------------------------------------------------------

def doc09():
    fn = "09_smit_jonge_moeder.docx"
    labels = {"h": "Hulpverlener", "c": "Cliënt"}
    turns = [
        ("h", "Hoi Naomi, welkom. Wat fijn dat je er bent, en dat je oppas hebt kunnen regelen.", None),
        ("c", "Ja, mijn schoonmoeder past op. Dat was nog een heel gedoe, maar goed.", None),
        ("h", "Een heel gedoe?", None),
        ("c", "Ze vindt dat ik overdrijf. Dat ik gewoon moe ben, zoals alle moeders. Dat ik niet naar “zo’n praatclubje” hoef. (lacht schamper)", None),
        ("h", "Hoe oud is je baby nu?", None),
        ("c", "Vijf maanden. Ze heet Lina.", None),
        ("h", "Wat een mooie naam. Slaapt ze al een beetje door?", None),
        ("c", "Nee. Ze wordt twee, drie keer per nacht wakker. En mijn vriend moet vroeg op, dus ik doe de nachten.", None),
        ("h", "Dat is zwaar. Ik kan me voorstellen dat je daar heel moe van wordt.", None),
        ("c", ["Moe is het woord niet eens. Ik loop de hele dag als een zombie rond.",
               "En dan het ergste: ik geniet er niet van. Iedereen zegt dat het de mooiste tijd van je leven is. Ik voel helemaal niks. Alleen maar dat ik het niet goed doe."], None),
        ("h", "Je voelt niks, en je hebt het gevoel dat je het niet goed doet.", None),
        ("c", "(knikt, stilte) Ik durf dat eigenlijk tegen niemand te zeggen.", None),
        ("h", "Heb je het al tegen je vriend gezegd?", None),
        ("c", "Een beetje. Hij zegt dat het wel overgaat. Hij werkt heel veel, hij heeft net een nieuwe baan.", None),
        ("h", "Misschien kan hij in het weekend een paar nachten overnemen? Dan kun jij even bijslapen.", None),
        ("c", "Ja, maar dan lig ik alsnog wakker. Ik hoor haar toch. En dan denk ik: hij doet het vast niet goed.", None),
        ("h", "Het is moeilijk om het los te laten.", None),
        ("c", "Ja. Raar hè. Ik wil dat iemand helpt, maar als ze helpen vind ik het ook niet goed.", None),
        ("h", "Dat is helemaal niet raar. Heb je het er met het consultatiebureau over gehad?", None),
        ("c", ["Ze vroegen hoe het ging. Ik zei “goed”. (stilte) Ik was bang dat ze dan gaan denken dat ik geen goede moeder ben.",
               "Dat ze haar komen weghalen of zo. Ik weet dat dat onzin is. Maar dat dacht ik echt."], None),
        ("h", "Je was bang dat ze zouden denken dat je geen goede moeder bent. Dat klinkt heel eenzaam, zo’n angst waar je met niemand over kunt praten.", None),
        ("c", "Ja. (huilt) Het is echt fijn dat iemand dat gewoon zegt.", None),
        ("h", "Ik hoor dat je heel veel van Lina houdt, anders zou je je niet zo druk maken. Wat ik wel belangrijk vind, is dat je dit ook met je huisarts bespreekt. Wat vind je daarvan?", None),
        ("c", "Eng. Maar ik denk wel dat het moet. Wil jij misschien helpen met wat ik moet zeggen?", None),
    ]
    d = new_doc(margins_cm=2.5)
    set_base_font(d, "Calibri", 11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Verbatim opdracht 3 – Anouk Smit – MWD jaar 3"
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE")

    d.add_heading("Verbatim: gesprek met een jonge moeder", level=1)
    d.add_paragraph("Anouk Smit | 3387120 | Maatschappelijk Werk en Dienstverlening | "
                    "Docent: dhr. R. Koster | 12 maart 2024")
    d.add_heading("Inleiding", level=2)
    d.add_paragraph(
        "Naomi (29) is vijf maanden geleden moeder geworden en heeft zich via de website van het "
        "maatschappelijk werk aangemeld omdat ze “niet lekker in haar vel zit”. Dit is het intakegesprek. "
        "Ik wilde in dit gesprek vooral aandacht besteden aan het reflecteren van gevoelens.")
    d.add_heading("Gesprek", level=2)
    for who, text, _ in turns:
        ps = parts_of(text)
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0) if len(ps) > 1 else Pt(8)
        rb = p.add_run(labels[who] + ":")
        rb.bold = True
        p.add_run(" " + ps[0])
        for j, extra in enumerate(ps[1:]):
            q = d.add_paragraph(extra)
            q.paragraph_format.left_indent = Cm(0.75)
            q.paragraph_format.space_after = Pt(8) if j == len(ps) - 2 else Pt(0)
    save(d, fn)
    register(fn, "nl", "paragraphs with bold labels '**Hulpverlener:**' / '**Cliënt:**' followed by the text; continuation paragraphs indented without label; page header text and PAGE-field footer; heading, info line and Inleiding before",
             turns, labels)


# ----------------------------------------------------------------------------
# 10  "Student (ik):" / "Cliënt:", short (8 turns), Bijlage 1 beoordelingsformulier table after  (PDF)
# ----------------------------------------------------------------------------

def doc10():
    fn = "10_hoekstra_faalangst_kort.docx"
    labels = {"h": "Student (ik)", "c": "Cliënt"}
    turns = [
        ("h", "Hoi Yara. Je wilde het hebben over je presentatie volgende week, toch?", None),
        ("c", "Ja. Ik moet mijn afstudeerplan presenteren voor de commissie en ik slaap er nu al niet van.", None),
        ("h", "Wat maakt het zo spannend?", None),
        ("c", "Vorig jaar ben ik tijdens een presentatie helemaal dichtgeklapt. Ik wist niks meer. Iedereen keek naar me. (stilte) Ik ben gewoon weggelopen.", None),
        ("h", "Dat klinkt als een nare ervaring. Ben je bang dat het weer gebeurt?", None),
        ("c", "Ja, natuurlijk. Wat als het weer gebeurt? Dan haal ik mijn diploma niet.", None),
        ("h", "Je kunt misschien wat ademhalingsoefeningen doen van tevoren, dat helpt veel mensen. Of je presentatie een paar keer oefenen voor vrienden.", None),
        ("c", "Ja, maar dat heb ik vorig jaar ook gedaan. Het gaat niet om het oefenen. Het gaat om dat moment dat ik daar sta en denk dat iedereen ziet dat ik het niet kan.", None),
    ]
    d = new_doc()
    set_base_font(d, "Arial", 10)
    t = d.add_paragraph()
    tr = t.add_run("Bram Hoekstra")
    tr.bold = True
    for line in ["Studentnummer 2093318", "Social Work – leerroute Jeugd", "Training gespreksvaardigheden, week 6",
                 "Docent: mw. E. Dijkstra", "17 mei 2024"]:
        q = d.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    h = d.add_paragraph()
    h.add_run("Opdracht: werk een fragment van 8 beurten uit").bold = True
    d.add_paragraph(
        "Ik heb een fragment gekozen uit het begin van een oefengesprek met Yara (medestudent in de rol van "
        "cliënt). Yara heeft faalangst voor presentaties.")
    for who, text, _ in turns:
        p = d.add_paragraph(labels[who] + ": " + text)
        p.paragraph_format.space_after = Pt(6)
    bp = d.add_paragraph()
    bp.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Bijlage 1: beoordelingsformulier", level=2)
    crit = ["Stelt open vragen", "Vat samen", "Reflecteert gevoelens", "Sluit aan bij de hulpvraag",
            "Stelt advies uit", "Houdt stiltes uit"]
    table = d.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for i, hname in enumerate(["Criterium", "Onvoldoende", "Voldoende", "Goed"]):
        cell_text(table.rows[0].cells[i], hname, bold=True)
    marks = [2, 0, 1, 1, 0, 1]
    for c, m in zip(crit, marks):
        row = table.add_row()
        cell_text(row.cells[0], c)
        cell_text(row.cells[1 + m], "X", align=WD_ALIGN_PARAGRAPH.CENTER)
    d.add_paragraph()
    d.add_paragraph("Feedback docent: ................................................................")
    d.add_paragraph("Handtekening: ....................")
    save(d, fn)
    register(fn, "nl", "short (8 turns) paragraphs with 'Student (ik):' / 'Cliënt:' prefixes; title block and assignment lines before; page break and 'Bijlage 1: beoordelingsformulier' with a criteria table after",
             turns, labels, pdf=True)


# ----------------------------------------------------------------------------
# 11  2-column table Gesprek | Toelichting, speaker "S:" / "C:" inside the text cell
# ----------------------------------------------------------------------------

def doc11():
    fn = "11_peeters_stiefvader_toelichting.docx"
    labels = {"h": "S", "c": "C"}
    turns = [
        ("h", "Hoi Romy. Je zei net bij de deur dat je wel even wilde praten. Waar gaat het over?", "open vraag"),
        ("c", "Over thuis. Ik slaap nu al een week bij mijn vriendin.", None),
        ("h", "Oh. Weten je ouders dat?", "gesloten vraag"),
        ("c", "Mijn moeder wel. Ik heb ruzie met Rob. Mijn stiefvader.", None),
        ("h", "Wat is er gebeurd?", "open vraag"),
        ("c", "Hij bemoeit zich overal mee. Hoe laat ik thuis moet zijn, met wie ik omga, wat ik aantrek. Hij is mijn vader niet.", None),
        ("h", "Hij is je vader niet, en toch bepaalt hij veel.", "Parafrase, ik probeerde de kern te raken."),
        ("c", "Ja! En mijn moeder zegt er gewoon niks van. Die kiest altijd zijn kant.", None),
        ("h", "Hoe voelt dat, dat je moeder zijn kant kiest?", "open vraag naar gevoel"),
        ("c", "(stilte) Alsof ik er niet meer bij hoor. Ze hebben nu samen een baby, mijn halfbroertje. Alles draait om hem.", None),
        ("h", "Je hebt het gevoel dat je er niet meer bij hoort.", "gevoelsreflectie"),
        ("c", "Ja. Maar dat ga ik echt niet tegen haar zeggen hoor.", None),
        ("h", "Zou je niet gewoon een keer met je moeder alleen kunnen praten, zonder Rob erbij?", "Eigenlijk een verkapt advies. Ik merkte dat ik het graag wilde oplossen."),
        ("c", "Ja, maar ze is nooit alleen. En als ik het probeer, wordt het meteen weer ruzie.", None),
        ("h", "Het lukt dus steeds niet om echt bij je moeder te komen. Wat zou je van haar willen horen?", "samenvatting + open vraag"),
        ("c", "Dat ze mij ook nog ziet. Dat is alles eigenlijk.", None),
    ]
    d = new_doc()
    set_base_font(d, "Calibri", 11)
    d.add_heading("Gespreksanalyse – ambulante jeugdhulp", level=1)
    d.add_paragraph("Fleur Peeters (SPH, 3e jaar) · studentnr. 4400918 · begeleider: dhr. T. Aydin · 30 oktober 2023")
    d.add_heading("Inleiding", level=2)
    d.add_paragraph(
        "Romy (16) komt af en toe binnen bij het jongerenwerk waar ik stage loop. Dit gesprek ontstond "
        "spontaan. Ik heb het achteraf zo letterlijk mogelijk opgeschreven. In de linkerkolom staat het "
        "gesprek (S = ik, C = Romy), in de rechterkolom mijn toelichting.")
    table = d.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    cell_text(table.rows[0].cells[0], "Gesprek", bold=True)
    cell_text(table.rows[0].cells[1], "Toelichting", bold=True)
    for who, text, note in turns:
        row = table.add_row()
        cell_text(row.cells[0], labels[who] + ": " + text)
        if note:
            cell_text(row.cells[1], note)
    set_widths(table, [11.0, 5.0])
    save(d, fn)
    register(fn, "nl", "2-column table (Gesprek | Toelichting) with header row; the text cell starts with 'S:' / 'C:' (speaker inside the text column); comment column with codes and sentences, often empty",
             turns, labels)


# ----------------------------------------------------------------------------
# 12  3-column table Spreker | Tekst | Gesprekstechniek, continuation rows with empty speaker cell
# ----------------------------------------------------------------------------

def doc12():
    fn = "12_mulder_opvoeding_spijbelen.docx"
    labels = {"h": "Hv", "c": "Moeder"}
    turns = [
        ("h", "Goedemiddag mevrouw De Wit, fijn dat u er bent. U had gebeld over uw zoon. Wilt u vertellen wat er speelt?", "open vraag"),
        ("c", ["Ja. Dylan, hij is veertien. School belde vorige week dat hij al drie weken niet meer op school is geweest. Drie weken! En ik wist van niks.",
               "Hij gaat ’s ochtends gewoon de deur uit met zijn tas. Ik dacht dat hij naar school ging."], None),
        ("h", "Dat moet een flinke schok zijn geweest.", "gevoelsreflectie"),
        ("c", "Ik was woedend. En ik schaamde me ook, tegenover school. Wat voor moeder ben ik als ik dat niet eens merk?", None),
        ("h", "Weet u waar hij dan naartoe ging?", "gesloten vraag"),
        ("c", "Naar een vriend, die woont bij het winkelcentrum. Die ouders werken allebei. Daar zaten ze de hele dag te gamen.", None),
        ("h", "Heeft u met Dylan gepraat?", "gesloten vraag"),
        ("c", "Geprobeerd. Hij zegt niks. Hij zegt dat school stom is en dat de leraren hem niet moeten. Daarna gaat hij naar zijn kamer en doet de deur op slot.", None),
        ("h", "Heeft u een idee waarom hij niet naar school wil?", None),
        ("c", "Hij is dit jaar naar een nieuwe school gegaan. Op de basisschool ging het altijd goed, maar nu in de tweede... Ik weet het niet. Zijn cijfers zijn ook slecht.", None),
        ("h", "Misschien is het goed om een afspraak met de mentor te maken om te kijken wat er op school speelt.", "advies gegeven"),
        ("c", "Ja, maar die mentor heb ik al gesproken. Die zegt alleen maar dat hij “niet gemotiveerd” is. Daar heb ik niks aan.", None),
        ("h", "Dat schiet niet op, nee. Hoe is de situatie thuis?", "Ik sloeg haar frustratie over en ging meteen door naar de volgende vraag."),
        ("c", ["Zijn vader en ik zijn twee jaar geleden gescheiden. Hij is om het weekend bij zijn vader.",
               "En daar mag alles. Tot ’s nachts gamen, energiedrankjes, noem maar op. Als hij dan zondagavond terugkomt is hij niet te genieten."], None),
        ("h", "Hoe is het contact met zijn vader?", "open vraag"),
        ("c", "Slecht. We praten alleen via de app. Als ik zeg dat Dylan spijbelt, zegt hij dat ik hem te veel onder druk zet.", None),
        ("h", "Dus u staat er eigenlijk alleen voor.", None),
        ("c", "(zucht) Ja. Zo voelt het wel.", None),
        ("h", "Wat doet Dylan graag, naast gamen?", "open vraag"),
        ("c", "Vroeger voetbalde hij. Hij was echt goed. Maar vorig jaar is hij gestopt. Hij zei dat het team stom was.", None),
        ("h", "Weet u wat er toen gebeurd is?", "doorvragen"),
        ("c", "Nee, eigenlijk niet. (stilte) Nu u het vraagt... hij kwam een keer thuis met een gescheurde broek en een blauwe plek. Hij zei dat hij gevallen was.", None),
        ("h", "En daarna wilde hij niet meer.", "parafrase"),
        ("c", "Denkt u dat hij gepest wordt? Daar heb ik nog nooit aan gedacht.", None),
        ("h", "Dat weet ik niet. Het zou kunnen. Het is iets wat we samen met hem kunnen uitzoeken.", "Ik wilde niet te snel conclusies trekken, maar haar zorg wel serieus nemen."),
        ("c", ["Maar hij praat niet met mij.",
               "Misschien wel met iemand anders. Met zijn oom heeft hij een goede band."], None),
        ("h", "Zijn oom. Vertelt u eens over hem?", "doorvragen"),
        ("c", "Mijn broer, Erik. Hij gaat weleens met Dylan vissen. Dylan is altijd vrolijk als hij terugkomt.", None),
        ("h", "Als ik u goed begrijp, maakt u zich grote zorgen over het spijbelen, staat u er thuis grotendeels alleen voor, en vraagt u zich nu af of er misschien meer speelt, zoals pesten. En Erik is iemand bij wie Dylan zich prettig voelt. Klopt dat?", "samenvatting"),
        ("c", "Ja. Precies. Het is eigenlijk voor het eerst dat ik het zo overzie.", None),
    ]
    assert len(turns) == 30
    d = new_doc(margins_cm=2.0)
    set_base_font(d, "Segoe UI", 10)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Ilse Mulder – 1234567 – MWD jaar 3 – Opvoedingsondersteuning"
    fp.runs[0].font.size = Pt(8)
    d.add_heading("Uitgewerkt gesprek: opvoedingsondersteuning", level=1)
    d.add_paragraph(
        "Het gesprek hieronder voerde ik tijdens mijn stage bij het Centrum voor Jeugd en Gezin met mevrouw "
        "De Wit, moeder van Dylan (14). Zij had zelf contact gezocht. Als een beurt lang was heb ik die over "
        "meerdere rijen verdeeld. Hv = hulpverlener (ik).")
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for i, hname in enumerate(["Spreker", "Tekst", "Gesprekstechniek"]):
        cell_text(table.rows[0].cells[i], hname, bold=True)
        shade(table.rows[0].cells[i], "E2EFD9")
    for who, text, note in turns:
        ps = parts_of(text)
        row = table.add_row()
        cell_text(row.cells[0], labels[who])
        cell_text(row.cells[1], ps[0])
        if note:
            cell_text(row.cells[2], note)
        for extra in ps[1:]:
            crow = table.add_row()  # continuation row: speaker and comment cells empty
            cell_text(crow.cells[1], extra)
    set_widths(table, [2.2, 10.8, 4.0])
    d.add_heading("Reflectie", level=1)
    d.add_paragraph(
        "Achteraf zie ik dat ik in het eerste deel veel gesloten vragen stelde en dat ik bij beurt 11 al met "
        "een advies kwam. Pas toen ik naar het voetballen vroeg, kwam er iets nieuws naar boven. De "
        "samenvatting aan het einde gaf mevrouw overzicht.")
    d.add_heading("Literatuur", level=2)
    d.add_paragraph("Lang, G., & Van der Molen, H. T. (2021). Psychologische gespreksvoering. Boom.")
    save(d, fn)
    register(fn, "nl", "30-turn 3-column table (Spreker | Tekst | Gesprekstechniek) with shaded header row; long turns continue in extra rows whose speaker cell is empty; footer text; Reflectie and Literatuur after",
             turns, labels)


# ----------------------------------------------------------------------------
# 13  English, Helper: / Client: paragraphs, Context + Reflection, "Page X of Y"   (PDF)
# ----------------------------------------------------------------------------

def doc13():
    fn = "13_clarke_exam_pressure_en.docx"
    labels = {"h": "Helper", "c": "Client"}
    turns = [
        ("h", "Hi, thanks for coming in. I'm Emma. What would you like to talk about today?", None),
        ("c", "Um, I failed my statistics exam. Again. It's the second time.", None),
        ("h", "Oh no. How did that happen?", None),
        ("c", "I don't really know. I studied, I think I studied enough. But when I sat down and saw the questions, my mind just went blank.", None),
        ("h", "Did you go to the revision sessions?", None),
        ("c", "Some of them. Not all. I work weekends at a café, so I couldn't make the Saturday ones.", None),
        ("h", "Maybe you could ask your manager for a couple of Saturdays off before the resit?", None),
        ("c", "Yeah, but I need the money. My parents don't pay for anything except tuition, and they only do that because they want me to become an accountant like my dad.", None),
        ("h", "So your parents want you to become an accountant.", None),
        ("c", "(laughs) They've wanted that since I was about six. My dad has his own firm. I'm supposed to take it over one day.", None),
        ("h", "And what do you want?", None),
        ("c", ["(long pause) Nobody's ever asked me that. I don't know. I like writing. I used to write short stories all the time.",
               "But that's not a real job, according to my dad."], None),
        ("h", "It sounds like there's a lot of pressure on you to follow a path that isn't really yours.", None),
        ("c", "Yeah. And if I fail this resit, I have to tell them. I haven't even told them about the first one.", None),
        ("h", "You haven't told them you failed the first time?", None),
        ("c", "No. My mum asked how my exams went and I said fine. I felt awful.", None),
        ("h", "Are you worried about how they'll react?", None),
        ("c", "My dad will be disappointed. He won't shout, he just goes quiet. That's worse, honestly.", None),
        ("h", "His silence is harder for you than shouting would be. What would it mean for you if you did pass the resit?", None),
        ("c", "I guess... relief. But then it just keeps going, doesn't it? Another exam, another year. (sighs) I don't know if I want any of it.", None),
    ]
    d = new_doc(margins_cm=2.54)
    set_base_font(d, "Calibri", 11)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Emma Clarke – Counselling Skills 1 – Page ")
    add_field(fp, "PAGE")
    fp.add_run(" of ")
    add_field(fp, "NUMPAGES")
    d.add_paragraph("Counselling Skills 1: Transcript Assignment", style="Title")
    for line in ["Student: Emma Clarke (exchange student, ID 9081726)", "Programme: Social Work (international minor)",
                 "Tutor: Dr. K. Brennan", "Date submitted: 3 March 2024"]:
        q = d.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    d.add_heading("Context", level=1)
    d.add_paragraph(
        "This is a role-play session recorded in class. A fellow student played a second-year business "
        "student who has failed an exam twice. The session lasted about 15 minutes; the transcript below "
        "covers the first part. Non-verbal behaviour is given in brackets.")
    d.add_heading("Transcript", level=1)
    for who, text, _ in turns:
        ps = parts_of(text)
        p = d.add_paragraph(labels[who] + ": " + ps[0])
        for extra in ps[1:]:
            d.add_paragraph(extra)
    d.add_heading("Reflection", level=1)
    d.add_paragraph(
        "Looking back, I moved to problem-solving far too quickly (the suggestion about asking for Saturdays "
        "off), and the client answered with “yeah, but”. The turning point was the open question “And what "
        "do you want?”, which I almost did not ask. I also missed his guilt about not telling his parents.")
    d.add_paragraph("Word count (excluding transcript): 312")
    save(d, fn)
    register(fn, "en", "English paragraphs with 'Helper:' / 'Client:' prefixes; Title, info lines and Context heading before, Reflection after; footer 'Page X of Y'; one continuation paragraph",
             turns, labels, pdf=True)


# ----------------------------------------------------------------------------
# 14  English table Speaker | What was said | Skill used, first names
# ----------------------------------------------------------------------------

def doc14():
    fn = "14_okafor_breakup_table_en.docx"
    labels = {"h": "Jamie", "c": "Tom"}
    turns = [
        ("h", "Hey Tom, come on in. How's your week been?", "open question"),
        ("c", "Honestly? Pretty rubbish. Sophie and I broke up on Sunday.", None),
        ("h", "Oh, I'm sorry to hear that. Were you together long?", "closed question"),
        ("c", "Three years. We were meant to move in together in the summer. We'd already looked at flats.", None),
        ("h", "That's a big change of plans. How are you holding up?", None),
        ("c", "I'm not sleeping. I keep checking her Instagram at two in the morning to see if she's posted anything. I know I shouldn't.", None),
        ("h", "Have you thought about muting her for a while? It might make it easier.", "advice given"),
        ("c", "Yeah, but then I'd just wonder what I was missing. (pause) It's stupid.", None),
        ("h", "It doesn't sound stupid. It sounds like you're not ready to let go yet.", "reflection of feeling"),
        ("c", "No. I'm not. I keep thinking I could have done something differently.", None),
        ("h", "What do you think you could have done differently?", "I went along with his self-blame here instead of exploring the feeling behind it."),
        ("c", "Been around more, I suppose. She always said I put football and my mates first. Maybe she was right.", None),
    ]
    d = new_doc()
    set_base_font(d, "Arial", 10)
    h = d.add_paragraph()
    hr = h.add_run("Skills log – session 2")
    hr.bold = True
    hr.font.size = Pt(14)
    d.add_paragraph("Jamie Okafor · Counselling module (English-taught) · 21 February 2024")
    d.add_paragraph(
        "Introduction: practice session with a peer (Tom) about a recent breakup. I have marked the skills I "
        "used in the right-hand column.")
    table = d.add_table(rows=1, cols=3)
    table.style = "Light Grid Accent 1"
    for i, hname in enumerate(["Speaker", "What was said", "Skill used"]):
        cell_text(table.rows[0].cells[i], hname, bold=True)
    for who, text, note in turns:
        row = table.add_row()
        cell_text(row.cells[0], labels[who])
        cell_text(row.cells[1], text)
        if note:
            cell_text(row.cells[2], note)
    set_widths(table, [2.2, 10.0, 4.3])
    d.add_paragraph()
    d.add_paragraph("Next time: stay with the feeling for longer before moving on.")
    save(d, fn)
    register(fn, "en", "English 3-column table (Speaker | What was said | Skill used) with header row, first names 'Jamie' / 'Tom'; skill column partly empty; short intro before, one-line note after",
             turns, labels)


# ----------------------------------------------------------------------------

def convert_to_pdf(filename):
    src = os.path.join(OUT, filename)
    exe = shutil.which("libreoffice") or shutil.which("soffice")
    if exe is None:
        sys.exit("libreoffice not found")
    subprocess.run([exe, "-env:UserInstallation=" + LO_PROFILE, "--headless", "--convert-to", "pdf",
                    "--outdir", OUT, src], check=True, timeout=300,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = src[:-5] + ".pdf"
    if not (os.path.exists(pdf) and os.path.getsize(pdf) > 0):
        sys.exit("conversion failed for " + filename)


def main():
    for build in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10,
                  doc11, doc12, doc13, doc14):
        build()
    for fn in PDF_SOURCES:
        convert_to_pdf(fn)
    with open(os.path.join(OUT, "key.json"), "w", encoding="utf-8") as f:
        json.dump({"files": KEY}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    n_docx = sum(1 for e in KEY if e["file"].endswith(".docx"))
    n_pdf = sum(1 for e in KEY if e["file"].endswith(".pdf"))
    print("wrote %d docx, %d pdf, key with %d entries" % (n_docx, n_pdf, len(KEY)))


if __name__ == "__main__":
    main()
