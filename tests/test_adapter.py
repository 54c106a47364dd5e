"""The encoder adapter (provenance.adapter): merging, the file format, fitting, and how the
pair heads read it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from provenance import adapter
from provenance.config import Config, calibration_dir
from provenance.errors import ConfigError
from provenance.similarity import GRADED_FEATURES, PAIR_FEATURES


def _tiny_bert():  # noqa: ANN202
    import torch
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    return BertModel(BertConfig(vocab_size=50, hidden_size=8, num_hidden_layers=2, num_attention_heads=2,
                                intermediate_size=16, max_position_embeddings=16))


def _size(bert) -> int:  # noqa: ANN001
    return sum(adapter.RANK * (i + o) for i, o in adapter._shapes(bert))


def test_merge_adds_scale_times_b_at_a_to_each_module_and_zero_b_changes_nothing() -> None:
    bert = _tiny_bert()
    before = {n: p.detach().clone() for n, p in bert.named_parameters()}
    n = _size(bert)
    rng = np.random.default_rng(1)
    flat = rng.normal(size=n).astype(np.float32)
    zero_b = flat.copy()
    pos = 0
    for i, o in adapter._shapes(bert):       # A then B per module: zero every B
        pos += adapter.RANK * i
        zero_b[pos:pos + o * adapter.RANK] = 0.0
        pos += o * adapter.RANK
    adapter.merge(bert, zero_b)
    assert all(np.array_equal(before[k].numpy(), p.detach().numpy()) for k, p in bert.named_parameters())
    adapter.merge(bert, flat)
    lin = bert.encoder.layer[1].intermediate.dense                 # a module in the second layer
    skip = sum(adapter.RANK * (i + o) for i, o in adapter._shapes(bert)[:len(adapter.MODULES) + 4])
    i, o = lin.in_features, lin.out_features
    a = flat[skip:skip + adapter.RANK * i].reshape(adapter.RANK, i)
    b = flat[skip + adapter.RANK * i:skip + adapter.RANK * (i + o)].reshape(o, adapter.RANK)
    want = before["encoder.layer.1.intermediate.dense.weight"].numpy() + adapter.SCALE * (b @ a)
    assert np.allclose(lin.weight.detach().numpy(), want, atol=1e-6)
    with pytest.raises(ValueError, match="numbers"):
        adapter.merge(bert, flat[:-1])


def test_saved_adapter_is_byte_stable_and_checked_on_load(tmp_path: Path) -> None:
    flat = np.linspace(-1, 1, 1000).astype(np.float16)
    sha = adapter.save(tmp_path / "a.npy", flat)
    first = (tmp_path / "a.npy").read_bytes()
    assert adapter.save(tmp_path / "a.npy", flat) == sha and (tmp_path / "a.npy").read_bytes() == first
    assert np.array_equal(adapter.load(tmp_path / "a.npy", sha), flat)
    with pytest.raises(ConfigError, match="does not match"):
        adapter.load(tmp_path / "a.npy", "0" * 64)
    with pytest.raises(ConfigError, match="cannot read"):
        adapter.load(tmp_path / "missing.npy")


def test_shipped_calibration_names_its_adapter_and_both_pair_heads_read_it() -> None:
    calib = Config().calib
    spec = calib["adapter"]
    flat = adapter.load(calibration_dir() / spec["file"], spec["sha256"])     # raises if it differs
    assert flat.dtype == np.float16 and spec["rank"] == adapter.RANK and spec["modules"] == list(adapter.MODULES)
    assert "sts_cosine" in calib["pair"]["features"] and "sts_cosine" in calib["graded"]["features"]
    assert "sts_cosine" in PAIR_FEATURES and "sts_cosine" in GRADED_FEATURES


def test_a_comparer_with_another_encoder_uses_the_plain_cosine(fake_comparer) -> None:  # noqa: ANN001
    assert fake_comparer.sts_encoder is None
    f = fake_comparer.pair_features("The cat sat on the mat.", "A cat was sitting on a mat.")
    assert f["sts_cosine"] == f["cosine"]


@pytest.mark.model
def test_fitting_is_deterministic_and_moves_the_cosine(real_comparer) -> None:  # noqa: ANN001
    pairs = [("A man is playing a guitar.", "A man plays the guitar."),
             ("A woman is slicing an onion.", "A dog runs in the park."),
             ("The stock market fell sharply.", "Shares dropped steeply."),
             ("A child is riding a horse.", "Two men are cooking dinner.")]
    gold = [1.0, 0.0, 0.9, 0.0]
    one = adapter.train(pairs, gold, seed=3, epochs=1)
    two = adapter.train(pairs, gold, seed=3, epochs=1)
    assert one.dtype == np.float16 and np.array_equal(one, two)
    enc = adapter.AdaptedEncoder(one)
    assert enc.fingerprint.startswith(real_comparer.encoder.fingerprint) and "+lora:" in enc.fingerprint
    v = enc.encode(["A man plays the guitar.", ""])
    base = real_comparer.encoder.encode(["A man plays the guitar."])[0]
    assert np.isclose(np.linalg.norm(v[0]), 1.0, atol=1e-5) and not np.allclose(v[0], base, atol=1e-4)
    assert not v[1].any()                                          # empty text: the zero vector, as the base


@pytest.mark.model
def test_default_comparer_reads_the_adapted_cosine(real_comparer) -> None:  # noqa: ANN001
    enc = real_comparer.sts_encoder
    assert enc is not None and "+lora:" in enc.fingerprint
    f = real_comparer.pair_features("A man is playing a guitar.", "A man plays the guitar.")
    assert -1.0 <= f["sts_cosine"] <= 1.0 and f["sts_cosine"] != f["cosine"]


@pytest.mark.model
def test_an_adapter_that_does_not_fit_the_model_never_leaves_it_unadapted() -> None:
    enc = adapter.AdaptedEncoder(np.zeros(10, dtype=np.float16))
    for _ in range(2):                     # the second use fails too, rather than encoding unadapted
        with pytest.raises(ValueError, match="numbers"):
            enc.encode(["A man plays the guitar."])
