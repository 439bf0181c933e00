"""Shared fixtures: the language model and the pipeline are loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def settings():
    return load_settings(env={})


@pytest.fixture(scope="session")
def pipeline(settings):
    from sitrep.pipeline import build_pipeline
    return build_pipeline(settings)
