"""The onnxruntime backend: exported locally, verified, re-exported when stale, and equal to
the torch backend (cosine >= 0.9999) on real sentences."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("onnxruntime")
pytestmark = pytest.mark.model

from provenance.embedding import SentenceTransformerEncoder, packaged_model_path  # noqa: E402
from provenance.onnx_backend import OnnxEncoder, ensure_export, export_settings, is_current, load_tokenizer, model_file  # noqa: E402

SEED = Path(__file__).resolve().parent.parent / "seeds" / "kim-putin"


def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One export per test session (test_index uses the same folder)."""
    return tmp_path_factory.getbasetemp() / "provenance-cache"


@pytest.fixture(scope="module")
def onnx_encoder(tmp_path_factory: pytest.TempPathFactory) -> OnnxEncoder:
    return OnnxEncoder(cache_dir=shared_cache(tmp_path_factory), batch_size=7)  # odd batches: mixed padding


def _real_sentences() -> list[str]:
    from conftest import DATA

    from provenance.segmentation import segment

    texts = [p.read_text("utf-8") for p in sorted(SEED.glob("*.txt"))]
    sents = [s.text for t in texts for s in segment(t)]
    stsb = DATA / "stsb" / "dev.jsonl"
    if stsb.is_file():
        with open(stsb, encoding="utf-8") as fh:
            for _, line in zip(range(25), fh):
                rec = json.loads(line)
                sents += [rec["a"], rec["b"]]
    long = " ".join(sents)[:4000]          # far past 256 tokens: truncated the same way
    return sents + [long, "x", "Zürich’s “naïve” café — 42 km²!", "   "]


def test_onnx_and_torch_agree(onnx_encoder: OnnxEncoder) -> None:
    sents = _real_sentences()
    a = onnx_encoder.encode(sents)
    b = SentenceTransformerEncoder(batch_size=16).encode(sents)
    assert a.shape == b.shape == (len(sents), 384) and a.dtype == np.float32
    live = np.array([bool(s.strip()) for s in sents])
    cos = (a * b).sum(axis=1)
    assert cos[live].min() >= 0.9999, float(cos[live].min())
    assert not a[~live].any()                                 # blank text: a zero row, as torch gives
    np.testing.assert_allclose(np.linalg.norm(a[live], axis=1), 1.0, atol=1e-5)
    # the batch a sentence lands in does not change its vector
    np.testing.assert_allclose(onnx_encoder.encode(sents[3:4])[0], a[3], atol=1e-5)


def test_tokenizer_matches_sentence_transformers() -> None:
    from transformers import AutoTokenizer

    sents = _real_sentences()[:40] + [" ".join(["word"] * 400)]
    ours = load_tokenizer(packaged_model_path()).encode_batch(sents)
    theirs = AutoTokenizer.from_pretrained(str(packaged_model_path()), local_files_only=True)(
        sents, truncation=True, max_length=256)
    for o, t in zip(ours, theirs["input_ids"]):
        assert [i for i, m in zip(o.ids, o.attention_mask) if m] == t


def test_export_is_recorded_and_verified(onnx_encoder: OnnxEncoder, tmp_path_factory: pytest.TempPathFactory) -> None:
    onnx_encoder.encode(["warm"])
    path = onnx_encoder.path
    assert path is not None and path.parent == shared_cache(tmp_path_factory) / "onnx"
    meta = json.loads(path.with_suffix(".json").read_text())
    assert meta["source_sha256"] == onnx_encoder.sha256 and meta["settings"] == export_settings()
    assert is_current(path, onnx_encoder.sha256)
    assert not is_current(path, "0" * 64)
    assert onnx_encoder.fingerprint == "all-MiniLM-L6-v2@sha256=53aa51172d14+onnx-fp32"
    assert not list(path.parent.glob("*.tmp"))               # no temporary file left behind


def test_stale_or_corrupt_export_is_redone(onnx_encoder: OnnxEncoder, tmp_path: Path) -> None:
    onnx_encoder.encode(["warm"])
    src = onnx_encoder.path
    assert src is not None
    target = model_file(tmp_path, onnx_encoder.sha256)
    target.parent.mkdir(parents=True)
    shutil.copy(src, target)
    shutil.copy(src.with_suffix(".json"), target.with_suffix(".json"))
    assert is_current(target, onnx_encoder.sha256)
    with open(target, "r+b") as fh:                           # flip one byte of the weights
        fh.seek(target.stat().st_size // 2)
        byte = fh.read(1)
        fh.seek(-1, 1)
        fh.write(bytes([byte[0] ^ 0xFF]))
    assert not is_current(target, onnx_encoder.sha256)
    meta = json.loads(target.with_suffix(".json").read_text())
    meta["settings"]["opset"] = 1                             # and an older export's settings
    target.with_suffix(".json").write_text(json.dumps(meta))
    again = ensure_export(tmp_path, source_sha256=onnx_encoder.sha256)
    assert again == target and is_current(target, onnx_encoder.sha256)
    fresh = OnnxEncoder(cache_dir=tmp_path)
    np.testing.assert_allclose(fresh.encode(["The council met."]), onnx_encoder.encode(["The council met."]),
                               atol=1e-5)


def test_config_selects_the_backend(tmp_path_factory: pytest.TempPathFactory) -> None:
    from provenance import Config
    from provenance.embedding import load_encoder

    enc = load_encoder(Config(backend="onnx", cache_dir=str(shared_cache(tmp_path_factory)), persistent_cache=False))
    assert enc.fingerprint.endswith("+onnx-fp32")
    assert enc.encode(["A sentence."]).shape == (1, 384)


def test_onnx_backend_refuses_an_accelerator() -> None:
    from provenance import Config
    from provenance.embedding import load_encoder
    from provenance.errors import ConfigError

    with pytest.raises(ConfigError, match="cpu only"):
        load_encoder(Config(backend="onnx", device="cuda"))
