"""``analyse(conversation, lang) -> Analysis``: code the conversation if needed, then measure, find patterns,
summarise and prompt."""

from __future__ import annotations

from pathlib import Path

from ontmoeting.coding.codebook import load_codebook
from ontmoeting.errors import InputError
from ontmoeting.feedback.depth import depth_curve
from ontmoeting.feedback.globals import judge
from ontmoeting.feedback.measures import MESSAGES as MEASURE_MESSAGES
from ontmoeting.feedback.measures import compute_measures
from ontmoeting.feedback.model import Analysis, ConversationInfo, Moment, TurnView, Valence
from ontmoeting.feedback.patterns import conversation_facts, finders
from ontmoeting.feedback.prompts import reflection_prompts
from ontmoeting.feedback.summary import summarise
from ontmoeting.i18n import resolve_language, tr
from ontmoeting.transcript.model import STUDENT_ANNOTATOR, Conversation, Dimension, Role, Source


def is_coded(conversation: Conversation) -> bool:
    """Whether every helper and client turn already has its main code (from a human or the pipeline)."""
    turns = [t for t in conversation.turns if t.role is not Role.OTHER]
    return bool(turns) and all(t.code is not None for t in turns)


def who_coded(conversation: Conversation) -> str:
    """Who made the codes that count: 'corrected' when a person (a trainer, ``user:...``) corrected some,
    'pipeline' when every one is automatic (ontmoeting's coder, e.g. at an upload), else 'given' (codes that
    came with the file, such as a corpus's or AnnoMI's)."""
    counting = [
        t.get(Dimension.BEHAVIOUR if t.role is Role.HELPER else Dimension.TALK)
        for t in conversation.turns
        if t.role is not Role.OTHER
    ]
    found = [a for a in counting if a is not None]
    if any(a.source is Source.HUMAN and a.annotator.startswith("user:") for a in found):
        return "corrected"
    if found and all(a.source is not Source.HUMAN for a in found):
        return "pipeline"
    return "given"


def analyse(conversation: Conversation, lang: str | None = None, *, fast: bool | None = None) -> Analysis:
    """The feedback on ``conversation`` in ``lang`` (default: the conversation's language).

    An uncoded conversation is coded first with the default coder (``load_coder(fast)``); annotations
    already present (a human's, or an earlier run's) are used as they are.
    """
    lang = resolve_language(lang, conversation.language)
    if not any(t.role is Role.HELPER for t in conversation.turns) or not conversation.client_turns:
        raise InputError(
            "E301",
            nl="Voor feedback is een gesprek nodig met zowel een hulpverlener als een cliënt; dit gesprek "
            "heeft "
            "er maar één. Geef met --helper aan wie de hulpverlener is.",
            en="Feedback needs a conversation with both a helper and a client; this one has only one. Use "
            "--helper to say who the helper is.",
            file=conversation.metadata.source_file,
        )
    coded_by = who_coded(conversation)
    if not is_coded(conversation):
        from ontmoeting.coding.pipeline import load_coder  # imported here: loading the coder is the slow part

        load_coder(fast=fast).code(conversation)
        coded_by = "pipeline"
    with conversation_facts(conversation):
        return _analysis(conversation, lang, coded_by)


def _analysis(conversation: Conversation, lang: str, coded_by: str) -> Analysis:
    measures = compute_measures(conversation, lang)
    moments: list[Moment] = []
    for find in finders():
        moments.extend(find(conversation, lang))
    moments = without_contradictions(conversation, moments)
    moments.sort(key=lambda m: (m.anchor, m.pattern.value))
    for number, found in enumerate(moments, start=1):
        found.id = f"m{number}"
    summary = summarise(conversation, measures, moments, lang)
    return Analysis(
        lang=lang,
        conversation=_info(conversation, coded_by),
        measures=measures,
        moments=moments,
        depth=depth_curve(conversation),
        summary=summary,
        prompts=reflection_prompts(conversation, moments, lang),
        turns=_turn_views(conversation, moments, lang),
        judgement=judge(conversation, measures, lang),
    )


def without_contradictions(conversation: Conversation, moments: list[Moment]) -> list[Moment]:
    """The moments less every strength that praises a helper turn a concern is about: a turn is never both
    praised and corrected (an exploring question that is the third of a barrage, advice with permission
    that still came before anything was explored)."""
    criticised = {m.anchor for m in moments if m.valence is Valence.CONCERN}
    return [
        m
        for m in moments
        if m.valence is not Valence.STRENGTH
        or not any(i in criticised for i in m.turns if conversation.turns[i].role is Role.HELPER)
    ]


def _info(conversation: Conversation, coded_by: str) -> ConversationInfo:
    speakers = conversation.speakers
    return ConversationInfo(
        id=conversation.id,
        title=conversation.metadata.title
        or (Path(conversation.metadata.source_file).stem if conversation.metadata.source_file else None),
        language=conversation.language,
        source_file=conversation.metadata.source_file,
        helpers=[name for name, role in speakers.items() if role is Role.HELPER],
        clients=[name for name, role in speakers.items() if role is Role.CLIENT],
        turn_count=len(conversation.turns),
        coded_by=coded_by,
    )


def _turn_views(conversation: Conversation, moments: list[Moment], lang: str) -> list[TurnView]:
    codebook = load_codebook()
    involved: dict[int, list[str]] = {}
    for found in moments:
        for index in found.turns:
            involved.setdefault(index, []).append(found.id)
    groups = codebook.behaviour_to_annomi()
    views = []
    for turn in conversation.turns:
        dimension = Dimension.BEHAVIOUR if turn.role is Role.HELPER else Dimension.TALK
        own = turn.get(dimension, annotator=STUDENT_ANNOTATOR)
        # Compared by kind, not by code: a student's "gevoelsreflectie" read as a simple reflection is
        # no disagreement worth a trainer's time; "reflectie" read as advice is.
        differs = bool(
            own and turn.code and groups.get(own.code, own.code) != groups.get(turn.code, turn.code)
        )
        views.append(
            TurnView(
                index=turn.index,
                number=turn.index + 1,
                role=turn.role.value,
                speaker=turn.speaker,
                text=turn.text,
                code=turn.code,
                code_name=codebook.name(dimension, turn.code, lang) if turn.code else None,
                depth=turn.depth,
                depth_name=tr(MEASURE_MESSAGES, f"depth.{turn.depth}", lang)
                if turn.depth is not None
                else None,
                flags=sorted({a.code for a in turn.all(Dimension.FLAG) if turn.has_flag(a.code)}),
                moments=involved.get(turn.index, []),
                note=turn.note,
                own_code=own.code if own else None,
                own_code_name=codebook.name(dimension, own.code, lang) if own else None,
                own_code_differs=differs,
            )
        )
    return views
