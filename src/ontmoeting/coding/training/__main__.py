"""``python -m ontmoeting.coding.training``: the same as ``ontmoeting train`` (see docs/model-card.md)."""

from __future__ import annotations

import typer

from ontmoeting.cli.model_commands import train


def main() -> None:
    typer.run(train)


if __name__ == "__main__":
    main()
