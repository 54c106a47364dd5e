"""Blocked top-k similarity: the same answer for every block size, memory bounded by the
block, not by ``n x m``."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from provenance import Config
from provenance.alignment import support, topk
from provenance.embedding import normalise


def _dense(a: np.ndarray, b: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    sims = a @ b.T
    order = np.lexsort((np.broadcast_to(np.arange(b.shape[0]), sims.shape), -sims), axis=1)[:, :k]
    return order, np.take_along_axis(sims, order, axis=1)


def _assert_topk_of(a: np.ndarray, b: np.ndarray, k: int, idx: np.ndarray, sim: np.ndarray, tol: float = 1e-6) -> None:
    """``idx``/``sim`` hold, per row of ``a``, k distinct best rows of ``b`` in order, up to
    rounding: BLAS may round one dot product differently depending on where it falls in a
    tile (on some CPUs even within one dense product), so rows whose similarities lie within
    ``tol`` may come in either order."""
    exact = a.astype(np.float64) @ b.astype(np.float64).T
    for r in range(len(a)):
        assert len(set(idx[r].tolist())) == len(idx[r]) == min(k, len(b))
        np.testing.assert_allclose(sim[r], exact[r, idx[r]], rtol=0, atol=tol)
        assert np.all(np.diff(sim[r]) <= tol)
        kth = np.sort(exact[r])[::-1][len(idx[r]) - 1]
        assert exact[r, idx[r]].min() >= kth - tol


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64, 100, 311, 312, 5000])
def test_blocked_equals_unblocked_for_awkward_blocks(block: int) -> None:
    rng = np.random.default_rng(block)
    a = normalise(rng.normal(size=(257, 24)))
    b = normalise(rng.normal(size=(311, 24)))
    b[100] = b[7]                       # duplicates: equal up to the rounding of their tiles
    b[300] = b[7]
    a[5] = b[7]
    idx, sim = topk(a, b, 9, block=block)
    _assert_topk_of(a, b, 9, idx, sim)
    d_idx, d_sim = _dense(a, b, 9)
    np.testing.assert_allclose(sim, d_sim, rtol=1e-6, atol=1e-6)
    assert set(idx[5][:3].tolist()) == {7, 100, 300}


@pytest.mark.parametrize("block", [1, 2, 3, 5, 64])
def test_exact_ties_go_to_the_lower_index_in_every_block_layout(block: int) -> None:
    # small whole numbers: every dot product is exact whatever the tile, so ties are real
    rng = np.random.default_rng(block)
    b = rng.integers(-2, 3, size=(23, 6)).astype(np.float32)
    b[[4, 11, 19]] = b[2]
    b[[8, 21]] = b[5]
    a = rng.integers(-2, 3, size=(17, 6)).astype(np.float32)
    a[3] = b[2]
    idx, sim = topk(a, b, 7, block=block)
    d_idx, d_sim = _dense(a, b, 7)
    np.testing.assert_array_equal(idx, d_idx)
    np.testing.assert_array_equal(sim, d_sim)
    assert list(idx[3][:4]) == [2, 4, 11, 19]


def test_k_larger_than_the_other_side_and_empty_sides() -> None:
    a = normalise(np.eye(4, 6))
    b = normalise(np.eye(3, 6))
    idx, sim = topk(a, b, 10, block=2)
    assert idx.shape == (4, 3)
    assert topk(a[:0], b, 3)[0].shape == (0, 3) and topk(a, b[:0], 3)[0].shape == (4, 0)


def test_support_does_not_depend_on_block_size() -> None:
    rng = np.random.default_rng(7)
    x = normalise(rng.normal(size=(40, 16)))
    y = normalise(rng.normal(size=(53, 16)))
    vocab = [f"w{i}" for i in range(30)]
    xt = [frozenset(rng.choice(vocab, 5, replace=False)) for _ in range(40)]
    yt = [frozenset(rng.choice(vocab, 5, replace=False)) for _ in range(53)]
    w = Config().support_weights
    ref = support(x, xt, y, yt, source=0, weights=w, top_k=5, union_size=3, block=4096)
    for block in (1, 5, 13, 52):
        got = support(x, xt, y, yt, source=0, weights=w, top_k=5, union_size=3, block=block)
        # the same claims chosen; scores equal up to float32 rounding (BLAS sums blocks of
        # different shapes in different orders, ~1e-8)
        assert [(m.source, m.claims, m.lexical) for m in got] == [(m.source, m.claims, m.lexical) for m in ref]
        np.testing.assert_allclose([m.score for m in got], [m.score for m in ref], atol=1e-6)
        np.testing.assert_allclose([m.cosine for m in got], [m.cosine for m in ref], atol=1e-6)


def test_memory_is_bounded_by_the_block() -> None:
    rng = np.random.default_rng(0)
    n = m = 4000
    a = normalise(rng.normal(size=(n, 32)))
    b = normalise(rng.normal(size=(m, 32)))
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        idx, _ = topk(a, b, 5, block=256)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    dense_bytes = n * m * 4
    assert peak < dense_bytes / 8, f"peak {peak / 1e6:.1f} MB vs dense {dense_bytes / 1e6:.1f} MB"
    assert idx.shape == (n, 5)


def test_comparison_does_not_depend_on_block_size(analyzer) -> None:  # noqa: ANN001
    from conftest import FakeEncoder

    from provenance import Comparer

    rewrite = ("The council approved the budget on Monday. Library funding falls by 12 percent. "
               "The mayor, who praised the vote, said taxes stay flat. A new park opens in May.")
    original = ("On Monday the city council approved the new budget. The mayor praised the vote and said "
                "taxes would not rise. Critics said the plan cuts library funding by 12 percent.")
    ref = Comparer(Config(persistent_cache=False), encoder=FakeEncoder(), analyzer=analyzer).compare(rewrite, original)
    for block in (1, 2, 3):
        cfg = Config(block_size=block, persistent_cache=False)
        got = Comparer(cfg, encoder=FakeEncoder(), analyzer=analyzer).compare(rewrite, original)
        assert got.to_dict() == ref.to_dict()


@pytest.mark.parametrize("seed", range(8))
def test_partition_keeps_lower_index_among_many_ties(seed: int) -> None:
    """Vectors on a coarse grid tie everywhere, also at the k-th place of a tile: the tile's
    linear-time partition must then fall back to the exact (-sim, index) order."""
    rng = np.random.default_rng(seed)
    a = np.round(rng.normal(size=(37, 3))).astype(np.float32)
    b = np.round(rng.normal(size=(53, 3))).astype(np.float32)
    sims = a @ b.T
    want = np.lexsort((np.broadcast_to(np.arange(53), sims.shape), -sims), axis=1)[:, :6]
    for block in (1, 4, 16, 53, 2048):
        idx, sim = topk(a, b, 6, block=block)
        assert (idx == want).all()
        assert np.allclose(sim, np.take_along_axis(sims, want, axis=1))
