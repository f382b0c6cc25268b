"""Feedback a trainer would sign: no template artefacts in any text the feedback shows, in either language.

Every example in examples/ and a sample of the corpus (gold-coded, so no model is needed for those) is
analysed in Dutch and in English; every user-facing text (moment titles, reasons, alternatives, summary
points, prompts, measures) and the terminal, HTML and JSON reports are scanned for: '(s)', '(en)',
'hem of haar' / 'him or her', a plural after 1, doubled spaces, a lower-case first letter, and in Dutch a
decimal point or an English word (in English: a decimal comma or a Dutch word). Quotes of the
transcript's own words (text in double quotes, the ``quote`` field, the transcript itself) are left out:
a client may say anything.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rich.console import Console

from ontmoeting.coding.training.corpus import load_corpus
from ontmoeting.feedback import render_html, render_terminal, to_json
from ontmoeting.feedback.analysis import analyse
from ontmoeting.feedback.model import Analysis
from ontmoeting.transcript.detect import READABLE_EXTENSIONS
from ontmoeting.transcript.io import read_conversations
from ontmoeting.transcript.model import Conversation

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
LANGS = ("nl", "en")
CORPUS_SAMPLE = 10  # conversations from the corpus, spread over it

ARTEFACTS = re.compile(
    r"\((s|en|e|n|ken)\)|\bhem of haar\b|\bhim or her\b|\bzijn of haar\b|\bhis or her\b", re.I
)
#: one of something in the plural: "1 reflecties", "1 rounds"
ONE_PLURAL = re.compile(
    r"(?<![\d,.])1 (reflecties|vragen|adviezen|rondes|oplossingen|beurten|gesprekken|bestanden|regels|rijen|"
    r"woorden|reflections|questions|rounds|solutions|turns|times|pieces|conversations|files|lines|rows|words)\b"
)
#: a decimal point between digits, but not a dotted version or section number such as MITI 4.2.1
DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])")
DECIMAL_COMMA = re.compile(r"(?<![\d,])\d+,\d+(?![\d,])")
ENGLISH_IN_DUTCH = re.compile(
    r"\b(facts|feelings|thoughts|meaning|turns?|the client|helper|questions?|reflections?)\b", re.I
)
#: Dutch words that must not show in English feedback (the pattern names are glossed on purpose, so only
#: ordinary words are listed)
DUTCH_IN_ENGLISH = re.compile(r"\b(beurten|beurt|cliënt|feiten|gevoelens|gedachten|betekenis|vragen)\b", re.I)
QUOTED = re.compile(r'"[^"]*"|“[^”]*”|„[^”"]*[”"]')


def _conversations() -> Iterator[tuple[str, Conversation]]:
    for path in sorted(EXAMPLES.rglob("*")):
        if path.is_file() and not path.name.startswith(".") and path.suffix.lower() in READABLE_EXTENSIONS:
            for number, conversation in enumerate(read_conversations(path)):
                yield f"{path.relative_to(EXAMPLES)}#{number}", conversation
    corpus = load_corpus()
    step = max(1, len(corpus) // CORPUS_SAMPLE)
    for conversation in corpus[::step][:CORPUS_SAMPLE]:
        yield f"corpus:{conversation.id}", conversation


@pytest.fixture(scope="module")
def analyses() -> list[tuple[str, Analysis]]:
    found = []
    for name, conversation in _conversations():
        for lang in LANGS:
            found.append((f"{name} [{lang}]", analyse(conversation.model_copy(deep=True), lang)))
    assert len(found) >= 2 * (3 + CORPUS_SAMPLE)
    return found


def unquoted(text: str) -> str:
    """``text`` without what it quotes from the transcript (in double quotes)."""
    return QUOTED.sub('"…"', text)


def texts(analysis: Analysis) -> Iterator[tuple[str, str]]:
    """(where, text) for every user-facing text of the analysis that the feedback itself wrote."""
    for moment in analysis.moments:
        yield f"{moment.id}.title", moment.title
        yield f"{moment.id}.reason", moment.reason
        if moment.alternative is not None:
            yield f"{moment.id}.alternative.kind", moment.alternative.kind
    for kind, points in (("strength", analysis.summary.strengths), ("work_on", analysis.summary.work_on)):
        for point in points:
            yield f"summary.{kind}.{point.key}", point.text
    for number, prompt in enumerate(analysis.prompts):
        yield f"prompt.{number}", prompt.text
    for measure in analysis.measures:
        yield f"measure.{measure.key}.name", measure.name
        yield f"measure.{measure.key}.display", measure.display
        yield f"measure.{measure.key}.meaning", measure.meaning
        yield f"measure.{measure.key}.source", measure.source


def problems(text: str, lang: str, *, sentence: bool = True) -> list[str]:
    """What is wrong with ``text`` (already without its quotes)."""
    found = []
    if match := ARTEFACTS.search(text):
        found.append(f"template artefact {match.group(0)!r}")
    if match := ONE_PLURAL.search(text):
        found.append(f"plural after one {match.group(0)!r}")
    if "  " in text.strip():
        found.append("doubled space")
    first = text.lstrip(" '\"‘“(")
    if sentence and first[:1].islower():
        found.append("starts in lower case")
    if lang == "nl":
        if match := DECIMAL_POINT.search(text):
            found.append(f"decimal point in Dutch {match.group(0)!r}")
        if match := ENGLISH_IN_DUTCH.search(text):
            found.append(f"English word in Dutch {match.group(0)!r}")
    else:
        if match := DECIMAL_COMMA.search(text):
            found.append(f"decimal comma in English {match.group(0)!r}")
        if match := DUTCH_IN_ENGLISH.search(text):
            found.append(f"Dutch word in English {match.group(0)!r}")
    return found


def _report(failures: list[str]) -> str:
    return f"{len(failures)} texts with artefacts:\n" + "\n".join(failures[:60])


def test_every_feedback_text_is_clean(analyses: list[tuple[str, Analysis]]) -> None:
    failures = []
    for name, analysis in analyses:
        for where, text in texts(analysis):
            for problem in problems(unquoted(text), analysis.lang):
                failures.append(f"{name} {where}: {problem}: {text!r}")
        for moment in analysis.moments:  # a label (a chip), not a sentence
            for problem in problems(moment.pattern_name, analysis.lang, sentence=False):
                failures.append(f"{name} {moment.id}.pattern_name: {problem}: {moment.pattern_name!r}")
    assert not failures, _report(failures)


def _without_transcript_names(text: str, analysis: Analysis) -> str:
    """``text`` without the names the transcript gives (speakers, title): not the feedback's own words."""
    info = analysis.conversation
    for name in sorted({*info.helpers, *info.clients, info.title or "", info.id}, key=len, reverse=True):
        if name:
            text = text.replace(name, "…")
    return text


def test_the_example_responses_start_with_a_capital(analyses: list[tuple[str, Analysis]]) -> None:
    """The example responses are built from the client's words; what the feedback adds must read well."""
    failures = []
    for name, analysis in analyses:
        for moment in analysis.moments:
            example = moment.alternative.example if moment.alternative else None
            if example and (ARTEFACTS.search(example) or example.lstrip(" '\"“")[:1].islower()):
                failures.append(f"{name} {moment.id}.alternative.example: {example!r}")
    assert not failures, _report(failures)


def test_terminal_report_is_clean(analyses: list[tuple[str, Analysis]]) -> None:
    failures = []
    for name, analysis in analyses:
        console = Console(record=True, width=1000, color_system=None)
        render_terminal(analysis, console, details=True)
        output = console.export_text()
        quotes = {analysis.turns[m.anchor].speaker + ": “" + m.quote + "”" for m in analysis.moments}
        for line in output.splitlines():
            line = line.strip(" │╭╮╰╯─┃┏┓┗┛━┡┩┣┫╇┳┻╋")
            if not line or any(quote.startswith(line) or line in quote for quote in quotes):
                continue
            clean = _without_transcript_names(unquoted(line), analysis)
            for problem in problems(clean, analysis.lang, sentence=False):
                if problem != "doubled space":  # the table pads its cells
                    failures.append(f"{name} terminal: {problem}: {line!r}")
    assert not failures, _report(failures)


class _Texts(HTMLParser):
    """The report's text nodes with the element they are in; the transcript and quotes left out."""

    SKIP = {"style", "script", "blockquote", "svg"}
    SENTENCES = {"p", "li", "h1", "h2", "h3", "summary", "footer"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in {"br", "img", "meta", "link", "input", "rect", "circle", "line", "path"}:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def _skipped(self) -> bool:
        for tag, attrs in self.stack:
            classes = (attrs.get("class") or "").split()
            if tag in self.SKIP or "transcript" in classes or "ex" in classes:
                return True
        return False

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if text and not self._skipped():
            self.found.append((self.stack[-1][0] if self.stack else "", text))


def test_html_report_is_clean_and_compact(analyses: list[tuple[str, Analysis]]) -> None:
    failures = []
    for name, analysis in analyses:
        html = render_html(analysis)
        no_norm = "Geen gepubliceerde norm" if analysis.lang == "nl" else "No published norm"
        if html.count(no_norm) > 1:
            failures.append(f"{name} html: '{no_norm}' {html.count(no_norm)} times")
        assert html.count('<tr class="measure"') == len(analysis.measures)
        assert html.count("<details>") >= len(analysis.measures)
        parser = _Texts()
        parser.feed(html)
        for tag, text in parser.found:
            sentence = tag in _Texts.SENTENCES and not text[:1].isdigit()
            clean = _without_transcript_names(unquoted(text), analysis)
            for problem in problems(clean, analysis.lang, sentence=sentence and clean[:1] != "…"):
                failures.append(f"{name} html <{tag}>: {problem}: {text!r}")
    assert not failures, _report(failures)


def test_json_carries_the_same_clean_texts(analyses: list[tuple[str, Analysis]]) -> None:
    failures = []
    for name, analysis in analyses:
        data = json.loads(to_json(analysis))
        back = Analysis.model_validate(data)
        for where, text in texts(back):
            for problem in problems(unquoted(text), back.lang):
                failures.append(f"{name} json {where}: {problem}: {text!r}")
    assert not failures, _report(failures)
