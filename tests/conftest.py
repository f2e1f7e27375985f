from __future__ import annotations

from pathlib import Path

import pytest

import cleantext

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="session")
def cleaner() -> cleantext.Cleaner:
    return cleantext.Cleaner()


def fixture_bytes(*parts: str) -> bytes:
    return FIXTURES.joinpath(*parts).read_bytes()
