"""Shared fixtures. Unit tests may use the fake encoder; integration tests use the real model."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(os.environ.get("PROVENANCE_DATA", ROOT.parent / "shared" / "data"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite golden files from the current output instead of comparing")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden")) or os.environ.get("PROVENANCE_UPDATE_GOLDEN") == "1"


class FakeEncoder:
    """Deterministic bag-of-words hashing encoder: for unit tests only, never the default.

    Texts sharing content words get high cosine; unrelated texts get ~0."""

    fingerprint = "fake-hashing-encoder"
    dim = 384

    def __init__(self) -> None:
        self.calls = 0
        self.encoded = 0

    def encode(self, texts):  # noqa: ANN001, ANN201
        from provenance.overlap import content_tokens

        self.calls += 1
        self.encoded += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            for tok in content_tokens(t):
                h = int(hashlib.sha1(tok.encode()).hexdigest(), 16)
                out[i, h % self.dim] += 1.0 if (h >> 20) % 2 else -1.0
            n = np.linalg.norm(out[i])
            if n:
                out[i] /= n
        return out


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture(scope="session")
def analyzer():  # noqa: ANN201
    from provenance.facts import Analyzer

    return Analyzer()


@pytest.fixture
def fake_comparer(analyzer):  # noqa: ANN001, ANN201
    from provenance import Comparer

    return Comparer(encoder=FakeEncoder(), analyzer=analyzer)


@pytest.fixture(scope="session")
def real_comparer(analyzer):  # noqa: ANN001, ANN201
    """The real packaged model (not mocked): what CI runs too."""
    from provenance import Comparer

    return Comparer(analyzer=analyzer)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.is_dir():
        pytest.skip(f"shared DEV data not found at {DATA} (set PROVENANCE_DATA to its folder)")
    return DATA
