"""The persistent embedding/analysis store: hit on the second run, safe with two writers."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing as mp
from pathlib import Path

import numpy as np
import pytest

from provenance.embedding import CachedEncoder
from provenance.store import (CachedAnalyzer, CachedSegmenter, EmbeddingStore, LayeredStore, LRUDict,
                              resolve_cache_dir)


class Counting:
    """A fake encoder that counts what it is asked to encode."""

    fingerprint = "counting-fake@1"
    dim = 8

    def __init__(self) -> None:
        self.encoded: list[str] = []

    def encode(self, texts):  # noqa: ANN001, ANN201
        self.encoded += list(texts)
        return np.stack([_vec(t) for t in texts]) if texts else np.zeros((0, 8), np.float32)


def _vec(text: str) -> np.ndarray:
    rng = np.random.default_rng(int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little"))
    v = rng.normal(size=8).astype(np.float32)
    return v / np.linalg.norm(v)


def test_resolve_cache_dir_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PROVENANCE_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert resolve_cache_dir() == tmp_path / "xdg" / "provenance"
    monkeypatch.setenv("PROVENANCE_CACHE_DIR", str(tmp_path / "own"))
    assert resolve_cache_dir() == tmp_path / "own"
    assert resolve_cache_dir(tmp_path / "explicit") == tmp_path / "explicit"
    monkeypatch.delenv("PROVENANCE_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert resolve_cache_dir() == Path.home() / ".cache" / "provenance"


def test_roundtrip_and_fingerprints_do_not_mix(tmp_path: Path) -> None:
    store = EmbeddingStore.open(tmp_path)
    v = _vec("a")
    store.put_many("fp1", [("a", v), ("b\udcff", -v)])   # a lone surrogate is a valid key too
    got = store.get_many("fp1", ["a", "b\udcff", "missing"])
    assert set(got) == {"a", "b\udcff"}
    np.testing.assert_array_equal(got["a"], v)
    assert got["a"].dtype == np.float32
    assert store.get_many("fp2", ["a"]) == {}
    # mapping view, as the ``store`` of CachedEncoder
    assert ("fp1", "a") in store and ("fp2", "a") not in store
    store[("fp2", "a")] = v * 0
    assert not store[("fp2", "a")].any()
    with pytest.raises(KeyError):
        store[("fp2", "zzz")]
    assert store.counts()["embeddings"] == 3


def test_cache_is_hit_on_the_second_run(tmp_path: Path) -> None:
    texts = ["The council met.", "The mayor spoke.", "The council met.", ""]
    first = CachedEncoder(Counting(), persistent=EmbeddingStore.open(tmp_path))
    a = first.encode(texts)
    assert first.inner.encoded == ["The council met.", "The mayor spoke.", ""]   # de-duplicated
    second = CachedEncoder(Counting(), persistent=EmbeddingStore.open(tmp_path))  # a new run
    b = second.encode(texts)
    assert second.inner.encoded == [] and second.misses == 0 and second.disk_hits == 3
    np.testing.assert_array_equal(a, b)


def _second_process(path: str, texts: list[str], q: mp.Queue) -> None:
    enc = CachedEncoder(Counting(), persistent=EmbeddingStore.open(path))
    enc.encode(texts)
    q.put((len(enc.inner.encoded), enc.disk_hits))


def test_cache_is_hit_from_another_process(tmp_path: Path) -> None:
    texts = [f"sentence number {i}" for i in range(50)]
    CachedEncoder(Counting(), persistent=EmbeddingStore.open(tmp_path)).encode(texts)
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=_second_process, args=(str(tmp_path), texts, q))
    p.start()
    p.join(60)
    assert p.exitcode == 0
    assert q.get(timeout=5) == (0, 50)


def _writer(path: str, worker: int, start: mp.synchronize.Event, q: mp.Queue) -> None:
    store = EmbeddingStore.open(path)
    start.wait(30)
    errors = 0
    for round_ in range(40):  # many small transactions, half the keys shared with the other writer
        items = [(f"shared {round_} {i}", _vec(f"shared {round_} {i}")) for i in range(10)]
        items += [(f"own {worker} {round_} {i}", _vec(f"own {worker} {round_} {i}")) for i in range(10)]
        store.put_many("fp", items)
        got = store.get_many("fp", [t for t, _ in items])
        errors += len(items) - len(got)
    q.put((worker, errors, store.disabled))


def test_two_processes_writing_at_once(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    start, q = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), w, start, q)) for w in (0, 1)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    results = sorted(q.get(timeout=5) for _ in procs)
    assert results == [(0, 0, None), (1, 0, None)]
    store = EmbeddingStore.open(tmp_path)
    assert store.counts()["embeddings"] == 40 * 10 + 2 * 40 * 10
    got = store.get_many("fp", ["shared 7 3", "own 1 39 9"])
    np.testing.assert_array_equal(got["shared 7 3"], _vec("shared 7 3"))
    np.testing.assert_array_equal(got["own 1 39 9"], _vec("own 1 39 9"))


def test_unusable_cache_is_a_warning_not_an_error(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = EmbeddingStore.open(blocker)          # its parent "folder" is a file
    enc = CachedEncoder(Counting(), persistent=store)
    with caplog.at_level(logging.WARNING, logger="provenance.store"):
        out = enc.encode(["a", "b"])
    assert out.shape == (2, 8) and store.disabled
    assert "persistent cache off" in caplog.text
    corrupt = tmp_path / "corrupt.sqlite"
    corrupt.write_bytes(b"this is not a database" * 100)
    bad = EmbeddingStore(corrupt)
    assert bad.get_many("fp", ["a"]) == {} and bad.disabled


def test_layered_store_reads_in_order_and_writes_one(tmp_path: Path) -> None:
    ro, rw = EmbeddingStore(tmp_path / "a.sqlite"), EmbeddingStore(tmp_path / "b.sqlite")
    ro.put_many("fp", [("x", _vec("x"))])
    layered = LayeredStore([EmbeddingStore(tmp_path / "a.sqlite", readonly=True), rw], write=rw)
    layered.put_many("fp", [("y", _vec("y"))])
    assert set(layered.get_many("fp", ["x", "y", "z"])) == {"x", "y"}
    assert ro.get_many("fp", ["y"]) == {}
    assert EmbeddingStore(tmp_path / "missing.sqlite", readonly=True).get_many("fp", ["x"]) == {}


def test_lru_dict_is_bounded() -> None:
    d = LRUDict(3)
    for k in "abcd":
        d[k] = k
    assert list(d) == ["b", "c", "d"]
    d.get("b")
    d["e"] = "e"
    assert list(d) == ["d", "b", "e"]
    # CachedEncoder never depends on the memory level keeping what one call needs
    enc = CachedEncoder(Counting(), LRUDict(2))
    texts = [f"t{i}" for i in range(10)]
    np.testing.assert_array_equal(enc.encode(texts), np.stack([_vec(t) for t in texts]))


def test_analyses_are_cached_and_identical(tmp_path: Path, analyzer) -> None:  # noqa: ANN001
    sentences = ["The council approved the budget on Monday, the mayor said.", "Prices rose 5% in May.",
                 "The council approved the budget on Monday, the mayor said."]
    first = CachedAnalyzer(analyzer, EmbeddingStore.open(tmp_path))
    a = first.analyse(sentences)
    assert first.misses == 2

    class Refuses:
        fingerprint = analyzer.fingerprint

        def analyse(self, sentences):  # noqa: ANN001, ANN201
            raise AssertionError(f"parsed again: {sentences}")

    Refuses.__module__ = type(analyzer).__module__   # same source file, so the same cache key
    second = CachedAnalyzer(Refuses(), EmbeddingStore.open(tmp_path))
    b = second.analyse(sentences)
    assert [x.to_dict() for x in a] == [x.to_dict() for x in b] == [x.to_dict() for x in analyzer.analyse(sentences)]
    assert second.hits == 3


def test_recompare_skips_encoding_and_parsing(tmp_path: Path, analyzer) -> None:  # noqa: ANN001
    from conftest import FakeEncoder

    from provenance import Comparer

    rewrite = "On Monday the council approved the budget. Critics were angry."
    original = "The council approved the budget on Monday. The mayor praised the vote."

    def comparer():  # noqa: ANN202
        store = EmbeddingStore.open(tmp_path)
        return Comparer(encoder=CachedEncoder(FakeEncoder(), persistent=store),
                        analyzer=CachedAnalyzer(analyzer, store))

    cold, warm = comparer(), comparer()
    a = cold.compare(rewrite, original)
    b = warm.compare(rewrite, original)
    assert warm.encoder.inner.encoded == 0 and warm.analyzer.misses == 0
    assert warm.segmenter.misses == 0 and warm.segmenter.hits == 2
    assert a.to_dict() == b.to_dict()


def test_the_default_analyser_keeps_its_parses_in_the_encoders_store(tmp_path: Path) -> None:
    """Comparer() without an analyser parses each text once, ever, when a persistent store backs
    the encoder; without one it parses as before."""
    from conftest import FakeEncoder

    from provenance import Comparer
    from provenance.facts import Analyzer

    rewrite, original = "The council approved the budget on Monday.", "On Monday the council approved the budget."
    runs = [Comparer(encoder=CachedEncoder(FakeEncoder(), persistent=EmbeddingStore.open(tmp_path))) for _ in range(2)]
    assert all(isinstance(c.analyzer, CachedAnalyzer) for c in runs)
    first, second = (c.compare(rewrite, original).to_dict() for c in runs)
    assert runs[0].analyzer.misses == 2 and runs[1].analyzer.misses == 0 and runs[1].analyzer.hits == 2
    assert first == second
    assert isinstance(Comparer(encoder=CachedEncoder(FakeEncoder())).analyzer, Analyzer)


def test_segmentations_are_cached_and_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from provenance import segmentation

    text = "Mr. Kim met Mr. Putin in the U.S. on Jan. 5.\n\nThey spoke. \"We agree,\" he said.  Then they left."
    first = CachedSegmenter(EmbeddingStore.open(tmp_path))
    a = first(text, max_chars=1000)
    assert first.misses == 1 and a == segmentation.segment(text)

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("split again")

    monkeypatch.setattr(segmentation, "segment", refuse)
    second = CachedSegmenter(EmbeddingStore.open(tmp_path))
    assert second(text, max_chars=1000) == a and second.hits == 1
    with pytest.raises(AssertionError, match="split again"):   # another max_chars is another key
        second(text, max_chars=10)
    monkeypatch.undo()
    rows = EmbeddingStore.open(tmp_path).counts()["analyses"]
    assert second(" \n ", max_chars=1000) == ()            # empty text: no sentences, nothing stored
    assert EmbeddingStore.open(tmp_path).counts()["analyses"] == rows
    # an entry that does not fit the text (a hash collision, a hand-edited file) is never served
    store = EmbeddingStore.open(tmp_path)
    store.put_analyses(second.fingerprint(1000), [("Short one. Two.", [0, 99, 0])])
    third = CachedSegmenter(store)
    assert third("Short one. Two.", max_chars=1000) == segmentation.segment("Short one. Two.")
    assert third.misses == 1


def test_load_encoder_uses_the_persistent_store(tmp_path: Path) -> None:
    from provenance import Config
    from provenance.embedding import load_encoder

    enc = load_encoder(Config(cache_dir=str(tmp_path)))
    assert isinstance(enc.persistent, EmbeddingStore)
    assert enc.persistent.path.parent == tmp_path
    assert load_encoder(Config(persistent_cache=False)).persistent is None


def test_an_analyser_that_fails_to_load_is_reported_as_such() -> None:
    """An AttributeError raised inside the wrapped analyser's fingerprint (its model failing to
    load) must not read as the wrapper lacking the attribute."""
    class Broken:
        @property
        def fingerprint(self) -> str:
            raise AttributeError("module 'grp' has no attribute 'getgrnam'")

    wrapped = CachedAnalyzer(Broken())
    for name in ("fingerprint", "cache_fingerprint"):
        with pytest.raises(RuntimeError, match="loading the spaCy analyser failed: module 'grp'"):
            getattr(wrapped, name)
