"""A persistent cache of embeddings and sentence analyses, and where caches live.

``resolve_cache_dir`` is the one function in the library that reads the environment:
an explicit folder wins, then ``$PROVENANCE_CACHE_DIR``, then ``$XDG_CACHE_HOME/provenance``,
then ``~/.cache/provenance``.

``EmbeddingStore`` is one SQLite file (stdlib ``sqlite3``; WAL journal, busy timeout, every
write one short transaction), keyed by ``(fingerprint, sha256(text))``:

* embeddings: float32 little-endian bytes, keyed by the encoder fingerprint (model, weights,
  backend), so a torch vector never answers for an ONNX one;
* analyses: ``SentenceAnalysis`` as JSON, keyed by the analyser fingerprint plus a hash of the
  analyser's own source file, so editing ``facts.py`` never serves stale claims;
* segmentations (in the same table, under their own fingerprint): a whole text's sentence
  offsets, keyed by the splitter's version, its source file's hash and ``max_chars``.

Several processes may read and write at once (tested with two writers). A cache that cannot
be opened or written (read-only home, a corrupt file) logs one warning and turns into a no-op:
results never depend on it, only the time they take.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

STORE_VERSION = 1
_CHUNK = 500  # keys per SELECT ... IN (...) (SQLite's variable limit is 999 on old builds)


def resolve_cache_dir(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where provenance keeps caches (ONNX exports, the embedding store).

    The only function in the library that reads environment variables. Order: the explicit
    ``cache_dir`` (``Config.cache_dir``), ``$PROVENANCE_CACHE_DIR``, ``$XDG_CACHE_HOME/provenance``,
    ``~/.cache/provenance``. The folder is not created here.
    """
    if cache_dir is not None:
        return Path(cache_dir).expanduser()
    env = os.environ.get("PROVENANCE_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "provenance"


def text_key(text: str) -> bytes:
    """sha256 of the UTF-8 text (lone surrogates kept), 32 bytes."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def _chunks(seq: Sequence[Any], n: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i : i + n]


class EmbeddingStore:
    """Persistent ``(fingerprint, text) -> float32 vector`` cache in one SQLite file.

    Batch methods (``get_many``/``put_many``) are what ``embedding.CachedEncoder`` uses; the
    mapping methods (``store[(fp, text)]``) make it usable anywhere a dict of that shape is.
    Safe to share between threads (one lock) and processes (SQLite locking); a forked child
    reopens its own connection.
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout_s: float = 60.0, readonly: bool = False) -> None:
        self.path = Path(path)
        self.timeout_s = timeout_s
        self.readonly = readonly
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._pid = -1
        self.disabled: str | None = None

    @classmethod
    def open(cls, cache_dir: str | os.PathLike[str] | None = None) -> EmbeddingStore:
        return cls(resolve_cache_dir(cache_dir) / f"embeddings-v{STORE_VERSION}.sqlite")

    # ------------------------------------------------------------------ connection
    def _connect(self) -> sqlite3.Connection | None:
        if self.disabled:
            return None
        if self._conn is not None and self._pid == os.getpid():
            return self._conn
        try:
            if self.readonly:
                if not self.path.is_file():  # nothing stored yet: nothing to find
                    self.disabled = f"{self.path} does not exist"
                    return None
                conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=self.timeout_s,
                                       isolation_level=None, check_same_thread=False)
                conn.execute(f"PRAGMA busy_timeout={int(self.timeout_s * 1000)}")
                self._conn, self._pid = conn, os.getpid()
                return conn
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self._setup()
        except (OSError, sqlite3.Error) as exc:
            self._disable(f"cannot open {self.path}: {exc}")
            return None
        self._conn, self._pid = conn, os.getpid()
        return conn

    def _setup(self) -> sqlite3.Connection:
        """Open read-write in WAL mode. Two processes opening a new store at the same moment
        can get SQLITE_BUSY from the switch to WAL without the busy handler being asked, so
        that step is retried (for up to ``timeout_s``)."""
        import time

        deadline = time.monotonic() + self.timeout_s
        while True:
            conn = sqlite3.connect(str(self.path), timeout=self.timeout_s, isolation_level=None,
                                   check_same_thread=False)
            try:
                conn.execute(f"PRAGMA busy_timeout={int(self.timeout_s * 1000)}")
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute("CREATE TABLE IF NOT EXISTS embeddings (fp TEXT NOT NULL, key BLOB NOT NULL, "
                             "dim INTEGER NOT NULL, vec BLOB NOT NULL, PRIMARY KEY (fp, key)) WITHOUT ROWID")
                conn.execute("CREATE TABLE IF NOT EXISTS analyses (fp TEXT NOT NULL, key BLOB NOT NULL, "
                             "data TEXT NOT NULL, PRIMARY KEY (fp, key)) WITHOUT ROWID")
                return conn
            except sqlite3.OperationalError as exc:
                conn.close()
                if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _disable(self, why: str) -> None:
        self.disabled = why
        log.warning("persistent cache off (results are unaffected, only slower): %s", why)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._pid == os.getpid():
                self._conn.close()
            self._conn = None

    def __getstate__(self) -> dict[str, Any]:  # picklable: the connection is reopened on use
        return {"path": self.path, "timeout_s": self.timeout_s, "readonly": self.readonly, "disabled": self.disabled}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"], timeout_s=state["timeout_s"], readonly=state["readonly"])  # type: ignore[misc]
        self.disabled = state["disabled"]

    # ------------------------------------------------------------------ raw rows
    def _select(self, table: str, column: str, fp: str, keys: list[bytes]) -> dict[bytes, Any]:
        found: dict[bytes, Any] = {}
        with self._lock:
            conn = self._connect()
            if conn is None:
                return found
            try:
                for part in _chunks(keys, _CHUNK):
                    marks = ",".join("?" * len(part))
                    rows = conn.execute(f"SELECT key, {column} FROM {table} WHERE fp = ? AND key IN ({marks})",
                                        (fp, *part))
                    found.update(rows)
            except sqlite3.Error as exc:
                self._disable(f"cannot read {self.path}: {exc}")
                return {}
        return found

    def _insert(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows or self.readonly:
            return
        with self._lock:
            conn = self._connect()
            if conn is None:
                return
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    conn.executemany(sql, rows)
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
            except sqlite3.Error as exc:
                self._disable(f"cannot write {self.path}: {exc}")

    # ------------------------------------------------------------------ embeddings
    def get_many(self, fingerprint: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors among ``texts`` (missing texts are left out)."""
        keys = {text_key(t): t for t in texts}
        rows = self._select("embeddings", "vec", fingerprint, list(keys))
        return {keys[k]: np.frombuffer(v, dtype="<f4").astype(np.float32) for k, v in rows.items()}

    def put_many(self, fingerprint: str, items: Iterable[tuple[str, np.ndarray]]) -> None:
        """Store vectors (first writer wins: a key is never overwritten)."""
        rows = []
        for t, v in items:
            vec = np.ascontiguousarray(v, dtype="<f4")
            rows.append((fingerprint, text_key(t), int(vec.shape[-1]), vec.tobytes()))
        self._insert("INSERT OR IGNORE INTO embeddings (fp, key, dim, vec) VALUES (?, ?, ?, ?)", rows)

    # mapping view: store[(fingerprint, text)]
    def __contains__(self, key: object) -> bool:
        if not (isinstance(key, tuple) and len(key) == 2):
            return False
        return bool(self.get_many(key[0], [key[1]]))

    def __getitem__(self, key: tuple[str, str]) -> np.ndarray:
        hit = self.get_many(key[0], [key[1]])
        if not hit:
            raise KeyError(key)
        return hit[key[1]]

    def __setitem__(self, key: tuple[str, str], value: np.ndarray) -> None:
        self.put_many(key[0], [(key[1], value)])

    def get(self, key: tuple[str, str], default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    # ------------------------------------------------------------------ analyses
    def get_analyses(self, fingerprint: str, texts: Sequence[str]) -> dict[str, dict[str, Any]]:
        keys = {text_key(t): t for t in texts}
        rows = self._select("analyses", "data", fingerprint, list(keys))
        return {keys[k]: json.loads(v) for k, v in rows.items()}

    def put_analyses(self, fingerprint: str, items: Iterable[tuple[str, Any]]) -> None:
        rows = [(fingerprint, text_key(t), json.dumps(d, separators=(",", ":"), ensure_ascii=False))
                for t, d in items]
        self._insert("INSERT OR IGNORE INTO analyses (fp, key, data) VALUES (?, ?, ?)", rows)

    # ------------------------------------------------------------------ housekeeping
    def counts(self) -> dict[str, int]:
        """Rows per table (0 when the store is off)."""
        out = {"embeddings": 0, "analyses": 0}
        with self._lock:
            conn = self._connect()
            if conn is None:
                return out
            for table in out:
                out[table] = int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
        return out

    def clear(self, fingerprint: str | None = None) -> None:
        """Forget everything, or only what one fingerprint stored."""
        with self._lock:
            conn = self._connect()
            if conn is None:
                return
            for table in ("embeddings", "analyses"):
                if fingerprint is None:
                    conn.execute(f"DELETE FROM {table}")
                else:
                    conn.execute(f"DELETE FROM {table} WHERE fp = ?", (fingerprint,))


def _inner_fingerprint(inner: Any) -> str:
    """``inner.fingerprint``, which loads the spaCy model on first use. An AttributeError
    raised while loading (a broken install, a local file named like a standard module) would
    otherwise reach ``__getattr__`` and read as "no attribute 'fingerprint'": it is raised
    as what it is."""
    try:
        return inner.fingerprint
    except AttributeError as exc:
        raise RuntimeError(f"loading the spaCy analyser failed: {exc}") from exc


def _source_hash(obj: Any) -> str:
    """sha256[:12] of the source file that defines ``type(obj)`` ('' when there is none)."""
    import sys

    module = sys.modules.get(type(obj).__module__)
    return _file_hash(getattr(module, "__file__", None))


@functools.lru_cache(maxsize=None)
def _file_hash(path: str | None) -> str:
    """sha256[:12] of a file's bytes ('' when there is none or it cannot be read).

    Read once per process: the code a process runs is the code it imported, so a source file
    edited while it runs must not change the keys it reads and writes under."""
    if not path:
        return ""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
    except OSError:
        return ""


class CachedAnalyzer:
    """Wraps a ``facts.Analyzer``: each distinct sentence is parsed once, ever.

    Analyses are pure functions of the sentence (each is parsed on its own), so a stored one
    is exactly what parsing again would give. The key includes the analyser fingerprint and a
    hash of its source file. Without a store it still de-duplicates within a call.
    """

    def __init__(self, inner: Any, store: EmbeddingStore | None = None) -> None:
        self.inner = inner
        self.store = store
        self.hits = 0
        self.misses = 0
        self._key_fp: str | None = None

    @property
    def fingerprint(self) -> str:
        return _inner_fingerprint(self.inner)

    @property
    def cache_fingerprint(self) -> str:
        if self._key_fp is None:
            self._key_fp = f"{_inner_fingerprint(self.inner)};src={_source_hash(self.inner)}"
        return self._key_fp

    def analyse(self, sentences: Sequence[str]) -> list[Any]:
        from .facts import SentenceAnalysis

        found: dict[str, Any] = {}
        if self.store is not None and sentences:
            stored = self.store.get_analyses(self.cache_fingerprint, list(dict.fromkeys(sentences)))
            found = {t: SentenceAnalysis.from_dict(d) for t, d in stored.items()}
        todo = [t for t in dict.fromkeys(sentences) if t not in found]
        self.hits += len(sentences) - len(todo)
        self.misses += len(todo)
        if todo:
            new = self.inner.analyse(todo)
            found.update(zip(todo, new))
            if self.store is not None:
                self.store.put_analyses(self.cache_fingerprint, ((t, a.to_dict()) for t, a in zip(todo, new)))
        return [found[t] for t in sentences]

    def __getattr__(self, name: str) -> Any:  # everything else (nlp, batch_size) is the inner one's
        if name == "inner":
            raise AttributeError(name)
        return getattr(self.inner, name)


class CachedSegmenter:
    """``segmentation.segment`` with each text's sentence offsets kept in a store.

    pysbd costs about 0.5 ms a sentence, more than reading the sentence's stored analysis and
    vector: ranking 30 stored candidates spent most of its time splitting them again. The
    stored value is the offsets ``[start, end, paragraph, ...]``; segments are rebuilt from the
    text, so a stored entry can only ever describe the text whose hash keys it. The key names
    pysbd's version and a hash of ``segmentation.py``, so a changed splitter never serves stale
    sentences. Callable like ``segment``.
    """

    def __init__(self, store: Any = None) -> None:
        self.store = store
        self.hits = 0
        self.misses = 0
        self._fp: dict[int, str] = {}

    def fingerprint(self, max_chars: int) -> str:
        if max_chars not in self._fp:
            from importlib.metadata import PackageNotFoundError, version

            from . import segmentation

            try:
                pysbd = version("pysbd")
            except PackageNotFoundError:
                pysbd = "?"
            self._fp[max_chars] = (f"segments;pysbd={pysbd};max_chars={max_chars};"
                                   f"src={_file_hash(segmentation.__file__)}")
        return self._fp[max_chars]

    def __call__(self, text: str, *, max_chars: int = 1000) -> tuple[Any, ...]:
        from .segmentation import segment
        from .types import Segment

        if self.store is None or not text.strip():
            return segment(text, max_chars=max_chars)
        fp = self.fingerprint(max_chars)
        stored = self.store.get_analyses(fp, [text]).get(text)
        if isinstance(stored, list) and len(stored) % 3 == 0:
            spans = [stored[i:i + 3] for i in range(0, len(stored), 3)]
            if all(0 <= s < e <= len(text) for s, e, _ in spans):
                self.hits += 1
                return tuple(Segment(i, s, e, text[s:e], p) for i, (s, e, p) in enumerate(spans))
        self.misses += 1
        segments = segment(text, max_chars=max_chars)
        self.store.put_analyses(fp, [(text, [v for g in segments for v in (g.start, g.end, g.paragraph)])])
        return segments


class LayeredStore:
    """Several stores read in order; writes go to ``write`` (or nowhere).

    An index carries its own store (the embeddings and analyses of its documents): queries
    read it first and the user's cache second, and write only to the user's cache, so an
    index may sit on a read-only or shared folder.
    """

    def __init__(self, read: Sequence[Any], write: Any = None) -> None:
        self.read = [s for s in read if s is not None]
        self.write = write

    def _lookup(self, method: str, fingerprint: str, texts: Sequence[str]) -> dict[str, Any]:
        """Ask each read layer in turn for the texts not found yet."""
        found: dict[str, Any] = {}
        todo = list(dict.fromkeys(texts))
        for layer in self.read:
            if not todo:
                break
            found.update(getattr(layer, method)(fingerprint, todo))
            todo = [t for t in todo if t not in found]
        return found

    def get_many(self, fingerprint: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        return self._lookup("get_many", fingerprint, texts)

    def put_many(self, fingerprint: str, items: Iterable[tuple[str, np.ndarray]]) -> None:
        if self.write is not None:
            self.write.put_many(fingerprint, items)

    def get_analyses(self, fingerprint: str, texts: Sequence[str]) -> dict[str, dict[str, Any]]:
        return self._lookup("get_analyses", fingerprint, texts)

    def put_analyses(self, fingerprint: str, items: Iterable[tuple[str, Any]]) -> None:
        if self.write is not None:
            self.write.put_analyses(fingerprint, items)


class LRUDict(dict):
    """A dict that forgets its least recently used entries beyond ``maxsize``: the in-memory
    level of ``CachedEncoder`` when a persistent store backs it, so memory stays bounded."""

    def __init__(self, maxsize: int = 100_000) -> None:
        super().__init__()
        self.maxsize = maxsize

    def get(self, key: Any, default: Any = None) -> Any:
        if key not in self:
            return default
        value = super().pop(key)
        super().__setitem__(key, value)      # most recently used goes last
        return value

    def __setitem__(self, key: Any, value: Any) -> None:
        if key in self:
            super().__delitem__(key)
        super().__setitem__(key, value)
        while len(self) > self.maxsize:
            super().__delitem__(next(iter(self)))
