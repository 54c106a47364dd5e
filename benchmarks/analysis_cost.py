"""Why a cold compare costs more than encoding its claims: the spaCy analysis against the encoder.

    python benchmarks/analysis_cost.py [--data ../shared/data] [--sentences 600] [--repeats 3]
                                       [--out out/analysis_cost.json]

On real article sentences (FRANK DEV sources, read at run time), medians of ``--repeats``:

* the time of each spaCy component (``nlp.pipeline``, batched like ``facts.Analyzer``) and of
  the whole pipeline;
* the torch encoder on the same sentences with 2 and with 1 intra-op thread;
* spaCy and the encoder at once, spaCy on a second thread (as ``Comparer.prepare_iter`` runs
  them), for both thread counts;
* the rest of the analysis a compare does besides spaCy's pipeline: sentence splitting
  (pysbd, ``segmentation.segment`` over the same articles) and the library's own claim and
  fact extraction from the parses (``facts.read_parse``, what ``Analyzer.analyse`` does after
  ``nlp.pipe``).

From these, ``floor_compare_over_encode``: the smallest compare / encode ratio the two jobs
allow on this machine, whatever the scheduling: (work of both, in single-core seconds) /
cores / (encode with every core); ``floor_all_over_encode`` counts the splitting and the fact
extraction too. speed.py's ``compare_over_encode`` goal is 1.10.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

from speed import median_time, write_json  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def frank_articles(data: Path, n: int) -> tuple[list[str], list[str]]:
    """(the first FRANK DEV articles holding ``n`` sentences, those ``n`` sentences)."""
    from provenance.segmentation import segment

    path = data / "frank" / "dev.jsonl"
    if not path.is_file():
        raise SystemExit(f"error: {path} not found (pass --data DIR holding frank/dev.jsonl)")
    articles: list[str] = []
    out: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            articles.append(json.loads(line)["source_text"])
            out += [s.text for s in segment(articles[-1])]
            if len(out) >= n:
                break
    return articles, out[:n]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--sentences", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)

    import torch

    from provenance.embedding import SentenceTransformerEncoder
    from provenance import facts
    from provenance.segmentation import segment

    articles, sents = frank_articles(args.data, args.sentences)
    nlp = facts.Analyzer().nlp
    enc = SentenceTransformerEncoder()
    enc.encode(sents[:8])
    list(nlp.pipe(sents[:8]))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1

    def components() -> dict[str, float]:
        docs = [nlp.make_doc(s) for s in sents]
        out = {}
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            docs = list(proc.pipe(docs, batch_size=256))
            out[name] = time.perf_counter() - t
        return out

    runs = [components() for _ in range(args.repeats)]
    per_component = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    spacy_s = median_time(lambda: list(nlp.pipe(sents, batch_size=256)), args.repeats)
    parsed = list(nlp.pipe(sents, batch_size=256))

    facts_s = median_time(lambda: [facts.read_parse(doc) for doc in parsed], args.repeats)
    # the articles hold a few sentences more than the sample: scale to the sample's share of words
    share = sum(len(s.split()) for s in sents) / max(1, sum(len(a.split()) for a in articles))
    segment_s = share * median_time(lambda: [segment(a) for a in articles], args.repeats)
    res: dict[str, Any] = {"sentences": len(sents), "words": sum(len(s.split()) for s in sents), "cores": cores,
                           "spacy_components_s": per_component, "spacy_s": spacy_s,
                           "facts_s": facts_s, "segment_s": segment_s}
    threads_before = torch.get_num_threads()
    for n in sorted({min(2, cores), 1}, reverse=True):
        torch.set_num_threads(n)
        enc_s = median_time(lambda: enc.encode(sents), args.repeats)

        def both() -> None:
            th = threading.Thread(target=lambda: list(nlp.pipe(sents, batch_size=256)))
            th.start()
            enc.encode(sents)
            th.join()

        res[f"encode_s_{n}_threads"] = enc_s
        res[f"spacy_and_encode_s_{n}_threads"] = median_time(both, args.repeats)
    torch.set_num_threads(threads_before)
    enc_all = res[f"encode_s_{min(2, cores)}_threads"]
    res["spacy_over_encode"] = spacy_s / enc_all
    res["floor_compare_over_encode"] = (res["encode_s_1_threads"] + spacy_s) / min(2, cores) / enc_all
    res["floor_all_over_encode"] = (res["encode_s_1_threads"] + spacy_s + res["facts_s"] + segment_s) / min(2, cores) / enc_all
    res["best_concurrent_over_encode"] = min(res[k] for k in res if k.startswith("spacy_and_encode")) / enc_all

    print(f"{res['sentences']} FRANK sentences, {res['words']} words, {cores} cores; medians of {args.repeats}")
    for k, v in per_component.items():
        print(f"  spaCy {k:16s} {v:7.3f} s")
    for k in ("spacy_s", "facts_s", "segment_s", *[k for k in res if k.startswith(("encode_s", "spacy_and"))]):
        print(f"  {k:28s} {res[k]:7.3f} s")
    for k in ("spacy_over_encode", "best_concurrent_over_encode", "floor_compare_over_encode", "floor_all_over_encode"):
        print(f"  {k:28s} {res[k]:7.2f}")
    if args.out:
        write_json(args.out, res, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
