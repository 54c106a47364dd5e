"""Speed benchmark: where the time goes, measured in one run with medians of repeats.

    python benchmarks/speed.py [--quick] [--out out/speed.json] [--plot out/ann_scaling.png]
                               [--data ../shared/data] [--long-n 100000] [--repeats 5]

Prints the signature, the machine, and one table; ``--out`` writes the same figures as JSON:

* ``compare_over_encode``: end-to-end ``Comparer.compare`` of a real article pair (the seed
  rewrite and its original; models already loaded, caches empty) over a pure ``encode`` of the
  same claims with the same backend (default backend; both backends under ``..._by_backend``).
* ``recompare_over_cold``: the same comparison in a new Comparer whose persistent store has
  seen the texts, over the cold one (the default path: the store keeps embeddings and spaCy
  analyses; with embeddings only, as before 2026-12-01, under
  ``recompare_over_cold_embeddings_only``).
* ``onnx_over_torch_encode``, ``onnx_min_cosine``: speed ratio and the worst cosine between
  the backends on real sentences (STS-B, seeds).
* ``rank_query_s``, ``rank_recall_at_10``: an index over >= 2,000 real documents from
  ``../shared/data`` (FRANK, SWiPE, WiCE, Clough, IteraTeR articles plus pseudo-documents
  of MRPC / PAWS / STS-B / IteraTeR sentences), queried with rewrites whose source is known
  (FRANK summaries, SWiPE Simple-Wikipedia texts, WiCE claims, Clough answers, IteraTeR
  revisions). Median seconds per query (a fresh Comparer per query; models loaded) and the
  share of queries whose true source is in the top 10 (``index.rank``: the comparison's order
  fused with the lexical stage's; ``rank_recall_at_10_comparison_only``: without the fusion).
  The queries are a fixed sample (seed 7, 40 per set); ``benchmarks/rank_fusion.py`` chose
  the fusion's two constants on the other queries of the same pool. ``misses`` lists each
  query whose source was not in the top 10, with where the two first stages ranked it.
* ``ann_query_s_by_size``: one-query latency of the HNSW stage at 1k .. 1M synthetic unit
  vectors with planted matches (and their recall@10); plotted with ``--plot``.
* ``peak_rss_mb_long_pair``: peak resident memory of a process comparing two synthetic
  ``--long-n``-sentence texts end to end (real segmenter, analyser and model).
* ``recut_compare_s``: end-to-end ``Comparer.compare`` of a 600-sentence text against its
  source cut one clause later (``recut_pair``): every rewrite sentence holds the end of one
  source sentence and the start of the next, so the links chain the whole text (models
  loaded, caches empty; ``largest_group`` is the biggest aligned group, rewrite x original).
* ``help_cold_over_python``: ``provenance --help`` wall time over ``python -c pass``.

``--quick`` shrinks every part (smoke use, under a minute once the ONNX export exists).
Data are read from ``--data`` at run time and never copied.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
SEED_DIR = ROOT / "seeds" / "kim-putin"
GOALS = {
    "compare_over_encode": ("<=", 1.10), "recompare_over_cold": ("<=", 0.5), "rank_recall_at_10": (">=", 0.99),
    "rank_query_s": ("<=", 1.0), "peak_rss_mb_long_pair": ("<=", 2000), "help_cold_over_python": ("<=", 3.0),
    "evidence_over_compare": ("<=", 1.0), "verdict_share_of_compare": ("<=", 0.1), "recut_compare_s": ("<=", 20.0),
}


# --------------------------------------------------------------------------- helpers
def median_time(fn: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def write_json(path: Path, obj: Any, indent: int = 2) -> None:
    """Write ``obj`` as JSON to ``path`` (the path the user named with ``--out``), folders made."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, indent=indent) + "\n", encoding="utf-8")


def log(msg: str) -> None:
    print(f"[speed {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    from importlib import metadata

    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        mem = float("nan")
    versions = {}
    for dist in ("rewrite-provenance", "numpy", "torch", "onnxruntime", "faiss-cpu", "spacy", "sentence-transformers",
                 "dask", "distributed"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "none"
    return {"cpu": cpu, "cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity") else os.cpu_count(), "memory_gib": round(mem, 1),
            "platform": platform.platform(), "python": platform.python_version(), "versions": versions,
            "load_average_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None}


def encoders(cache_dir: Path | None) -> dict[str, Any]:
    from provenance.embedding import SentenceTransformerEncoder
    from provenance.onnx_backend import OnnxEncoder

    out = {"torch": SentenceTransformerEncoder(), "onnx": OnnxEncoder(cache_dir=cache_dir),
           "onnx-int8": OnnxEncoder(cache_dir=cache_dir, precision="int8")}
    for enc in out.values():
        enc.encode(["warm up the model"])
    return out


def real_sentences(data: Path, n: int) -> list[str]:
    from provenance.segmentation import segment

    sents = [s.text for p in sorted(SEED_DIR.glob("*.txt")) for s in segment(p.read_text("utf-8"))]
    path = data / "stsb" / "dev.jsonl"
    if path.is_file():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                sents += [rec["a"], rec["b"]]
                if len(sents) >= n:
                    break
    return sents[:n]


# --------------------------------------------------------------------------- 1. backends
def bench_encode(encs: dict[str, Any], sentences: list[str], repeats: int) -> dict[str, Any]:
    t = {name: median_time(lambda e=enc: e.encode(sentences), repeats) for name, enc in encs.items()}
    vec = {name: enc.encode(sentences) for name, enc in encs.items()}
    live = np.array([bool(s.strip()) for s in sentences])
    cos = (vec["onnx"] * vec["torch"]).sum(axis=1)[live]
    cos8 = (vec["onnx-int8"] * vec["torch"]).sum(axis=1)[live]
    return {"sentences": len(sentences), **{f"{k.replace('-', '_')}_sentences_per_s": len(sentences) / v for k, v in t.items()},
            "onnx_over_torch_encode": t["torch"] / t["onnx"], "onnx_min_cosine": float(cos.min()),
            "int8_over_onnx_encode": t["onnx"] / t["onnx-int8"], "int8_over_torch_encode": t["torch"] / t["onnx-int8"],
            "int8_min_cosine": float(cos8.min()), "int8_median_cosine": float(np.median(cos8))}


def bench_stsb_cosine(encs: dict[str, Any], data: Path, limit: int | None) -> dict[str, float] | None:
    """What int8 costs in quality: Spearman (x100) of each backend's plain cosine against the
    STS-B DEV gold (None without the data)."""
    from scipy.stats import spearmanr

    path = data / "stsb" / "dev.jsonl"
    if not path.is_file():
        return None
    with open(path, encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][:limit]
    out = {}
    for name, enc in encs.items():
        a, b = enc.encode([r["a"] for r in rows]), enc.encode([r["b"] for r in rows])
        out[name] = 100 * float(spearmanr((a * b).sum(axis=1), [r["label"] for r in rows]).statistic)
    return {"pairs": len(rows), **out}


# --------------------------------------------------------------------------- 2. compare, recompare
def _pair() -> tuple[str, str]:
    return (SEED_DIR / "rewrite.txt").read_text("utf-8"), (SEED_DIR / "original.txt").read_text("utf-8")


def bench_compare(encs: dict[str, Any], analyzer: Any, repeats: int) -> dict[str, Any]:
    from provenance import Comparer, Config
    from provenance.embedding import CachedEncoder

    rewrite, original = _pair()
    out: dict[str, Any] = {}
    for name, enc in encs.items():
        cfg = Config(backend=name, persistent_cache=False)
        probe = Comparer(cfg, encoder=CachedEncoder(enc), analyzer=analyzer)
        claims = [c.embed_text for d in (rewrite, original) for c in probe.prepare(d).claims]
        t_encode = median_time(lambda enc=enc, claims=claims: enc.encode(claims), repeats)
        t_compare = median_time(lambda cfg=cfg, enc=enc: Comparer(cfg, encoder=CachedEncoder(enc), analyzer=analyzer)
                                .compare(rewrite, original), repeats)
        out[name] = {"claims": len(claims), "encode_s": t_encode, "compare_s": t_compare,
                     "compare_over_encode": t_compare / t_encode}
    return out


def bench_evidence(enc: Any, analyzer: Any, repeats: int, long_n: int) -> dict[str, Any]:
    """``Comparer.evidence`` for every sentence of the seed rewrite against the seed original,
    both prepared already (the Comparer's memo), against one compare of the same pair, also
    warm; and per claim against a synthetic source of ``long_n`` sentences (prepared once)."""
    from provenance import Comparer, Config
    from provenance.embedding import CachedEncoder
    from provenance.segmentation import segment

    rewrite, original = _pair()
    cmp = Comparer(Config(backend="torch", persistent_cache=False), encoder=CachedEncoder(enc), analyzer=analyzer)
    claims = [s.text for s in segment(rewrite)]
    cmp.compare(rewrite, original)
    for c in claims:
        cmp.prepare(c)
    t_compare = median_time(lambda: cmp.compare(rewrite, original), repeats)
    t_all = median_time(lambda: [cmp.evidence(c, original) for c in claims], repeats)
    big = long_text(long_n, 7)
    t0 = time.perf_counter()
    cmp.prepare(big)
    t_prepare_big = time.perf_counter() - t0
    t_big = median_time(lambda: [cmp.evidence(c, big) for c in claims[:5]], max(1, repeats // 2)) / 5
    return {"claims": len(claims), "compare_s": t_compare, "evidence_all_s": t_all,
            "evidence_ms_per_claim": 1000 * t_all / len(claims), "evidence_over_compare": t_all / t_compare,
            "long_source_sentences": long_n, "long_source_prepare_s": t_prepare_big,
            "long_source_ms_per_claim": 1000 * t_big}


def bench_verdict(enc: Any, analyzer: Any, repeats: int, long_n: int) -> dict[str, Any]:
    """What the consistency verdict adds to a compare: its sentence matches
    (``Comparer.sentence_matches``: every rewrite sentence against every source sentence in
    words, each claim against every source claim by cosine) on the seed pair, prepared already,
    against one warm consistency-mode compare of the same pair; and the same matches between two
    synthetic texts of ``long_n`` sentences each (prepared once)."""
    from provenance import Comparer, Config
    from provenance.embedding import CachedEncoder

    rewrite, original = _pair()
    cmp = Comparer(Config(backend="torch", persistent_cache=False, mode="consistency"), encoder=CachedEncoder(enc),
                   analyzer=analyzer)
    cmp.compare(rewrite, original)
    t_compare = median_time(lambda: cmp.compare(rewrite, original), repeats)
    t_matches = median_time(lambda: cmp.sentence_matches(rewrite, original), repeats)
    a, b = long_text(long_n, 11), long_text(long_n, 13)
    t0 = time.perf_counter()
    cmp.prepare(a), cmp.prepare(b)
    t_prepare = time.perf_counter() - t0
    t_long = median_time(lambda: cmp.sentence_matches(a, b), max(1, repeats // 2))
    return {"compare_s": t_compare, "sentence_matches_s": t_matches, "verdict_share_of_compare": t_matches / t_compare,
            "long_sentences": long_n, "long_prepare_s": t_prepare, "long_sentence_matches_s": t_long}


def profile_compare(enc: Any, analyzer: Any) -> list[tuple[str, float]]:
    """Where a cold compare spends its time (cProfile, cumulative seconds of the main stages)."""
    import cProfile
    import pstats

    from provenance import Comparer, Config
    from provenance.embedding import CachedEncoder

    rewrite, original = _pair()
    comparer = Comparer(Config(backend="onnx", persistent_cache=False), encoder=CachedEncoder(enc), analyzer=analyzer)
    prof = cProfile.Profile()
    prof.runcall(comparer.compare, rewrite, original)
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    wanted = {"compare": "pipeline.py", "analyse": "facts.py", "encode": "onnx_backend.py",
              "segment": "segmentation.py", "support": "alignment.py", "label_side": "claims.py",
              "sentence_pairs": "pipeline.py", "overlap": "overlap.py", "attribute": "ranking.py"}
    found: dict[str, float] = {}
    for (file, _, func), row in stats.items():
        if func in wanted and file.endswith(wanted[func]):
            found[func] = found.get(func, 0.0) + row[3]
    return sorted(found.items(), key=lambda kv: -kv[1])


def bench_recompare(encs: dict[str, Any], analyzer: Any, repeats: int, backend: str) -> dict[str, Any]:
    from provenance import Comparer, Config
    from provenance.embedding import CachedEncoder
    from provenance.store import CachedAnalyzer, EmbeddingStore

    rewrite, original = _pair()
    enc = encs[backend]
    cfg = Config(backend=backend)

    def run(folder: Path, with_analysis: bool) -> None:
        store = EmbeddingStore(folder / "store.sqlite")
        an = CachedAnalyzer(analyzer, store) if with_analysis else analyzer
        Comparer(cfg, encoder=CachedEncoder(enc, persistent=store), analyzer=an).compare(rewrite, original)

    out: dict[str, Any] = {}
    for with_analysis in (False, True):
        colds, warms = [], []
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as tmp:
                folder = Path(tmp)
                colds.append(median_time(lambda f=folder, w=with_analysis: run(f, w), 1))
                warms.append(median_time(lambda f=folder, w=with_analysis: run(f, w), 1))
        key = "with_analysis_cache" if with_analysis else "embeddings_only"
        out[key] = {"cold_s": statistics.median(colds), "recompare_s": statistics.median(warms),
                    "recompare_over_cold": statistics.median(warms) / statistics.median(colds)}
    return out


# --------------------------------------------------------------------------- 3. rank over a real pool
def _jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def real_pool(data: Path, quick: bool) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, bool]]]:
    """``(docs, queries)``: docs ``(id, text)``; queries ``(set, text, true source id, backed)``.

    ``backed`` is False where the set's own label says the source does not back the rewrite
    (a FRANK summary with a factual error, a WiCE claim labelled not_supported): recall is
    reported over all queries and over the backed ones."""
    docs: list[tuple[str, str]] = []
    queries: list[tuple[str, str, str, bool]] = []
    cap = (lambda xs, n: xs[:n]) if quick else (lambda xs, n: xs)  # noqa: E731
    for r in cap(_jsonl(data / "frank" / "dev.jsonl"), 6):
        docs.append((f"frank/{r['id']}", r["source_text"]))
        queries += [("frank", s["summary"], f"frank/{r['id']}", s["label"] == 1) for s in r["summaries"]]
    for r in cap(_jsonl(data / "swipe" / "dev.jsonl"), 15):
        docs.append((f"swipe/{r['id']}", r["source_text"]))
        queries.append(("swipe", r["target_text"], f"swipe/{r['id']}", True))
    for r in cap(_jsonl(data / "wice" / "dev.jsonl"), 2):
        docs.append((f"wice/{r['id']}", " ".join(r["source_sentences"])))
        queries.append(("wice", " ".join(r["target_sentences"]), f"wice/{r['id']}", r["label"] != "not_supported"))
    seen: dict[str, str] = {}
    for r in _jsonl(data / "clough_reuse" / "dev.jsonl"):
        if r["a"] not in seen:
            seen[r["a"]] = f"clough/{r['task']}"
            docs.append((seen[r["a"]], r["a"]))
        queries.append(("clough", r["b"], seen[r["a"]], True))
    for r in cap(_jsonl(data / "iterater_doc" / "dev.jsonl"), 2):
        docs.append((f"iterater/{r['id']}", r["old_text"]))
        queries.append(("iterater", r["new_text"], f"iterater/{r['id']}", True))
    # pseudo-documents: 6 consecutive sentences of the pair sets (distractors only)
    for name, limit in (("paws", 8000), ("stsb", 1500), ("mrpc", 866), ("iterater_sent", 400)):
        path = data / name / "dev.jsonl"
        if not path.is_file():
            continue
        sents = list(dict.fromkeys(r["a"] for r in _jsonl(path)[: (16 if quick else limit)]))
        for i in range(0, len(sents) - 5, 6):
            docs.append((f"{name}/group-{i // 6:04d}", " ".join(sents[i : i + 6])))
    ids = [d for d, _ in docs]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate document ids in the pool")
    if not quick and len(docs) < 2000:
        raise SystemExit(f"the pool has {len(docs)} documents, fewer than the 2,000 asked for: check --data")
    return docs, queries


def sample_queries(queries: list[tuple[str, str, str, bool]], per_set: int,
                   seed: int = 7) -> list[tuple[str, str, str, bool]]:
    rng = random.Random(seed)
    by_set: dict[str, list[tuple[str, str, str, bool]]] = {}
    for q in queries:
        by_set.setdefault(q[0], []).append(q)
    out = []
    for name in sorted(by_set):
        group = by_set[name]
        out += rng.sample(group, min(per_set, len(group)))
    return out


def _pool_index(docs: list[tuple[str, str]], folder: Path, comparer: Any) -> tuple[Any, float]:
    """Build the pool's index in ``folder`` or reuse the one there if it holds these documents."""
    from provenance.index import SourceIndex, build_index

    path, note = folder / "index", folder / "benchmark-build.json"
    if path.exists() and note.exists():
        index = SourceIndex.open(path)
        if index.ids() == [d for d, _ in docs] and index.fingerprint == comparer.encoder.fingerprint:
            log(f"rank: reusing the index in {path}")
            return index, float(json.loads(note.read_text())["build_s"])
    log(f"rank: indexing {len(docs)} documents")
    t = time.perf_counter()
    index = build_index(docs, path, comparer=comparer, force=True, progress=sys.stderr.isatty())
    build_s = time.perf_counter() - t
    note.write_text(json.dumps({"build_s": build_s}))
    return index, build_s


def bench_rank(data: Path, quick: bool, per_set: int, analyzer: Any, onnx: Any,
               index_dir: Path | None, backend: str = "onnx") -> dict[str, Any]:
    from provenance import Config
    from provenance.claims import claim_weights
    from provenance.index import DEFAULT_CANDIDATES, DEFAULT_LEXICAL, make_comparer

    docs, queries = real_pool(data, quick)
    sample = sample_queries(queries, per_set)
    with tempfile.TemporaryDirectory() as tmp:
        folder = index_dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        cfg = Config(backend=backend, cache_dir=str(Path(tmp) / "user-cache"))   # an empty user cache
        index, build_s = _pool_index(docs, folder, make_comparer(cfg, encoder=onnx, analyzer=analyzer))
        log(f"rank: {len(index)} documents, {index.faiss_index.ntotal} claim vectors; {len(sample)} queries")
        times: list[float] = []
        stages: dict[str, list[float]] = {"prepare_rewrite": [], "first_stage": [], "full_rank": []}
        hits, unfused_hits, per_set_hits, backed_hits = 0, 0, {}, [0, 0]
        misses: list[dict[str, Any]] = []
        first_stage_hits = {"vector@10": 0, f"vector@{DEFAULT_CANDIDATES}": 0, "vector@100": 0,
                            f"vector@{DEFAULT_CANDIDATES}+lexical@{DEFAULT_LEXICAL}": 0}
        for name, text, truth, backed in sample:
            # end to end, as `provenance rank --index` runs it (a fresh Comparer: no memory carry-over)
            comparer = make_comparer(cfg, index=index, encoder=onnx, analyzer=analyzer)
            t = time.perf_counter()
            ranked = index.rank(text, comparer, k=10)
            times.append(time.perf_counter() - t)
            ok = truth in [r.key for r in ranked]
            hits += ok
            s = per_set_hits.setdefault(name, [0, 0])
            s[0] += ok
            s[1] += 1
            backed_hits[0] += ok and backed
            backed_hits[1] += backed
            # the same work in its three stages, on another fresh Comparer (no user cache: the
            # rewrite is parsed and encoded again)
            comparer = make_comparer(cfg.replace(persistent_cache=False), index=index, encoder=onnx, analyzer=analyzer)
            t0 = time.perf_counter()
            prep = comparer.prepare(text)
            t1 = time.perf_counter()
            pool = index.candidates(prep)
            t2 = time.perf_counter()
            unfused = comparer.rank(text, {c.id: index.doc(c.n)[1] for c in pool}, limit=10)
            t3 = time.perf_counter()
            unfused_hits += truth in [r.key for r in unfused]
            stages["prepare_rewrite"].append(t1 - t0)
            stages["first_stage"].append(t2 - t1)
            stages["full_rank"].append(t3 - t2)
            vector = [c.id for c in index.search(prep.embeddings, claim_weights(prep.claims), candidates=100)]
            for cut in (10, DEFAULT_CANDIDATES, 100):
                first_stage_hits[f"vector@{cut}"] += truth in vector[:cut]
            first_stage_hits[f"vector@{DEFAULT_CANDIDATES}+lexical@{DEFAULT_LEXICAL}"] += truth in [c.id for c in pool]
            if not ok:   # where each stage put the source of a query it missed (None: not in its top 100)
                lexical = [c.id for c in index.search_lexical(text, candidates=100)]
                misses.append({"set": name, "source": truth, "backed": backed, "claims": len(prep.claims),
                               "vector_rank": vector.index(truth) + 1 if truth in vector else None,
                               "lexical_rank": lexical.index(truth) + 1 if truth in lexical else None})
        return {"documents": len(index), "claim_vectors": int(index.faiss_index.ntotal), "build_s": build_s,
                "queries": len(sample), "queries_available": len(queries),
                "rank_query_s": statistics.median(times), "rank_query_s_p90": float(np.percentile(times, 90)),
                "rank_query_s_max": max(times),
                "stage_median_s": {k: statistics.median(v) for k, v in stages.items()},
                "rank_recall_at_10": hits / len(sample),
                "rank_recall_at_10_backed": backed_hits[0] / max(1, backed_hits[1]), "backed_queries": backed_hits[1],
                "rank_recall_at_10_comparison_only": unfused_hits / len(sample),
                "first_stage_recall": {k: v / len(sample) for k, v in first_stage_hits.items()},
                "recall_at_10_by_set": {k: v[0] / v[1] for k, v in sorted(per_set_hits.items())},
                "queries_by_set": {k: v[1] for k, v in sorted(per_set_hits.items())}, "misses": misses}


# --------------------------------------------------------------------------- 4. ANN scaling
def bench_ann(sizes: list[int], n_queries: int, dim: int = 384, seed: int = 0) -> dict[str, Any]:
    import faiss

    from provenance.index import DEFAULT_EF_CONSTRUCTION, DEFAULT_EF_SEARCH, DEFAULT_M, new_hnsw, set_ef_search

    rng = np.random.default_rng(seed)
    out: dict[str, Any] = {}
    for n in sizes:
        index = new_hnsw(dim, DEFAULT_M, DEFAULT_EF_CONSTRUCTION)
        t = time.perf_counter()
        planted_vecs = None
        for start in range(0, n, 100_000):
            block = rng.standard_normal((min(100_000, n - start), dim), dtype=np.float32)
            block /= np.linalg.norm(block, axis=1, keepdims=True)
            if start == 0:
                planted_vecs = block[: n_queries].copy()
            index.add(block)
        build_s = time.perf_counter() - t
        assert planted_vecs is not None
        noise = rng.standard_normal(planted_vecs.shape, dtype=np.float32)
        queries = planted_vecs + 0.5 * noise / np.linalg.norm(noise, axis=1, keepdims=True)
        queries /= np.linalg.norm(queries, axis=1, keepdims=True)
        set_ef_search(index, DEFAULT_EF_SEARCH)
        faiss.omp_set_num_threads(1)  # one query at a time: latency, not throughput
        times, found = [], 0
        for i in range(n_queries):
            t = time.perf_counter()
            _, ids = index.search(queries[i : i + 1], 10)
            times.append(time.perf_counter() - t)
            found += int(i in ids[0])
        faiss.omp_set_num_threads(os.cpu_count() or 1)
        out[str(n)] = {"query_s": statistics.median(times), "recall_at_10_planted": found / n_queries,
                       "build_s": build_s}
        log(f"ann: {n:>9,} vectors: {statistics.median(times) * 1e3:.3f} ms/query, built in {build_s:.0f}s")
        del index
        gc.collect()
    return out


def plot_ann(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = [int(k) for k in result]
    ms = [result[k]["query_s"] * 1e3 for k in result]
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.loglog(sizes, ms, "o-", label="HNSW query (measured)")
    ax.loglog(sizes, [ms[0] * s / sizes[0] for s in sizes], "--", color="grey", label="linear growth (reference)")
    ax.set_xlabel("indexed vectors")
    ax.set_ylabel("ms per query (1 thread)")
    ax.set_title("provenance index: first-stage query time vs index size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


# --------------------------------------------------------------------------- 5. long pair
SUBJ = ("The council", "A spokesman", "The minister", "Local farmers", "The company", "Police", "The court",
        "Scientists", "The union", "Residents", "The mayor", "Investors")
VERB = ("approved", "rejected", "announced", "reported", "delayed", "criticised", "welcomed", "investigated",
        "funded", "cancelled")
OBJ = ("the budget", "a new bridge", "the merger", "the strike", "a vaccine trial", "the election results",
       "the harbour plan", "a tax cut", "the treaty", "the school reform", "the rail link", "the water deal")
WHEN = ("on Monday", "last week", "in March", "after a long debate", "before the summer", "on Friday night",
        "in 2019", "this morning", "by 12 votes to 9", "for 40 million euros")


def long_text(n: int, seed: int) -> str:
    """``n`` synthetic news sentences (from 14,400 patterns), a paragraph break every 8."""
    rng = random.Random(seed)
    parts = []
    for i in range(n):
        parts.append(f"{rng.choice(SUBJ)} {rng.choice(VERB)} {rng.choice(OBJ)} {rng.choice(WHEN)}.")
        parts.append("\n" if i % 8 == 7 else " ")
    return "".join(parts)


def recut_pair(n: int) -> tuple[str, str]:
    """(rewrite, original) of ``n`` sentences each: clauses 2i and 2i + 1 make source sentence
    i, and the rewrite joins clauses 2i + 1 and 2i + 2. Nothing is added or dropped but the
    first and last clause; each rewrite sentence links two source sentences."""
    who = ["The minister", "The council", "The union", "The mayor", "The court"]
    did = ["approved", "rejected", "delayed", "reviewed"]
    what = ["the budget", "the plan", "the merger", "the contract", "the bridge"]
    where = ["Leeds", "York", "Hull", "Bath", "Derby", "Wells"]
    clauses = [f"{who[i % 5]} {did[i % 4]} {what[(i // 2) % 5]} in {where[i % 6]} in {1900 + i}"
               for i in range(2 * n + 1)]
    low = [c[0].lower() + c[1:] for c in clauses]
    original = " ".join(f"{clauses[2 * i]}, and {low[2 * i + 1]}." for i in range(n))
    rewrite = " ".join(f"{clauses[2 * i + 1]}, and {low[2 * i + 2]}." for i in range(n))
    return rewrite, original


def bench_recut(enc: Any, analyzer: Any, n: int) -> dict[str, Any]:
    from provenance import Comparer, Config
    from provenance.embedding import CachedEncoder

    rewrite, original = recut_pair(n)
    comparer = Comparer(Config(persistent_cache=False), encoder=CachedEncoder(enc), analyzer=analyzer)
    t = time.perf_counter()
    result = comparer.compare(rewrite, original)
    elapsed = time.perf_counter() - t
    largest = max(result.pairs, key=lambda p: (len(p.rewrite) * len(p.original), p.rewrite), default=None)
    return {"sentences_per_text": n, "recut_compare_s": elapsed, "groups": len(result.pairs),
            "largest_group": [len(largest.rewrite), len(largest.original)] if largest else [0, 0]}


def long_pair_child(n: int, onnx_cache: str | None) -> None:
    """Runs in a fresh process: one end-to-end comparison of two n-sentence texts."""
    from provenance import Comparer, Config
    from provenance.embedding import CachedEncoder
    from provenance.facts import Analyzer
    from provenance.onnx_backend import OnnxEncoder
    from provenance.store import CachedAnalyzer

    original, rewrite = long_text(n, 1), long_text(n, 2)
    comparer = Comparer(Config(backend="onnx", persistent_cache=False),
                        encoder=CachedEncoder(OnnxEncoder(cache_dir=onnx_cache)), analyzer=CachedAnalyzer(Analyzer()))
    comparer.compare("Models load before the clock starts.", "The models load first.")
    loaded = _rss_mb()
    t = time.perf_counter()
    result = comparer.compare(rewrite, original)
    elapsed = time.perf_counter() - t
    print(json.dumps({"compare_s": elapsed, "rss_mb_after_loading_models": loaded, "vm_hwm_mb": _rss_mb("VmHWM"),
                      "rewrite_claims": len(result.rewrite.claims),
                      "original_claims": len(result.originals[0].claims)}))


def _rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (``VmHWM``: its peak since exec) in MB; NaN off Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def bench_long_pair(n: int, onnx_cache: Path | None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--long-pair-child", str(n)]
    if onnx_cache is not None:
        cmd += ["--onnx-cache", str(onnx_cache)]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stdout_chunks: list[str] = []
    import threading

    reader = threading.Thread(target=lambda: stdout_chunks.append(proc.stdout.read()))  # type: ignore[union-attr]
    reader.start()
    err_reader = threading.Thread(target=lambda: proc.stderr.read())  # type: ignore[union-attr]
    err_reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    reader.join()
    err_reader.join()
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"long-pair child failed with exit code {proc.returncode}")
    info = json.loads("".join(stdout_chunks).strip().splitlines()[-1])
    # ru_maxrss of a child is no good on Linux: at exec the kernel folds the high-water mark of
    # the memory the child was forked (vforked) from, i.e. this parent's, into it. The child's
    # own VmHWM starts at exec; ru_maxrss is kept beside it, and used only off Linux.
    maxrss = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    hwm = info.pop("vm_hwm_mb", float("nan"))
    peak = hwm if hwm == hwm else maxrss
    return {"sentences_per_text": n, "peak_rss_mb": peak, "ru_maxrss_mb": maxrss, "process_wall_s": wall, **info}


# --------------------------------------------------------------------------- 6. CLI start-up
def bench_help(repeats: int) -> dict[str, Any]:
    exe = Path(sys.executable).parent / "provenance"
    help_cmd = [str(exe), "--help"] if exe.exists() else [sys.executable, "-m", "provenance", "--help"]
    out: dict[str, Any] = {"command": " ".join(help_cmd)}
    with tempfile.TemporaryDirectory() as tmp:
        bytecode = dict(os.environ)
        bytecode.pop("PYTHONDONTWRITEBYTECODE", None)
        bytecode["PYTHONPYCACHEPREFIX"] = tmp          # cached bytecode, as after `pip install`
        no_bytecode = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        no_bytecode.pop("PYTHONPYCACHEPREFIX", None)
        for label, env in (("bytecode_cached", bytecode), ("no_bytecode_cache", no_bytecode)):
            def run(cmd: list[str], env: dict[str, str] = env) -> None:
                subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=True)

            run([sys.executable, "-c", "pass"])
            run(help_cmd)
            py = median_time(lambda: run([sys.executable, "-c", "pass"]), repeats)
            cli = median_time(lambda: run(help_cmd), repeats)
            out[label] = {"python_pass_s": py, "help_s": cli, "ratio": cli / py}
    out["help_cold_over_python"] = out["bytecode_cached"]["ratio"]
    return out


# --------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: small sizes, under a minute")
    ap.add_argument("--out", type=Path, help="write JSON here")
    ap.add_argument("--plot", type=Path, default=ROOT / "out" / "ann_scaling.png", help="PNG: ANN query time vs size")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--repeats", type=int, default=None, help="repeats per timing (median); default 5, quick 2")
    ap.add_argument("--long-n", type=int, default=None, help="sentences per text of the long pair (default 100000)")
    ap.add_argument("--ann-sizes", default=None, help="comma list (default 1000,10000,100000,1000000)")
    ap.add_argument("--queries-per-set", type=int, default=None, help="rank queries sampled per data set")
    ap.add_argument("--index-dir", type=Path, default=None,
                    help="keep the pool's index here and reuse it on the next run (default: a temporary folder)")
    from provenance._defaults import BACKENDS

    ap.add_argument("--rank-backend", default="onnx", choices=BACKENDS,
                    help="backend of the rank benchmark's index and queries (default onnx; an index is tied to its backend)")
    ap.add_argument("--onnx-cache", type=Path, default=None, help="where the ONNX export lives (default: user cache)")
    ap.add_argument("--skip", default="",
                    help="comma list of parts to skip: encode,compare,recompare,evidence,verdict,recut,rank,ann,long,help")
    ap.add_argument("--long-pair-child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.long_pair_child is not None:
        long_pair_child(args.long_pair_child, str(args.onnx_cache) if args.onnx_cache else None)
        return 0

    quick = args.quick
    repeats = args.repeats or (2 if quick else 5)
    long_n = args.long_n or (300 if quick else 100_000)
    sizes = [int(s) for s in (args.ann_sizes or ("1000,10000" if quick else "1000,10000,100000,1000000")).split(",")]
    per_set = args.queries_per_set or (2 if quick else 40)
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    started = time.perf_counter()

    from provenance import Comparer, Config
    from provenance.embedding import CachedEncoder
    from provenance.facts import Analyzer

    command = " ".join(["python", "benchmarks/speed.py", *(argv if argv is not None else sys.argv[1:])])
    res: dict[str, Any] = {"command": command, "quick": quick, "repeats": repeats, "machine": machine()}
    log("loading models")
    encs = encoders(args.onnx_cache)
    analyzer = Analyzer()
    analyzer.analyse(["Warm up the parser, said the engineer on Monday."])
    res["signature"] = {name: Comparer(Config(backend=name, persistent_cache=False), encoder=CachedEncoder(enc),
                                       analyzer=analyzer).signature for name, enc in encs.items()}
    print(f"signature (torch): {res['signature']['torch']}")
    print(f"signature (onnx):  {res['signature']['onnx']}")
    print(f"signature (int8):  {res['signature']['onnx-int8']}")
    m = res["machine"]
    print(f"machine: {m['cpu']}, {m['usable_cores']} cores, {m['memory_gib']} GiB, {m['platform']}, "
          f"python {m['python']}, load {m['load_average_start']}")

    if "encode" not in skip:
        log("encode: torch vs onnx vs onnx-int8")
        res["encode"] = bench_encode(encs, real_sentences(args.data, 40 if quick else 1000), repeats)
        res["onnx_over_torch_encode"] = res["encode"]["onnx_over_torch_encode"]
        res["onnx_min_cosine"] = res["encode"]["onnx_min_cosine"]
        res["int8_over_onnx_encode"] = res["encode"]["int8_over_onnx_encode"]
        res["int8_min_cosine"] = res["encode"]["int8_min_cosine"]
        res["stsb_cosine_spearman_by_backend"] = bench_stsb_cosine(encs, args.data, 200 if quick else None)
    if "compare" not in skip:
        log("compare vs encode")
        res["compare"] = bench_compare(encs, analyzer, repeats)
        res["compare_over_encode"] = res["compare"][Config().backend]["compare_over_encode"]
        res["compare_over_encode_by_backend"] = {k: v["compare_over_encode"] for k, v in res["compare"].items()}
        res["compare_profile_onnx_s"] = profile_compare(encs["onnx"], analyzer)
    if "recompare" not in skip:
        log("recompare vs cold")
        res["recompare"] = bench_recompare(encs, analyzer, 1 if quick else repeats, Config().backend)
        res["recompare_over_cold"] = res["recompare"]["with_analysis_cache"]["recompare_over_cold"]
        res["recompare_over_cold_embeddings_only"] = res["recompare"]["embeddings_only"]["recompare_over_cold"]
    if "evidence" not in skip:
        log("evidence for every rewrite sentence vs one compare")
        res["evidence"] = bench_evidence(encs["torch"], analyzer, repeats, 300 if quick else 5000)
        res["evidence_over_compare"] = res["evidence"]["evidence_over_compare"]
    if "verdict" not in skip:
        log("the consistency verdict's sentence matches vs one consistency-mode compare")
        res["verdict"] = bench_verdict(encs["torch"], analyzer, repeats, 300 if quick else 5000)
        res["verdict_share_of_compare"] = res["verdict"]["verdict_share_of_compare"]
    if "recut" not in skip:
        n_recut = 60 if quick else 600
        log(f"a {n_recut}-sentence text against its source cut one clause later")
        res["recut"] = bench_recut(encs[Config().backend], analyzer, n_recut)
        res["recut_compare_s"] = res["recut"]["recut_compare_s"]
    if "rank" not in skip:
        log(f"rank over the real pool ({args.rank_backend})")
        res["rank"] = bench_rank(args.data, quick, per_set, analyzer, encs[args.rank_backend], args.index_dir,
                                 args.rank_backend)
        res["rank"]["backend"] = args.rank_backend
        res["rank_query_s"] = res["rank"]["rank_query_s"]
        res["rank_recall_at_10"] = res["rank"]["rank_recall_at_10"]
    del encs
    gc.collect()
    if "ann" not in skip:
        res["ann_query_s_by_size"] = bench_ann(sizes, 50 if quick else 200)
        if args.plot:
            plot_ann(res["ann_query_s_by_size"], args.plot)
            res["ann_plot"] = str(args.plot)
    if "long" not in skip:
        log(f"long pair: two {long_n:,}-sentence texts in a fresh process")
        res["long_pair"] = bench_long_pair(long_n, args.onnx_cache)
        res["peak_rss_mb_long_pair"] = res["long_pair"]["peak_rss_mb"]
    if "help" not in skip:
        log("provenance --help vs python -c pass")
        res["help"] = bench_help(7 if quick else 21)
        res["help_cold_over_python"] = res["help"]["help_cold_over_python"]
    res["machine"]["load_average_end"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    res["wall_s"] = time.perf_counter() - started
    print_table(res)
    if args.out:
        write_json(args.out, res)
        print(f"wrote {args.out}")
    return 0


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.4f}" if abs(v) < 10 else f"{v:,.0f}"
    return str(v)


def print_table(res: dict[str, Any]) -> None:
    rows: list[tuple[str, str, str]] = []

    def add(key: str, value: Any, note: str = "") -> None:
        goal = GOALS.get(key)
        verdict = ""
        if goal is not None and isinstance(value, (int, float)):
            ok = value <= goal[1] if goal[0] == "<=" else value >= goal[1]
            verdict = f"{goal[0]} {goal[1]}  {'ok' if ok else 'MISSED'}"
        rows.append((key, _fmt(value), (verdict + ("  " if verdict and note else "") + note).strip()))

    if "compare" in res:
        add("compare_over_encode", res["compare_over_encode"],
            "by backend: " + ", ".join(f"{k} {v:.2f}" for k, v in res["compare_over_encode_by_backend"].items()))
    if "recompare" in res:
        add("recompare_over_cold", res["recompare_over_cold"], "embeddings + analyses cached (default path)")
        add("recompare_over_cold_embeddings_only", res["recompare_over_cold_embeddings_only"],
            "embedding cache alone")
    if "evidence" in res:
        e = res["evidence"]
        add("evidence_over_compare", res["evidence_over_compare"],
            f"{e['claims']} seed sentences, {e['evidence_ms_per_claim']:.1f} ms each; "
            f"{e['long_source_ms_per_claim']:.0f} ms each against {e['long_source_sentences']:,} sentences "
            f"(prepared once in {e['long_source_prepare_s']:.0f} s)")
    if "verdict" in res:
        v = res["verdict"]
        add("verdict_share_of_compare", res["verdict_share_of_compare"],
            f"{1000 * v['sentence_matches_s']:.1f} ms of a {1000 * v['compare_s']:.0f} ms consistency compare; "
            f"{v['long_sentence_matches_s']:.1f} s for {v['long_sentences']:,} sentences against {v['long_sentences']:,}")
    if "encode" in res:
        e = res["encode"]
        add("onnx_over_torch_encode", res["onnx_over_torch_encode"],
            f"{e['onnx_sentences_per_s']:.0f} vs {e['torch_sentences_per_s']:.0f} sentences/s")
        add("onnx_min_cosine", res["onnx_min_cosine"], f"over {e['sentences']} real sentences")
        add("int8_over_onnx_encode", res["int8_over_onnx_encode"],
            f"{e['onnx_int8_sentences_per_s']:.0f} sentences/s; {e['int8_over_torch_encode']:.2f} x torch (optional backend onnx-int8)")
        add("int8_min_cosine", res["int8_min_cosine"], f"to torch fp32; median {e['int8_median_cosine']:.4f}")
        sts = res.get("stsb_cosine_spearman_by_backend")
        if sts:
            rows.append(("stsb_cosine_spearman", "", f"plain cosine on {sts['pairs']} STS-B DEV pairs: "
                         + ", ".join(f"{k} {v:.2f}" for k, v in sts.items() if k != "pairs")))
    if "recut" in res:
        rc = res["recut"]
        add("recut_compare_s", res["recut_compare_s"], f"{rc['sentences_per_text']} sentences each; {rc['groups']} "
            f"groups, the largest {rc['largest_group'][0]} x {rc['largest_group'][1]} sentences")
    if "rank" in res:
        r = res["rank"]
        st = r["stage_median_s"]
        add("rank_query_s", res["rank_query_s"], f"median; p90 {r['rank_query_s_p90']:.2f}s; {r['documents']} docs, "
            f"{r['claim_vectors']} vectors; stages: rewrite {st['prepare_rewrite']:.2f}s, first stage "
            f"{st['first_stage'] * 1e3:.1f}ms, full rank {st['full_rank']:.2f}s")
        add("rank_recall_at_10", res["rank_recall_at_10"],
            f"{r['queries']} queries; " + ", ".join(f"{k} {v:.2f}" for k, v in r["recall_at_10_by_set"].items())
            + f"; sources backing the rewrite ({r['backed_queries']}): {r['rank_recall_at_10_backed']:.2f}; "
            + f"comparison's order alone {r['rank_recall_at_10_comparison_only']:.2f}; first stage "
            + ", ".join(f"{k} {v:.2f}" for k, v in r["first_stage_recall"].items()))
        for miss in r.get("misses", []):
            label = "the set labels it unsupported by its source" if not miss["backed"] else "no label against its source"
            rows.append(("  missed", miss["set"], f"{miss['source']} ({label}; {miss['claims']} claims; first-stage "
                         f"rank: vector {miss['vector_rank'] or '> 100'}, lexical {miss['lexical_rank'] or '> 100'})"))
    if "ann_query_s_by_size" in res:
        for n, v in res["ann_query_s_by_size"].items():
            add(f"ann_query_s[{int(n):,}]", v["query_s"], f"recall@10 planted {v['recall_at_10_planted']:.2f}, "
                f"build {v['build_s']:.0f}s")
    if "long_pair" in res:
        lp = res["long_pair"]
        add("peak_rss_mb_long_pair", res["peak_rss_mb_long_pair"],
            f"{lp['sentences_per_text']:,} sentences each; compare {lp['compare_s']:.0f}s")
    if "help" in res:
        h = res["help"]
        add("help_cold_over_python", res["help_cold_over_python"],
            f"{h['bytecode_cached']['help_s'] * 1e3:.0f} ms vs {h['bytecode_cached']['python_pass_s'] * 1e3:.0f} ms; "
            f"without bytecode cache {h['no_bytecode_cache']['ratio']:.2f}")
    width = max(len(r[0]) for r in rows) if rows else 10
    print()
    print(f"{'metric':<{width}}  {'value':>10}  goal / notes")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 40}")
    for key, value, note in rows:
        print(f"{key:<{width}}  {value:>10}  {note}")
    print(f"\nwall time {res['wall_s']:.0f}s; load average {res['machine']['load_average_start']} -> "
          f"{res['machine']['load_average_end']}")


if __name__ == "__main__":
    sys.exit(main())
