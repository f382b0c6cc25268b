"""Rebuild the Word and PDF examples in this folder, the layouts students hand in.

    python examples/formats/make_documents.py

Writes uitgewerkt-gesprek-tabel.docx (title block, a two-column table, page header and footer, a
reflection after), verbatim-met-toelichting.docx (the assessment layout: 'S:'/'C:' in the text cell and a
"Wat deed ik?" column), gesprek-met-opmerkingen.docx (prefixed paragraphs with Word comments in the
margin), and exports the first two as PDF with LibreOffice (Debian: apt install libreoffice-writer-nogui).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent

TITLE = [
    ("Naam", "Sanne de Vries"),
    ("Studentnummer", "4821937"),
    ("Opleiding", "Social Work, jaar 2 (deeltijd)"),
    ("Vak", "Gespreksvaardigheden 2"),
    ("Docent", "J. Bakker"),
    ("Datum", "12 november 2026"),
]

# (speaker, text, what the student wrote about the turn)
MIRA_ROBERT = [
    ("S", "Hoi Robert, fijn dat je er bent. Waar wil je het vandaag over hebben?", "Open vraag"),
    ("C", "Nou, het gaat over mijn vader eigenlijk. Ik zie hem bijna nooit meer sinds hij weg is.", ""),
    ("S", "Hoe lang is dat al zo?", "Gesloten vraag, ik wilde het overzicht"),
    ("C", "Een jaar of twee. Hij woont nu in Groningen met zijn nieuwe vriendin.", ""),
    (
        "S",
        "Misschien moet je eens met je vader gaan praten.",
        "Advies gegeven. Hier ging ik te snel naar een oplossing.",
    ),
    ("C", "Ja, maar dat durf ik nou net niet. Hij belt zelf ook nooit.", ""),
    ("S", "Je kunt hem toch gewoon een appje sturen?", "Advies"),
    ("C", "Ja, dat zeggen ze allemaal. Zo makkelijk is het niet.", ""),
    (
        "S",
        "Het klinkt alsof je hem mist, en tegelijk bang bent voor wat er gebeurt als je contact zoekt.",
        "Gevoelsreflectie; toen werd het stil",
    ),
    ("C", "(stilte) Ja. Ik ben bang dat hij me niet meer wil zien. Dat hij me eigenlijk niet mist.", ""),
    ("S", "Dat hij jou niet mist.", "Parafrase"),
    ("C", "Ja. Dat zou ik niet trekken, denk ik. Dan ben ik hem echt kwijt.", ""),
    ("S", "Wat zou het voor je betekenen als hij je wél mist?", "Open vraag naar betekenis"),
    ("C", "Dan... dan zou ik misschien durven. Dan is het niet alleen mijn probleem.", ""),
]


def _page_number(paragraph) -> None:  # type: ignore[no-untyped-def]
    """A PAGE field, as Word's 'Insert page number' makes it."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _title_block(document) -> None:  # type: ignore[no-untyped-def]
    document.add_heading("Uitgewerkt gesprek: oefengesprek 3", level=0)
    for key, value in TITLE:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{key}: ").bold = True
        paragraph.add_run(value)
    document.add_heading("Context", level=2)
    document.add_paragraph(
        "Dit oefengesprek voerde ik met een medestudent die de rol speelde van Robert (19), die zijn vader "
        "mist sinds de scheiding van zijn ouders. Het gesprek duurde ongeveer twaalf minuten."
    )


def _header_footer(document) -> None:  # type: ignore[no-untyped-def]
    section = document.sections[0]
    section.header.paragraphs[0].text = "Sanne de Vries · Gespreksvaardigheden 2 · oefengesprek 3"
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("Pagina ")
    _page_number(footer)


def _reflection(document) -> None:  # type: ignore[no-untyped-def]
    document.add_heading("Reflectie", level=1)
    document.add_paragraph(
        "Terugkijkend zie ik dat ik in het begin vooral wilde helpen door een oplossing te geven. Robert "
        "reageerde met 'ja, maar' en we kwamen niet verder. Pas toen ik zijn gevoel benoemde, ging hij "
        "dieper. Mijn leerpunt: eerst verkennen, dan pas meedenken."
    )


def table_layout() -> docx.Document:
    document = docx.Document()
    _header_footer(document)
    _title_block(document)
    document.add_heading("Het gesprek", level=1)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, ("Spreker", "Tekst"), strict=True):
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    names = {"S": "Student", "C": "Robert"}
    for speaker, text, _ in MIRA_ROBERT:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = names[speaker], text
    _reflection(document)
    return document


def assessment_layout() -> docx.Document:
    document = docx.Document()
    _header_footer(document)
    _title_block(document)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, ("Gesprek", "Wat deed ik?"), strict=True):
        cell.text = header
        cell.paragraphs[0].runs[0].bold = True
    for speaker, text, comment in MIRA_ROBERT:
        cells = table.add_row().cells
        cells[0].text = f"{speaker}: {text}"
        cells[1].text = comment
    _reflection(document)
    return document


def comments_layout() -> docx.Document:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    _title_block(document)
    for speaker, text, comment in MIRA_ROBERT:
        label = "Student" if speaker == "S" else "Cliënt"
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        run = paragraph.add_run(text)
        if comment:
            document.add_comment(run, text=comment, author="Sanne de Vries", initials="SdV")
    _reflection(document)
    return document


def export_pdf(path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        print(f"LibreOffice not found: {path.with_suffix('.pdf').name} not rebuilt", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(path.parent), str(path)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip


def main() -> None:
    for name, build, pdf in (
        ("uitgewerkt-gesprek-tabel.docx", table_layout, True),
        ("verbatim-met-toelichting.docx", assessment_layout, True),
        ("gesprek-met-opmerkingen.docx", comments_layout, False),
    ):
        path = HERE / name
        document = build()
        document.core_properties.author = "ontmoeting"
        document.save(path)
        if pdf:
            export_pdf(path)
        print(f"wrote {path.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    main()
