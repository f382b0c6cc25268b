"""Where each turn of a JSON document starts, so that a message about turn 4 can name its line.

Python's json module gives positions only for syntax errors; a valid document whose turn 4 has a wrong
role would otherwise be reported without a line. This scans the (already valid) text once, skipping
strings, and records the line of every object in every "turns" list, in document order.
"""

from __future__ import annotations


def turn_lines(text: str) -> list[list[int]]:
    """For each "turns" list in ``text``, in order, the line (1-based) where each of its items starts."""
    found: list[list[int]] = []
    stack: list[tuple[str, bool]] = []  # ('{' or '[', whether this '[' is a "turns" list)
    line, index, size = 1, 0, len(text)
    last_string: str | None = None
    key: str | None = None
    while index < size:
        char = text[index]
        if char == "\n":
            line += 1
        elif char == '"':
            end = index + 1
            while end < size and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            last_string = text[index + 1 : end]
            line += last_string.count("\n")
            index = end
        elif char == ":":
            key = last_string
        elif char == "[":
            is_turns = bool(stack) and stack[-1][0] == "{" and key == "turns"
            stack.append(("[", is_turns))
            if is_turns:
                found.append([])
            key = None
        elif char == "{":
            if stack and stack[-1] == ("[", True):
                found[-1].append(line)
            stack.append(("{", False))
            key = None
        elif char in "]}":
            if stack:
                stack.pop()
        elif char == ",":
            key = None
        index += 1
    return found
