"""Does the practice client behave as the book says? Prints the issue's targets for every shipped persona.

Four scripted helper styles of 20 turns each (explorer, fixer, interrogator, mixed), drawn per seed from the
turn banks below, in Dutch and English, are played against every shipped persona with 20 seeds. The turns are
coded by the project's REAL default coder (``load_coder()``), not by the labels here: the labels are only used
to count, e.g., how many of the fixer's advice turns drew a "ja, maar".

    python benchmarks/practice_behaviour.py [--seeds 20] [--turns 20] [--lang nl en]

Figures: % explorer runs reaching the deepest layer (target >= 80%); fixer runs reaching it (target: none)
and % of the fixer's advice turns answered with "ja, maar" (target >= 60%); % interrogator runs staying at
layers 0-1 (target >= 80%); the mixed style for comparison; variety (% client replies repeating an earlier
one, target <= 10%); p95 latency from helper turn to client reply, coding included (target <= 50 ms).

Then the held-out student turns of ``practice_heldout.py`` (pushing recognised and never rewarded, facts
answered from the sheet, presupposition violations, relevance, stance limits); ``--no-heldout`` leaves them
out.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable

from ontmoeting.practice.engine import Reading
from ontmoeting.practice.persona import load_personas
from ontmoeting.practice.reading import default_classifier
from ontmoeting.practice.session import PracticeSession
from ontmoeting.practice.state import Move

# (label, text). Labels: reflection, open, closed, advice, persuasion, minimal. Written to fit any of the
# shipped clients (someone with a worry they find hard to talk about), as a student would say them.
BANKS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "nl": {
        "explorer": [
            ("open", "Wat brengt je hier vandaag?"),
            ("open", "Kun je daar wat meer over vertellen?"),
            ("open", "Hoe is dat voor je?"),
            ("open", "Wat maakt het zo moeilijk?"),
            ("open", "Wat gaat er door je heen als je daaraan denkt?"),
            ("open", "Hoe voelt dat nu, nu je het vertelt?"),
            ("open", "Wat betekent dat voor je?"),
            ("open", "Waar ben je het meest bang voor?"),
            ("open", "Wat zou je zelf het liefste willen?"),
            ("open", "Hoe merk je dat in je dagelijks leven?"),
            ("open", "Wat heb je daarin nodig?"),
            ("reflection", "Het houdt je echt bezig."),
            ("reflection", "Je voelt je er alleen mee."),
            ("reflection", "Dat doet pijn."),
            ("reflection", "Het klinkt alsof dit al een hele tijd op je drukt."),
            ("reflection", "Je bent er eigenlijk bang voor."),
            ("reflection", "Aan de ene kant wil je er iets mee, en aan de andere kant is het heel spannend."),
            ("reflection", "Je schaamt je er een beetje voor."),
            ("reflection", "Het maakt je verdrietig."),
            ("reflection", "Het lijkt alsof je vooral gezien wilt worden."),
            ("reflection", "Je bent moe van alles."),
            ("reflection", "Het raakt je meer dan je had gedacht."),
            ("reflection", "Je wilt het goed doen, en het lukt niet zoals je zou willen."),
            ("reflection", "Dat was een zware tijd voor je."),
            ("reflection", "Je maakt je zorgen over hoe het verder moet."),
            ("reflection", "Je zit er eigenlijk heel erg mee."),
            ("reflection", "Het klinkt alsof er veel op het spel staat voor jou."),
            ("reflection", "Je bent boos, en daaronder zit ook verdriet."),
        ],
        "fixer": [
            ("advice", "Misschien moet je er gewoon eens met iemand over praten."),
            ("advice", "Je zou een lijstje kunnen maken van wat je wilt aanpakken."),
            ("advice", "Waarom probeer je het niet gewoon een keer?"),
            ("advice", "Ik zou gewoon de eerste stap zetten als ik jou was."),
            ("advice", "Je moet eerst goed voor jezelf zorgen. Ga eens wat vaker sporten."),
            ("advice", "Je kunt het beste meteen deze week een afspraak maken."),
            ("advice", "Misschien kun je er een cursus voor volgen."),
            ("advice", "Probeer het eens stap voor stap, dan valt het mee."),
            ("advice", "Je zou het eens met je familie moeten bespreken."),
            ("advice", "Het beste is om er gewoon open over te zijn."),
            ("advice", "Schrijf het eens op, dat helpt echt."),
            ("advice", "Ga er gewoon naartoe en kijk wat er gebeurt."),
            ("advice", "Je moet het gewoon doen."),
            ("persuasion", "Als je niks doet, verandert er ook niks."),
            ("persuasion", "Je moet echt iets veranderen, anders wordt het alleen maar erger."),
            ("persuasion", "Zo moeilijk is het toch niet? Andere mensen lukt het ook."),
            ("persuasion", "Dat is toch geen reden om het niet te doen."),
            ("persuasion", "Je maakt het jezelf wel erg moeilijk zo."),
            ("persuasion", "Ik denk echt dat je hier zelf verantwoordelijk voor bent."),
            ("persuasion", "Nou, dan is het toch niet zo moeilijk?"),
            ("persuasion", "Je weet zelf ook wel dat dit zo niet langer kan."),
        ],
        "interrogator": [
            ("closed", "Hoe oud ben je?"),
            ("closed", "Woon je alleen?"),
            ("closed", "Heb je werk?"),
            ("closed", "Hoe lang speelt dit al?"),
            ("closed", "Heb je dit al eerder gehad?"),
            ("closed", "Slaap je goed?"),
            ("closed", "Heb je er met je huisarts over gesproken?"),
            ("closed", "Weet je familie ervan?"),
            ("closed", "Is het erger geworden?"),
            ("closed", "Heb je vrienden bij wie je terecht kunt?"),
            ("closed", "Gebruik je medicijnen?"),
            ("closed", "Was dat vorig jaar?"),
            ("closed", "Ben je getrouwd?"),
            ("closed", "Heb je kinderen?"),
            ("closed", "Is dat elke dag zo?"),
            ("closed", "Heb je het al geprobeerd?"),
            ("closed", "Was je toen alleen?"),
            ("closed", "Hoe vaak gebeurt dat?"),
            ("closed", "Wil je daar iets aan doen?"),
            ("closed", "Kun je er met iemand over praten?"),
            ("closed", "Hoeveel uur werk je per week?"),
            ("closed", "Is dat nog steeds zo?"),
        ],
    },
    "en": {
        "explorer": [
            ("open", "What brings you here today?"),
            ("open", "Can you tell me a bit more about that?"),
            ("open", "What is that like for you?"),
            ("open", "What makes it so hard?"),
            ("open", "What goes through your mind when you think about it?"),
            ("open", "How does it feel now, telling me this?"),
            ("open", "What does that mean to you?"),
            ("open", "What are you most afraid of?"),
            ("open", "What would you really want yourself?"),
            ("open", "How do you notice it in your daily life?"),
            ("open", "What do you need in all this?"),
            ("reflection", "It's really on your mind."),
            ("reflection", "You feel alone with it."),
            ("reflection", "That hurts."),
            ("reflection", "It sounds like this has been weighing on you for a long time."),
            ("reflection", "You're actually scared of it."),
            (
                "reflection",
                "Part of you wants to do something about it, and part of you finds it really scary.",
            ),
            ("reflection", "You're a bit ashamed of it."),
            ("reflection", "It makes you sad."),
            ("reflection", "It sounds like more than anything you want to be seen."),
            ("reflection", "You're tired of it all."),
            ("reflection", "It touches you more than you expected."),
            ("reflection", "You want to do it right, and it isn't working the way you'd like."),
            ("reflection", "That was a hard time for you."),
            ("reflection", "You're worried about how things will go from here."),
            ("reflection", "It really troubles you."),
            ("reflection", "It sounds like a lot is at stake for you."),
            ("reflection", "You're angry, and underneath that there's sadness too."),
        ],
        "fixer": [
            ("advice", "Maybe you should just talk to someone about it."),
            ("advice", "You could make a list of what you want to tackle."),
            ("advice", "Why don't you just give it a try?"),
            ("advice", "If I were you I'd just take the first step."),
            ("advice", "You need to look after yourself first. Try exercising more."),
            ("advice", "The best thing is to make an appointment this week."),
            ("advice", "Maybe you could take a course for it."),
            ("advice", "Try taking it step by step, then it won't be so bad."),
            ("advice", "You should discuss it with your family."),
            ("advice", "The best thing is to just be open about it."),
            ("advice", "Write it down, that really helps."),
            ("advice", "Just go there and see what happens."),
            ("advice", "You just have to do it."),
            ("persuasion", "If you don't do anything, nothing will change."),
            ("persuasion", "You really have to change something, or it will only get worse."),
            ("persuasion", "It's not that hard, is it? Other people manage."),
            ("persuasion", "That's no reason not to do it."),
            ("persuasion", "You're making it very hard for yourself like this."),
            ("persuasion", "I really think you're responsible for this yourself."),
            ("persuasion", "Well, then it isn't that difficult, is it?"),
            ("persuasion", "You know yourself this can't go on like this."),
        ],
        "interrogator": [
            ("closed", "How old are you?"),
            ("closed", "Do you live alone?"),
            ("closed", "Do you have a job?"),
            ("closed", "How long has this been going on?"),
            ("closed", "Have you had this before?"),
            ("closed", "Do you sleep well?"),
            ("closed", "Have you talked to your GP about it?"),
            ("closed", "Does your family know?"),
            ("closed", "Has it got worse?"),
            ("closed", "Do you have friends you can turn to?"),
            ("closed", "Do you take any medication?"),
            ("closed", "Was that last year?"),
            ("closed", "Are you married?"),
            ("closed", "Do you have children?"),
            ("closed", "Is it like that every day?"),
            ("closed", "Have you tried it already?"),
            ("closed", "Were you alone then?"),
            ("closed", "How often does that happen?"),
            ("closed", "Do you want to do something about it?"),
            ("closed", "Can you talk to anyone about it?"),
            ("closed", "How many hours a week do you work?"),
            ("closed", "Is that still the case?"),
        ],
    },
}
MINIMAL = {"nl": ["Hm.", "Ja.", "Mm-hm.", "Oké."], "en": ["Mm.", "Yeah.", "Mm-hm.", "Okay."]}
STYLES = ("explorer", "fixer", "interrogator", "mixed")
# Which coder codes count as reading a label right (for the diagnostic line, not for the behaviour figures).
AGREES = {
    "open": {"open_question"},
    "reflection": {"simple_reflection", "complex_reflection"},
    "closed": {"closed_question"},
    "advice": {"advice"},
    "persuasion": {"persuasion", "advice"},
    "minimal": {"other"},
}


def script(style: str, lang: str, rng: random.Random, turns: int) -> list[tuple[str, str]]:
    """A style's helper turns for one run, drawn without repeats while the bank lasts."""
    bank = BANKS[lang]
    if style == "mixed":  # a student who explores half the time and otherwise asks closed questions or fixes
        pool = {
            "explorer": list(bank["explorer"]),
            "fixer": list(bank["fixer"]),
            "interrogator": list(bank["interrogator"]),
        }
        for items in pool.values():
            rng.shuffle(items)
        chosen = []
        for _ in range(turns):
            kind = rng.choices(("explorer", "fixer", "interrogator"), weights=(2, 1, 1))[0]
            chosen.append(pool[kind].pop() if pool[kind] else rng.choice(bank[kind]))
        return chosen
    items = list(bank[style])
    rng.shuffle(items)
    chosen = items[:turns]
    if style == "explorer":  # an explorer also nods along now and then
        for position in range(3, len(chosen), 6):
            chosen[position] = ("minimal", rng.choice(MINIMAL[lang]))
    while len(chosen) < turns:
        chosen.append(rng.choice(bank[style]))
    return chosen


LABEL_CODES = {
    "open": "open_question",
    "reflection": "complex_reflection",
    "closed": "closed_question",
    "advice": "advice",
    "persuasion": "persuasion",
    "minimal": "other",
}


def label_classifier() -> Callable[..., Reading]:
    """For ``--labels`` only: read each scripted turn as its label says (the engine with a perfect coder)."""
    known = {text: label for bank in BANKS.values() for style in bank.values() for label, text in style}
    known.update({text: "minimal" for texts in MINIMAL.values() for text in texts})

    def classify(text: str, context: object, language: str) -> Reading:
        return Reading(LABEL_CODES[known[text]], False, 0.9)

    return classify


def run(seeds: int, turns: int, languages: list[str], labels: bool = False) -> dict[str, object]:
    classify = label_classifier() if labels else default_classifier()
    personas = load_personas()
    # warm the coder up (lazy loading of lexicons and the model) so latency figures show steady state
    for lang in languages:
        for _, text in BANKS[lang]["explorer"][:3]:
            classify(text, [], lang)
    results: dict[str, list[dict[str, float]]] = defaultdict(list)
    latencies: list[float] = []
    repeats = replies = 0
    agreement: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # label -> [read as such, total]
    read_as_advice = [0, 0]  # turns the coder read as advice without permission: [answered 'ja, maar', total]
    for lang in languages:
        for persona in personas.values():
            if lang not in persona.languages:
                continue
            for seed in range(seeds):
                for style in STYLES:
                    rng = random.Random(f"{persona.id}:{lang}:{style}:{seed}")
                    session = PracticeSession(persona, lang, seed, coach=True, classify=classify)
                    said = [session.opening()]
                    advice_turns = advice_yes_but = 0
                    for label, text in script(style, lang, rng, turns):
                        start = time.perf_counter()
                        reply = session.respond(text)
                        latencies.append(time.perf_counter() - start)
                        if label == "advice":
                            advice_turns += 1
                            advice_yes_but += reply.move is Move.YES_BUT
                        agreement[label][0] += reply.code in AGREES[label]
                        agreement[label][1] += 1
                        if reply.code == "advice" and not reply.permission:
                            read_as_advice[0] += reply.move is Move.YES_BUT
                            read_as_advice[1] += 1
                        replies += 1
                        repeats += reply.text in said
                        said.append(reply.text)
                        if reply.ended:
                            break
                    state = session.state
                    layers_seen = [r.after.layer for r in session.records] + [0]
                    results[style].append(
                        {
                            "deepest": state.deepest,
                            "reached": float(state.deepest == 3),
                            "surface": float(max(layers_seen) <= 1),
                            "ended": float(state.ended),
                            "advice": advice_turns,
                            "yes_but": advice_yes_but,
                            "persona": persona.id,
                        }
                    )
    return {
        "results": results,
        "latencies": latencies,
        "repeats": repeats,
        "replies": replies,
        "agreement": dict(agreement),
        "read_as_advice": read_as_advice,
    }


def percent(values: list[float]) -> float:
    return 100.0 * sum(values) / len(values) if values else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--turns", type=int, default=20)
    parser.add_argument("--lang", nargs="+", default=["nl", "en"], choices=["nl", "en"])
    parser.add_argument(
        "--no-heldout",
        action="store_true",
        help="leave out the held-out student turns (practice_heldout.py: pushing, facts, presuppositions)",
    )
    parser.add_argument(
        "--labels",
        action="store_true",
        help="diagnostic: read turns by their script labels instead of the real coder (the engine alone)",
    )
    args = parser.parse_args(argv)
    began = time.perf_counter()
    data = run(args.seeds, args.turns, args.lang, args.labels)
    results = data["results"]
    latencies = sorted(data["latencies"])  # type: ignore[arg-type]
    print(
        f"practice behaviour: {len(load_personas())} personas x {args.seeds} seeds x {len(STYLES)} styles x "
        f"{args.turns} turns, languages {' '.join(args.lang)}; "
        + (
            "turns read by their LABELS (engine only, not the target figures)"
            if args.labels
            else "coder: real default (load_coder())"
        )
    )
    print(
        f"{'style':<13}{'runs':>6}{'deepest=3':>11}{'layers 0-1':>12}{'ended':>8}{'mean deepest':>14}"
        f"{'advice->ja,maar':>17}"
    )
    for style in STYLES:
        rows = results[style]  # type: ignore[index]
        advice = sum(r["advice"] for r in rows)
        yes_but = sum(r["yes_but"] for r in rows)
        print(
            f"{style:<13}{len(rows):>6}{percent([r['reached'] for r in rows]):>10.1f}%"
            f"{percent([r['surface'] for r in rows]):>11.1f}%{percent([r['ended'] for r in rows]):>7.1f}%"
            f"{statistics.mean(r['deepest'] for r in rows):>14.2f}"
            + (f"{100.0 * yes_but / advice:>16.1f}%" if advice else f"{'-':>17}")
        )
    explorer = percent([r["reached"] for r in results["explorer"]])  # type: ignore[index]
    fixer_reached = sum(r["reached"] for r in results["fixer"])  # type: ignore[index]
    fixer_rows = results["fixer"]  # type: ignore[index]
    fixer_yes_but = (
        100.0 * sum(r["yes_but"] for r in fixer_rows) / max(1, sum(r["advice"] for r in fixer_rows))
    )
    interrogator = percent([r["surface"] for r in results["interrogator"]])  # type: ignore[index]
    variety = 100.0 * data["repeats"] / max(1, data["replies"])  # type: ignore[operator]
    p95 = latencies[int(0.95 * (len(latencies) - 1))] * 1000
    p50 = latencies[len(latencies) // 2] * 1000
    print()
    print(f"explorer reaches the deepest layer:     {explorer:5.1f}%  (target >= 80%)")
    print(f"fixer runs reaching the deepest layer:  {int(fixer_reached):5d}   (target 0)")
    print(f"fixer advice turns drawing 'ja, maar':  {fixer_yes_but:5.1f}%  (target >= 60%)")
    print(f"interrogator stays at layers 0-1:       {interrogator:5.1f}%  (target >= 80%)")
    print(f"repeated client replies:                {variety:5.1f}%  (target <= 10%)")
    print(
        f"latency helper turn -> reply:           p50 {p50:.1f} ms, p95 {p95:.1f} ms "
        f"over {len(latencies)} turns "
        f"(target p95 <= 50 ms)"
    )
    print()
    print("diagnostics (why a figure is what it is):")
    print("  per persona, % runs reaching the deepest layer (explorer / fixer / interrogator / mixed):")
    for persona_id in load_personas():
        cells = []
        for style in STYLES:
            rows = [r for r in results[style] if r["persona"] == persona_id]  # type: ignore[index]
            cells.append(f"{percent([r['reached'] for r in rows]):5.1f}%")
        print(f"    {persona_id:<10}" + " / ".join(cells))
    coder = ", ".join(
        f"{label} {100.0 * hit / total:.0f}%"
        for label, (hit, total) in sorted(data["agreement"].items())  # type: ignore[union-attr]
    )
    print(f"  coder reads the scripted turns as intended: {coder}")
    yes_but, advice = data["read_as_advice"]  # type: ignore[misc]
    print(
        f"  turns the coder read as advice without permission answered with 'ja, maar': "
        f"{100.0 * yes_but / max(1, advice):.1f}% of {advice} (the rest: the client ended the talk)"
    )
    if not args.no_heldout and not args.labels:
        import practice_heldout  # the sibling script in benchmarks/

        print()
        practice_heldout.report(practice_heldout.run(args.lang, args.seeds))
    print(f"total time {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
