"""A quick ``--limit`` run of benchmarks/quality.py on the DEV data (skipped without it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import DATA

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
QUICK = ("mrpc", "stsb", "iterater_sent", "wice")


@pytest.fixture
def quality(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    monkeypatch.syspath_prepend(str(BENCH))
    import quality as q

    return q


def _data_or_skip() -> Path:
    missing = [s for s in QUICK if not (DATA / s / "dev.jsonl").is_file()]
    if missing:
        pytest.skip(f"DEV data not found under {DATA} (sets {missing}); set PROVENANCE_DATA or check out ../shared/data")
    return DATA


@pytest.mark.model
def test_quick_quality_run_writes_table_and_json(quality, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    data = _data_or_skip()
    out = tmp_path / "q.json"
    rc = quality.main(["--data", str(data), "--only", ",".join(QUICK), "--limit", "4", "--out", str(out)])
    assert rc == 0
    printed = capsys.readouterr().out
    report = json.loads(out.read_text())
    assert report["signature"] in printed and "calib:all-MiniLM-L6-v2@" in report["signature"]
    _assert_every_key_in_range(quality, report, QUICK)
    for name in QUICK:
        assert f"| {name} |" in printed


def _assert_every_key_in_range(quality, report: dict, names) -> None:  # noqa: ANN001
    """Every metric key of each set, ours and each peer's, is a percentage (a peer may say None)."""
    for name in names:
        res = report["results"][name]
        for key in quality.KEYS[name]:
            assert 0.0 <= res[key] <= 100.0, (name, key, res[key])
            for peer in quality.PEERS:
                v = res["peers"][peer][key]
                assert v is None or 0.0 <= v <= 100.0, (name, peer, key, v)


def test_unknown_split_is_a_usage_error(quality, tmp_path: Path) -> None:
    (tmp_path / "mrpc").mkdir()
    assert quality.main(["--data", str(tmp_path), "--only", "mrpc", "--split", "nope"]) == 2


def test_swipe_ranges_follow_non_space_characters(quality) -> None:
    row = {"source_text": "New  York is big.", "target_text": "New York is a city.",
           "diff": [{"idx": 0, "type": "equal", "text": "NewYork is"}, {"idx": 1, "type": "delete", "text": "big."},
                    {"idx": 2, "type": "insert", "text": "a city."}]}
    src, tgt = quality.swipe_ranges(row)
    assert row["source_text"][slice(*src[1])] == "big."
    assert row["target_text"][slice(*tgt[2])] == "a city."
    assert row["source_text"][slice(*src[0])] == "New  York is"


def test_label_helpers(quality) -> None:
    claims = [(0, 5, 0.9, "kept"), (6, 9, 0.2, "kept"), (10, 12, 0.8, "altered")]
    assert quality.labels_at(claims, 0.5, "added") == ["kept", "added", "altered"]
    assert quality.wice_label(["kept", "kept"]) == "supported"
    assert quality.wice_label(["kept", "added"]) == "partially_supported"
    assert quality.wice_label(["added"]) == "not_supported"
    assert quality.unsupportedness(claims) == pytest.approx(0.8)


@pytest.mark.model
def test_rewrite_set_records_are_the_labels_compare_gives(quality, real_comparer) -> None:  # noqa: ANN001
    """The rewrite-mode sets are scored from what compare says at the configured threshold (a
    record made at threshold 0 and cut afterwards differs for mutual best matches), and every
    detail is recorded so the scorer can apply the calibration's minimum."""
    rows = [{"source_text": "The mayor, a former police chief who served for twenty years, approved the budget on "
                            "Monday. Heavy rain closed three schools in the north of the city.",
             "target_text": "The mayor approved the budget on Monday. The storm shut several schools."}]
    rec = quality.ours_records("swipe", rows, real_comparer)[0]
    res = real_comparer.compare(rows[0]["target_text"], rows[0]["source_text"])
    assert [c[3] for c in rec["added"]] == [c.label for c in res.rewrite.claims]
    assert [c[3] for c in rec["dropped"]] == [c.label for c in res.originals[0].claims]
    tau = real_comparer.config.threshold
    assert quality.labels_at(rec["dropped"], tau, "dropped") == [c.label for c in res.originals[0].claims]
    assert any(rows[0]["source_text"][a:b] == "a former police chief who served for twenty years"
               for a, b, *_ in rec["dropped_details"])
    calib = {"details": {"min_words": 99}}
    assert quality.detail_words(calib) == 99 and quality.detail_words({}) >= 1


def test_swipe_scores_count_a_repeated_claim_once(quality) -> None:  # noqa: ANN001
    """A claim stated again (fifth record field: the first claim's index) joins the first
    when both carry the label scored; details of a repeat share the first's key."""
    claims = [(0, 5, 0.0, "added", -1), (6, 11, 0.0, "added", 0), (12, 17, 0.9, "kept", -1),
              (18, 23, 0.9, "kept", 2), (24, 29, 0.0, "added", 2)]
    assert quality._claim_groups(claims, 0.5, "added", "added") == [[(0, 5), (6, 11)], [(24, 29)]]
    assert quality._claim_groups(claims, 0.5, "added", "kept") == [[(12, 17), (18, 23)]]
    # records written before repeats existed (four fields) stay one claim each
    assert quality._claim_groups([c[:4] for c in claims], 0.5, "added", "added") == [[(0, 5)], [(6, 11)], [(24, 29)]]
    rec = {"added_details": [(0, 3, 2, "0:a b"), (6, 9, 2, "0:a b"), (30, 33, 1, "5:c")]}
    assert quality.reported_details(rec, "added", 2, grouped=True) == [[(0, 3), (6, 9)]]
    assert quality.reported_details(rec, "added", 1) == [(0, 3), (6, 9), (30, 33)]


def test_reported_details_apply_the_size_the_inserted_size_and_the_reworded_cut(quality) -> None:  # noqa: ANN001
    """Records (start, end, size, key, cosine, inserted): a detail needs ``min_words``, or
    ``insert_words`` when nothing is in its place, and is left out at the reworded cut."""
    rec = {"added_details": [(0, 3, 1, "0:a", None, True), (4, 7, 1, "0:b", 0.2, False),
                             (8, 11, 2, "0:c", 0.8, False), (12, 15, 2, "0:d", 0.3, False)]}
    assert quality.reported_details(rec, "added", 2) == [(8, 11), (12, 15)]
    assert quality.reported_details(rec, "added", 2, insert_words=1) == [(0, 3), (8, 11), (12, 15)]
    assert quality.reported_details(rec, "added", 2, insert_words=1, reworded=0.5) == [(0, 3), (12, 15)]
    assert quality.reported_details(rec, "added", 0, insert_words=1) == []          # details off
    calib = {"details": {"min_words": 2, "reworded": 0.5, "insert_words": 1}}
    assert quality.detail_rules(calib) == {"reworded": 0.5, "insert_words": 1}
    assert quality.detail_rules({"details": {"reworded": -1}}) == {"reworded": None, "insert_words": None}


def test_swipe_peers_count_a_repeated_sentence_once(quality) -> None:  # noqa: ANN001
    """The naive peers flag sentences; a sentence text flagged at several places is one
    flagged sentence, as a repeated claim of ours is one claim."""
    text = "Spam here. Real news. Spam here.  Spam here.\n"
    spans = [(0, 10), (11, 21), (22, 32), (34, 44)]
    assert [text[a:b] for a, b in spans] == ["Spam here.", "Real news.", "Spam here.", "Spam here."]
    assert quality._text_groups(spans, text) == [[(0, 10), (22, 32), (34, 44)], [(11, 21)]]
    diff = [{"idx": 0, "type": "insert", "text": "Spam here."}, {"idx": 1, "type": "insert", "text": "Real news."},
            {"idx": 2, "type": "insert", "text": "Spam here.  Spam here."}]
    row = {"id": "t-peer", "source_text": "", "target_text": text, "diff": diff,
           "edits": [{"class": "added_info", "op_ids": [1]}]}
    assert quality.swipe_edits(row)["added_info"] == [([], [(11, 21)])]
    rec = {"rw": [(a, b, 0.0) for a, b in spans], "og": []}
    # the one edit is found; 1 of 2 distinct flagged sentences is right (not 1 of 4)
    out = quality.score_peer("swipe", [row], [rec], {"t_added": 0.5, "t_dropped": 0.5})
    assert out["added_info_f1"] == pytest.approx(2 * 0.5 * 1.0 / 1.5) and out["fact_changed_recall"] is None


def _handmade_holdout(root: Path) -> None:
    """Two or more rows per set, in the DEV formats of ../shared/data/README.md and nothing
    more (no DEV-only extras such as WiCE's title or STS-B's genre), written by hand: the
    held-out parts are scored with the same script on files it has never seen."""
    art = ["The council met on Monday.", "It approved a budget of 40 million dollars.",
           "The mayor said the vote was close.", "Rain closed two schools in the north."]
    swipe_src, swipe_tgt = "The old bridge opened in 1901. It was painted red.", "The bridge opened in 1901. It is very long."
    sets = {
        "wice": [
            {"id": "w1", "source_sentences": art, "target_sentences": ["The council approved a budget of 40 million dollars."],
             "label": "supported", "supporting_sentence_sets": [[0, 1]]},
            {"id": "w2", "source_sentences": art, "target_sentences": ["The council approved the budget unanimously in March."],
             "label": "partially_supported", "supporting_sentence_sets": [[1]]},
            {"id": "w3", "source_sentences": art, "target_sentences": ["A new stadium will be built by the river."],
             "label": "not_supported", "supporting_sentence_sets": []},
        ],
        "frank": [{"id": "f1", "source_text": " ".join(art), "source_sentences": art, "summaries": [
            {"id": "f1", "model": "m1", "summary": "The council approved a budget of 40 million dollars.",
             "summary_sentences": ["The council approved a budget of 40 million dollars."], "factuality": 1.0, "label": 1},
            {"id": "f1", "model": "m2", "summary": "The council rejected a budget of 90 million dollars.",
             "summary_sentences": ["The council rejected a budget of 90 million dollars."], "factuality": 0.0, "label": 0}]}],
        "swipe": [{"id": "s1", "source_text": swipe_src, "target_text": swipe_tgt,
                   "diff": [{"idx": 0, "type": "equal", "text": "The"}, {"idx": 1, "type": "delete", "text": "old"},
                            {"idx": 2, "type": "equal", "text": "bridge opened in 1901. It"},
                            {"idx": 3, "type": "delete", "text": "was painted red."},
                            {"idx": 4, "type": "insert", "text": "is very long."}],
                   "edits": [{"group_id": 0, "category": "semantic_deletion", "class": "dropped_info", "op_ids": [1],
                              "deleted_text": ["old"], "inserted_text": []},
                             {"group_id": 1, "category": "semantic_elaboration_generic", "class": "added_info",
                              "op_ids": [3, 4], "deleted_text": ["was painted red."], "inserted_text": ["is very long."]}]}],
        "iterater_sent": [{"id": "i1", "a": "We train the model for ten epochs.", "b": "We train the model for twenty epochs.",
                           "label": "meaning-changed", "meaning_changed": 1},
                          {"id": "i2", "a": "We trains the model.", "b": "We train the model.", "label": "fluency",
                           "meaning_changed": 0}],
        "stsb": [{"id": "t1", "a": "A dog runs in the park.", "b": "A dog is running in a park.", "label": 4.8},
                 {"id": "t2", "a": "A man plays a guitar.", "b": "A woman slices an onion.", "label": 0.2},
                 {"id": "t3", "a": "Two kids play football.", "b": "Children are playing soccer outside.", "label": 3.6}],
        "mrpc": [{"id": "m1", "a": "Shares rose 5 percent on Tuesday.", "b": "On Tuesday shares climbed 5 percent.", "label": 1},
                 {"id": "m2", "a": "Shares rose 5 percent on Tuesday.", "b": "The company hired a new chief.", "label": 0}],
        "paws": [{"id": "p1", "a": "Anna sold the house to Ben in 1990.", "b": "In 1990 Anna sold the house to Ben.", "label": 1},
                 {"id": "p2", "a": "Anna sold the house to Ben in 1990.", "b": "Ben sold the house to Anna in 1990.", "label": 0}],
        "clough_reuse": [
            {"id": f"c{t}{k}", "task": t, "a": src, "b": ans, "label": lab}
            for t, src in (("a", "Inheritance lets a class reuse the fields and methods of another class."),
                           ("b", "A hash table maps keys to values with an array of buckets."))
            for k, (ans, lab) in enumerate(((src, "cut"), ("Sorting puts things in order, step by step.", "non")))],
    }
    for name, rows in sets.items():
        (root / name).mkdir(parents=True)
        (root / name / "holdout.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.mark.model
def test_every_set_scores_a_handmade_holdout_split(quality, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """``--data OTHER --split holdout`` on files shaped like the DEV parts, all eight sets at
    once: every metric key comes back within 0..100, and the peers' too; the table says the
    figures are not in-sample."""
    _handmade_holdout(tmp_path / "data")
    out = tmp_path / "q.json"
    rc = quality.main(["--data", str(tmp_path / "data"), "--split", "holdout", "--out", str(out)])
    assert rc == 0
    printed = capsys.readouterr().out
    assert "applied (to the holdout split, which nothing was fitted on)" in printed
    assert "in-sample on DEV" not in printed
    report = json.loads(out.read_text())
    assert set(report["results"]) == set(quality.SETS)
    _assert_every_key_in_range(quality, report, quality.SETS)


@pytest.mark.model
def test_the_cache_keeps_the_adapted_vectors_and_a_rerun_gives_the_same_figures(quality, tmp_path: Path) -> None:
    """``--cache``: the pair sets' whole texts are embedded in one batch by the adapted encoder
    too, its vectors are saved beside the plain ones (under its own fingerprint) and a second
    run reads them back and reports the same figures."""
    import pickle

    _handmade_holdout(tmp_path / "data")
    cache, first, second = tmp_path / "c.pkl", tmp_path / "1.json", tmp_path / "2.json"
    args = ["--data", str(tmp_path / "data"), "--split", "holdout", "--only", "mrpc,stsb", "--cache", str(cache)]
    assert quality.main([*args, "--out", str(first)]) == 0
    with open(cache, "rb") as fh:
        saved = pickle.load(fh)["embeddings"]
    adapted = [k for k in saved if "+lora:" in k[0]]
    rows = [json.loads(line) for name in ("mrpc", "stsb")
            for line in (tmp_path / "data" / name / "holdout.jsonl").read_text().splitlines()]
    assert {t for r in rows for t in (r["a"], r["b"])} <= {k[1] for k in adapted}
    assert quality.main([*args, "--out", str(second)]) == 0
    assert json.loads(first.read_text())["results"] == json.loads(second.read_text())["results"]
