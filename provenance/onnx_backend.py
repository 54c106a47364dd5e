"""all-MiniLM-L6-v2 on onnxruntime (fp32), exported locally from the packaged weights.

On first use the transformer (mean pooling included in the graph) is exported with
``torch.onnx.export`` into ``<cache_dir>/onnx/``: written to a temporary file, then renamed
into place, next to a sidecar JSON that records the sha256 of the source weights, the export
settings and the sha256 of the exported file. A model whose sidecar does not match (other
weights, other settings, a truncated or edited file) is stale and exported again. Exports are
serialised by a lock file, so two processes starting at once export once.

After the export exists, encoding needs only ``onnxruntime`` and ``tokenizers``: torch is not
imported. Tokenisation, mean pooling and L2 normalisation are those of sentence-transformers
(same tokenizer files, ``max_seq_length`` 256), so outputs agree with the torch backend to
cosine >= 0.9999 (tested).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .config import MODEL_NAME
from .embedding import normalise, packaged_model_path, sha256_file, verify_weights
from .errors import ConfigError, MissingModelError

log = logging.getLogger(__name__)

#: Bump when the exported graph changes (it invalidates every cached export).
EXPORT_VERSION = 1
MAX_SEQ_LENGTH = 256
OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def export_settings() -> dict[str, Any]:
    """Everything besides the weights that decides the exported graph."""
    return {"export_version": EXPORT_VERSION, "opset": OPSET, "pooling": "mean", "precision": "fp32",
            "max_seq_length": MAX_SEQ_LENGTH, "exporter": "torch.onnx.export(dynamo=False)"}


def model_file(cache_dir: Path, source_sha256: str) -> Path:
    return Path(cache_dir) / "onnx" / f"{MODEL_NAME}-{source_sha256[:12]}-fp32-v{EXPORT_VERSION}.onnx"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def is_current(path: Path, source_sha256: str) -> bool:
    """True when ``path`` and its sidecar exist and match these weights, settings and bytes."""
    meta_path = _sidecar(path)
    if not path.is_file() or not meta_path.is_file():
        return False
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if meta.get("source_sha256") != source_sha256 or meta.get("settings") != export_settings():
        return False
    return meta.get("onnx_sha256") == sha256_file(path)


@contextlib.contextmanager
def _export_lock(folder: Path) -> Iterator[None]:
    """An exclusive advisory lock on ``folder/.export.lock`` (POSIX); a no-op elsewhere."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: atomic renames still keep files whole
        yield
        return
    with open(folder / ".export.lock", "a+b") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _export_to(model_dir: Path, target: Path) -> None:
    """Trace the transformer + mean pooling into ONNX at ``target`` (the caller renames it)."""
    import torch
    import transformers
    from transformers import AutoModel

    transformers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()
    model = AutoModel.from_pretrained(str(model_dir), local_files_only=True, attn_implementation="eager")
    model.eval()

    class Pooled(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN202
            hidden = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    # trace with real padding, so no "mask is all ones" shortcut is baked into the graph
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    types = torch.zeros_like(ids)
    import warnings

    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Pooled(model), (ids, mask, types), str(target), input_names=list(INPUTS),
            output_names=["embedding"], opset_version=OPSET, dynamo=False, do_constant_folding=True,
            dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in INPUTS}, "embedding": {0: "batch"}},
        )


def ensure_export(cache_dir: Path, model_dir: Path | None = None, *, source_sha256: str | None = None) -> Path:
    """Return the path of a current ONNX export of the packaged model, exporting if needed."""
    model_dir = Path(model_dir) if model_dir is not None else packaged_model_path()
    sha = source_sha256 or verify_weights(model_dir)
    path = model_file(cache_dir, sha)
    if is_current(path, sha):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MissingModelError(f"cannot create the ONNX cache folder {path.parent}: {exc.strerror or exc}; "
                                "set Config(cache_dir=...) to a writable folder") from None
    with _export_lock(path.parent):
        if is_current(path, sha):  # another process exported it while we waited
            return path
        t0 = time.perf_counter()
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            _export_to(model_dir, tmp)
            digest = sha256_file(tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        meta = {"model": MODEL_NAME, "source_sha256": sha, "settings": export_settings(), "onnx_sha256": digest,
                "exported_with": _versions(), "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        _atomic_write_bytes(_sidecar(path), (json.dumps(meta, indent=2) + "\n").encode("utf-8"))
        log.info("exported %s to %s in %.1fs", MODEL_NAME, path, time.perf_counter() - t0)
    return path


def _versions() -> dict[str, str]:
    from importlib import metadata

    out = {}
    for dist in ("torch", "transformers", "onnx"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "none"
    return out


def load_tokenizer(model_dir: Path) -> Any:
    """The model's own fast tokenizer, set up as sentence-transformers uses it."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(max_length=MAX_SEQ_LENGTH)
    tok.enable_padding(pad_id=0, pad_type_id=0, pad_token="[PAD]")  # pad to the longest in the batch
    return tok


class OnnxEncoder:
    """all-MiniLM-L6-v2 on onnxruntime fp32. Same interface as ``SentenceTransformerEncoder``."""

    backend = "onnx"

    def __init__(self, model_dir: Path | None = None, *, batch_size: int = 16, cache_dir: str | Path | None = None,
                 threads: int | None = None) -> None:
        from .store import resolve_cache_dir

        self.model_dir = Path(model_dir) if model_dir is not None else packaged_model_path()
        self.batch_size = batch_size
        self.cache_dir = resolve_cache_dir(cache_dir)
        self.threads = threads
        self.sha256 = verify_weights(self.model_dir)
        self._session: Any = None
        self._tokenizer: Any = None
        self.path: Path | None = None

    @property
    def fingerprint(self) -> str:
        return f"{MODEL_NAME}@sha256={self.sha256[:12]}+onnx-fp32"

    @property
    def dim(self) -> int:
        return 384

    def _load(self) -> None:
        try:
            import onnxruntime as ort
        except ImportError:
            raise ConfigError("backend 'onnx' needs onnxruntime, which is not installed: "
                              "pip install 'rewrite-provenance[onnx]' (or use backend 'torch')") from None

        self.path = ensure_export(self.cache_dir, self.model_dir, source_sha256=self.sha256)
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if self.threads:
            opts.intra_op_num_threads = int(self.threads)
        opts.log_severity_level = 3
        self._session = ort.InferenceSession(str(self.path), opts, providers=["CPUExecutionProvider"])
        self._tokenizer = load_tokenizer(self.model_dir)
        log.info("loaded %s from %s on onnxruntime %s", MODEL_NAME, self.path, ort.__version__)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        live = [i for i, t in enumerate(texts) if t.strip()]
        if not live:
            return out
        if self._session is None:
            self._load()
        # longest first, as sentence-transformers does: batches pad to similar lengths
        live.sort(key=lambda i: -len(texts[i]))
        for b0 in range(0, len(live), self.batch_size):
            rows = live[b0 : b0 + self.batch_size]
            enc = self._tokenizer.encode_batch([texts[i] for i in rows])
            feed = {
                "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in enc], dtype=np.int64),
            }
            (emb,) = self._session.run(["embedding"], feed)
            out[rows] = normalise(emb)
        return out
