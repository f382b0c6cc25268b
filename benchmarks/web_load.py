"""Load on the werkplaats: 50 users browsing reports and 10 practising, on SQLite and on PostgreSQL.

For each database the tool creates a fresh database (a SQLite file in a temporary folder; a new schema in the
PostgreSQL database given by --postgres or ONTMOETING_TEST_DATABASE_URL, dropped afterwards), seeds users and
coded, analysed conversations, starts the app with uvicorn in a subprocess on 127.0.0.1, logs every user in
with a cookie (the login form), and lets them work for --seconds:

- browsers: open the overview, their conversation list, a report page (the coded transcript and feedback),
  the review page of a conversation and their growth charts, in random order;
- practisers: start a talk with Robert, take turns (sent like the page's JavaScript does: fetch + fragment),
  ask a hint, take a turn back, finish (coding + analysis + storage), and start again.

Each user waits a think time between requests (default 0.5-1.5 s, like a person reading), so that "50
concurrent users" means 50 people at work, not 50 request loops. It prints, per database, throughput and
p50/p95/p99 of the time to a complete response, overall and per kind of request, and the errors.
Only 127.0.0.1 is ever contacted.

    python benchmarks/web_load.py                      # SQLite, and PostgreSQL when the variable is set
    python benchmarks/web_load.py --seconds 30 --postgres postgresql+psycopg://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "mira-robert-1.txt"
PASSWORD = "belasting-test-wachtwoord"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
PRACTICE_ID = re.compile(r"/practice/(\d+)")
# Turns are put together from parts, so that (almost) every one is new: the coder caches the sentence
# embeddings of texts it has seen, and a fixed handful of sentences would hide what a new one costs.
OPENERS = ["Wat", "Hoe", "Waarom", "Wanneer", "Wat maakt dat"]
QUESTIONS = [
    "is dat voor je",
    "merk je dat thuis",
    "voel je je dan",
    "zou je willen",
    "betekent dat voor je",
    "gebeurt er als je aan hem denkt",
    "zeg je dan tegen jezelf",
    "heb je al geprobeerd",
]
REFLECTIONS = [
    "Je mist hem",
    "Het raakt je",
    "Je bent er boos over",
    "Je zit ermee in je maag",
    "Het houdt je bezig",
    "Je wilt het eigenlijk wel goedmaken",
    "Je weet niet waar je moet beginnen",
]
TAILS = [
    "",
    "sinds de ruzie",
    "op zijn verjaardag",
    "als je zijn naam hoort",
    "na al die jaren",
    "als je aan vroeger denkt",
    "met het vissen",
    "nu je ouder wordt",
]


def new_turn(rng: random.Random) -> str:
    tail = rng.choice(TAILS)
    if rng.random() < 0.5:
        return f"{rng.choice(OPENERS)} {rng.choice(QUESTIONS)} {tail}".strip() + "?"
    return f"{rng.choice(REFLECTIONS)} {tail}".strip() + "."


@dataclass
class Results:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)

    def add(self, kind: str, seconds: float, status: int, url: str) -> None:
        self.times[kind].append(seconds)
        if status >= 400:
            self.errors.append(f"{status} {url}")


def quantiles(values: list[float]) -> tuple[float, float, float]:
    if len(values) < 2:
        value = values[0] if values else float("nan")
        return value, value, value
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return statistics.median(values), cuts[94], cuts[98]


# Database and seed


def postgres_schema(base: str) -> tuple[str, str]:
    from sqlalchemy.engine import make_url

    schema = f"omt_load_{uuid.uuid4().hex[:10]}"
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def run_sql(base: str, statement: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(base)
    with engine.begin() as connection:
        connection.execute(text(statement))
    engine.dispose()


def seed(url: str, browsers: int, practisers: int) -> dict[str, list]:
    """Users (a trainer with one group of all students), three analysed conversations per browsing student."""
    from ontmoeting.store.db import make_engine, session_factory, session_scope
    from ontmoeting.store.migrate import upgrade
    from ontmoeting.transcript.io import read_conversation
    from ontmoeting.web.services import accounts, conversations, groups, pipeline

    upgrade(url)
    coded = pipeline.code(read_conversation(EXAMPLE))
    engine = make_engine(url)
    factory = session_factory(engine)
    made: dict[str, list] = {"browsers": [], "practisers": []}
    with session_scope(factory) as db:
        trainer = accounts.create_user(db, "trainer@load.test", "trainer", name="Trainer", password=PASSWORD)
        group = groups.create_group(db, "Belasting", trainer.id)
        for number in range(browsers + practisers):
            kind = "browsers" if number < browsers else "practisers"
            student = accounts.create_user(
                db, f"student{number}@load.test", "student", name=f"Student {number}", password=PASSWORD
            )
            groups.add_member(db, group, student.id)
            ids = []
            if kind == "browsers":
                for copy in range(3):
                    coded.metadata.title = f"Gesprek {copy + 1}"
                    ids.append(conversations.store(db, student, coded.model_copy(deep=True)).id)
            made[kind].append((student.email, student.id, ids))
    engine.dispose()
    return made


# The app in a subprocess


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(url: str, port: int, workers: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "ONTMOETING_DATABASE_URL": url}
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "ontmoeting.web.app:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    process = subprocess.Popen(command, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the app did not start; see {log}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"the app did not answer within 60 s; see {log}")


# Users


async def login(client: httpx.AsyncClient, email: str) -> None:
    page = await client.get("/login")
    token = CSRF.search(page.text).group(1)
    response = await client.post("/login", data={"email": email, "password": PASSWORD, "csrf_token": token})
    if response.status_code != 303:
        raise RuntimeError(f"login of {email} failed: {response.status_code}")


async def timed(client: httpx.AsyncClient, results: Results, kind: str, method: str, url: str, **kwargs):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        response = await client.request(method, url, **kwargs)
        await response.aread()
    except httpx.HTTPError as error:
        results.add(kind, time.perf_counter() - started, 599, f"{url} ({type(error).__name__})")
        return None
    results.add(kind, time.perf_counter() - started, response.status_code, url)
    return response


async def think(rng: random.Random, low: float, high: float) -> None:
    await asyncio.sleep(rng.uniform(low, high))


async def browser(
    client: httpx.AsyncClient,
    user_id: int,
    ids: list[int],
    until: float,
    results: Results,
    think_range: tuple[float, float],
    seed: int,
) -> None:
    rng = random.Random(seed)
    await think(rng, 0, think_range[1])  # users do not all start in the same millisecond
    while time.monotonic() < until:
        choice = rng.random()
        if choice < 0.45:
            await timed(client, results, "report page", "GET", f"/conversations/{rng.choice(ids)}")
        elif choice < 0.6:
            await timed(client, results, "conversation list", "GET", "/conversations")
        elif choice < 0.75:
            await timed(client, results, "review page", "GET", f"/review/conversations/{rng.choice(ids)}")
        elif choice < 0.9:
            await timed(client, results, "growth page", "GET", f"/growth/students/{user_id}")
        else:
            await timed(client, results, "overview", "GET", "/")
        await think(rng, *think_range)


async def practiser(
    client: httpx.AsyncClient, until: float, results: Results, think_range: tuple[float, float], seed: int
) -> None:
    rng = random.Random(seed)
    page = await timed(client, results, "practice chooser", "GET", "/practice")
    found_token = CSRF.search(page.text) if page is not None else None
    if found_token is None:
        return
    token = found_token.group(1)
    headers = {"x-partial": "1", "x-csrf-token": token}
    await think(rng, 0, think_range[1])
    while time.monotonic() < until:
        started = await timed(
            client,
            results,
            "practice start",
            "POST",
            "/practice",
            data={"persona": "robert", "language": "nl", "csrf_token": token},
        )
        found = PRACTICE_ID.search(started.headers.get("location", "")) if started is not None else None
        if not found:
            await think(rng, *think_range)
            continue
        base_path = f"/practice/{found.group(1)}"
        await timed(client, results, "practice page", "GET", base_path)
        for number in range(4):
            words = new_turn(rng)
            if time.monotonic() >= until:
                return
            await think(rng, *think_range)
            await timed(
                client,
                results,
                "practice turn",
                "POST",
                f"{base_path}/turn",
                data={"text": words},
                headers=headers,
            )
            if number == 1:
                await timed(
                    client, results, "practice hint/undo", "POST", f"{base_path}/hint", headers=headers
                )
            if number == 2:
                await timed(
                    client, results, "practice hint/undo", "POST", f"{base_path}/undo", headers=headers
                )
        await think(rng, *think_range)
        await timed(
            client, results, "practice finish", "POST", f"{base_path}/finish", headers={"x-csrf-token": token}
        )


async def warm_up(clients: list[httpx.AsyncClient]) -> None:
    """One practice talk before the clock starts: the first turn in a process loads the coder's model (about a
    second, once); a server that has been up for a while has done that long ago."""
    for client in clients:
        page = await client.get("/practice")
        token = CSRF.search(page.text).group(1)
        started = await client.post(
            "/practice", data={"persona": "robert", "language": "nl", "csrf_token": token}
        )
        path = PRACTICE_ID.search(started.headers["location"]).group(0)
        await client.post(f"{path}/turn", data={"text": "Wat brengt je hier vandaag?", "csrf_token": token})
        await client.post(f"{path}/stop", data={"csrf_token": token})


async def load(
    base: str, users: dict[str, list], seconds: float, think_range: tuple[float, float]
) -> tuple[Results, float]:
    results = Results()
    everyone = users["browsers"] + users["practisers"]
    clients = [httpx.AsyncClient(base_url=base, timeout=30) for _ in everyone]
    try:
        # Log everyone in first, a few at a time: password hashing is slow on purpose and is not page time.
        gate = asyncio.Semaphore(4)

        async def one(client: httpx.AsyncClient, email: str) -> None:
            async with gate:
                await login(client, email)

        await asyncio.gather(*(one(c, email) for c, (email, _, _) in zip(clients, everyone, strict=True)))
        await warm_up(clients[len(users["browsers"]) :][:1] or clients[:1])
        started = time.monotonic()
        until = started + seconds
        count = len(users["browsers"])
        tasks = [
            browser(c, uid, ids, until, results, think_range, n)
            for n, (c, (_, uid, ids)) in enumerate(zip(clients[:count], users["browsers"], strict=True))
        ]
        tasks += [practiser(c, until, results, think_range, 1000 + n) for n, c in enumerate(clients[count:])]
        await asyncio.gather(*tasks)
        return results, time.monotonic() - started
    finally:
        for client in clients:
            await client.aclose()


def report(name: str, results: Results, elapsed: float, target_ms: float, log: Path | None = None) -> bool:
    every = [t for values in results.times.values() for t in values]
    p50, p95, p99 = quantiles(every)
    print(
        f"\n== {name}: {len(every)} requests in {elapsed:.1f} s = {len(every) / elapsed:.1f} req/s; "
        f"errors: {len(results.errors)}"
    )
    print(f"   all requests   p50 {p50 * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   p99 {p99 * 1000:7.1f} ms")
    for kind in sorted(results.times):
        values = results.times[kind]
        k50, k95, k99 = quantiles(values)
        print(
            f"   {kind:<20} n={len(values):<5} p50 {k50 * 1000:7.1f}   p95 {k95 * 1000:7.1f}   "
            f"p99 {k99 * 1000:7.1f} ms"
        )
    for error in results.errors[:10]:
        print(f"   error: {error}")
    if results.errors and log is not None:
        print("   server log (end):\n" + "\n".join(log.read_text(errors="replace").splitlines()[-15:]))
    met = p95 * 1000 <= target_ms and not results.errors
    print(f"   target p95 <= {target_ms:.0f} ms and no errors: {'met' if met else 'NOT met'}")
    return met


def run_one(name: str, url: str, args: argparse.Namespace, folder: Path) -> bool:
    print(
        f"[{name}] seeding {args.browsers + args.practisers} students, {3 * args.browsers} conversations",
        flush=True,
    )
    users = seed(url, args.browsers, args.practisers)
    port = free_port()
    log = folder / f"{name}-server.log"
    server = start_server(url, port, args.workers, log)
    try:
        print(
            f"[{name}] app on 127.0.0.1:{port}; {args.browsers} browsing + {args.practisers} practising for "
            f"{args.seconds:.0f} s ...",
            flush=True,
        )
        results, elapsed = asyncio.run(
            load(f"http://127.0.0.1:{port}", users, args.seconds, (args.think_min, args.think_max))
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()  # requests still in flight after the time is up: no need to wait for them
            server.wait(timeout=10)
    return report(name, results, elapsed, args.target_ms, log)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="load time per database (default 30)")
    parser.add_argument("--browsers", type=int, default=50)
    parser.add_argument("--practisers", type=int, default=10)
    parser.add_argument("--think-min", type=float, default=0.5)
    parser.add_argument("--think-max", type=float, default=1.5)
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes (default 1)")
    parser.add_argument("--target-ms", type=float, default=300.0)
    parser.add_argument(
        "--postgres",
        default=os.environ.get("ONTMOETING_TEST_DATABASE_URL"),
        help="a PostgreSQL URL (default: $ONTMOETING_TEST_DATABASE_URL); a schema is made and dropped",
    )
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    print(
        f"machine: {os.cpu_count()} CPUs (shared with whatever else runs); app workers: {args.workers}; "
        f"think time {args.think_min}-{args.think_max} s"
    )
    met = True
    with tempfile.TemporaryDirectory(prefix="omt-load-") as temporary:
        folder = Path(temporary)
        if not args.skip_sqlite:
            met &= run_one("SQLite", f"sqlite:///{folder / 'load.sqlite3'}", args, folder)
        if args.postgres:
            url, schema = postgres_schema(args.postgres)
            run_sql(args.postgres, f'CREATE SCHEMA "{schema}"')
            try:
                met &= run_one("PostgreSQL", url, args, folder)
            finally:
                run_sql(args.postgres, f'DROP SCHEMA "{schema}" CASCADE')
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
