"""Shared fixtures: the bundled sample article (tests must not need ../shared)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "twitter-welcomes-everyone.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_doc(sample_text):
    import arnews
    return arnews.extract(sample_text)
