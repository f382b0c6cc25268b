"""Oefencliënt: personas, the simulated client and the coach.

    from ontmoeting.practice import PracticeSession, load_personas
    session = PracticeSession("robert", "nl", seed=1)        # coach=True, built-in voice, the project's coder
    print(session.opening())
    reply = session.respond("Je mist hem.")   # reply.text, reply.coach, reply.state, reply.ended
    session.undo(); session.hint(); conversation = session.finish()
    data = session.to_state(); PracticeSession.from_state(data)   # JSON-ready, e.g. between web requests

Persona files: see docs/personas.md.
"""

from ontmoeting.practice.engine import Reading
from ontmoeting.practice.persona import Persona, Stance, get_persona, load_persona, load_personas
from ontmoeting.practice.reading import default_classifier
from ontmoeting.practice.session import PracticeSession, Reply
from ontmoeting.practice.state import ClientState, Move

__all__ = [
    "ClientState",
    "Move",
    "Persona",
    "PracticeSession",
    "Reading",
    "Reply",
    "Stance",
    "default_classifier",
    "get_persona",
    "load_persona",
    "load_personas",
]
