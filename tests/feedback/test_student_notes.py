"""The student's own notes and codes from a handed-in transcript, beside the coder's reading in reports."""

from __future__ import annotations

import io

import docx

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.feedback.analysis import analyse
from ontmoeting.feedback.report_html import render_html
from ontmoeting.transcript.io import read_bytes
from ontmoeting.transcript.model import Dimension
from ontmoeting.transcript.readers.own_codes import OWN_CODES, own_code

TURNS = [
    ("S", "Hoi Robert, waar wil je het vandaag over hebben?", "open vraag"),
    ("C", "Over mijn vader. Ik mis hem, maar ik durf hem niet te bellen.", ""),
    ("S", "Je moet hem gewoon bellen.", "parafrase"),  # the student thinks it reflects; it is advice
    ("C", "Ja, maar dat durf ik nou net niet.", ""),
    ("S", "Het klinkt alsof je bang bent dat hij je afwijst.", "gevoelsreflectie"),
    ("C", "Ja. Dat is het eigenlijk.", ""),
]


def _document() -> bytes:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    for cell, header in zip(table.rows[0].cells, ("Wie", "Tekst", "Wat deed ik?"), strict=True):
        cell.text = header
    for speaker, text, note in TURNS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = speaker, text, note
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_every_own_code_is_a_code_of_the_codebook():
    codebook = load_codebook()
    for term, (dimension, code) in OWN_CODES.items():
        assert codebook.find(dimension, code) is not None, term


def test_own_code_reads_the_first_clause_and_leaves_sentences_alone():
    assert own_code("Open vraag") == (Dimension.BEHAVIOUR, "open_question")
    assert own_code("advies gegeven, te snel") == (Dimension.BEHAVIOUR, "advice")
    assert own_code("Gevoelsreflectie: ik benoemde zijn angst") == (Dimension.BEHAVIOUR, "complex_reflection")
    assert own_code("Samenvatting") == (Dimension.BEHAVIOUR, "complex_reflection")
    assert own_code("Verandertaal") == (Dimension.TALK, "change")
    assert own_code("Hier ging ik te snel naar een oplossing.") is None
    assert own_code("Oplossing was niet goed gekozen") is None  # a sentence that starts with a term
    assert own_code("vraag") is None  # open or closed: not said
    assert own_code("") is None


def test_the_report_shows_the_note_and_where_the_students_code_differs():
    conversation = read_bytes(_document(), "oefengesprek.docx")[0]
    analysis = analyse(conversation, "nl", fast=True)
    views = {view.index: view for view in analysis.turns}
    assert views[2].note == "parafrase" and views[2].own_code == "simple_reflection"
    assert views[2].code == "advice"
    assert views[2].own_code_differs  # a reflection by the student's account, advice by the coder's
    assert views[0].own_code == "open_question" and not views[0].own_code_differs
    assert not views[1].own_code_differs and views[1].note is None
    html = render_html(analysis)
    assert "Notitie van de student" in html
    assert "De student noemde dit enkelvoudige reflectie; gelezen als advies of oplossing." in html
