"""Provider knowledge lives in specs/ only: the generator and its templates never name a provider."""

from __future__ import annotations

import re

from codegen_tests.helpers import ROOT

PROVIDERS = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))


def test_the_providers_are_known_from_specs() -> None:
    assert PROVIDERS == ["chatbotx", "datacrazy", "wacrm"]


def test_no_provider_name_in_generator_or_templates() -> None:
    pattern = re.compile("|".join(PROVIDERS), re.IGNORECASE)
    hits = []
    for folder in ("generator", "templates"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if pattern.search(line):
                        hits.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not hits, "\n".join(hits)
