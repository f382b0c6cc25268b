"""Finding an expressed feeling: a feeling phrase ("ik voel me", "I feel"), a feeling word in any inflection
(simplemma lemmas: "bange" -> bang, "miste" -> missen), or a state word right after a feeling verb ("voel me
rot")."""

from __future__ import annotations

from functools import lru_cache

from ontmoeting.coding.rules.cues import first_match, lexicon
from ontmoeting.coding.rules.text import lemma, tokens

# Someone else's feeling ("hij is boos") is not the client expressing one; "ik ben bang dat hij boos is"
# still is.
_OTHERS = {
    "nl": frozenset({"hij", "zij", "ze", "hem", "haar", "jij", "je", "u", "mensen", "iedereen"}),
    "en": frozenset(
        {
            "he",
            "she",
            "they",
            "him",
            "her",
            "them",
            "you",
            "he's",
            "she's",
            "they're",
            "he'll",
            "she'll",
            "people",
            "everyone",
            "everybody",
        }
    ),
}
# In a helper's reflection "you" is the client: "je bent bang" reflects the client's own fear.
_YOU = {
    "nl": frozenset({"jij", "je", "u"}),
    "en": frozenset({"you"}),
}
_SELF = {
    "nl": frozenset({"ik", "me", "mij", "mijn", "we", "wij"}),
    "en": frozenset({"i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're"}),
}


@lru_cache(maxsize=8192)
def find_feeling(normalised: str, language: str, reflected: bool = False) -> tuple[str, float] | None:
    """(the words that name the feeling, confidence), or None. Negated feeling words ("niet bang") do not
    count. ``reflected``: the text is a helper's reflection, where "you" is the client whose feeling it is."""
    lex = lexicon(language)
    phrase = first_match(lex.client["feeling_phrase"], normalised)
    if phrase:
        return phrase[0].label, phrase[0].confidence
    words = tokens(normalised)
    for position, word in enumerate(words):
        after = words[position + 1] if position + 1 < len(words) else ""
        if word in lex.feeling_after_feel and any(
            w in lex.feel_verbs for w in words[max(0, position - 4) : position]
        ):
            return word, 0.8
        base = word if word in lex.feeling_words else lemma(word, language)
        if base not in lex.feeling_words:
            continue
        window = words[max(0, position - 3) : position]
        excluded = lex.feeling_exclude_before.get(word, frozenset()) | lex.feeling_exclude_before.get(
            base, frozenset()
        )
        if any(w in excluded for w in window[-2:]):
            continue
        others = _OTHERS[lex.language] - _YOU[lex.language] if reflected else _OTHERS[lex.language]
        own = _SELF[lex.language] | _YOU[lex.language] if reflected else _SELF[lex.language]
        if any(w in others for w in window) and not any(w in own for w in window):
            continue  # "hij is boos", "he'll get angry": someone else's feeling, not the client's
        if after in lex.feeling_exclude_after.get(word, ()) or after in lex.feeling_exclude_after.get(
            base, ()
        ):
            continue
        if any(w in lex.negators or w.endswith("n't") for w in words[max(0, position - 2) : position]):
            continue
        return word, 0.8
    return None
