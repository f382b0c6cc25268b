"""A practice session: the student talks, the coder reads each turn, the engine decides, the voice speaks.

``PracticeSession(persona, lang, seed, coach=True, voice=None, classify=None)``. Everything needed to go on
later is plain data (:meth:`PracticeSession.to_state` / :meth:`PracticeSession.from_state`), so the web app
can keep a session between two HTTP requests. Randomness comes from a ``random.Random`` seeded per turn with
the session seed, so the same seed and the same helper turns give the same talk, also after an undo.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ontmoeting.errors import InputError
from ontmoeting.practice import coach as coaching
from ontmoeting.practice import engine, hints, kinds
from ontmoeting.practice.engine import Classify, Reading
from ontmoeting.practice.facts import find_fact
from ontmoeting.practice.memory import known_topics
from ontmoeting.practice.messages import CLIENT_DEFAULTS
from ontmoeting.practice.persona import Persona, get_persona
from ontmoeting.practice.reading import ENGINE_ANNOTATOR, HELPER_SPEAKER, default_classifier
from ontmoeting.practice.state import ClientState, Move
from ontmoeting.practice.voice import BuiltinVoice, Line, answer, choose, lead_in
from ontmoeting.transcript.model import Annotation, Conversation, Dimension, Metadata, Role, Source, Turn

DEPTH_CODES = ("facts", "thoughts", "feelings", "meaning")
STATE_VERSION = 2
#: The moves by which a client goes back towards the surface because they were pushed.
PUSHED_BACK = frozenset({Move.YES_BUT, Move.PUSH_BACK, Move.SHORT, Move.LEAVE})
# How often the client says "ja, precies" before going on after a reflection they recognise.
CONFIRM_SHARE = 0.5


class Reply(BaseModel):
    """What comes back from one helper turn."""

    text: str
    coach: str | None
    state: dict[str, Any]
    ended: bool
    move: Move
    layer: int
    code: str
    permission: bool
    fact: str | None = None


class TurnRecord(BaseModel):
    """One helper turn and the client's reply, with the state before and after (for undo and the report)."""

    helper_text: str
    code: str
    permission: bool = False
    confidence: float = 1.0
    annotations: list[Annotation] = Field(default_factory=list)
    client_text: str
    move: Move
    depth: int
    fact: str | None = None  # the fact id the reply answered from the sheet
    voice: str = "builtin"
    coach: str | None = None
    before: ClientState
    after: ClientState


class SessionData(BaseModel):
    """The serialised session."""

    version: int = STATE_VERSION
    persona_id: str
    persona_dir: str | None = None
    lang: str
    seed: int
    coach: bool
    started_at: str
    opening: str
    start: ClientState
    records: list[TurnRecord] = Field(default_factory=list)


class PracticeSession:
    """One practice talk with a simulated client."""

    def __init__(
        self,
        persona: Persona | str,
        lang: str = "nl",
        seed: int = 0,
        coach: bool = True,
        voice: Any = None,
        classify: Classify | None = None,
        *,
        persona_dir: str | Path | None = None,
        _data: SessionData | None = None,
    ) -> None:
        self.persona = persona if isinstance(persona, Persona) else get_persona(persona, persona_dir)
        self.material = self.persona.material(lang)
        self.voice = voice or BuiltinVoice()
        self._classify = classify
        if _data is None:
            start, decision = engine.opening(engine.initial_state(self.persona))
            line = choose(self.material, start, decision.move, decision.layer, self._rng(seed, 0), lang=lang)
            _data = SessionData(
                persona_id=self.persona.id,
                persona_dir=str(persona_dir) if persona_dir else None,
                lang=lang,
                seed=seed,
                coach=coach,
                started_at=datetime.now(UTC).isoformat(timespec="seconds"),
                opening=line.text,
                start=start,
            )
        self.data = _data

    # -- the talk ------------------------------------------------------------------------------------------

    @property
    def lang(self) -> str:
        return self.data.lang

    @property
    def name(self) -> str:
        return self.material.name

    @property
    def state(self) -> ClientState:
        return self.data.records[-1].after if self.data.records else self.data.start

    @property
    def records(self) -> list[TurnRecord]:
        return self.data.records

    @property
    def depth(self) -> int:
        """The layer of the client's last line: the one depth the coach, the report and the debrief show."""
        return self.data.records[-1].depth if self.data.records else 0

    @property
    def ended(self) -> bool:
        return self.state.ended

    def opening(self) -> str:
        """What the client says first."""
        return self.data.opening

    def last_client_text(self) -> str:
        return self.data.records[-1].client_text if self.data.records else self.data.opening

    def respond(self, helper_text: str) -> Reply:
        """The client's reply to ``helper_text``, with the coach's line and the new state."""
        text = " ".join(helper_text.split())
        if not text:
            raise InputError(
                "E408",
                nl="Een lege beurt kan de cliënt niet beantwoorden.",
                en="An empty turn cannot be answered.",
            )
        if self.ended:
            raise InputError(
                "E409",
                nl=f"{self.name} heeft het gesprek beëindigd. Neem een beurt terug (/terug) of begin weer.",
                en=f"{self.name} has ended the talk. Take a turn back (/back) or start again.",
            )
        before = self.state
        rng = self._rng(self.data.seed, len(self.data.records) + 1)
        known = known_topics(self.material, [*self._said(), text])
        if kinds.in_other_language(text, self.lang):
            reading = Reading("other", False, 1.0)
            after, decision = engine.not_understood(before)
            line = choose(
                self.material, after, decision.move, decision.layer, rng, known=known, lang=self.lang
            )
        else:
            classify = self._classify or default_classifier()
            self._classify = classify
            reading = engine.as_reading(classify(text, self.context(), self.lang))
            summary = kinds.is_summary(text, reading.code, self.lang)
            # a summary that ends on "klopt dat?" checks what was heard; it asks for no fact
            asked = None if summary else find_fact(text, self.material.facts, self.lang)
            touched = engine.touches(self.material.touches, text)
            after, decision = engine.decide(
                self.persona, before, reading, touched, factual=asked is not None, summary=summary
            )
            line = self._line(
                after, decision, reading, asked.fact if asked else None, text, known, summary, rng
            )
        prior_depth = self.depth  # the layer of the line before
        if decision.move is Move.NOT_UNDERSTOOD:
            line = Line(line.text, prior_depth, line.pool, line.index)  # the client stays where they were
        elif decision.move in PUSHED_BACK and line.depth > prior_depth:
            # "ja, maar" is an opinion (layer 1), but pushing never takes the client deeper than before
            line = Line(line.text, prior_depth, line.pool, line.index)
        # one depth: the layer of the line the client actually says is the depth everywhere
        after = after.model_copy(update={"deepest": max(before.deepest, line.depth)})
        history = [(r.helper_text, r.client_text) for r in self.data.records]
        spoken = self.voice.word(
            line.text,
            material=self.material,
            lang=self.lang,
            move=decision.move,
            layer=line.depth,
            history=history,
            opening=self.data.opening,
            helper_text=text,
        )
        coach_line = (
            coaching.turn_line(
                reading.code,
                reading.permission,
                before,
                after,
                self.name,
                self.lang,
                depth=line.depth,
                prior_depth=prior_depth,
                fact=line.fact,
            )
            if self.data.coach
            else None
        )
        record = TurnRecord(
            helper_text=text,
            code=reading.code,
            permission=reading.permission,
            confidence=reading.confidence,
            annotations=list(reading.annotations),
            client_text=spoken,
            move=decision.move,
            depth=line.depth,
            fact=line.fact,
            voice=getattr(self.voice, "last_voice", None) or getattr(self.voice, "name", "builtin"),
            coach=coach_line,
            before=before,
            after=after,
        )
        self.data.records.append(record)
        return Reply(
            text=spoken,
            coach=coach_line,
            state=after.snapshot(),
            ended=after.ended,
            move=decision.move,
            layer=line.depth,
            code=reading.code,
            permission=reading.permission,
            fact=line.fact,
        )

    def _line(
        self,
        after: ClientState,
        decision: engine.Decision,
        reading: Reading,
        fact: Any,
        text: str,
        known: frozenset[str],
        summary: bool,
        rng: random.Random,
    ) -> Line:
        """What the client says for ``decision``: the fact asked for, or a line that answers the turn."""
        if decision.move is Move.ANSWER:
            # an open client who was asked openly goes on with their story about the same thing
            open_enough = reading.code == "open_question" and after.openness >= self._threshold(1)
            go_on = after.layer if open_enough else None
            again = fact is not None and any(
                r.fact == fact.id and kinds.same_question(r.helper_text, text) for r in self.data.records
            )
            return answer(self.material, fact, after, rng, known, self.lang, go_on, again)
        if decision.move is Move.SHORT and kinds.asks_about_something(text):
            # a short answer is a fact once said: the same question gets the same answer ("Nee, nooit.")
            earlier = next(
                (
                    r
                    for r in reversed(self.data.records)
                    if r.move is Move.SHORT and kinds.same_question(r.helper_text, text)
                ),
                None,
            )
            if earlier is not None:
                return Line(earlier.client_text, earlier.depth, "short_answers", -1)
        asked_step = kinds.asks_next_step(text, self.lang) and decision.move in (
            Move.STAY,
            Move.DEEPEN,
            Move.GO_ON,
        )
        if asked_step and after.layer < 3:
            # asked for a step before what is at stake has been explored: they do not know yet
            prior = self.depth
            return self._default_line("not_yet", prior, rng)
        # a summary at the core invites a next step of the client's own; one that took them there, the core
        next_step = (summary and decision.move is Move.STAY) or asked_step
        line = choose(
            self.material,
            after,
            decision.move,
            decision.layer,
            rng,
            cue=text,
            known=known,
            summary=next_step,
            lang=self.lang,
        )
        if reading.code in kinds.REFLECTIONS and decision.move in (Move.STAY, Move.DEEPEN):
            # a guarded client denies a feeling named too soon ("Nou, zo zou ik het niet zeggen."), not a fact
            guarded = after.resistance >= self.persona.parameters.block_deepening_at
            if guarded and kinds.names_feeling(text, self.lang):
                line = Line(lead_in(line.text, "correct", self.lang, rng), line.depth, line.pool, line.index)
            elif not guarded and rng.random() < CONFIRM_SHARE:
                line = Line(lead_in(line.text, "confirm", self.lang, rng), line.depth, line.pool, line.index)
        return line

    def _default_line(self, key: str, depth: int, rng: random.Random) -> Line:
        """One of the built-in lines for ``key`` (messages.CLIENT_DEFAULTS), not said before if possible."""
        options = CLIENT_DEFAULTS[key][self.lang]
        said = {r.client_text for r in self.data.records}
        fresh = [i for i, text in enumerate(options) if text not in said] or list(range(len(options)))
        index = rng.choice(fresh)
        return Line(options[index], depth, key, index)

    def _threshold(self, layer: int) -> float:
        return self.persona.parameters.layer_thresholds[layer - 1]

    def _said(self) -> list[str]:
        """Everything said so far, by both sides, oldest first."""
        said = [self.data.opening]
        for record in self.data.records:
            said += [record.helper_text, record.client_text]
        return said

    def undo(self) -> bool:
        """Take back the last helper turn and its reply, restoring the state exactly; False if none."""
        if not self.data.records:
            return False
        self.data.records.pop()
        return True

    def hint(self) -> str:
        """A suggestion for the next turn, with an example built from the client's last words."""
        said = [self.data.opening, *(r.client_text for r in self.data.records)]
        return hints.hint(self.state, said, self.name, self.lang)

    # -- transcript and report ---------------------------------------------------------------------------

    def context(self) -> list[Turn]:
        """The talk so far as turns (what the coder sees as context)."""
        return self._transcript(code_clients=False).turns

    def finish(self) -> Conversation:
        """The talk as a project :class:`Conversation` (context 'oefengesprek'), ready to save and analyse.

        Every turn is coded, so an analysis uses these codes as they are: the helper's turns as the coder read
        them live (what the client reacted to), the client's turns by the coder for talk type and flags, and
        with the depth of the line the engine chose (the one depth of the coach, the report and the debrief).
        """
        return self._transcript(code_clients=True)

    def _transcript(self, *, code_clients: bool) -> Conversation:
        started = self.data.started_at
        turns = [self._client_turn(0, self.data.opening, 0, None)]
        for record in self.data.records:
            annotations = record.annotations or [
                Annotation(
                    dimension=Dimension.BEHAVIOUR,
                    code=record.code,
                    source=Source.RULES,
                    annotator=ENGINE_ANNOTATOR,
                    confidence=record.confidence,
                )
            ]
            turns.append(
                Turn(
                    index=len(turns),
                    role=Role.HELPER,
                    speaker=HELPER_SPEAKER,
                    text=record.helper_text,
                    annotations=list(annotations),
                )
            )
            turns.append(self._client_turn(len(turns), record.client_text, record.depth, record.move))
        if code_clients:
            self._code_client_turns(turns)
        title = {"nl": f"Oefengesprek met {self.name}", "en": f"Practice talk with {self.name}"}[self.lang]
        return Conversation(
            id=f"oefen-{self.persona.id}-{started.replace(':', '').replace('-', '')[:15]}",
            language=self.lang,  # type: ignore[arg-type]
            metadata=Metadata(
                title=title,
                date=started[:10],
                context="oefengesprek",
                extra={
                    "persona": self.persona.id,
                    "seed": str(self.data.seed),
                    "deepest_layer": str(self.state.deepest),
                    "ended_by_client": str(self.state.ended).lower(),
                },
            ),
            turns=turns,
        )

    def _code_client_turns(self, turns: list[Turn]) -> None:
        """Add the coder's talk type and flags to the client's turns (not its depth: the engine's counts)."""
        coder = getattr(self._classify, "coder", None)
        if coder is None:
            from ontmoeting.coding.pipeline import load_coder

            coder = load_coder()
        for position, turn in enumerate(turns):
            if turn.role is not Role.CLIENT:
                continue
            for annotation in coder.code_turn(turn, turns[:position], self.lang):
                if annotation.dimension is not Dimension.DEPTH:
                    turn.annotations.append(annotation)

    def _client_turn(self, index: int, text: str, depth: int, move: Move | None) -> Turn:
        annotations = [
            Annotation(
                dimension=Dimension.DEPTH,
                code=DEPTH_CODES[depth],
                source=Source.RULES,
                annotator=ENGINE_ANNOTATOR,
                explanation="layer chosen by the practice engine",
            )
        ]
        if move is Move.YES_BUT:
            annotations.append(
                Annotation(
                    dimension=Dimension.FLAG, code="yes_but", source=Source.RULES, annotator=ENGINE_ANNOTATOR
                )
            )
        return Turn(index=index, role=Role.CLIENT, speaker=self.name, text=text, annotations=annotations)

    def depth_changes(self) -> list[coaching.DepthChange]:
        """Where the student's turn moved the client: one layer deeper (the engine's deepen move, the line
        from a deeper layer than the one before, as the coach said it), or back towards the surface after a
        push ("ja, maar", pushing back, short answers, leaving). An answer to a factual question is a fact
        wherever it is shown, but not a change the student caused; neither is a remark about the language.
        Numbered like the transcript's turns: the opening is turn 1, the k-th helper turn is turn 2k. The
        depths are those of the report's depth curve (:func:`ontmoeting.feedback.depth.depth_curve`)."""
        changes = []
        prior = 0
        for k, record in enumerate(self.data.records, start=1):
            up = record.move is Move.DEEPEN and record.depth > prior
            down = record.move in PUSHED_BACK and record.depth < prior
            if up or down:
                changes.append(
                    coaching.DepthChange(
                        2 * k, prior, record.depth, record.code, record.permission, record.helper_text
                    )
                )
            prior = record.depth
        return changes

    def depth_summary(self, lang: str | None = None) -> list[str]:
        ended_at = next((2 * k + 1 for k, r in enumerate(self.data.records, start=1) if r.after.ended), None)
        return coaching.depth_summary(
            self.depth_changes(), self.state.deepest, ended_at, self.name, lang or self.lang
        )

    def report(self, lang: str | None = None) -> tuple[list[str], object | None]:
        """The end report: the depth summary lines and the feedback package's ``Analysis`` of the transcript
        (None where the feedback package is not there; render it with ``ontmoeting.feedback.render_terminal``
        or ``render_html``)."""
        lang = lang or self.lang
        return self.depth_summary(lang), coaching.feedback_analysis(self.finish(), lang)

    # -- persistence ---------------------------------------------------------------------------------------

    def to_state(self) -> dict[str, Any]:
        """Everything needed to carry on later, as JSON-ready data."""
        return self.data.model_dump(mode="json")

    @classmethod
    def from_state(
        cls, data: dict[str, Any], *, voice: Any = None, classify: Classify | None = None
    ) -> PracticeSession:
        """A session from :meth:`to_state` data, exactly where it was."""
        parsed = SessionData.model_validate(data)
        return cls(
            parsed.persona_id,
            parsed.lang,
            parsed.seed,
            parsed.coach,
            voice,
            classify,
            persona_dir=parsed.persona_dir,
            _data=parsed,
        )

    @staticmethod
    def _rng(seed: int, turn: int) -> random.Random:
        return random.Random(f"{seed}:{turn}")
