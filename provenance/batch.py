"""Many rewrites against one index or candidate set, on Dask (``distributed``).

``run_batch`` cuts the rewrites into chunks and runs ``run_chunk`` on each: on a local
cluster of worker processes by default (``LocalCluster(processes=True, host="127.0.0.1")``),
or on a running scheduler given by address; both go through the same ``Client`` code.
``scheduler="inprocess"`` runs the very same ``run_chunk`` here, one chunk after another
(what the tests compare the cluster's output with).

Workers never receive a model: each builds its own Comparer on first use from a small
picklable ``Job`` (the Config, the index path, an optional factory) and keeps it for the
rest of the run. An index is opened by path on each worker (a shared folder on a real
cluster); a candidate set is scattered once to every worker.

Each result is a JSON-ready dict, in input order::

    {"id": ..., "ranking": [Ranked.to_dict(), ...], "comparisons": [Comparison.to_dict(), ...]}

or ``{"id": ..., "error": "..."}`` when that rewrite could not be read or compared.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import Config
from .errors import ConfigError, InputError, ProvenanceError

log = logging.getLogger(__name__)

INPROCESS = "inprocess"


@dataclass(frozen=True)
class Job:
    """What a worker needs to build its Comparer (small and picklable; never a model)."""

    token: str                                  # one per run: workers build one Comparer per token
    config: Config
    index: str | None = None                    # path of an index, opened on each worker
    factory: Callable[[Any], Any] | None = None  # opened index (or None) -> Comparer; default make_comparer
    k: int = 10
    compare_top: int = 1
    candidates: int | None = None               # first-stage pool size for an index (None: its default)


_WORKER: OrderedDict[str, tuple[Any, Any]] = OrderedDict()   # token -> (comparer, index), per process


def _context(job: Job) -> tuple[Any, Any]:
    """The Comparer (and opened index) of this job, built once per process and run."""
    hit = _WORKER.get(job.token)
    if hit is not None:
        return hit
    from .index import SourceIndex, make_comparer

    index = SourceIndex.open(job.index) if job.index is not None else None
    comparer = job.factory(index) if job.factory is not None else make_comparer(job.config, index=index)
    _WORKER[job.token] = (comparer, index)
    while len(_WORKER) > 2:  # a long-lived worker keeps the last two runs' models, not all
        _WORKER.popitem(last=False)
    return comparer, index


def compare_one(comparer: Any, rewrite_id: Any, text: str, source: Any, *, k: int = 10, compare_top: int = 1,
                candidates: int | None = None) -> dict[str, Any]:
    """Rank ``source`` (an opened ``SourceIndex`` or a mapping id -> text) for one rewrite and
    compare it with its best ``compare_top`` sources."""
    from .index import SourceIndex

    try:
        if isinstance(source, SourceIndex):
            ranked = source.rank(text, comparer, k=k, candidates=candidates)
            lookup = {r.key: source.text(r.key) for r in ranked[:compare_top]}
        else:
            ranked = comparer.rank(text, source, limit=k)
            lookup = source
        out: dict[str, Any] = {"id": rewrite_id, "ranking": [r.to_dict() for r in ranked]}
        if compare_top:
            top = [r.key for r in ranked[:compare_top]]
            comparisons = [comparer.compare(text, {key: lookup[key]}).to_dict() for key in top]
            out["comparisons"] = comparisons
        return out
    except ProvenanceError as exc:
        return {"id": rewrite_id, "error": str(exc)}


def run_chunk(job: Job, chunk: Sequence[tuple[Any, str]], candidates: Mapping[Any, str] | None) -> list[dict[str, Any]]:
    """One task: the results for a few rewrites (runs on a worker, or here for ``inprocess``)."""
    comparer, index = _context(job)
    source = index if index is not None else candidates
    return [compare_one(comparer, rid, text, source, k=job.k, compare_top=job.compare_top,
                        candidates=job.candidates) for rid, text in chunk]


def _pairs(rewrites: Any) -> list[tuple[Any, str]]:
    if isinstance(rewrites, Mapping):
        items = list(rewrites.items())
    else:
        items = [(r if isinstance(r, tuple) else (i, r)) for i, r in enumerate(rewrites)]
    for rid, text in items:
        if not isinstance(text, str):
            raise InputError(f"rewrite {rid!r} is {type(text).__name__}, not str")
    return items


def run_batch(rewrites: Mapping[Any, str] | Iterable[tuple[Any, str]] | Iterable[str], source: Any, *,
              config: Config | None = None, scheduler: str | None = None, n_workers: int = 2, k: int = 10,
              compare_top: int = 1, chunk_size: int = 4, candidates: int | None = None,
              comparer_factory: Callable[[Any], Any] | None = None, progress: bool = False) -> list[dict[str, Any]]:
    """Compare many rewrites against an index (a path) or a candidate set (mapping id -> text).

    ``scheduler``: ``None`` starts a local cluster of ``n_workers`` processes (one thread each)
    on 127.0.0.1 and closes it afterwards; an address (``tcp://host:8786``) uses that cluster;
    ``"inprocess"`` runs here without Dask. Results come back in input order.

    ``comparer_factory(index_or_None)`` builds each worker's Comparer (it must be picklable,
    e.g. a module-level function or a ``functools.partial`` of one); by default
    ``index.make_comparer(config, index=...)``, which reads the index's cached embeddings.
    """
    items = _pairs(rewrites)
    config = config or Config()
    cands: Mapping[Any, str] | None = None
    index_path: str | None = None
    if isinstance(source, (str, Path)):
        index_path = str(Path(source).resolve())
        from .index import SourceIndex

        SourceIndex.open(index_path)  # fail here, with a clear message, not on every worker
    elif isinstance(source, Mapping):
        cands = dict(source)
    else:
        cands = {i: t for i, t in enumerate(source)}
    job = Job(uuid.uuid4().hex, config, index_path, comparer_factory, k, compare_top, candidates)
    chunks = [items[i : i + chunk_size] for i in range(0, len(items), chunk_size)]
    bar = _bar(progress, len(items))
    results: list[list[dict[str, Any]] | None] = [None] * len(chunks)
    try:
        if scheduler == INPROCESS:
            for i, chunk in enumerate(chunks):
                results[i] = run_chunk(job, chunk, cands)
                bar.update(len(chunk))
        else:
            _on_dask(job, chunks, cands, results, scheduler=scheduler, n_workers=n_workers, bar=bar)
    finally:
        bar.close()
    return [r for part in results for r in (part or [])]


def _on_dask(job: Job, chunks: list, cands: Mapping[Any, str] | None, results: list, *, scheduler: str | None,
             n_workers: int, bar: Any) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise ConfigError("batch runs need dask.distributed, which is not installed: "
                          "pip install 'rewrite-provenance[batch]'") from None

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=n_workers, processes=True, threads_per_worker=1, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        shared = client.scatter(cands, broadcast=True) if cands is not None else None
        futures = {client.submit(run_chunk, job, chunk, shared, pure=False, key=f"provenance-{job.token}-{i}"): i
                   for i, chunk in enumerate(chunks)}
        for fut in as_completed(futures):
            i = futures[fut]
            results[i] = fut.result()
            bar.update(len(chunks[i]))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _bar(enabled: bool, total: int) -> Any:
    from .index import progress_bar

    return progress_bar(enabled, "batch", total=total, unit="rewrite")
