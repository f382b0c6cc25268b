# ruff: noqa: E501  (data and templates: a cue regex or a Markdown table row stays on one line to stay readable)
"""Writes docs/codebook.md from codebook.yaml, so that the documentation can never drift from the data.

    python -m ontmoeting.coding.codebook_doc > docs/codebook.md

A test checks that the file in docs/ equals this output.
"""

from __future__ import annotations

import sys

from ontmoeting.coding.codebook import Codebook, CodeEntry, load_codebook
from ontmoeting.transcript.model import Dimension

_SECTIONS = [
    (Dimension.BEHAVIOUR, "Hulpverlener: gedrag / Helper: behaviour"),
    (Dimension.TALK, "Cliënt: soort uitspraak / Client: talk type"),
    (Dimension.FLAG, "Vlaggen / Flags"),
    (Dimension.DEPTH, "Diepgang / Depth"),
]

_INTRO = """# Codebook / Codeboek

<!-- Generated from src/ontmoeting/coding/codebook.yaml by `python -m ontmoeting.coding.codebook_doc > docs/codebook.md`.
     Edit the YAML, not this file. -->

Codebook version **{version}**. Every turn gets a main code: a helper turn a behaviour code (and its AnnoMI
label), a client turn a talk type and a depth level; flags mark advice with permission, why-questions, topic
changes, the kind of reflection, "ja, maar" and expressed feelings. The decision rules for hard cases are
gathered in [the annotation guide](annotation-guide.md). The codes follow MITI 4.2.1 / MISC, simplified for training, and map onto the labels of the AnnoMI
data set so that the coder can be measured against expert annotations.

Elke beurt krijgt een hoofdcode: een beurt van de hulpverlener een gedragscode (en het bijbehorende
AnnoMI-label), een beurt van de cliënt een soort uitspraak en een diepgang; vlaggen markeren advies met
toestemming, "ja, maar" en benoemde gevoelens. De codes volgen MITI 4.2.1 / MISC, vereenvoudigd voor de
opleiding, en passen op de labels van de AnnoMI-dataset, zodat de coder met deskundige codeurs te vergelijken is.

## AnnoMI labels

| id | Nederlands | English |
| --- | --- | --- |
"""

_JSONL = """
## How codes are assigned / Hoe de codes tot stand komen

`ontmoeting code FILE` (and `ontmoeting.coding.pipeline.load_coder()` in Python) runs these annotators and
combines them (`coding/combine.py`) into one final code per turn, marked with annotator `pipeline`:

- **rules** (`coding/rules/`, always on): Dutch and English cue tables (`cues_nl.py`, `cues_en.py`). The
  explanation names the cue that fired, e.g. `signaal "misschien moet je" (advies of oplossing)`; the confidence
  is how often that cue means that code (0.95 unambiguous, about 0.5 a guess without a cue). The rules also set
  the flags and the depth level.
- **statistical** (on when the shipped model loads; see `docs/model-card.md`): trained on AnnoMI and AnnoMI-nl.
  Without it, the coder runs on the rules alone and says so.
- **llm** (off by default): `--annotator llm`, or `ONTMOETING_ANNOTATORS=llm`, with an OpenAI-compatible endpoint
  (Ollama, llama.cpp server, vLLM, a hosted service) in `ONTMOETING_LLM_URL` (e.g. `http://localhost:11434/v1`),
  `ONTMOETING_LLM_MODEL`, `ONTMOETING_LLM_KEY` (if needed) and `ONTMOETING_LLM_TIMEOUT` (seconds, default 10).
  It must answer a code from this codebook with a short reason; anything else is refused. Its codes take the
  model's place in the combination. When the endpoint is not on this machine, `code` says that the conversation
  text is sent there. If it fails (timeout, error), coding carries on without it and says so.

The default configuration is `fast` (the model without sentence embeddings: about twenty times faster,
at most 0.016 macro-F1 lower on AnnoMI); `--accurate` (or `ONTMOETING_CODER=accurate`) adds the sentence
embeddings. See docs/model-card.md.

## JSONL output of `ontmoeting code --output` / JSONL-uitvoer

`ontmoeting code FILE --output OUT.jsonl` writes one JSON object per turn, one per line, UTF-8, in the order of
the input (conversation by conversation). The codes are the pipeline's final codes (annotator `pipeline`), never
labels that came with the input (AnnoMI's expert labels are used by `ontmoeting evaluate`). Keys, always present
(null where they do not apply):

| key | type | meaning |
| --- | --- | --- |
| `conversation` | string | the conversation's id (for AnnoMI-layout input: the `transcript_id`) |
| `transcript_id` | string or null | the input's conversation id when the input has turn ids (AnnoMI layout) |
| `utterance_id` | string or null | the input's turn id (AnnoMI: `utterance_id`), as written in the input |
| `index` | integer | position of the turn in the conversation, from 0 |
| `speaker` | string | the speaker as in the input |
| `role` | string | `helper`, `client` or `other` |
| `language` | string | `nl` or `en`, the conversation's language |
| `text` | string | the turn's text |
| `code` | string or null | helper: behaviour code; client: talk type (`change`, `sustain`, `neutral`); other: null |
| `annomi_label` | string or null | helper: the code's AnnoMI label (`question`, `reflection`, `therapist_input`, `other`); client: the talk type |
| `confidence` | number or null | 0-1, how sure the coder is of `code` |
| `explanation` | string or null | why, in the conversation's language: the cue that fired or the model's words |
| `flags` | list of strings | `permission` (helper), `yes_but` and `feeling` (client) |
| `depth` | integer or null | client: 0 facts, 1 thoughts, 2 feelings, 3 meaning |
| `depth_code` | string or null | client: `facts`, `thoughts`, `feelings`, `meaning` |
| `codebook_version` | string | the codebook version the codes come from |

Example (AnnoMI-layout input, `--format annomi --text-column utterance_text_en`):

```json
{{"conversation": "0", "transcript_id": "0", "utterance_id": "7", "index": 7, "speaker": "therapist", "role": "helper", "language": "en", "text": "You should really cut down.", "code": "advice", "annomi_label": "therapist_input", "confidence": 0.8, "explanation": "cue \\"you should\\" (advice or solution)", "flags": [], "depth": null, "depth_code": null, "codebook_version": "{version}"}}
```
"""


def _entry(entry: CodeEntry) -> list[str]:
    lines = [f"### `{entry.id}`: {entry.name.nl} / {entry.name.en}", ""]
    if entry.level is not None:
        lines += [f"Level / niveau: **{entry.level}**", ""]
    label = f"`{entry.annomi}`" if entry.annomi else "none / geen"
    lines += [f"- **AnnoMI:** {label}"]
    if entry.annomi_note:
        lines += [f"  - NL: {entry.annomi_note.nl}", f"  - EN: {entry.annomi_note.en}"]
    if entry.miti:
        lines += [f"- **MITI / MISC:** {entry.miti}"]
    lines += [
        f"- **Definitie (NL):** {entry.definition.nl}",
        f"- **Definition (EN):** {entry.definition.en}",
    ]
    if entry.decision:
        lines += [
            f"- **Beslisregels (NL):** {entry.decision.nl}",
            f"- **Decision rules (EN):** {entry.decision.en}",
        ]
    lines += [
        "- **Voorbeelden (NL):** " + "; ".join(f"“{example}”" for example in entry.examples.nl),
        "- **Examples (EN):** " + "; ".join(f"“{example}”" for example in entry.examples.en),
        "",
    ]
    return lines


def render_markdown(codebook: Codebook) -> str:
    lines = [_INTRO.format(version=codebook.version).rstrip("\n")]
    for label in codebook.annomi_labels:
        lines.append(
            f"| `{label.id}` | {label.name.nl}: {label.definition.nl} | {label.name.en}: {label.definition.en} |"
        )
    lines.append("")
    for dimension, title in _SECTIONS:
        lines += [f"## {title}", ""]
        for entry in codebook.codes_for(dimension):
            lines += _entry(entry)
    return "\n".join(lines).rstrip("\n") + "\n" + _JSONL.format(version=codebook.version)


def main() -> None:
    sys.stdout.write(render_markdown(load_codebook()))


if __name__ == "__main__":
    main()
