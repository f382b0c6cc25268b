"""Rules for helper turns: what the helper does (behaviour), and whether advice came with permission.

The decision follows how a trained coder reads a turn: a solution or a push counts wherever it is in the turn
(that is what the client hears); otherwise the last substantial sentence decides (a turn that ends in a
question is a question, "So you ... ." is a reflection); small talk and encouragers are 'other'.

Principles a trained coder would apply, in both languages alike:
- Statement forms of advice and pressure (an imperative: a sentence-initial verb without a subject,
  "Schrijf het eens op", "Just go there"; "het beste is om", "the best thing is to"; "nothing will change",
  "toch niet zo moeilijk") count only in a sentence that is not a real question, i.e. one that does not open
  with a question word or a verb ("Wat is het beste om te doen?" asks). An imperative never has a "?".
- "Have you tried X?" / "Heb je al eens geprobeerd om X?" is advice in question form when X is a new
  proposal (MISC: the advice counts, not the form); with a pronoun or nothing ("Have you tried it already?",
  "Heb je het al geprobeerd?") it asks about the past: a closed question.
- Asking permission ("Mag ik je een suggestie geven?") is seeking collaboration (MITI), coded autonomy,
  with AnnoMI's label 'question'; the advice after it carries the permission flag. A request that already
  holds the proposal ("Can I suggest that you ...?") is advice with permission.
- "Moeten/must" with a verb of the client's experience ("Je moet er wel vaak aan denken") guesses at that
  experience: a reflection, not advice.
- In a question that opens with a clause ("Als je nu terugkijkt, wat zou je willen?") the question word
  decides.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ontmoeting.coding.codes import HelperCode
from ontmoeting.coding.rules.cues import Cue, Lexicon, first_match, lexicon, shown
from ontmoeting.coding.rules.feelings import find_feeling
from ontmoeting.coding.rules.findings import Finding, HelperFindings
from ontmoeting.coding.rules.text import Sentence, normalise, sentences

# Tag questions and checks that do not make a reflection into a question: "..., right?", "klopt dat?"
_TAGS = re.compile(
    r"(?:right|you know|is that right|is that fair|does that make sense|am i right|correct|yeah|"
    r"is that it|no|"
    r"toch|of niet|klopt dat|klopt het|weet je|snap je|hè|he|niet|zeg maar|of zo|or something|or not)"
)
_YOU_START = {
    "nl": frozenset({"je", "jij", "u", "jouw", "jou", "jullie"}),
    "en": frozenset({"you", "you're", "you've", "you'd", "you'll", "your", "yourself"}),
}
_HOW_MUCH = re.compile(
    r"^(?:how (?:many|much|often|long|old)|hoeveel|hoe (?:vaak|lang|oud)|when|wanneer|where)\b"
)
_HELPER_VOICE = frozenset(
    {"i", "we", "i'm", "we're", "i'd", "we'll", "i'll", "let's", "there's", "people", "ik", "wij", "mensen"}
)
_SECONDARY = ("self_disclosure", "autonomy", "structuring", "affirmation", "information")
#: From this confidence a roadblock cue is sure (docs/annotation-guide.md): the pipeline never turns it into a
#: reflection or a question, and among sure ones persuasion goes before advice before reassurance.
SURE_ROADBLOCK = 0.8
_PRECEDENCE = {HelperCode.PERSUASION.value: 3, HelperCode.ADVICE.value: 2, HelperCode.REASSURANCE.value: 1}
_WHY = re.compile(r"^(?:waarom|why|hoezo|how come|hoe komt het dat)\b")


def _why_question(all_sentences: list[Sentence], lex: Lexicon) -> Finding | None:
    """A question that asks why ("Waarom heb je niet gebeld?"): Gordon's roadblock of questioning why."""
    for sentence in all_sentences:
        if not sentence.question:
            continue
        words = " ".join(_strip_discourse(sentence.tokens, lex))
        hit = _WHY.match(words)
        if hit:
            return Finding("why_question", 0.9, "cue", hit.group(0))
    return None


def _story_dominates(all_sentences: list[Sentence], start: int, norm: str) -> bool:
    """Self-disclosure is the code when the helper's own story takes up most of the turn (the guide): the
    words from the disclosure on outweigh a question or reflection before it."""
    told = len(norm[start:].split())
    before = len(norm[:start].split())
    return told >= before


def _hit(lex: Lexicon, category: str, text: str):
    return first_match(lex.helper[category], text)


def _strip_discourse(tokens: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    start = 0
    while start < len(tokens) - 1 and tokens[start] in lex.discourse:
        start += 1
    return tokens[start:]


def _verb_first(words: tuple[str, ...], lex: Lexicon) -> bool:
    """ "Heb je ...", "Do you ...", "Woont hij ...": a verb, or a word before a subject that is no conjunction
    ("als je ..." opens a clause, not a question)."""
    if not words:
        return False
    if words[0] in lex.closed_words:
        return True
    return (
        len(words) > 1
        and words[1] in lex.subject_pronouns
        and words[0] not in lex.subject_pronouns
        and words[0] not in lex.conjunctions
    )


def _interrogative(sentence: Sentence, lex: Lexicon) -> bool:
    """A real question by its form: a question mark and a question word or a verb first. "Zo moeilijk is het
    toch niet?" and "It's not that hard, is it?" are statements with a question mark."""
    if not sentence.question:
        return False
    words = _strip_discourse(sentence.tokens, lex)
    return bool(words) and (words[0] in lex.open_words or _verb_first(words, lex))


def _statement_directive(
    norm: str, all_sentences: list[Sentence], lex: Lexicon
) -> tuple[str, Cue, str, int] | None:
    """The surest persuading or advising statement form in a sentence that is not a real question:
    (code, cue, the words shown, position in the text)."""
    best: tuple[str, Cue, str, int] | None = None
    offset = 0
    for sentence in all_sentences:
        start = norm.find(sentence.text, offset)
        offset = max(offset, start)
        if _interrogative(sentence, lex):
            continue
        # advice is never asked with a question mark ("Use any other drugs?" asks); a push can be rhetorical
        categories = [("persuasion_statement", HelperCode.PERSUASION.value)]
        if not sentence.question:
            categories.append(("advice_statement", HelperCode.ADVICE.value))
        for category, code in categories:
            hit = _hit(lex, category, sentence.text)
            if hit and (best is None or hit[0].confidence > best[1].confidence):
                best = (code, hit[0], shown(hit[0], hit[1]), max(start, 0) + hit[1].start())
    return best


def _question(sentence: Sentence, lex: Lexicon, language: str) -> tuple[Finding, float]:
    """Open or closed, and how sure we are that it is a question at all."""
    phrase = _hit(lex, "open_phrase", sentence.text)
    if phrase:
        return Finding(HelperCode.OPEN_QUESTION.value, phrase[0].confidence, "cue", phrase[0].label), 0.9
    words = _strip_discourse(sentence.tokens, lex)
    head = " ".join(words)
    # "When you look back now, what would you want?": after an opening clause the question word comes later
    later = next((word for word in words[1:] if word in lex.open_words), None)
    if words and words[0] in lex.conjunctions and later:
        return Finding(HelperCode.OPEN_QUESTION.value, 0.7, "question_word", later), 0.8
    if words and words[0] in lex.open_words:
        if _HOW_MUCH.match(head):  # a fact asked for: the answer is a number, a time or a place
            return Finding(HelperCode.CLOSED_QUESTION.value, 0.6, "question_word", " ".join(words[:2])), 0.9
        return Finding(HelperCode.OPEN_QUESTION.value, 0.85, "question_word", words[0]), 0.87
    if _verb_first(words, lex):
        return Finding(HelperCode.CLOSED_QUESTION.value, 0.75, "verb_first", " ".join(words[:2])), 0.8
    later = next((word for word in words[1:5] if word in lex.open_words), None)
    if later:
        return Finding(HelperCode.OPEN_QUESTION.value, 0.7, "question_word", later), 0.8
    return Finding(HelperCode.CLOSED_QUESTION.value, 0.5, "declarative_question"), 0.55


def _reflection(
    norm: str, stem: Finding | None, lex: Lexicon, language: str, substantive: list[Sentence]
) -> Finding:
    """Simple or complex: complex when a cue adds meaning (feeling, 'as if', metaphor, two-sided, summary)."""
    complex_cue = _hit(lex, "complex", norm)
    if complex_cue is None:
        feeling = find_feeling(norm, language, reflected=True)
        if feeling is not None:
            complex_cue_label, complex_conf = feeling
        elif len(substantive) >= 3 and sum(len(s.tokens) for s in substantive) >= 35:
            complex_cue_label, complex_conf = "…", 0.6  # a long, multi-sentence reflection is a summary
        else:
            complex_cue_label, complex_conf = "", 0.0
    else:
        complex_cue_label, complex_conf = complex_cue[0].label, complex_cue[0].confidence
    base_conf = stem.confidence if stem else 0.55
    reason, cue = (stem.reason, stem.cue) if stem else ("you_statement", "")
    if complex_conf:
        return Finding(
            HelperCode.COMPLEX_REFLECTION.value,
            round(min(base_conf, 0.5 + complex_conf / 3), 2),
            reason,
            cue,
            complex_cue_label,
        )
    return Finding(HelperCode.SIMPLE_REFLECTION.value, round(min(base_conf, 0.7), 2), reason, cue)


_ASKING = re.compile(r"\b(?:vragen|vraag|ask|question|questions)\b")


def _proposal_follows(rest: str) -> bool:
    """ "Can I suggest that you come back next week?": the request already carries the advice."""
    return rest.split()[:1] in (["that"], ["dat"], ["you"], ["je"], ["u"])


def _permission_request(main: Sentence, lex: Lexicon) -> Finding | None:
    """ "Mag ik je een suggestie geven?", "Is it okay if I share an idea?": asking permission is seeking
    collaboration (MITI), coded autonomy; the advice that follows gets the permission flag. "Can I ask you,
    what do you like about it?" is the (open) question it announces; None when no permission is asked."""
    hit = _hit(lex, "permission", main.text)
    if hit is None:
        return None
    rest = main.text[hit[1].end() :].split()
    asked = next((word for word in rest[:4] if word in lex.open_words), None)
    if _ASKING.search(hit[1].group(0)) and asked:
        return Finding(HelperCode.OPEN_QUESTION.value, 0.75, "question_word", asked)
    if _proposal_follows(main.text[hit[1].end() :]):
        return None
    return Finding(HelperCode.AUTONOMY.value, 0.85, "cue", hit[0].label)


@lru_cache(maxsize=8192)
def code_helper(text: str, language: str) -> HelperFindings:
    """The rules' reading of one helper utterance (cached: the client rules look back at helper turns)."""
    lex = lexicon(language)
    norm = normalise(text, language)
    if not norm or lex.minimal.fullmatch(norm):
        shown = norm[:30] or "…"
        return HelperFindings(Finding(HelperCode.OTHER.value, 0.9 if norm else 0.6, "minimal", shown), 0.9)

    permission = (
        _hit(lex, "permission", norm) or _hit(lex, "permission_offer", norm) or _hit(lex, "autonomy", norm)
    )
    permission_finding = (
        Finding("permission", permission[0].confidence, "cue", permission[0].label) if permission else None
    )
    reflection = _hit(lex, "reflection", norm)
    all_sentences = sentences(norm)
    why = _why_question(all_sentences, lex)

    # A solution or a push counts wherever it is, unless the helper reflects the client's own words ("so you
    # think you should ...") before it. Statement forms (an imperative, "het beste is om", "nothing will
    # change") count only outside a real question.
    candidates: list[tuple[str, Cue, str, int]] = []
    for category, code in (
        ("persuasion", HelperCode.PERSUASION.value),
        ("advice", HelperCode.ADVICE.value),
        ("reassurance", HelperCode.REASSURANCE.value),
    ):
        hit = _hit(lex, category, norm)
        if hit:
            candidates.append((code, hit[0], hit[0].label, hit[1].start()))
    directive = _statement_directive(norm, all_sentences, lex)
    if directive:
        candidates.append(directive)
    # A sure push beats advice, and sure advice beats comfort (the annotation guide's precedence: arguing is
    # what the client resists; "Ik snap het, maar je moet ..." proposes); otherwise the surest wins.
    candidates.sort(
        key=lambda c: (
            -(c[1].confidence >= SURE_ROADBLOCK and _PRECEDENCE.get(c[0], 0)),
            -c[1].confidence,
            c[0] != HelperCode.PERSUASION.value,
        )
    )
    request = _hit(lex, "permission", norm)
    if request and not _proposal_follows(norm[request[1].end() :]):
        # "Mag ik je een tip geven?" asks permission for advice; it gives none yet; nor does the rest of that
        # question ("Wil je horen wat ik zou doen?")
        start, end = request[1].start(), request[1].end()
        asked = norm.find("?", start)
        if asked >= 0 and "." not in norm[end:asked] and "!" not in norm[end:asked]:
            end = asked + 1
        candidates = [c for c in candidates if not start <= c[3] < end]
    if candidates:
        code, cue, label, position = candidates[0]
        if not (reflection and reflection[1].start() < position and cue.confidence < 0.95):
            finding = Finding(code, cue.confidence, "cue", label)
            return HelperFindings(finding, cue.confidence, permission_finding, why=why)

    disclosure = _hit(lex, "self_disclosure", norm)
    if (
        disclosure
        and disclosure[0].confidence >= 0.85
        and _story_dominates(all_sentences, disclosure[1].start(), norm)
    ):
        finding = Finding(
            HelperCode.SELF_DISCLOSURE.value, disclosure[0].confidence, "cue", disclosure[0].label
        )
        return HelperFindings(finding, min(disclosure[0].confidence, 0.8), why=why)

    substantive = [
        s for s in all_sentences if not lex.minimal.fullmatch(s.text) and not _TAGS.fullmatch(s.text)
    ]
    if not substantive:
        return HelperFindings(Finding(HelperCode.OTHER.value, 0.8, "minimal", norm[:30]), 0.85)
    main = substantive[-1]
    if main.question:
        stem = _hit(lex, "reflection", main.text)
        leading = stem and all(word in lex.discourse for word in main.text[: stem[1].start()].split())
        if leading and stem[0].confidence >= 0.75:
            # "it sounds like ...?" with a rising tone is still a reflection; a bare "so you ...?" asks
            found = _reflection(
                norm,
                Finding("", min(stem[0].confidence, 0.65), "cue", stem[0].label),
                lex,
                language,
                substantive,
            )
            return HelperFindings(found, 0.65, permission_finding)
        request = _permission_request(main, lex)
        if request is not None:
            label = "question" if request.code == HelperCode.AUTONOMY.value else None
            return HelperFindings(request, 0.85, permission_finding, annomi_label=label)
        agenda = _hit(lex, "structuring", main.text)
        if agenda:  # "zullen we het eerst over je werk hebben?" sets the agenda
            return HelperFindings(
                Finding(HelperCode.STRUCTURING.value, agenda[0].confidence, "cue", agenda[0].label),
                agenda[0].confidence,
            )
        found, annomi_confidence = _question(main, lex, language)
        return HelperFindings(found, annomi_confidence, permission_finding, why=why)

    for sentence in reversed(substantive):  # "Tell me more about that." invites like an open question
        invitation = _hit(lex, "open_phrase", sentence.text)
        if invitation and invitation[1].start() == 0:
            confidence = invitation[0].confidence - (0.0 if sentence is main else 0.15)
            return HelperFindings(
                Finding(HelperCode.OPEN_QUESTION.value, confidence, "cue", invitation[0].label),
                confidence,
                permission_finding,
            )
    stem = _hit(lex, "reflection", main.text)
    if stem:
        found = _reflection(
            norm, Finding("", stem[0].confidence, "cue", stem[0].label), lex, language, substantive
        )
        return HelperFindings(found, stem[0].confidence, permission_finding)
    for scope, discount in ((main.text, 0.0), (norm, 0.1)):
        for category in _SECONDARY:
            hit = _hit(lex, category, scope)
            if hit:
                confidence = round(hit[0].confidence - discount, 2)
                return HelperFindings(
                    Finding(category, confidence, "cue", hit[0].label), confidence, permission_finding
                )
    if reflection:  # a reflection stem earlier in the turn
        found = _reflection(
            norm,
            Finding("", reflection[0].confidence - 0.1, "cue", reflection[0].label),
            lex,
            language,
            substantive,
        )
        return HelperFindings(found, found.confidence, permission_finding)
    earlier_question = next((s for s in reversed(substantive) if s.question), None)
    if earlier_question is not None:
        found, annomi_confidence = _question(earlier_question, lex, language)
        return HelperFindings(
            Finding(found.code, round(found.confidence * 0.7, 2), found.reason, found.cue),
            annomi_confidence * 0.7,
            permission_finding,
        )
    words = _strip_discourse(main.tokens, lex)
    if words and (words[0] in _YOU_START[language if language in _YOU_START else "en"]):
        found = _reflection(norm, None, lex, language, substantive)
        return HelperFindings(
            Finding(found.code, 0.6, "you_statement", words[0], found.extra), 0.65, permission_finding
        )
    greeting = _hit(lex, "greeting", norm)
    if greeting:
        confidence = round(greeting[0].confidence - 0.1, 2)
        return HelperFindings(
            Finding(HelperCode.OTHER.value, confidence, "cue", greeting[0].label), confidence
        )
    felt = find_feeling(main.text, language, reflected=True) if len(main.tokens) <= 8 else None
    if felt is not None and words and words[0] not in _HELPER_VOICE and len(substantive) <= 2:
        # "Dat doet pijn." after the client's story names the feeling in it: a reflection of feeling
        return HelperFindings(
            Finding(HelperCode.COMPLEX_REFLECTION.value, 0.6, "cue", felt[0]), 0.6, permission_finding
        )
    if len(main.tokens) <= 3:
        return HelperFindings(Finding(HelperCode.OTHER.value, 0.5, "short"), 0.5)
    length = sum(len(s.tokens) for s in substantive)
    voiced = any(_strip_discourse(s.tokens, lex)[0] in _HELPER_VOICE for s in substantive)
    addressed = any(word in _YOU_START[language if language in _YOU_START else "en"] for word in words)
    speaker_led = (length > 25 and voiced) or (length > 12 and not addressed)
    if speaker_led:  # a long turn in the helper's own voice ("we know that ...", "ik leg uit ...") informs
        return HelperFindings(
            Finding(HelperCode.INFORMATION.value, 0.55, "default_helper"), 0.6, permission_finding
        )
    found = _reflection(norm, None, lex, language, substantive)
    return HelperFindings(
        Finding(found.code, 0.4, "default_helper", "", found.extra), 0.45, permission_finding
    )
