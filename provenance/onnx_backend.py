"""all-MiniLM-L6-v2 on onnxruntime (fp32, or int8 on request), exported locally from the packaged weights.

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

``precision="int8"`` (backend ``onnx-int8``) quantises that fp32 export once more, with
onnxruntime's dynamic quantisation (weights int8 per output channel at 7 bits, activations
quantised on the fly), into its own file with its own sidecar. It is about twice as fast as
fp32 on a 2-core x86 machine, and it is lossy: embeddings differ from fp32 (cosine median
about 0.99, minimum about 0.97 over STS-B DEV sentences) and the calibration was fitted on fp32
ones. ``benchmarks/speed.py`` measures both (``int8_over_onnx_encode``, ``int8_min_cosine``);
the README gives the figures.
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
PRECISIONS = ("fp32", "int8")
#: how the int8 model is made from the fp32 export (``onnxruntime.quantization.quantize_dynamic``);
#: 7-bit weights (``reduce_range``) keep the int8 products from saturating on x86 CPUs without
#: VNNI instructions, so results do not depend on which x86 CPU runs them
QUANTISATION = {"method": "quantize_dynamic", "weight_type": "QInt8", "per_channel": True, "reduce_range": True}


def _check_precision(precision: str) -> None:
    if precision not in PRECISIONS:
        raise ConfigError(f"ONNX precision must be one of {PRECISIONS}, got {precision!r}")


def export_settings(precision: str = "fp32") -> dict[str, Any]:
    """Everything besides the weights that decides the exported graph."""
    settings: dict[str, Any] = {"export_version": EXPORT_VERSION, "opset": OPSET, "pooling": "mean", "precision": precision,
                                "max_seq_length": MAX_SEQ_LENGTH, "exporter": "torch.onnx.export(dynamo=False)"}
    if precision == "int8":
        settings["quantisation"] = dict(QUANTISATION)
    return settings


def model_file(cache_dir: Path, source_sha256: str, precision: str = "fp32") -> Path:
    return Path(cache_dir) / "onnx" / f"{MODEL_NAME}-{source_sha256[:12]}-{precision}-v{EXPORT_VERSION}.onnx"


def _sidecar(path: Path) -> Path:
    return path.with_suffix(".json")


def is_current(path: Path, source_sha256: str, precision: str = "fp32") -> bool:
    """True when ``path`` and its sidecar exist and match these weights, settings and bytes."""
    meta_path = _sidecar(path)
    if not path.is_file() or not meta_path.is_file():
        return False
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    if meta.get("source_sha256") != source_sha256 or meta.get("settings") != export_settings(precision):
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


def _quantise_to(fp32_path: Path, target: Path) -> None:
    """Dynamic int8 quantisation of the fp32 export into ``target`` (the caller renames it)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # it logs a "consider pre-processing" warning on the root logger
    try:
        quantize_dynamic(str(fp32_path), str(target), weight_type=getattr(QuantType, QUANTISATION["weight_type"]),
                         per_channel=QUANTISATION["per_channel"], reduce_range=QUANTISATION["reduce_range"])
    finally:
        root.setLevel(level)


def ensure_export(cache_dir: Path, model_dir: Path | None = None, *, source_sha256: str | None = None,
                  precision: str = "fp32") -> Path:
    """Return the path of a current ONNX export of the packaged model, exporting if needed
    (``precision="int8"``: the fp32 export quantised, made from a current fp32 export)."""
    _check_precision(precision)
    model_dir = Path(model_dir) if model_dir is not None else packaged_model_path()
    sha = source_sha256 or verify_weights(model_dir)
    path = model_file(cache_dir, sha, precision)
    if is_current(path, sha, precision):
        return path
    source = ensure_export(cache_dir, model_dir, source_sha256=sha) if precision == "int8" else None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise MissingModelError(f"cannot create the ONNX cache folder {path.parent}: {exc.strerror or exc}; "
                                "set Config(cache_dir=...) to a writable folder") from None
    with _export_lock(path.parent):
        if is_current(path, sha, precision):  # another process exported it while we waited
            return path
        t0 = time.perf_counter()
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            if source is not None:
                _quantise_to(source, tmp)
            else:
                _export_to(model_dir, tmp)
            digest = sha256_file(tmp)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        meta = {"model": MODEL_NAME, "source_sha256": sha, "settings": export_settings(precision), "onnx_sha256": digest,
                "exported_with": _versions(), "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        if source is not None:  # which fp32 export this file quantises (a record: not checked on load)
            meta["quantised_from"] = {"file": source.name,   # checked by ensure_export just above
                                      "onnx_sha256": json.loads(_sidecar(source).read_text("utf-8"))["onnx_sha256"]}
        _atomic_write_bytes(_sidecar(path), (json.dumps(meta, indent=2) + "\n").encode("utf-8"))
        log.info("exported %s (%s) to %s in %.1fs", MODEL_NAME, precision, path, time.perf_counter() - t0)
    return path


def _versions() -> dict[str, str]:
    from importlib import metadata

    out = {}
    for dist in ("torch", "transformers", "onnx", "onnxruntime"):
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
    """all-MiniLM-L6-v2 on onnxruntime, fp32 (backend ``onnx``) or int8 (backend ``onnx-int8``).
    Same interface as ``SentenceTransformerEncoder``."""

    def __init__(self, model_dir: Path | None = None, *, batch_size: int = 16, cache_dir: str | Path | None = None,
                 threads: int | None = None, precision: str = "fp32") -> None:
        from .store import resolve_cache_dir

        _check_precision(precision)
        self.precision = precision
        self.backend = "onnx" if precision == "fp32" else f"onnx-{precision}"
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
        return f"{MODEL_NAME}@sha256={self.sha256[:12]}+onnx-{self.precision}"

    @property
    def dim(self) -> int:
        return 384

    def _load(self) -> None:
        try:
            import onnxruntime as ort
        except ImportError:
            raise ConfigError(f"backend {self.backend!r} needs onnxruntime, which is not installed: "
                              "pip install 'rewrite-provenance[onnx]' (or use backend 'torch')") from None

        self.path = ensure_export(self.cache_dir, self.model_dir, source_sha256=self.sha256, precision=self.precision)
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
