"""An index over a pool of candidate originals: find the source of a rewrite among many.

Two stages. First, every claim of every indexed document sits as a unit vector in a faiss
HNSW graph (inner product); each claim of the rewrite fetches its nearest claims and votes
for their documents (length-weighted sum of each document's best cosine per rewrite claim).
Beside it, a lexical stage (SQLite FTS5, BM25 over Porter-stemmed words, in ``docs.sqlite``)
proposes the documents sharing the rewrite's rarest words: names and numbers that a sentence
embedding blurs. Then the full comparison (``Comparer.rank``) runs only on the union of the
best ``candidates`` documents of the first and the best ``lexical`` of the second, and its
order is fused with the lexical stage's by reciprocal rank fusion (``ranking.fuse_lexical``;
``rank(..., fuse=False)`` gives exactly what ranking those documents directly would give).

On disk an index is a folder::

    INDEX/CURRENT              name of the live version, replaced atomically
    INDEX/v000002/             manifest.json, vectors.faiss, rows.npy (document of each vector)
    INDEX/docs.sqlite          id and text of every document (append-only), and its FTS5 index
    INDEX/store.sqlite         the documents' claim embeddings and analyses (store.EmbeddingStore)

A new index is built in a temporary folder next to the target and renamed into place; an
addition writes a new version folder and then swaps ``CURRENT``. An interrupted build leaves
no index (only a temporary folder, removed when the build is interrupted by an exception);
an interrupted addition leaves the previous version intact: documents past the manifest's
count are ignored and cleaned up by the next addition.

Why faiss (faiss-cpu) rather than usearch: it is maintained by Meta with a long release
record, wheels for every platform we support, exact (``IndexFlatIP``) and approximate
(HNSW, IVF) indexes behind one interface, so the approximate stage can be checked against
exact search in the same library; HNSW takes incremental ``add`` without retraining.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .config import Config
from .errors import ConfigError, InputError

log = logging.getLogger(__name__)

INDEX_FORMAT = 1
DEFAULT_M = 32                # HNSW neighbours per node
DEFAULT_EF_CONSTRUCTION = 80
DEFAULT_EF_SEARCH = 128
DEFAULT_PER_VECTOR = 32       # neighbours fetched per rewrite claim in the first stage
DEFAULT_CANDIDATES = 30       # documents the vector stage passes to the full comparison
DEFAULT_LEXICAL = 10          # documents the lexical stage adds (when not among those already)
_LEXICAL_TERMS = 64           # words of the rewrite asked of the lexical stage (the longest)
_TOKEN = re.compile(r"[^\W_]+")


def _faiss():  # noqa: ANN202
    try:
        import faiss
    except ImportError:
        raise ConfigError("the index needs faiss-cpu, which is not installed: "
                          "pip install 'rewrite-provenance[index]'") from None
    return faiss


# --------------------------------------------------------------------------- documents in
def read_docs(source: str | os.PathLike[str]) -> Iterator[tuple[str, str]]:
    """``(id, text)`` pairs from a folder of ``.txt`` files (id: the path relative to the
    folder, in sorted order) or a JSONL file of ``{"id": ..., "text": ...}`` objects."""
    from .inputs import read_text

    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        if not files:
            raise InputError(f"{path}: no .txt files in this folder; give a folder of .txt files or a .jsonl file")
        for f in files:
            yield f.relative_to(path).as_posix(), read_text(f)
        return
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    try:
        fh = open(path, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{n}: not a JSON object ({exc.msg}); expected one "
                                 '{"id": ..., "text": ...} per line') from None
            if not isinstance(rec, dict) or "id" not in rec or not isinstance(rec.get("text"), str):
                got = f"keys {sorted(rec)}" if isinstance(rec, dict) else type(rec).__name__
                raise InputError(f'{path}:{n}: expected {{"id": ..., "text": "..."}}, got {got}')
            yield str(rec["id"]), rec["text"]


# --------------------------------------------------------------------------- comparer
def make_comparer(config: Config | None = None, *, index: SourceIndex | None = None, encoder: Any = None,
                  analyzer: Any = None) -> Any:
    """A Comparer whose encoder and analyser read the index's store first, then the user's
    persistent cache (``config.cache_dir``), and write only to the latter.

    ``encoder`` / ``analyzer`` replace the raw model and spaCy analyser (tests inject fakes);
    they are wrapped in the caches either way.
    """
    from .embedding import CachedEncoder, load_encoder
    from .pipeline import Comparer
    from .store import CachedAnalyzer, EmbeddingStore, LayeredStore, LRUDict

    config = config or Config()
    if encoder is None:
        encoder = load_encoder(config.replace(persistent_cache=False)).inner  # the raw model, as Config names it
    if analyzer is None:
        from .facts import Analyzer

        analyzer = Analyzer()
    user = EmbeddingStore.open(config.cache_dir) if config.persistent_cache else None
    layers = LayeredStore([index.store if index is not None else None, user], write=user)
    return Comparer(config, encoder=CachedEncoder(encoder, LRUDict(50_000), persistent=layers),
                    analyzer=CachedAnalyzer(analyzer, layers))


def _rewrap(comparer: Any, store: Any) -> Any:
    """The same model and analyser as ``comparer``, caching into ``store`` (the index's)."""
    from .embedding import CachedEncoder
    from .pipeline import Comparer
    from .store import CachedAnalyzer, LRUDict

    enc, an = comparer.encoder, comparer.analyzer
    enc = getattr(enc, "inner", enc) if isinstance(enc, CachedEncoder) else enc
    an = an.inner if isinstance(an, CachedAnalyzer) else an
    return Comparer(comparer.config, encoder=CachedEncoder(enc, LRUDict(20_000), persistent=store),
                    analyzer=CachedAnalyzer(an, store))


# --------------------------------------------------------------------------- the index
@dataclass(frozen=True)
class Candidate:
    """A document the first stage proposes: its number, id and vote (0..1)."""

    n: int
    id: str
    score: float


class SourceIndex:
    """An opened index (see the module docstring). Open with ``SourceIndex.open(path)``."""

    def __init__(self, path: Path, version: str, manifest: dict[str, Any], faiss_index: Any, rows: np.ndarray) -> None:
        from .store import EmbeddingStore

        self.path = path
        self.version = version
        self.manifest = manifest
        self.faiss_index = faiss_index
        self.rows = rows
        self.store = EmbeddingStore(path / "store.sqlite", readonly=True)
        self._docs: sqlite3.Connection | None = None
        self._pid = -1
        self._has_terms: bool | None = None

    # ---------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> SourceIndex:
        faiss = _faiss()

        path = Path(path)
        if not path.is_dir():
            raise InputError(f"{path}: no index here; build one with: provenance index build SOURCE -o {path}")
        for attempt in range(3):  # an addition may swap versions while we open
            try:
                version = (path / "CURRENT").read_text("utf-8").strip()
            except OSError:
                raise InputError(f"{path}: not a complete index (no CURRENT file; an interrupted build?); "
                                 "build it again with: provenance index build SOURCE -o INDEX --force") from None
            vdir = path / version
            try:
                manifest = json.loads((vdir / "manifest.json").read_text("utf-8"))
                faiss_index = faiss.read_index(str(vdir / "vectors.faiss"))
                rows = np.load(vdir / "rows.npy")
                break
            except (OSError, RuntimeError, ValueError) as exc:
                if attempt == 2:
                    raise InputError(f"{path}: index version {version} cannot be read ({exc}); rebuild it") from None
                time.sleep(0.05)
        if manifest.get("format") != INDEX_FORMAT:
            raise InputError(f"{path}: index format {manifest.get('format')!r}, this provenance reads "
                             f"{INDEX_FORMAT}; rebuild it")
        if faiss_index.ntotal != len(rows) or len(rows) != manifest["n_vectors"]:
            raise InputError(f"{path}: index {version} is inconsistent ({faiss_index.ntotal} vectors, "
                             f"{len(rows)} rows); rebuild it")
        return cls(path, version, manifest, faiss_index, rows)

    @property
    def fingerprint(self) -> str:
        return str(self.manifest["fingerprint"])

    def __len__(self) -> int:
        return int(self.manifest["n_docs"])

    def _db(self) -> sqlite3.Connection:
        if self._docs is None or self._pid != os.getpid():
            self._docs = _open_docs(self.path, readonly=True)
            self._pid = os.getpid()
        return self._docs

    def __getstate__(self) -> dict[str, Any]:
        return {"path": str(self.path)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        other = SourceIndex.open(state["path"])
        self.__dict__.update(other.__dict__)

    def doc(self, n: int) -> tuple[str, str]:
        """``(id, text)`` of document number ``n``."""
        if not 0 <= n < len(self):
            raise IndexError(n)
        row = self._db().execute("SELECT id, text FROM docs WHERE n = ?", (int(n),)).fetchone()
        return str(row[0]), str(row[1])

    def text(self, doc_id: str) -> str:
        """The text of the document with this id."""
        row = self._db().execute("SELECT text FROM docs WHERE id = ? AND n < ?", (str(doc_id), len(self))).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return str(row[0])

    def ids(self) -> list[str]:
        return [r[0] for r in self._db().execute("SELECT id FROM docs WHERE n < ? ORDER BY n", (len(self),))]

    # ---------------------------------------------------------------- first stage
    def search(self, vectors: np.ndarray, weights: Sequence[float] | None = None, *,
               candidates: int = DEFAULT_CANDIDATES, per_vector: int = DEFAULT_PER_VECTOR,
               ef_search: int = DEFAULT_EF_SEARCH) -> list[Candidate]:
        """Documents ranked by the votes of ``vectors`` (the rewrite's claim embeddings).

        A document's vote is the weighted mean, over query vectors, of its best cosine among
        each vector's ``per_vector`` nearest neighbours (0 when it is not among them).
        Ties go to the document added first.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(vectors) == 0 or self.faiss_index.ntotal == 0:
            return []
        w = np.ones(len(vectors)) if weights is None else np.asarray(weights, dtype=np.float64)
        live = np.linalg.norm(vectors, axis=1) > 0
        vectors, w = vectors[live], w[live]
        if len(vectors) == 0 or w.sum() <= 0:
            return []
        k = min(per_vector, self.faiss_index.ntotal)
        set_ef_search(self.faiss_index, max(ef_search, k))
        sims, ids = self.faiss_index.search(vectors, k)
        votes: dict[int, float] = {}
        for j in range(len(vectors)):
            best: dict[int, float] = {}
            for i, s in zip(ids[j], sims[j]):
                if i < 0:
                    continue
                d = int(self.rows[i])
                if s > best.get(d, -2.0):
                    best[d] = float(s)
            for d, s in best.items():
                votes[d] = votes.get(d, 0.0) + w[j] * max(0.0, s)
        total = float(w.sum())
        order = sorted(votes, key=lambda d: (-votes[d], d))[:candidates]
        if not order:
            return []
        ids_of = dict(self._db().execute(
            f"SELECT n, id FROM docs WHERE n IN ({','.join('?' * len(order))})", order).fetchall())
        return [Candidate(d, str(ids_of[d]), votes[d] / total) for d in order]

    def search_lexical(self, text: str, *, candidates: int = DEFAULT_LEXICAL) -> list[Candidate]:
        """Documents ranked by BM25 over the longest ``_LEXICAL_TERMS`` distinct words of
        ``text`` (stop words left out); ``score`` is BM25 relative to the best (0..1].
        Empty when the index predates the lexical stage or nothing matches."""
        from .overlap import STOPWORDS

        if candidates <= 0 or not self._lexical_ready():
            return []
        terms = [w for w in dict.fromkeys(t.lower() for t in _TOKEN.findall(text))
                 if len(w) > 1 and w not in STOPWORDS]
        terms = sorted(terms, key=lambda w: (-len(w), w))[:_LEXICAL_TERMS]
        if not terms:
            return []
        query = " OR ".join(f'"{w}"' for w in terms)   # quoted: FTS5 operators in the text stay words
        rows = self._db().execute(
            "SELECT docs.n, docs.id, bm25(terms) FROM terms JOIN docs ON docs.n = terms.rowid "
            "WHERE terms MATCH ? AND terms.rowid < ? ORDER BY bm25(terms), docs.n LIMIT ?",
            (query, len(self), int(candidates))).fetchall()
        if not rows:
            return []
        best = -float(rows[0][2]) or 1.0
        return [Candidate(int(n), str(i), max(0.0, min(1.0, -float(b) / best))) for n, i, b in rows]

    def _lexical_ready(self) -> bool:
        if self._has_terms is None or self._pid != os.getpid():
            db = self._db()
            self._has_terms = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'terms'").fetchone() is not None
        return self._has_terms

    def candidates(self, prepared: Any, *, candidates: int = DEFAULT_CANDIDATES, lexical: int = DEFAULT_LEXICAL,
                   per_vector: int = DEFAULT_PER_VECTOR) -> list[Candidate]:
        """The documents the full comparison sees for a prepared rewrite: the vector stage's
        best ``candidates``, then the lexical stage's best ``lexical`` not among them."""
        return self._pool(*self._stages(prepared, candidates, lexical, per_vector))

    def _stages(self, prepared: Any, candidates: int, lexical: int, per_vector: int) -> tuple[list[Candidate], list[Candidate]]:
        from .claims import claim_weights

        return (self.search(prepared.embeddings, claim_weights(prepared.claims), candidates=candidates,
                            per_vector=per_vector),
                self.search_lexical(prepared.text, candidates=lexical))

    @staticmethod
    def _pool(vector: list[Candidate], lexical: list[Candidate]) -> list[Candidate]:
        seen = {c.n for c in vector}
        return vector + [c for c in lexical if c.n not in seen]

    def rank(self, rewrite: str, comparer: Any, *, k: int = 10, candidates: int | None = None,
             lexical: int = DEFAULT_LEXICAL, per_vector: int = DEFAULT_PER_VECTOR, fuse: bool = True) -> list[Any]:
        """The top ``k`` sources of ``rewrite``: both first stages, then ``comparer.rank`` on
        their union (``candidates``, default ``max(3k, 30)``, from the vector stage and up to
        ``lexical`` more from the lexical one), its order fused with the lexical stage's
        (``ranking.fuse_lexical``; ``fuse=False``: the comparison's order alone). Returns
        ``Ranked`` with document ids."""
        from .ranking import fuse_lexical

        if comparer.encoder.fingerprint != self.fingerprint:
            raise ConfigError(f"{self.path} was built with {self.fingerprint}, but this comparison encodes with "
                              f"{comparer.encoder.fingerprint}: use the same backend (--backend) as the build")
        prepared = comparer.prepare(rewrite)
        vector, lex = self._stages(prepared, candidates or max(3 * k, DEFAULT_CANDIDATES), lexical, per_vector)
        pool = self._pool(vector, lex)
        if not pool:
            return []
        ranked = comparer.rank(rewrite, {c.id: self.doc(c.n)[1] for c in pool})
        if fuse:
            ranked = list(fuse_lexical(ranked, [c.id for c in lex]))
        return ranked[:k]


def set_ef_search(index: Any, ef: int) -> None:
    faiss = _faiss()

    hnsw = faiss.downcast_index(index)
    if hasattr(hnsw, "hnsw"):
        hnsw.hnsw.efSearch = int(ef)


def _open_docs(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    db = path / "docs.sqlite"
    if readonly:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=60, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(db), timeout=60, isolation_level=None)
        conn.execute("CREATE TABLE IF NOT EXISTS docs (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                     "text TEXT NOT NULL, n_vectors INTEGER NOT NULL)")
        _ensure_terms(conn)
    return conn


def _ensure_terms(conn: sqlite3.Connection) -> None:
    """The lexical stage's FTS5 table over ``docs.text`` (external content: the text is not
    stored twice), kept in step by triggers; filled once when an older index gains it."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'terms'").fetchone() is not None:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'terms'").fetchone() is not None:
            conn.execute("COMMIT")     # another process made it meanwhile
            return
        conn.execute("CREATE VIRTUAL TABLE terms USING fts5(text, content='docs', content_rowid='n', "
                     "tokenize='porter unicode61')")
        conn.execute("CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN "
                     "INSERT INTO terms(rowid, text) VALUES (new.n, new.text); END")
        conn.execute("CREATE TRIGGER docs_ad AFTER DELETE ON docs BEGIN "
                     "INSERT INTO terms(terms, rowid, text) VALUES ('delete', old.n, old.text); END")
        conn.execute("INSERT INTO terms(terms) VALUES ('rebuild')")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:   # an SQLite built without FTS5: no lexical stage
        conn.execute("ROLLBACK")
        log.warning("index: no lexical stage (%s)", exc)


def new_hnsw(dim: int, m: int, ef_construction: int) -> Any:
    faiss = _faiss()

    index = faiss.IndexHNSWFlat(dim, m, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = ef_construction
    return index


def _atomic_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- building
def build_index(docs: Iterable[tuple[str, str]], path: str | os.PathLike[str], *, comparer: Any = None,
                config: Config | None = None, force: bool = False, progress: bool = False,
                m: int = DEFAULT_M, ef_construction: int = DEFAULT_EF_CONSTRUCTION) -> SourceIndex:
    """Build an index of ``docs`` (``(id, text)`` pairs) at ``path``, all or nothing.

    The folder appears only when the build completes; with ``force`` an existing index is
    replaced then. ``comparer`` decides the model and analyser (default: one from ``config``).
    """
    path = Path(path)
    if path.exists() and not force:
        raise InputError(f"{path}: already exists; pass --force to replace it, or add to it with: "
                         f"provenance index add {path} SOURCE")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.building-", dir=path.parent))
    try:
        comparer = comparer if comparer is not None else make_comparer(config)
        fp = comparer.encoder.fingerprint
        dim = int(getattr(comparer.encoder, "dim", 384))
        manifest = {"format": INDEX_FORMAT, "fingerprint": fp, "dim": dim, "kind": "hnsw-flat-ip", "m": m,
                    "ef_construction": ef_construction, "n_docs": 0, "n_vectors": 0,
                    "signature": comparer.signature, "created": _now()}
        _write_version(tmp, "v000000", manifest, new_hnsw(dim, m, ef_construction), np.zeros(0, dtype=np.int32))
        _open_docs(tmp).close()
        _add(tmp, docs, comparer, progress=progress)
        if path.exists():  # --force: swap the old index out only now
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old-", dir=path.parent))
            os.replace(path, old / "index")
            os.replace(tmp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return SourceIndex.open(path)


def add_to_index(path: str | os.PathLike[str], docs: Iterable[tuple[str, str]], *, comparer: Any = None,
                 config: Config | None = None, progress: bool = False) -> SourceIndex:
    """Add documents to an existing index (a new version; the old one stays valid until the
    swap, and an interruption leaves it as it was)."""
    path = Path(path)
    current = SourceIndex.open(path)
    comparer = comparer if comparer is not None else make_comparer(config)
    if comparer.encoder.fingerprint != current.fingerprint:
        raise ConfigError(f"{path} holds {current.fingerprint} vectors; cannot add {comparer.encoder.fingerprint} "
                          "ones: use the same --backend as the build")
    _add(path, docs, comparer, progress=progress)
    return SourceIndex.open(path)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _write_version(root: Path, version: str, manifest: dict[str, Any], faiss_index: Any, rows: np.ndarray) -> None:
    faiss = _faiss()

    tmp = Path(tempfile.mkdtemp(prefix=f".{version}.", dir=root))
    try:
        faiss.write_index(faiss_index, str(tmp / "vectors.faiss"))
        np.save(tmp / "rows.npy", rows.astype(np.int32))
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", "utf-8")
        os.replace(tmp, root / version)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _atomic_text(root / "CURRENT", version + "\n")


def _add(root: Path, docs: Iterable[tuple[str, str]], comparer: Any, *, progress: bool) -> None:
    """Append ``docs`` to the index under ``root`` and publish a new version."""
    faiss = _faiss()

    from .store import EmbeddingStore

    current = SourceIndex.open(root)
    manifest = dict(current.manifest)
    n_docs = int(manifest["n_docs"])
    index = faiss.clone_index(current.faiss_index)
    rows = [current.rows]
    store = EmbeddingStore(root / "store.sqlite")
    work = _rewrap(comparer, store)
    conn = _open_docs(root)
    try:
        conn.execute("DELETE FROM docs WHERE n >= ?", (n_docs,))  # leftovers of an interrupted addition
        known = {r[0] for r in conn.execute("SELECT id FROM docs")}
        bar = progress_bar(progress, "index", total=len(docs) if hasattr(docs, "__len__") else None)
        pending: list[tuple[int, str, str, int]] = []
        batch_vecs: list[np.ndarray] = []
        batch_rows: list[np.ndarray] = []
        order: deque[tuple[str, str]] = deque()

        def checked() -> Iterator[str]:
            for doc_id, text in docs:
                if not isinstance(text, str):
                    raise InputError(f"document {doc_id!r}: text is {type(text).__name__}, not str")
                if doc_id in known:
                    raise InputError(f"document id {doc_id!r} appears twice (ids must be unique in an index)")
                known.add(doc_id)
                order.append((doc_id, text))
                yield text

        for prepared in work.prepare_iter(checked()):   # encodes one document while the next parses
            doc_id, text = order.popleft()
            emb = prepared.embeddings
            emb = emb[np.linalg.norm(emb, axis=1) > 0] if len(emb) else emb.reshape(0, index.d)
            pending.append((n_docs, doc_id, text, len(emb)))
            batch_vecs.append(np.ascontiguousarray(emb, dtype=np.float32))
            batch_rows.append(np.full(len(emb), n_docs, dtype=np.int32))
            n_docs += 1
            bar.update(1)
            if len(pending) >= 256:
                _flush(conn, index, pending, batch_vecs, batch_rows, rows)
        _flush(conn, index, pending, batch_vecs, batch_rows, rows)
        bar.close()
        all_rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int32)
        manifest.update(n_docs=n_docs, n_vectors=int(index.ntotal), updated=_now())
        store.close()
        _finalise_store(root / "store.sqlite")
        number = int(current.version.lstrip("v")) + 1
        _write_version(root, f"v{number:06d}", manifest, index, all_rows)
    finally:
        conn.close()
        store.close()   # also on failure: an open handle would keep the next add from finalising the store
    for old in root.glob("v[0-9]*"):  # keep the live version and the one before it
        if old.is_dir() and int(old.name.lstrip("v")) < number - 1:
            shutil.rmtree(old, ignore_errors=True)
    log.info("index %s: %d documents, %d vectors", root, n_docs, index.ntotal)


def _flush(conn: sqlite3.Connection, index: Any, pending: list, vecs: list, rows_out: list, rows: list) -> None:
    if not pending:
        return
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO docs (n, id, text, n_vectors) VALUES (?, ?, ?, ?)", pending)
    conn.execute("COMMIT")
    v = np.concatenate(vecs) if vecs else np.zeros((0, index.d), dtype=np.float32)
    if len(v):
        index.add(v)
    rows.append(np.concatenate(rows_out) if rows_out else np.zeros(0, dtype=np.int32))
    pending.clear()
    vecs.clear()
    rows_out.clear()


def _finalise_store(db: Path) -> None:
    """Fold the WAL back in and leave the store in rollback-journal mode, so readers on a
    read-only or shared folder can open it."""
    if not db.exists():
        return
    conn = sqlite3.connect(str(db), timeout=60)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(enabled: bool, desc: str, *, total: int | None = None, unit: str = "doc") -> Any:
    """A tqdm bar on stderr when ``enabled`` (long work: index builds, batches), else a no-op."""
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, dynamic_ncols=True, leave=False)
