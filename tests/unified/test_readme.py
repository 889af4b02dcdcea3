"""The package README's newcomer example runs, as written, against the three loopback providers."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from .providers import FakeProvider

README = Path(__file__).resolve().parents[2] / "generated" / "convapi" / "README.md"


def newcomer_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("## A newcomer's job", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match is not None
    return match.group(1)


def test_the_example_is_at_most_25_lines() -> None:
    lines = [line for line in newcomer_example().splitlines() if line.strip()]
    assert len(lines) <= 25, len(lines)


def test_the_newcomer_example_runs(
    fakes: tuple[FakeProvider, FakeProvider, FakeProvider], monkeypatch: pytest.MonkeyPatch
) -> None:
    for fake in fakes:
        prefix = fake.name.upper()
        monkeypatch.setenv(f"{prefix}_API_KEY", f"{fake.name}-key")
        monkeypatch.setenv(f"{prefix}_BASE_URL", fake.base_url)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(newcomer_example(), str(README), "exec"), {"__name__": "readme_example"})
    printed = out.getvalue()
    for fake in fakes:  # one answer in each provider's newest open conversation
        [post] = fake.calls("POST")
        assert "Thanks, we are on it" in str(post.body)
    assert "wacrm:0b7e4f52-1c9a-4d3e-8a61-000000000000" in printed
    assert "chatbotx:1800" in printed and "datacrazy:6808cd89c9968a7b8a410000" in printed
    assert "Capabilities(provider='datacrazy'" in printed
