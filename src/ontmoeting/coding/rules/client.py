"""Rules for client turns: talk type (change, sustain, neutral), depth (0-3), and the flags yes_but and
feeling."""

from __future__ import annotations

from functools import lru_cache

from ontmoeting.coding.codes import ClientCode, DepthCode, HelperCode
from ontmoeting.coding.rules.cues import first_match, lexicon
from ontmoeting.coding.rules.feelings import find_feeling
from ontmoeting.coding.rules.findings import ClientFindings, Finding
from ontmoeting.coding.rules.text import normalise, tokens

#: AnnoMI's talk type is about the target behaviour (drinking, smoking), which a cue cannot see: "ik kan
#: niet" is sustain talk only when it is about the change. So no talk cue is sure enough to overrule a model.
TALK_CEILING = 0.8

#: Helper behaviour that proposes something the client can say "yes, but" to.
PROPOSALS = frozenset({HelperCode.ADVICE.value, HelperCode.PERSUASION.value, HelperCode.INFORMATION.value})


def _talk(norm: str, language: str, yes_but: Finding | None) -> Finding:
    found = _talk_cue(norm, language, yes_but)
    if found.confidence > TALK_CEILING:
        return Finding(found.code, TALK_CEILING, found.reason, found.cue, found.extra)
    return found


def _talk_cue(norm: str, language: str, yes_but: Finding | None) -> Finding:
    lex = lexicon(language)
    change = first_match(lex.client["change"], norm)
    sustain = first_match(lex.client["sustain"], norm)
    if yes_but is not None and (change is None or sustain is not None):
        confidence = max(yes_but.confidence - 0.1, sustain[0].confidence if sustain else 0.0)
        return Finding(ClientCode.SUSTAIN.value, round(confidence, 2), "yes_but", yes_but.cue)
    if change and sustain:
        change_span, sustain_span = change[1].span(), sustain[1].span()
        # One cue inside the other: the longer is the more specific ("ik wil niet meer zo" holds "ik wil
        # niet").
        if change_span[0] <= sustain_span[0] and sustain_span[1] <= change_span[1]:
            return Finding(ClientCode.CHANGE.value, change[0].confidence, "cue", change[0].label)
        if sustain_span[0] <= change_span[0] and change_span[1] <= sustain_span[1]:
            return Finding(ClientCode.SUSTAIN.value, sustain[0].confidence, "cue", sustain[0].label)
        # Both sides: what the client says last usually carries the turn ("I want to, but I can't").
        later, code = (
            (sustain, ClientCode.SUSTAIN) if sustain_span[0] > change_span[0] else (change, ClientCode.CHANGE)
        )
        return Finding(code.value, 0.55, "ambivalent", later[0].label)
    if sustain:
        return Finding(ClientCode.SUSTAIN.value, sustain[0].confidence, "cue", sustain[0].label)
    if change:
        return Finding(ClientCode.CHANGE.value, change[0].confidence, "cue", change[0].label)
    confidence = 0.7 if len(tokens(norm)) <= 3 else 0.55
    return Finding(ClientCode.NEUTRAL.value, confidence, "default_talk")


def _depth(norm: str, language: str, feeling: tuple[str, float] | None) -> Finding:
    lex = lexicon(language)
    meaning = first_match(lex.client["meaning"], norm)
    if meaning:
        return Finding(DepthCode.MEANING.value, meaning[0].confidence, "cue", meaning[0].label)
    if feeling:
        return Finding(DepthCode.FEELINGS.value, feeling[1], "cue", feeling[0])
    thought = first_match(lex.client["thoughts"], norm)
    if thought:
        return Finding(DepthCode.THOUGHTS.value, thought[0].confidence, "cue", thought[0].label)
    return Finding(DepthCode.FACTS.value, 0.55, "default_depth")


@lru_cache(maxsize=8192)
def code_client(text: str, language: str, previous_helper_code: str | None) -> ClientFindings:
    """The rules' reading of one client utterance. ``previous_helper_code`` is the behaviour of the helper
    turn just before (None when there is none): "ja, maar" is only a yes_but after a proposal."""
    lex = lexicon(language)
    norm = normalise(text, language)
    yes_but = None
    if previous_helper_code in PROPOSALS:
        hit = first_match(lex.client["yes_but"], norm)
        if hit:
            yes_but = Finding(
                "yes_but", hit[0].confidence, "yes_but", hit[0].label, previous_helper_code or ""
            )
    feeling_hit = find_feeling(norm, language) if norm else None
    feeling = Finding("feeling", feeling_hit[1], "cue", feeling_hit[0]) if feeling_hit else None
    return ClientFindings(
        _talk(norm, language, yes_but), _depth(norm, language, feeling_hit), yes_but, feeling
    )
