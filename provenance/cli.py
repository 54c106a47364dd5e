"""Command line: ``provenance compare | rank | render``. The only module that prints.

Exit codes like diff(1): 0 ran fine, 1 a ``--fail-on`` condition matched, 2 a usage or input
error. ``provenance --help`` and argument errors never import torch.
"""

from __future__ import annotations

import argparse
import os
import sys

from ._version import __version__

TYPE_CHECKING = False  # not `from typing import ...`: the CLI starts without importing typing
if TYPE_CHECKING:  # imported lazily: `provenance --help` must stay about as quick as `python -c pass`
    from pathlib import Path
    from typing import Callable, Sequence, TextIO

    from .config import Config

FAIL_ON = ("added", "dropped", "altered", "inconsistent")   # inconsistent: the verdict (--mode consistency)
FORMATS = ("text", "json", "html", "md")
EXIT_OK, EXIT_FAIL_ON, EXIT_USAGE = 0, 1, 2


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, told the width up front: argparse would import shutil (and with it
    bz2 and lzma) just to ask for the terminal size."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        if width is None:
            try:
                width = int(os.environ.get("COLUMNS", "")) - 2
            except ValueError:
                try:
                    width = os.get_terminal_size(sys.__stdout__.fileno()).columns - 2
                except (AttributeError, ValueError, OSError):
                    width = 78
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def error(self, message: str) -> None:  # one line, exit 2, no traceback
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _Version(argparse.Action):
    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kw: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and the signature, then exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from .config import Config, signature

        sys.stdout.write(f"provenance {__version__}\nsignature: {signature(Config())}\n")
        parser.exit(EXIT_OK)


def _fail_on(value: str) -> tuple[str, ...]:
    items = tuple(v.strip() for v in value.split(",") if v.strip())
    bad = [v for v in items if v not in FAIL_ON]
    if bad or not items:
        raise argparse.ArgumentTypeError(f"expected a comma list of {', '.join(FAIL_ON)}, got {value!r}")
    return items


def _fact_kinds(value: str) -> tuple[str, ...]:
    from .facts import CONTENT_KINDS, FACT_KINDS

    if value.strip() == "content":
        return CONTENT_KINDS
    items = tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))
    bad = [v for v in items if v not in FACT_KINDS]
    if bad or not items:
        raise argparse.ArgumentTypeError(f"expected 'content' or a comma list of {', '.join(FACT_KINDS)}, got {value!r}")
    return items


def _cosine_cut(value: str) -> float:
    """An argparse type: a cosine cut in 0..1 (0: off)."""
    try:
        x = float(value)
    except ValueError:
        x = -1.0
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a cosine from 0 to 1 (0: off), got {value!r}")
    return x if x > 0 else -1.0


def _at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number >= ``minimum``."""
    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            n = minimum - 1
        if n < minimum:
            raise argparse.ArgumentTypeError(f"expected a whole number >= {minimum}, got {value!r}")
        return n
    return parse


def _mode_argument(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--mode", choices=("rewrite", "consistency"), default="rewrite",
                    help="rewrite (default): what did the rewrite keep, change, add and drop; consistency: does "
                         "the original support each claim (a summary or fact check; content fact kinds, the "
                         "calibrated consistency head)")


def build_parser() -> argparse.ArgumentParser:
    from ._defaults import BACKENDS, DEFAULT_BACKEND

    p = _Parser(prog="provenance", description="Where did this rewrite come from, and what did it change?")
    p.add_argument("--version", action=_Version)
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--backend", choices=BACKENDS, default=DEFAULT_BACKEND,
                        help=f"embedding backend (default {DEFAULT_BACKEND})")
        sp.add_argument("--threshold", type=float, default=None,
                        help="support threshold 0..1 (default: the shipped calibration)")

    c = sub.add_parser("compare", help="label what a rewrite added, dropped, altered and kept",
                       description="Compare REWRITE with one or more ORIGINALs. Paths; '-' reads stdin.")
    c.add_argument("rewrite", metavar="REWRITE")
    c.add_argument("originals", metavar="ORIGINAL", nargs="+")
    c.add_argument("--format", "-f", choices=FORMATS, default="text")
    c.add_argument("-o", "--output", metavar="FILE", help="write the report here (refuses to overwrite without --force)")
    c.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    c.add_argument("--fail-on", type=_fail_on, default=(), metavar="LABELS",
                   help="exit 1 when any claim has one of these labels (comma list of added,dropped,altered), or "
                        "with inconsistent, when the verdict finds the rewrite not consistent (--mode consistency)")
    c.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    c.add_argument("--no-kept", action="store_true", help="text format: leave kept claims out")
    c.add_argument("--facts", type=_fact_kinds, default=None, metavar="KINDS",
                   help="fact changes that make a claim altered: a comma list of number, date, timing, entity, role, "
                        "negation, hedge, attribution, quote, relation, event, or 'content' (all but hedge, attribution "
                        "and quote: checking factual consistency rather than sourcing); default: all")
    c.add_argument("--details", type=_at_least(0), default=None, metavar="N",
                   help="report as a detail each stretch of a kept or altered claim with N or more content words "
                        "its evidence lacks; 0: no details; default: the shipped calibration's")
    c.add_argument("--reworded", type=_cosine_cut, default=None, metavar="COSINE",
                   help="leave out a detail of up to four content words whose cosine to the words in its place "
                        "reaches COSINE (the same said in other words); 0: off; default: the shipped calibration's")
    c.add_argument("--parts", type=_at_least(0), default=0, metavar="N",
                   help="also match each claim of N or more words by its parts (cut at commas, semicolons, "
                        "brackets, dashes), for a rewrite that splits or merges long sentences; 0: off (default)")
    _mode_argument(c)
    common(c)

    r = sub.add_parser("rank", help="rank candidate originals by how much of the rewrite they explain")
    r.add_argument("rewrite", metavar="REWRITE")
    r.add_argument("candidates", metavar="CANDIDATE", nargs="*")  # or --index (added below)
    r.add_argument("--format", "-f", choices=("text", "json"), default="text")
    r.add_argument("-k", "--limit", type=int, default=None, help="show only the top K")
    common(r)

    ev = sub.add_parser("evidence", help="find the sentences of sources that hold the evidence for a claim",
                        description="Rank the sentences of the SOURCEs (paths; '-' reads stdin) that together "
                                    "hold the evidence for each claim: the one that supports it best, then each "
                                    "time the one holding most of its words the ones before lack.")
    ev.add_argument("sources", metavar="SOURCE", nargs="+")
    # both fill one list, in the order given: ("text", TEXT) or ("file", PATH)
    ev.add_argument("-c", "--claim", dest="claims", action="append", default=[], metavar="TEXT",
                    type=lambda v: ("text", v), help="a claim to look up (repeat for several)")
    ev.add_argument("--claim-file", dest="claims", action="append", metavar="PATH", type=lambda v: ("file", v),
                    help="a file whose whole text is one claim to look up ('-' reads stdin; repeat for several)")
    ev.add_argument("-k", type=_at_least(1), default=3, help="sentences per claim (default 3)")
    ev.add_argument("--format", "-f", choices=("text", "json"), default="text")
    ev.add_argument("-o", "--output", metavar="FILE", help="write here (refuses to overwrite without --force)")
    ev.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    ev.add_argument("--backend", choices=BACKENDS, default=DEFAULT_BACKEND,
                    help=f"embedding backend (default {DEFAULT_BACKEND})")

    rd = sub.add_parser("render", help="re-render a saved JSON report without recomputing")
    rd.add_argument("report", metavar="REPORT.json")
    rd.add_argument("--format", "-f", choices=FORMATS, default="text")
    rd.add_argument("-o", "--output", metavar="FILE")
    rd.add_argument("--force", action="store_true")
    rd.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    rd.add_argument("--no-kept", action="store_true")
    _index_and_batch_commands(sub, r, common)
    return p


def _use_color(mode: str, stream: TextIO) -> bool:
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _width() -> int:
    try:
        return max(40, min(140, os.get_terminal_size().columns))
    except OSError:
        return 100


def _config(args: argparse.Namespace) -> Config:
    from .config import Config

    return Config(backend=args.backend, support_threshold=getattr(args, "threshold", None),
                  fact_kinds=getattr(args, "facts", None),
                  mode=getattr(args, "mode", "rewrite"), detail_words=getattr(args, "details", None),
                  detail_reworded=getattr(args, "reworded", None), part_words=getattr(args, "parts", 0))


def _emit(text: str, args: argparse.Namespace, out: TextIO) -> None:
    if getattr(args, "output", None):
        from pathlib import Path

        write_file(Path(args.output), text, force=args.force)
    else:
        out.write(text)


def write_file(path: Path, text: str, *, force: bool) -> None:
    """Write atomically; never overwrite an existing file unless asked."""
    from .errors import InputError

    if path.exists() and not force:
        raise InputError(f"{path}: already exists; pass --force to overwrite it")
    if path.is_dir():
        raise InputError(f"{path}: is a directory")
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None


def _render(result: object, args: argparse.Namespace, out: TextIO) -> str:
    from .report import render

    color = args.format == "text" and not getattr(args, "output", None) and _use_color(args.color, out)
    return render(result, args.format, color=color, width=_width(), show_kept=not args.no_kept)


def _cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .inputs import read_text
    from .pipeline import default_comparer

    if "inconsistent" in args.fail_on and args.mode != "consistency":
        from .errors import InputError

        raise InputError("--fail-on inconsistent reads the consistency verdict: add --mode consistency")
    rewrite = read_text(args.rewrite)
    originals = [read_text(p) for p in args.originals]
    for name, text in [(args.rewrite, rewrite)] + list(zip(args.originals, originals)):
        if not text.strip():
            err.write(f"provenance: warning: {name} is empty; "
                      f"{'every original claim is dropped' if name == args.rewrite else 'it supports nothing'}\n")
    names = [_display_name(p, i) for i, p in enumerate(args.originals)]
    result = default_comparer(_config(args)).compare(rewrite, originals, names=names)
    _emit(_render(result, args, out), args, out)
    counts = result.counts()
    inconsistent = "inconsistent" in args.fail_on and result.scores.consistent is False
    return EXIT_FAIL_ON if inconsistent or any(counts.get(k, 0) > 0 for k in args.fail_on) else EXIT_OK


def _display_name(path: str, i: int) -> str:
    from pathlib import Path

    return "<stdin>" if path == "-" else Path(path).name or f"original-{i + 1}"


def _cmd_rank(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # noqa: ARG001
    from .inputs import read_text
    from .pipeline import default_comparer

    rewrite = read_text(args.rewrite)
    cands = {p: read_text(p) for p in args.candidates}
    _write_ranked(default_comparer(_config(args)).rank(rewrite, cands, limit=args.limit), args, out)
    return EXIT_OK


def _cmd_render(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # noqa: ARG001
    from .inputs import read_text
    from .report import load

    result = load(read_text(args.report))
    _emit(_render(result, args, out), args, out)
    return EXIT_OK


def _cmd_evidence(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:  # noqa: ARG001
    import json

    from .errors import InputError
    from .evidence import missing_words
    from .inputs import read_text
    from .pipeline import default_comparer

    if not args.claims:
        raise InputError("no claim given: pass --claim TEXT or --claim-file PATH")
    if [*args.sources, *(v for kind, v in args.claims if kind == "file")].count("-") > 1:
        raise InputError("standard input ('-') can be read only once")
    claims = [read_text(v) if kind == "file" else v for kind, v in args.claims]
    sources = [read_text(p) for p in args.sources]
    names = [_display_name(p, i) for i, p in enumerate(args.sources)]
    cmp = default_comparer(_config(args))
    found = []
    for claim in claims:
        passages = cmp.evidence(claim, sources, k=args.k)
        found.append({"claim": claim, "passages": [p.to_dict() for p in passages],
                      "missing": list(missing_words(claim, passages))})
    if args.format == "json":
        text = json.dumps({"signature": cmp.signature, "sources": names, "claims": found},
                          indent=2, ensure_ascii=False) + "\n"
    else:
        lines = []
        for i, f in enumerate(found, 1):
            lines.append(f"claim {i}: {' '.join(f['claim'].split())}")
            if not f["passages"]:
                lines.append("  no evidence: the claim or the sources are empty")
            for n, p in enumerate(f["passages"], 1):
                adds = ", ".join(p["adds"]) if p["adds"] else "nothing new"
                where = f"{names[p['source']]} sentence" if len(names) > 1 else "sentence"
                lines.append(f"  {n}. {where} {p['sentence'] + 1} (support {p['support']:.2f}; adds: {adds})")
                lines.append(f"     {' '.join(p['text'].split())}")
            if f["passages"]:
                lines.append(f"  in none of them: {', '.join(f['missing'])}" if f["missing"]
                             else "  every content word of the claim is in them")
        text = "\n".join(lines) + "\n"
    _emit(text, args, out)
    return EXIT_OK


COMMANDS = {"compare": _cmd_compare, "rank": _cmd_rank, "render": _cmd_render, "evidence": _cmd_evidence}


# --------------------------------------------------------------------------- index and batch
# (provenance.index, provenance.batch): `rank --index`, `index build|add`, `batch`.
def _index_and_batch_commands(sub: argparse._SubParsersAction, rank: argparse.ArgumentParser, common: object) -> None:
    rank.add_argument("--index", metavar="INDEX",
                      help="rank the documents of this index (built with `provenance index build`) instead "
                           "of CANDIDATE files; -k then defaults to 10")
    ix = sub.add_parser("index", help="build or extend an index of candidate originals (for rank --index, batch)")
    actions = ix.add_subparsers(dest="index_command", metavar="ACTION", parser_class=_Parser, required=True)
    build = actions.add_parser("build", help="index a folder of .txt files or a JSONL file of {\"id\", \"text\"}",
                               description="Index DIR_OR_JSONL into INDEX (a folder), all or nothing.")
    build.add_argument("source", metavar="DIR_OR_JSONL")
    build.add_argument("-o", "--output", metavar="INDEX", required=True, help="the index folder to create")
    build.add_argument("--force", action="store_true", help="replace INDEX if it exists")
    add = actions.add_parser("add", help="add the documents of DIR_OR_JSONL to an existing INDEX")
    add.add_argument("index", metavar="INDEX")
    add.add_argument("source", metavar="DIR_OR_JSONL")
    for sp in (build, add):
        sp.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
        common(sp)  # type: ignore[operator]

    bt = sub.add_parser("batch", help="rank and compare many rewrites on a Dask cluster (local by default)",
                        description="Rank the sources of every rewrite in REWRITES (a folder of .txt files or a "
                                    "JSONL file of {\"id\", \"text\"}) and compare each with its best source(s). "
                                    "Writes one JSON object per rewrite (JSONL), in input order.")
    bt.add_argument("rewrites", metavar="REWRITES")
    where = bt.add_mutually_exclusive_group(required=True)
    where.add_argument("--index", metavar="INDEX", help="an index built with `provenance index build`")
    where.add_argument("--candidates", metavar="DIR_OR_JSONL", help="a (small) candidate set, compared in full")
    bt.add_argument("-o", "--output", metavar="FILE", help="write JSONL here (refuses to overwrite without --force)")
    bt.add_argument("--force", action="store_true")
    bt.add_argument("--scheduler", metavar="ADDRESS",
                    help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    bt.add_argument("--workers", type=_at_least(1), default=2, help="local cluster worker processes (default 2)")
    bt.add_argument("-k", type=_at_least(1), default=10, help="sources ranked per rewrite (default 10)")
    bt.add_argument("--compare-top", type=int, default=1, metavar="N",
                    help="full comparison with the best N sources (default 1; 0: ranking only)")
    bt.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    _mode_argument(bt)
    common(bt)  # type: ignore[operator]


def _progress(args: argparse.Namespace, err: TextIO) -> bool:
    return not args.no_progress and bool(getattr(err, "isatty", lambda: False)())


def _write_ranked(ranked: list, args: argparse.Namespace, out: TextIO) -> None:
    import json

    if args.format == "json":
        out.write(json.dumps([r.to_dict() for r in ranked], indent=2, ensure_ascii=False) + "\n")
    else:
        for r in ranked:
            out.write(f"{r.rank:>3}. {r.rewrite_coverage:6.1%} of the rewrite  "
                      f"{r.original_kept:6.1%} of it kept  {r.key}\n")


def _cmd_rank_any(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.index is None:
        if not args.candidates:
            err.write("provenance: error: rank needs CANDIDATE files or --index INDEX\n")
            return EXIT_USAGE
        return _cmd_rank(args, out, err)
    if args.candidates:
        err.write("provenance: error: give CANDIDATE files or --index INDEX, not both\n")
        return EXIT_USAGE
    from .index import SourceIndex, make_comparer
    from .inputs import read_text

    rewrite = read_text(args.rewrite)
    index = SourceIndex.open(args.index)
    ranked = index.rank(rewrite, make_comparer(_config(args), index=index), k=args.limit or 10)
    _write_ranked(ranked, args, out)
    return EXIT_OK


def _cmd_index(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from .index import add_to_index, build_index, read_docs

    docs = read_docs(args.source)
    if args.index_command == "build":
        index = build_index(docs, args.output, config=_config(args), force=args.force, progress=_progress(args, err))
    else:
        index = add_to_index(args.index, docs, config=_config(args), progress=_progress(args, err))
    out.write(f"{index.path}: {len(index)} documents, {index.faiss_index.ntotal} claim vectors ({index.fingerprint})\n")
    return EXIT_OK


def _cmd_batch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    import json
    from pathlib import Path

    from .batch import run_batch
    from .errors import InputError
    from .index import read_docs

    if args.compare_top < 0:
        raise InputError(f"--compare-top must be >= 0, got {args.compare_top}")
    if args.output and Path(args.output).exists() and not args.force:  # fail before the work, not after
        raise InputError(f"{args.output}: already exists; pass --force to overwrite it")
    rewrites = list(read_docs(args.rewrites))
    source = args.index if args.index else dict(read_docs(args.candidates))
    results = run_batch(rewrites, source, config=_config(args), scheduler=args.scheduler, n_workers=args.workers,
                        k=args.k, compare_top=args.compare_top, progress=_progress(args, err))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
    failed = sum(1 for r in results if "error" in r)
    if failed:
        err.write(f"provenance: warning: {failed} of {len(results)} rewrites failed (see their \"error\")\n")
    if args.output:
        write_file(Path(args.output), text, force=args.force)
    else:
        out.write(text)
    return EXIT_OK


COMMANDS.update({"rank": _cmd_rank_any, "index": _cmd_index, "batch": _cmd_batch})


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    parser = build_parser()
    import contextlib

    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(out)
        return EXIT_USAGE
    import logging

    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="provenance: %(levelname)s: %(message)s", stream=err)
    from .errors import ProvenanceError

    try:
        return COMMANDS[args.command](args, out, err)
    except ProvenanceError as exc:
        err.write(f"provenance: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.write("provenance: interrupted\n")
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except (OSError, MemoryError, RecursionError) as exc:
        err.write(f"provenance: error: {type(exc).__name__}: {exc}\n")
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
