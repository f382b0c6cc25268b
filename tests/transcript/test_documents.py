"""Word and PDF transcripts: the layouts students hand in, what is left out around them, and every failure.

The example files are in examples/formats/ (rebuilt by examples/formats/make_documents.py); the fixtures in
tests/data/documents/ were made with LibreOffice (see its README). Other documents are built here with
python-docx, so that each test shows the layout it is about.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from ontmoeting.errors import InputError
from ontmoeting.transcript.io import pseudonymise, read_bytes, read_conversation, read_text, to_json
from ontmoeting.transcript.model import STUDENT_ANNOTATOR, Dimension, Role, Source
from ontmoeting.transcript.readers import pdf as pdf_reader
from ontmoeting.transcript.readers import word as word_reader
from ontmoeting.transcript.readers.json import from_json

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "formats"
FIXTURES = Path(__file__).resolve().parents[1] / "data" / "documents"

TURNS = [
    ("S", "Hoi, fijn dat je er bent. Waar wil je het over hebben?"),
    ("C", "Over mijn vader. Ik mis hem."),
    ("S", "Misschien moet je eens met je vader gaan praten."),
    ("C", "Ja, maar dat durf ik nou net niet."),
    ("S", "Het klinkt alsof dat spannend is."),
    ("C", "Ja. Heel spannend."),
]


def _bytes(document: docx.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _codes(warnings) -> set[str]:  # type: ignore[no-untyped-def]
    return {w.code for w in warnings}


# --- the bundled examples ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "helper", "client"),
    [
        ("uitgewerkt-gesprek-tabel.docx", "Student", "Robert"),
        ("uitgewerkt-gesprek-tabel.pdf", "Student", "Robert"),
        ("verbatim-met-toelichting.docx", "S", "C"),
        ("verbatim-met-toelichting.pdf", "S", "C"),
        ("gesprek-met-opmerkingen.docx", "Student", "Cliënt"),
    ],
)
def test_each_example_layout_reads_with_speakers_roles_and_turns(name: str, helper: str, client: str):
    conversation = read_conversation(EXAMPLES / name)
    assert conversation.speakers == {helper: Role.HELPER, client: Role.CLIENT}
    assert len(conversation.turns) == 14
    assert conversation.turns[0].text.startswith("Hoi Robert, fijn dat je er bent. Waar wil je het")
    assert conversation.turns[4].text == "Misschien moet je eens met je vader gaan praten."
    assert conversation.turns[9].text.startswith("(stilte) Ja. Ik ben bang")
    assert conversation.language == "nl"
    codes = _codes(conversation.metadata.warnings)
    assert {"W108", "W109"} <= codes  # the title block before it and the reflection after it: said
    assert not any("Sanne" in t.text or "Reflectie" in t.text for t in conversation.turns)


@pytest.mark.parametrize("name", ["uitgewerkt-gesprek-tabel.docx", "uitgewerkt-gesprek-tabel.pdf"])
def test_headers_footers_and_page_numbers_are_left_out_and_said(name: str):
    conversation = read_conversation(EXAMPLES / name)
    assert "W110" in _codes(conversation.metadata.warnings)
    assert not any("Gespreksvaardigheden 2" in t.text or "Pagina" in t.text for t in conversation.turns)


@pytest.mark.parametrize(
    "name", ["verbatim-met-toelichting.docx", "verbatim-met-toelichting.pdf", "gesprek-met-opmerkingen.docx"]
)
def test_the_students_comments_are_notes_and_named_codes_their_own_codes(name: str):
    conversation = read_conversation(EXAMPLES / name)
    turns = conversation.turns
    assert turns[4].note == "Advies gegeven. Hier ging ik te snel naar een oplossing."
    assert turns[2].note == "Gesloten vraag, ik wilde het overzicht"
    assert turns[1].note is None  # an empty comment cell is no note
    assert "Advies" not in turns[4].text  # the comment is never mixed into the text
    own = {t.index: t.get(Dimension.BEHAVIOUR, annotator=STUDENT_ANNOTATOR) for t in turns}
    assert own[0].code == "open_question" and own[0].source is Source.SELF
    assert own[4].code == "advice"
    assert own[8].code == "complex_reflection"  # 'Gevoelsreflectie; toen werd het stil'
    assert own[10].code == "simple_reflection"  # 'Parafrase'
    assert own[1] is None
    assert "W114" in _codes(conversation.metadata.warnings)


def test_pdf_turns_know_their_page_and_line():
    conversation = read_conversation(EXAMPLES / "verbatim-met-toelichting.pdf")
    assert all(t.page is not None and t.line is not None for t in conversation.turns)
    assert conversation.turns[0].page == 1
    assert max(t.page for t in conversation.turns) == 2  # the table goes on over the page


def test_notes_pages_and_own_codes_survive_the_json_round_trip():
    conversation = read_conversation(EXAMPLES / "verbatim-met-toelichting.pdf")
    again = from_json(to_json(conversation))
    assert again == conversation
    assert again.turns[4].note == conversation.turns[4].note


def test_a_students_own_code_never_counts_as_the_code():
    conversation = read_conversation(EXAMPLES / "verbatim-met-toelichting.docx")
    first = conversation.turns[0]
    assert first.get(Dimension.BEHAVIOUR, annotator=STUDENT_ANNOTATOR) is not None
    assert first.code is None  # not coded yet: the student's code does not stand in for the coder's


# --- paragraph layouts ---------------------------------------------------------------------------------


def test_paragraphs_with_a_title_block_continuations_headings_and_an_appendix():
    document = docx.Document()
    document.add_heading("Uitgewerkt gesprek", 0)
    document.add_paragraph("Docent: mevrouw Jansen")  # a role label once, in the title block
    document.add_paragraph("Studentnummer: 123456")
    for number, (speaker, text) in enumerate(TURNS):
        document.add_paragraph(f"{speaker}: {text}")
        if number == 1:
            document.add_paragraph("(zucht) Hij belt nooit.")  # continues the client's turn
        if number == 3:
            document.add_heading("Fase 2", level=2)  # a heading inside the conversation
    document.add_heading("Nabeschouwing", 1)
    document.add_paragraph("Ik vond het lastig om stil te zijn.")
    document.add_paragraph("Bijlage 1: beoordelingsformulier")
    conversation = read_bytes(_bytes(document), "gesprek.docx")[0]
    assert [t.speaker for t in conversation.turns] == ["S", "C"] * 3
    assert conversation.turns[1].text == "Over mijn vader. Ik mis hem. (zucht) Hij belt nooit."
    assert conversation.turns[-1].text == "Ja. Heel spannend."
    assert {"W108", "W109", "W111"} <= _codes(conversation.metadata.warnings)
    assert conversation.metadata.source_format == "docx"


def test_a_bold_name_without_a_colon_is_the_speaker():
    document = docx.Document()
    for speaker, text in TURNS:
        paragraph = document.add_paragraph()
        paragraph.add_run("Mira" if speaker == "S" else "Robert").bold = True
        paragraph.add_run(f"\t{text}")
    conversation = read_bytes(_bytes(document), "gesprek.docx", helper="Mira")[0]
    assert conversation.speakers == {"Mira": Role.HELPER, "Robert": Role.CLIENT}
    assert conversation.turns[2].text == "Misschien moet je eens met je vader gaan praten."


def test_pseudonymising_takes_the_names_out_of_the_notes_too():
    rows = [["Mira" if s == "S" else "Robert", t, "Robert werd stil" if n == 3 else ""]
            for n, (s, t) in enumerate(TURNS)]  # fmt: skip
    data = _table_document(["Wie", "Tekst", "Opmerking"], rows)
    conversation = pseudonymise(read_bytes(data, "namen.docx", helper="Mira")[0])
    assert conversation.turns[3].note == "Cliënt werd stil"


def test_english_paragraphs():
    document = docx.Document()
    lines = [("Helper", "What brings you here today?"), ("Client", "My exams. I cannot sleep."),
             ("Helper", "You sound exhausted."), ("Client", "I am. Completely.")]  # fmt: skip
    for speaker, text in lines:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{speaker}:").bold = True
        paragraph.add_run(f" {text}").font.size = Pt(11)
    conversation = read_bytes(_bytes(document), "session.docx")[0]
    assert conversation.language == "en"
    assert conversation.speakers == {"Helper": Role.HELPER, "Client": Role.CLIENT}


# --- table layouts -------------------------------------------------------------------------------------


def _table_document(header: list[str] | None, rows: list[list[str]], *, title_table: bool = False) -> bytes:
    document = docx.Document()
    if title_table:
        table = document.add_table(rows=0, cols=2)
        for key, value in (("Naam", "Sanne"), ("Student", "Sanne de Vries"), ("Datum", "3 maart")):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = key, value
        document.add_paragraph("Context: een oefengesprek.")
    width = len(header or rows[0])
    table = document.add_table(rows=0, cols=width)
    for values in ([header] if header else []) + rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
    return _bytes(document)


def test_two_columns_speaker_and_text_without_a_header():
    rows = [[s, t] for s, t in TURNS]
    conversation = read_bytes(_table_document(None, rows), "tabel.docx")[0]
    assert [t.text for t in conversation.turns] == [t for _, t in TURNS]
    assert conversation.speakers == {"S": Role.HELPER, "C": Role.CLIENT}


def test_three_columns_number_speaker_text_keep_the_number_as_ref():
    rows = [[str(n), s, t] for n, (s, t) in enumerate(TURNS, start=1)]
    conversation = read_bytes(_table_document(["Nr.", "Spreker", "Tekst"], rows), "tabel.docx")[0]
    assert [t.ref for t in conversation.turns] == ["1", "2", "3", "4", "5", "6"]
    assert conversation.turns[0].text == TURNS[0][1]


def test_assessment_layout_with_a_comment_column_and_a_title_table():
    rows = [[str(n), s, t, "open vraag" if n == 1 else ("advies, te snel" if n == 3 else "")]
            for n, (s, t) in enumerate(TURNS, start=1)]  # fmt: skip
    data = _table_document(["Nr", "Wie", "Wat werd er gezegd", "Wat deed ik?"], rows, title_table=True)
    conversation = read_bytes(data, "beoordeling.docx")[0]
    assert len(conversation.turns) == 6
    assert conversation.turns[0].note == "open vraag"
    assert conversation.turns[2].note == "advies, te snel"
    assert conversation.turns[2].get(Dimension.BEHAVIOUR, annotator=STUDENT_ANNOTATOR).code == "advice"
    assert "W112" in _codes(conversation.metadata.warnings)  # the title table: not the conversation
    assert "Sanne" not in {t.speaker for t in conversation.turns}


def test_a_row_without_a_speaker_continues_the_turn_and_a_repeated_header_is_skipped():
    rows = [[s, t] for s, t in TURNS]
    rows.insert(2, ["", "En hij woont ver weg."])
    rows.insert(4, ["Spreker", "Tekst"])  # Word's repeated header row, as a PDF export shows it
    conversation = read_bytes(_table_document(["Spreker", "Tekst"], rows), "tabel.docx")[0]
    assert conversation.turns[1].text == "Over mijn vader. Ik mis hem. En hij woont ver weg."
    assert len(conversation.turns) == 6


def test_speakers_inside_the_text_cell_next_to_a_comment_column():
    rows = [[f"{s}: {t}", "doorvragen" if s == "S" else ""] for s, t in TURNS]
    conversation = read_bytes(_table_document(["Gesprek", "Toelichting"], rows), "tabel.docx")[0]
    assert conversation.speakers == {"S": Role.HELPER, "C": Role.CLIENT}
    assert conversation.turns[0].text == TURNS[0][1]
    assert conversation.turns[0].note == "doorvragen"
    assert conversation.turns[1].note is None


def test_one_column_per_speaker():
    rows = [[str(n), t if s == "S" else "", t if s == "C" else "", "open vraag" if n == 1 else ""]
            for n, (s, t) in enumerate(TURNS, start=1)]  # fmt: skip
    data = _table_document(["Nr", "Student", "Cliënt", "Wat deed ik?"], rows)
    conversation = read_bytes(data, "kolommen.docx")[0]
    assert conversation.speakers == {"Student": Role.HELPER, "Cliënt": Role.CLIENT}
    assert [t.text for t in conversation.turns] == [t for _, t in TURNS]
    assert conversation.turns[0].note == "open vraag" and conversation.turns[1].ref == "2"


def test_a_short_first_turn_is_no_header_of_speaker_columns():
    rows = [["S", "Hallo"], ["C", "Hoi"]] + [[s, t] for s, t in TURNS[2:]]  # 'S | Hallo' looks like names
    conversation = read_bytes(_table_document(None, rows), "tabel.docx")[0]
    assert [t.text for t in conversation.turns[:2]] == ["Hallo", "Hoi"]
    assert conversation.speakers == {"S": Role.HELPER, "C": Role.CLIENT}


def test_a_table_that_is_no_conversation_leaves_the_paragraphs_to_be_read():
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for key, value in (("Naam", "Sanne"), ("Datum", "3 maart"), ("Opleiding", "MWD")):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = key, value
    for speaker, text in TURNS:
        document.add_paragraph(f"{speaker}: {text}")
    conversation = read_bytes(_bytes(document), "gesprek.docx")[0]
    assert len(conversation.turns) == 6


# --- what cannot be read -------------------------------------------------------------------------------


def _error(data: bytes, name: str, **options: str) -> InputError:
    with pytest.raises(InputError) as caught:
        read_bytes(data, name, **options)
    assert caught.value.file == name
    assert caught.value.messages["nl"] and caught.value.messages["en"]
    return caught.value


def test_a_word_file_from_before_2007_says_to_save_it_as_docx():
    error = _error((FIXTURES / "oud-formaat.doc").read_bytes(), "oud-formaat.doc")
    assert error.code == "E127"
    assert ".docx" in error.messages["nl"]


def test_an_encrypted_word_file_says_to_remove_the_password():
    fake = word_reader.OLE_MAGIC + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(500)
    assert _error(fake, "beveiligd.docx").code == "E126"


def test_an_encrypted_pdf_says_so():
    assert _error((FIXTURES / "versleuteld.pdf").read_bytes(), "versleuteld.pdf").code == "E129"


def test_a_scanned_pdf_without_text_says_so_and_suggests_exporting_text():
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (400, 500), "white").save(buffer, format="PDF")
    error = _error(buffer.getvalue(), "scan.pdf")
    assert error.code == "E125"
    assert "OCR" in error.messages["en"] and "Word" in error.messages["nl"]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"PK\x03\x04" + bytes(100), "kapot.docx"),  # named .docx, not a zip
        (b"%PDF-1.7\n" + bytes(range(256)), "kapot.pdf"),
        (b"", "leeg.docx"),
    ],
)
def test_damaged_or_empty_documents_give_coded_errors(data: bytes, name: str):
    assert _error(data, name).code in ("E128", "E101")


def test_a_truncated_word_file_is_damaged():
    data = (EXAMPLES / "verbatim-met-toelichting.docx").read_bytes()
    assert _error(data[: len(data) // 2], "half.docx").code == "E128"


def test_a_zip_that_is_not_a_word_file():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert _error(buffer.getvalue(), "werkmap.docx").code == "E128"


def test_a_word_file_that_unpacks_to_too_much_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(word_reader, "MAX_UNPACKED", 1000)
    data = (EXAMPLES / "verbatim-met-toelichting.docx").read_bytes()
    assert _error(data, "groot.docx").code == "E132"


def test_a_pdf_with_too_many_pages_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 1)
    error = _error((EXAMPLES / "verbatim-met-toelichting.pdf").read_bytes(), "lang.pdf")
    assert error.code == "E132" and "2 pages" in error.messages["en"]


def test_other_office_formats_say_what_to_save_as():
    assert _error(b"PK\x03\x04" + bytes(50), "gesprek.odt").code == "E131"
    assert _error(b"{\\rtf1\\ansi hello}", "gesprek.rtf").code == "E131"


def test_the_format_option_overrides_and_refuses_what_it_does_not_fit():
    data = (EXAMPLES / "verbatim-met-toelichting.docx").read_bytes()
    assert len(read_bytes(data, "upload", format="docx")[0].turns) == 14  # no extension: --format says
    assert len(read_bytes(data, "upload")[0].turns) == 14  # and without it, the content says
    assert _error(b"S: hoi\nC: ja\n", "gesprek.txt", format="pdf").code == "E128"
    assert _error(data, "gesprek.docx", format="text").code == "E102"  # a text format is not overruled
    with pytest.raises(InputError) as caught:
        read_text("S: hoi\nC: ja\n", format="docx")
    assert caught.value.code == "E130"


@pytest.mark.parametrize(
    ("name", "count"), [("verbatim-met-toelichting.docx", 40), ("verbatim-met-toelichting.pdf", 15)]
)
def test_damaged_copies_give_a_coded_error_or_a_conversation_never_a_traceback(name: str, count: int):
    import random

    data = (EXAMPLES / name).read_bytes()
    chance = random.Random(name)
    for attempt in range(count):
        copy = bytearray(data)
        if attempt % 3 == 0:
            for _ in range(chance.randint(1, 20)):
                copy[chance.randrange(len(copy))] = chance.randrange(256)
        elif attempt % 3 == 1:
            copy = copy[: chance.randrange(len(copy))]
        else:
            at = chance.randrange(len(copy))
            copy[at:at] = bytes(chance.randrange(256) for _ in range(chance.randint(1, 200)))
        try:
            read_bytes(bytes(copy), name)
        except InputError as error:
            assert error.file == name and error.code.startswith("E1")


def test_line_breaks_a_label_on_its_own_line_and_spellings_of_one_speaker():
    document = docx.Document()
    first = document.add_paragraph()
    first.add_run("Student:").bold = True
    first.add_run().add_break()  # Shift+Enter: the text on the next line
    first.add_run("Hoi, waar wil je het over hebben?")
    document.add_paragraph("Cliënt: Over mijn moeder.")
    second = document.add_paragraph("student: Wat is er met haar?")
    second.add_run().add_break()
    second.add_run("Client: Ze is ziek.")  # the next speaker after a line break, spelled without ë
    document.add_paragraph("(stilte, ze kijkt weg)")
    document.add_paragraph("Student: Dat klinkt zwaar.")
    document.add_paragraph("Cliënt: Ja.")
    conversation = read_bytes(_bytes(document), "regels.docx")[0]
    assert [(t.speaker, t.text) for t in conversation.turns] == [
        ("Student", "Hoi, waar wil je het over hebben?"),
        ("Cliënt", "Over mijn moeder."),
        ("Student", "Wat is er met haar?"),
        ("Cliënt", "Ze is ziek. (stilte, ze kijkt weg)"),
        ("Student", "Dat klinkt zwaar."),
        ("Cliënt", "Ja."),
    ]


def test_a_title_row_merged_across_the_table_is_no_header():
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.rows[0].cells[0].merge(table.rows[0].cells[2]).text = "Gesprek 2 - 12 maart"
    for cell, header in zip(table.rows[1].cells, ("Spreker", "Tekst", "Reflectie"), strict=True):
        cell.text = header
    for speaker, text in TURNS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = speaker, text
    conversation = read_bytes(_bytes(document), "titel.docx")[0]
    assert [t.text for t in conversation.turns] == [t for _, t in TURNS]
