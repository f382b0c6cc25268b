"""Finding an expressed feeling: a feeling phrase ("ik voel me", "I feel"), a feeling word in any inflection
(simplemma lemmas: "bange" -> bang, "miste" -> missen), or a state word right after a feeling verb ("voel me rot")."""

from __future__ import annotations

from functools import lru_cache

from ontmoeting.coding.rules.cues import first_match, lexicon
from ontmoeting.coding.rules.text import lemma, tokens


@lru_cache(maxsize=8192)
def find_feeling(normalised: str, language: str) -> tuple[str, float] | None:
    """(the words that name the feeling, confidence), or None. Negated feeling words ("niet bang") do not count."""
    lex = lexicon(language)
    phrase = first_match(lex.client["feeling_phrase"], normalised)
    if phrase:
        return phrase[0].label, phrase[0].confidence
    words = tokens(normalised)
    for position, word in enumerate(words):
        before = words[position - 1] if position else ""
        after = words[position + 1] if position + 1 < len(words) else ""
        if word in lex.feeling_after_feel and any(w in lex.feel_verbs for w in words[max(0, position - 4):position]):
            return word, 0.8
        base = word if word in lex.feeling_words else lemma(word, language)
        if base not in lex.feeling_words:
            continue
        if before in lex.feeling_exclude_before.get(word, ()) or before in lex.feeling_exclude_before.get(base, ()):
            continue
        if after in lex.feeling_exclude_after.get(word, ()) or after in lex.feeling_exclude_after.get(base, ()):
            continue
        if any(w in lex.negators or w.endswith("n't") for w in words[max(0, position - 2):position]):
            continue
        return word, 0.8
    return None
