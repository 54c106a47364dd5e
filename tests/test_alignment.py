from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.alignment import support, support_score, topk
from provenance.embedding import normalise


def _dense_topk(a: np.ndarray, b: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    sims = a @ b.T
    order = np.lexsort((np.broadcast_to(np.arange(b.shape[0]), sims.shape), -sims), axis=1)[:, :k]
    return order, np.take_along_axis(sims, order, axis=1)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, 40), m=st.integers(0, 40), k=st.integers(1, 7), block=st.integers(1, 13),
       seed=st.integers(0, 10_000))
def test_blocked_topk_equals_dense(n: int, m: int, k: int, block: int, seed: int) -> None:
    # Small integer vectors: every dot product is an exact small integer in float32, whatever
    # order BLAS sums in, so the many ties (and the planted duplicate row) are exact ties in the
    # blocked and the dense product alike. (With real-valued rows a duplicate column can come
    # out one unit in the last place apart depending on where it sits in a tile, and then the
    # "tie" is not one: hypothesis found n=6, m=8, k=5, block=5, seed=85 with normal rows.)
    rng = np.random.default_rng(seed)
    a = rng.integers(-3, 4, size=(n, 8)).astype(np.float32)
    b = rng.integers(-3, 4, size=(m, 8)).astype(np.float32)
    if m:  # plant exact ties
        b[m // 2] = b[0]
    idx, sim = topk(a, b, k, block=block)
    kk = min(k, m)
    assert idx.shape == (n, kk)
    if n and kk:
        d_idx, d_sim = _dense_topk(a, b, kk)
        np.testing.assert_allclose(sim, d_sim, rtol=1e-5, atol=1e-6)
        np.testing.assert_array_equal(idx, d_idx)


def test_support_score_is_monotone_and_bounded() -> None:
    w = (-6.0, 6.0, 5.0)
    assert 0 < support_score(0.0, 0.0, w) < support_score(0.5, 0.5, w) < support_score(1.0, 1.0, w) < 1


def test_joint_support_for_a_merge() -> None:
    # x covers the content of y0 and y1 together; a union should beat either alone
    x_tokens = [frozenset({"kim", "arrive", "train", "putin", "meet", "cosmodrome"})]
    y_tokens = [frozenset({"kim", "arrive", "train"}), frozenset({"putin", "meet", "cosmodrome"}),
                frozenset({"weather", "rain"})]
    y = normalise(np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=np.float32))
    x = normalise(np.array([[1, 1, 0]], dtype=np.float32))
    (m,) = support(x, x_tokens, y, y_tokens, source=0, weights=(-6.6, 6.6, 5.4), top_k=3, union_size=3)
    assert set(m.claims) == {0, 1}
    assert m.lexical == 1.0


def test_mutual_best_matches_support_each_other_symmetrically() -> None:
    from provenance.alignment import Match, mutual

    tok = [frozenset({"a"}), frozenset({"b"})]
    fwd = [Match(0, (0,), 0.2, 0.6, 0.0, 0, 0.6), Match(0, (1,), 0.1, 0.3, 0.0, 1, 0.3)]
    back = [Match(0, (0,), 0.2, 0.6, 0.0, 0, 0.6), Match(0, (0,), 0.1, 0.2, 0.0, 0, 0.2)]
    f2, b2 = mutual(fwd, back, tok, tok, threshold=0.5, min_cosine=0.5)
    assert f2[0].mutual and f2[0].score == b2[0].score > 0.5   # 0 <-> 0 are mutual, cosine 0.6
    assert not f2[1].mutual and f2[1].score == 0.1              # 1 -> 1 but 1 -> 0 back: not mutual
    assert mutual(fwd, back, tok, tok, threshold=0.5, min_cosine=None) == (fwd, back)
    b3, f3 = mutual(back, fwd, tok, tok, threshold=0.5, min_cosine=0.5)
    assert [m.score for m in f3] == [m.score for m in f2]
    # a claim that may not be linked (its nearest claim lies in another original) keeps its
    # own score on both sides
    f4, b4 = mutual(fwd, back, tok, tok, threshold=0.5, min_cosine=0.5, linkable=[False, True])
    assert (f4, b4) == (fwd, back)
    assert mutual(fwd, back, tok, tok, threshold=0.5, min_cosine=0.5, linkable=[True, True]) == (f2, b2)


def test_a_part_lifts_its_claim_to_the_parts_cosine() -> None:
    # y0 is a long claim whose second part says what x says; y1 is a middling neighbour
    x = normalise(np.array([[1, 0, 0]], dtype=np.float32))
    y = normalise(np.array([[0.3, 1, 0], [0.6, 0, 1]], dtype=np.float32))
    parts = normalise(np.array([[0, 1, 0.1], [1, 0.05, 0]], dtype=np.float32))
    toks = [frozenset({"a"})]
    y_toks = [frozenset({"a", "b"}), frozenset({"c"})]
    w = (-6.0, 6.0, 5.0)
    (plain,) = support(x, toks, y, y_toks, source=0, weights=w, top_k=2, union_size=1)
    (with_parts,) = support(x, toks, y, y_toks, source=0, weights=w, top_k=2, union_size=1,
                            y_parts=parts, y_part_of=np.array([0, 0]))
    assert plain.nearest == 1
    assert with_parts.nearest == 0 and with_parts.claims == (0,)
    assert with_parts.cosine == pytest.approx(float(parts[1] @ x[0]), abs=1e-6)
    assert with_parts.score > plain.score
    # no parts given, or an empty set of parts: the same as without
    (none,) = support(x, toks, y, y_toks, source=0, weights=w, top_k=2, union_size=1,
                      y_parts=np.zeros((0, 3), dtype=np.float32), y_part_of=np.zeros(0, dtype=np.int64))
    assert none == plain


def test_claim_parts_cut_long_claims_at_punctuation() -> None:
    from provenance.claims import MAX_PARTS, claim_parts

    text = ("The mayor opened the bridge on Monday, two years after building began, "
            "and thanked the workers who had finished it early; the crowd cheered loudly.")
    parts = [text[a:b] for a, b in claim_parts(text, 12)]
    assert "two years after building began" in parts
    assert "and thanked the workers who had finished it early; the crowd cheered loudly." in parts
    assert all(len(p.split()) >= 4 and len(p) < len(text) for p in parts)
    assert len(parts) <= MAX_PARTS
    assert claim_parts(text, 0) == [] and claim_parts(text, 100) == []
    assert claim_parts("A short claim without any cut at all in it for sure.", 5) == []


def test_claim_parts_cut_before_a_clause_of_time_cause_or_contrast() -> None:
    from provenance.claims import claim_parts

    text = "The council closed the Harbour Road bridge on Tuesday after engineers found cracks in two of its supports."
    parts = [text[a:b] for a, b in claim_parts(text, 12)]
    assert parts == ["The council closed the Harbour Road bridge on Tuesday",
                     "after engineers found cracks in two of its supports."]
    # "as" inside a word, or a word that only starts like one, is no cut
    assert claim_parts("The assistant manager of the asbestos removal firm resigned on Monday morning.", 5) == []
