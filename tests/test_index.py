"""The candidate index: finds planted sources, adds incrementally, never leaves a corrupt index."""

from __future__ import annotations

import io
import json
import multiprocessing as mp
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from provenance import Config
from provenance.errors import ConfigError, InputError
from provenance.facts import SentenceAnalysis
from provenance.index import SourceIndex, add_to_index, build_index, make_comparer, read_docs

faiss = pytest.importorskip("faiss")

WORDS = ("council budget mayor storm power river bridge school teacher vaccine hospital doctor price market "
         "bank loan farmer harvest drought train station airport pilot strike union factory worker museum "
         "painting theatre actor film festival court judge prison police election voter senator minister "
         "treaty border army navy rocket satellite planet telescope ocean island whale forest fire").split()


class OneClaimAnalyzer:
    """Fake analyser: one claim per sentence, no facts (the index logic does not need spaCy)."""

    fingerprint = "one-claim-fake@1"

    def analyse(self, sentences):  # noqa: ANN001, ANN201
        return [SentenceAnalysis(((0, len(s)),), ()) for s in sentences]


def _encoder():  # noqa: ANN202
    from conftest import FakeEncoder

    return FakeEncoder()


class DenseFake:
    """The hashing fake plus a little text-seeded noise: similar texts stay close, no exact ties."""

    fingerprint = "dense-fake@1"
    dim = 384

    def __init__(self) -> None:
        self.inner = _encoder()

    def encode(self, texts):  # noqa: ANN001, ANN201
        import hashlib

        out = self.inner.encode(texts)
        for i, t in enumerate(texts):
            seed = int.from_bytes(hashlib.sha256(t.encode()).digest()[:8], "little")
            out[i] += 0.05 * np.random.default_rng(seed).normal(size=self.dim).astype(np.float32)
            out[i] /= np.linalg.norm(out[i])
        return out


def _comparer(tmp: Path, index: SourceIndex | None = None, encoder=None):  # noqa: ANN001, ANN202
    return make_comparer(Config(cache_dir=str(tmp / "cache"), persistent_cache=False), index=index,
                         encoder=encoder or _encoder(), analyzer=OneClaimAnalyzer())


def _corpus(n: int, seed: int = 0) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    docs = []
    for d in range(n):
        sentences = []
        for s in range(5):
            words = rng.sample(WORDS, 5) + [f"name{d}x{s}"]
            sentences.append(" ".join(words).capitalize() + ".")
        docs.append((f"doc-{d:04d}", " ".join(sentences)))
    return docs


def _rewrite_of(text: str, seed: int) -> str:
    rng = random.Random(seed)
    sentences = text.split(". ")
    kept = rng.sample(sentences, 3)
    return ". ".join(kept).rstrip(".") + ". Something entirely new was added here today."


def test_index_search_finds_planted_sources(tmp_path: Path) -> None:
    docs = _corpus(200)
    index = build_index(docs, tmp_path / "idx", comparer=_comparer(tmp_path))
    assert len(index) == 200 and index.faiss_index.ntotal == 1000
    comparer = _comparer(tmp_path, index)
    for q in range(0, 200, 9):
        ranked = index.rank(_rewrite_of(docs[q][1], q), comparer, k=5)
        assert ranked[0].key == docs[q][0], q
        assert len(ranked) == 5 and [r.rank for r in ranked] == [1, 2, 3, 4, 5]
    # the candidates' sentence offsets come from the index's store, not from splitting again
    assert comparer.segmenter.misses == len(range(0, 200, 9))       # the rewrites only
    assert comparer.segmenter.hits >= 30                             # (the Comparer memoises the rest)


def test_first_stage_equals_exact_search_on_a_small_pool(tmp_path: Path) -> None:
    docs = _corpus(120, seed=3)
    index = build_index(docs, tmp_path / "idx", comparer=_comparer(tmp_path, encoder=DenseFake()))
    comparer = _comparer(tmp_path, index, encoder=DenseFake())
    vectors = np.stack([index.faiss_index.reconstruct(i) for i in range(index.faiss_index.ntotal)])
    for q in (0, 17, 64):
        prep = comparer.prepare(_rewrite_of(docs[q][1], q))
        got = index.search(prep.embeddings, candidates=10, per_vector=8)
        # oracle: brute-force top-8 per query vector, same vote
        sims = prep.embeddings @ vectors.T
        votes: dict[int, float] = {}
        for row in sims:
            best: dict[int, float] = {}
            for i in np.argsort(-row, kind="stable")[:8]:
                d = int(index.rows[i])
                best[d] = max(best.get(d, -2.0), float(row[i]))
            for d, s in best.items():
                votes[d] = votes.get(d, 0.0) + max(0.0, s)
        oracle = sorted(votes, key=lambda d: (-votes[d], d))[:10]
        assert [c.n for c in got] == oracle
        np.testing.assert_allclose([c.score for c in got], [votes[d] / len(sims) for d in oracle], atol=1e-5)
        assert got[0].id == docs[q][0]


def test_incremental_add(tmp_path: Path) -> None:
    docs = _corpus(80, seed=5)
    build_index(docs[:50], tmp_path / "idx", comparer=_comparer(tmp_path))
    index = add_to_index(tmp_path / "idx", docs[50:], comparer=_comparer(tmp_path))
    assert len(index) == 80 and index.version == "v000002"
    assert index.ids() == [d for d, _ in docs]
    assert index.text("doc-0070") == docs[70][1]
    ranked = index.rank(_rewrite_of(docs[70][1], 1), _comparer(tmp_path, index), k=3)
    assert ranked[0].key == "doc-0070"
    with pytest.raises(InputError, match="twice"):
        add_to_index(tmp_path / "idx", docs[:1], comparer=_comparer(tmp_path))
    assert len(SourceIndex.open(tmp_path / "idx")) == 80


def _failing(docs: list[tuple[str, str]], after: int):  # noqa: ANN202
    for i, d in enumerate(docs):
        if i == after:
            raise RuntimeError("interrupted")
        yield d


def test_interrupted_build_leaves_no_index(tmp_path: Path) -> None:
    docs = _corpus(40)
    with pytest.raises(RuntimeError, match="interrupted"):
        build_index(_failing(docs, 25), tmp_path / "idx", comparer=_comparer(tmp_path))
    assert not (tmp_path / "idx").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".idx")] == []
    # an interrupted --force rebuild keeps the old index
    build_index(docs[:10], tmp_path / "idx", comparer=_comparer(tmp_path))
    with pytest.raises(RuntimeError):
        build_index(_failing(docs, 25), tmp_path / "idx", comparer=_comparer(tmp_path), force=True)
    assert len(SourceIndex.open(tmp_path / "idx")) == 10


def test_interrupted_add_keeps_the_previous_version(tmp_path: Path) -> None:
    docs = _corpus(60, seed=9)
    build_index(docs[:30], tmp_path / "idx", comparer=_comparer(tmp_path))
    with pytest.raises(RuntimeError):
        add_to_index(tmp_path / "idx", _failing(docs[30:], 20), comparer=_comparer(tmp_path))
    index = SourceIndex.open(tmp_path / "idx")
    assert len(index) == 30 and index.faiss_index.ntotal == 150
    # the same documents can be added again: leftovers of the failed addition are ignored
    index = add_to_index(tmp_path / "idx", docs[30:], comparer=_comparer(tmp_path))
    assert len(index) == 60 and index.faiss_index.ntotal == 300


def _slow_docs(n: int, marker: str):  # noqa: ANN202
    for i, d in enumerate(_corpus(n)):
        if i == n // 2:
            Path(marker).write_text("half")
            time.sleep(60)
        yield d


def _killable_build(root: str) -> None:
    build_index(_slow_docs(40, os.path.join(root, "marker")), os.path.join(root, "idx"),
                comparer=_comparer(Path(root)))


def test_killed_build_leaves_no_index(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    p = ctx.Process(target=_killable_build, args=(str(tmp_path),))
    p.start()
    deadline = time.monotonic() + 60
    while not (tmp_path / "marker").exists() and time.monotonic() < deadline and p.is_alive():
        time.sleep(0.05)
    assert (tmp_path / "marker").exists()
    os.kill(p.pid, signal.SIGKILL)
    p.join(10)
    assert not (tmp_path / "idx").exists()
    with pytest.raises(InputError, match="no index"):
        SourceIndex.open(tmp_path / "idx")
    assert len(build_index(_corpus(5), tmp_path / "idx", comparer=_comparer(tmp_path))) == 5


def test_index_refuses_another_model(tmp_path: Path) -> None:
    index = build_index(_corpus(5), tmp_path / "idx", comparer=_comparer(tmp_path))

    class Other:
        fingerprint = "another-model"
        dim = 384

        def encode(self, texts):  # noqa: ANN001, ANN201
            return np.zeros((len(texts), 384), np.float32)

    other = make_comparer(Config(persistent_cache=False), index=index, encoder=Other(), analyzer=OneClaimAnalyzer())
    with pytest.raises(ConfigError, match="same backend"):
        index.rank("text", other)
    with pytest.raises(InputError, match="already exists"):
        build_index(_corpus(5), tmp_path / "idx", comparer=_comparer(tmp_path))


def test_read_docs(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "b.txt").write_text("Bee.")
    (tmp_path / "d" / "sub" / "a.txt").write_text("Ay.")
    (tmp_path / "d" / "skip.md").write_text("no")
    assert list(read_docs(tmp_path / "d")) == [("b.txt", "Bee."), ("sub/a.txt", "Ay.")]
    good = tmp_path / "docs.jsonl"
    good.write_text(json.dumps({"id": 1, "text": "One."}) + "\n\n" + json.dumps({"id": "x", "text": "Two."}) + "\n")
    assert list(read_docs(good)) == [("1", "One."), ("x", "Two.")]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": 1, "text": "One."}) + "\n{oops\n")
    with pytest.raises(InputError, match=r"bad.jsonl:2"):
        list(read_docs(bad))
    bad.write_text(json.dumps({"id": 1, "body": "One."}) + "\n")
    with pytest.raises(InputError, match='"text"'):
        list(read_docs(bad))
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .txt"):
        list(read_docs(tmp_path / "empty"))
    with pytest.raises(InputError, match="no such"):
        list(read_docs(tmp_path / "nowhere.jsonl"))


HEAVY = ("torch", "onnxruntime", "faiss", "dask", "distributed", "spacy", "sentence_transformers", "transformers", "wordfreq")


@pytest.mark.parametrize("argv", [["--help"], ["index", "build", "--help"], ["batch", "--help"],
                                  ["rank", "--help"], ["index", "build", "x"], ["batch", "x"]])
def test_help_and_usage_errors_stay_light(argv: list[str]) -> None:
    code = ("import sys\nfrom provenance.cli import main\nimport io\n"
            f"rc = main({argv!r}, out=io.StringIO(), err=io.StringIO())\n"
            f"print(rc, sorted(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split(" ", 1)[1].strip() == "[]", out.stdout + out.stderr
    assert out.stdout.split(" ", 1)[0] in ("0", "2")


def test_rank_needs_candidates_or_index() -> None:
    from provenance.cli import main

    err = io.StringIO()
    assert main(["rank", "rewrite.txt"], out=io.StringIO(), err=err) == 2
    assert "--index" in err.getvalue()


@pytest.mark.model
def test_cli_index_build_add_and_rank(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end with the real model on onnxruntime (export shared with test_onnx)."""
    from provenance.cli import main

    pytest.importorskip("onnxruntime")
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "provenance-cache"))
    seed = Path(__file__).resolve().parent.parent / "seeds" / "kim-putin"
    first = tmp_path / "first.jsonl"
    first.write_text("".join(json.dumps({"id": p.stem, "text": p.read_text()}) + "\n"
                             for p in sorted(seed.glob("distractor-*.txt"))))
    second = tmp_path / "second"
    second.mkdir()
    (second / "original.txt").write_text((seed / "original.txt").read_text())

    def run(*argv: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()

    code, out, err = run("index", "build", str(first), "-o", str(tmp_path / "idx"), "--backend", "onnx")
    assert code == 0, err
    assert "3 documents" in out
    code, out, err = run("index", "add", str(tmp_path / "idx"), str(second), "--backend", "onnx")
    assert code == 0 and "4 documents" in out, err
    code, out, err = run("rank", str(seed / "rewrite.txt"), "--index", str(tmp_path / "idx"), "--backend", "onnx",
                         "-k", "2", "--format", "json")
    assert code == 0, err
    ranked = json.loads(out)
    assert [r["rank"] for r in ranked] == [1, 2] and ranked[0]["key"] == "original.txt"
    code, _, err = run("rank", str(seed / "rewrite.txt"), "--index", str(tmp_path / "idx"), "--backend", "torch")
    assert code == 2 and "same backend" in err and err.count("\n") == 1
    code, _, err = run("index", "build", str(first), "-o", str(tmp_path / "idx"), "--backend", "onnx")
    assert code == 2 and "already exists" in err


def test_lexical_stage_finds_rare_words_the_vectors_miss(tmp_path: Path) -> None:
    docs = _corpus(60, seed=11)
    index = build_index(docs, tmp_path / "idx", comparer=_comparer(tmp_path, encoder=DenseFake()))
    # doc-0042's made-up names, in a sentence whose other words belong to no document
    rewrite = "Zyxwv qwerty name42x1 and name42x3 uiop asdf."
    found = index.search_lexical(rewrite, candidates=3)
    assert found[0].id == "doc-0042" and found[0].score == 1.0
    assert all(0.0 <= c.score <= 1.0 for c in found)
    assert index.search_lexical("the of and", candidates=3) == []            # stop words only
    assert index.search_lexical('"name42x1" OR NEAR(', candidates=3)[0].id == "doc-0042"  # FTS5 syntax stays text
    prepared = _comparer(tmp_path, index, encoder=DenseFake()).prepare(rewrite)
    union = index.candidates(prepared, candidates=2, lexical=2)
    assert len({c.n for c in union}) == len(union) <= 4 and "doc-0042" in [c.id for c in union]


def test_an_index_without_the_lexical_stage_gains_it_on_add(tmp_path: Path) -> None:
    import sqlite3

    docs = _corpus(30, seed=2)
    build_index(docs[:20], tmp_path / "idx", comparer=_comparer(tmp_path))
    conn = sqlite3.connect(tmp_path / "idx" / "docs.sqlite")      # as an index of the first format was
    conn.executescript("DROP TRIGGER docs_ai; DROP TRIGGER docs_ad; DROP TABLE terms;")
    conn.close()
    old = SourceIndex.open(tmp_path / "idx")
    assert old.search_lexical("name7x2", candidates=3) == []
    assert old.rank(_rewrite_of(docs[7][1], 7), _comparer(tmp_path, old), k=3)[0].key == "doc-0007"
    new = add_to_index(tmp_path / "idx", docs[20:], comparer=_comparer(tmp_path))
    assert new.search_lexical("name7x2", candidates=3)[0].id == "doc-0007"   # the old documents, filled in
    assert new.search_lexical("name25x2", candidates=3)[0].id == "doc-0025"  # and the new ones


def test_ranking_breaks_coverage_ties_by_support_strength() -> None:
    from provenance.ranking import rank_sources

    ranked = rank_sources(["a", "b", "c"], coverage=[1.0, 1.0, 0.5], kept=[0.9, 0.1, 1.0], strength=[0.6, 0.8, 0.9])
    assert [r.key for r in ranked] == ["b", "a", "c"]
    ranked = rank_sources(["a", "b"], coverage=[1.0, 1.0], kept=[0.2, 0.3])          # no strength: kept decides
    assert [r.key for r in ranked] == ["b", "a"]


def test_lexical_fusion_lifts_a_document_sharing_the_rare_words() -> None:
    from provenance.ranking import fuse_lexical
    from provenance.types import Ranked

    ranked = [Ranked(f"d{i}", i, 1.0 - i / 100, 0.5, i + 1) for i in range(15)]
    fused = fuse_lexical(ranked, ["d12", "d0", "d12"], k=20, weight=0.5)   # a repeat counts once
    # d0: 1/21 + 0.5/22; d12: 1/33 + 0.5/21 = 0.0541 beats d1's 1/22 = 0.0455
    assert [r.key for r in sorted(fused, key=lambda r: r.rank)][:4] == ["d0", "d12", "d1", "d2"]
    assert sorted(r.rank for r in fused) == list(range(1, 16))
    assert {r.key: (r.rewrite_coverage, r.original_kept) for r in fused} == \
        {r.key: (r.rewrite_coverage, r.original_kept) for r in ranked}
    assert [r.key for r in fuse_lexical(ranked, ["d12"], weight=0.0)] == [r.key for r in ranked]
    assert [r.key for r in fuse_lexical(ranked, [])] == [r.key for r in ranked]
    assert fuse_lexical([], ["d1"]) == ()
    with pytest.raises(ValueError):
        fuse_lexical(ranked, [], k=0)


def test_index_rank_is_the_comparison_fused_with_the_lexical_stage(tmp_path: Path) -> None:
    from provenance.index import DEFAULT_LEXICAL, DEFAULT_PER_VECTOR
    from provenance.ranking import fuse_lexical

    docs = _corpus(60, seed=11)
    index = build_index(docs, tmp_path / "idx", comparer=_comparer(tmp_path, encoder=DenseFake()))
    rewrite = _rewrite_of(docs[42][1], 42) + " Zyxwv name17x1 and name17x3."
    comparer = _comparer(tmp_path, index, encoder=DenseFake())
    vector, lexical = index._stages(comparer.prepare(rewrite), 30, DEFAULT_LEXICAL, DEFAULT_PER_VECTOR)
    full = comparer.rank(rewrite, {c.id: index.doc(c.n)[1] for c in index._pool(vector, lexical)})
    assert [r.key for r in index.rank(rewrite, comparer, k=5, fuse=False)] == [r.key for r in full[:5]]
    fused = sorted(fuse_lexical(full, [c.id for c in lexical]), key=lambda r: r.rank)[:5]
    got = index.rank(rewrite, comparer, k=5)
    assert [(r.key, r.rank) for r in got] == [(r.key, r.rank) for r in fused]
    assert got[0].key == "doc-0042"
    position = {r.key: i for i, r in enumerate(full)}
    assert [c.id for c in lexical][:2] == ["doc-0042", "doc-0017"]       # its two made-up names
    moved = {r.key: r.rank - 1 for r in fuse_lexical(full, [c.id for c in lexical])}
    assert moved["doc-0017"] < position["doc-0017"]
