#!/usr/bin/env python3
"""Check a Fyren question set against the corpus before it is used to score anything.

Usage: check_evidence.py [QUESTIONS.jsonl] [CORPUS_DIR]
       (defaults: questions-validation.jsonl next to this file, ../shared/corpus from the repository root)

For every answerable question, each evidence string, normalised exactly as
shared/eval/score.py does (lower case, letters and digits only, words joined by
one space), must occur in the normalised text of the cited report (doc = corpus
file name without extension). Unanswerable questions must have doc null and no
evidence. Ids must be unique and fields valid; the counts per category are
printed and checked against the minima the set was written to. Exit 1 on any
failure.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

WORD = re.compile(r"[^\W_]+", re.UNICODE)  # the same pattern as score.py
TYPES = {"number", "when", "who", "list", "why", "definition", "fact", "how", "unanswerable"}
# The composition each set was written to, by the set's name (questions-<name>.jsonl).
MINIMA = {
    "validation": {"total": 70, "en": 14, "unanswerable": 17, "list": 10},
    # The hold-out set is smaller: it is asked only at the start and the end of a round.
    "holdout": {"total": 30, "en": 8, "unanswerable": 8, "list": 5},
    "holdout2": {"total": 45, "en": 10, "unanswerable": 10, "list": 10},
    "holdout3": {"total": 45, "en": 12, "unanswerable": 12, "list": 11},
    "holdout4": {"total": 45, "en": 12, "unanswerable": 12, "list": 10},
    "holdout5": {"total": 45, "en": 12, "unanswerable": 12, "list": 10},
    "holdout6": {"total": 45, "en": 12, "unanswerable": 12, "list": 10},
    "holdout7": {"total": 45, "en": 12, "unanswerable": 12, "list": 10},
    "holdout8": {"total": 54, "en": 13, "unanswerable": 13, "list": 11},
    "holdout9": {"total": 58, "en": 14, "unanswerable": 13, "list": 12},
    "holdout10": {"total": 66, "en": 16, "unanswerable": 14, "list": 13},
    "holdout11": {"total": 70, "en": 17, "unanswerable": 14, "list": 15},
    "holdout12": {"total": 75, "en": 18, "unanswerable": 15, "list": 15},
    "holdout13": {"total": 75, "en": 18, "unanswerable": 15, "list": 15},
    "holdout14": {"total": 75, "en": 11, "unanswerable": 15, "list": 15},
    "holdout15": {"total": 75, "en": 18, "unanswerable": 15, "list": 16},
    "holdout16": {"total": 75, "en": 15, "unanswerable": 15, "list": 14},
    "holdout17": {"total": 75, "en": 15, "unanswerable": 15, "list": 14},
    "holdout18": {"total": 75, "en": 15, "unanswerable": 15, "list": 14},
    "holdout19": {"total": 75, "en": 15, "unanswerable": 15, "list": 14},
    "holdout20": {"total": 70, "en": 15, "unanswerable": 15, "list": 14},
    "holdout21": {"total": 60, "en": 15, "unanswerable": 15, "list": 20},
    "holdout22": {"total": 60, "en": 15, "unanswerable": 15, "list": 20},
    "holdout23": {"total": 60, "en": 15, "unanswerable": 15, "list": 20},
    "holdout24": {"total": 60, "en": 15, "unanswerable": 15, "list": 12},
    "holdout25": {"total": 60, "en": 15, "unanswerable": 15, "list": 12},
    "holdout26": {"total": 60, "en": 15, "unanswerable": 15, "list": 14},
    "holdout27": {"total": 60, "en": 29, "unanswerable": 15, "list": 20},
    "validation2": {"total": 60, "en": 15, "unanswerable": 16, "list": 14},
    "validation3": {"total": 60, "en": 15, "unanswerable": 15, "list": 10},
    "validation4": {"total": 60, "en": 15, "unanswerable": 15, "list": 10},
    "validation5": {"total": 60, "en": 15, "unanswerable": 15, "list": 10},
    "validation6": {"total": 70, "en": 15, "unanswerable": 16, "list": 12},
    "validation7": {"total": 75, "en": 18, "unanswerable": 16, "list": 18},
    "validation8": {"total": 80, "en": 20, "unanswerable": 16, "list": 18},
    "validation9": {"total": 80, "en": 20, "unanswerable": 16, "list": 18},
    "validation10": {"total": 80, "en": 20, "unanswerable": 16, "list": 18},
    "validation11": {"total": 80, "en": 20, "unanswerable": 16, "list": 18},
    "validation12": {"total": 80, "en": 12, "unanswerable": 15, "list": 15},
    "validation13": {"total": 80, "en": 20, "unanswerable": 16, "list": 18},
    "validation14": {"total": 80, "en": 15, "unanswerable": 16, "list": 14},
    "validation15": {"total": 80, "en": 15, "unanswerable": 16, "list": 15},
    "validation16": {"total": 80, "en": 15, "unanswerable": 16, "list": 15},
    "validation17": {"total": 80, "en": 15, "unanswerable": 16, "list": 15},
    "validation18": {"total": 60, "en": 15, "unanswerable": 15, "list": 20},
}
EVIDENCE_WORDS = (3, 20)


def words(text):
    return " " + " ".join(WORD.findall(text.lower())) + " "


def load_corpus(corpus_dir):
    docs, raw = {}, {}
    for path in sorted(corpus_dir.iterdir()):
        if path.suffix in (".txt", ".md"):
            raw[path.stem] = path.read_text(encoding="utf-8")
            docs[path.stem] = words(raw[path.stem])
    return docs, raw


def starts_inside_word(evidence, raw_text):
    """Whether every place the evidence stands in the report text opens after a line-end hyphen
    ("skol-\\nsköterskorna"): the engine joins the word, so the evidence's first word never stands alone."""
    first = WORD.findall(evidence.lower())[:3]
    pattern = re.compile(r"(?<![^\W_])" + r"\W+".join(re.escape(w) for w in first), re.UNICODE)
    places = [m.start() for m in pattern.finditer(raw_text.lower())]
    return bool(places) and all(re.search(r"[^\W\d_]-[ \t]*\n[ \t]*$", raw_text[max(0, at - 40):at]) for at in places)


def main(argv):
    here = Path(__file__).resolve().parent
    questions_path = Path(argv[0]) if argv else here / "questions-validation.jsonl"
    corpus_dir = Path(argv[1]) if len(argv) > 1 else here.parents[1].parent / "shared" / "corpus"
    docs, raw = load_corpus(corpus_dir)
    questions = [json.loads(l) for l in questions_path.read_text(encoding="utf-8").splitlines() if l.strip()]
    failures = []
    ids = Counter(q.get("id") for q in questions)
    failures += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for q in questions:
        qid = q.get("id")
        missing = {"id", "question", "doc", "evidence", "answer", "type", "lang"} - q.keys()
        if missing:
            failures.append(f"{qid}: missing fields {sorted(missing)}")
            continue
        if q["type"] not in TYPES:
            failures.append(f"{qid}: unknown type {q['type']}")
        if q["lang"] not in ("sv", "en"):
            failures.append(f"{qid}: unknown lang {q['lang']}")
        if q["type"] == "unanswerable":
            if q["doc"] is not None or q["evidence"]:
                failures.append(f"{qid}: unanswerable but has doc or evidence")
            continue
        if q["doc"] not in docs:
            failures.append(f"{qid}: doc {q['doc']} is not a corpus file")
            continue
        if not q["evidence"] or not q["answer"]:
            failures.append(f"{qid}: answerable without evidence or answer")
        for ev in q["evidence"]:
            n = len(words(ev).split())
            if not EVIDENCE_WORDS[0] <= n <= EVIDENCE_WORDS[1]:
                failures.append(f"{qid}: evidence has {n} words: {ev!r}")
            if words(ev) not in docs[q["doc"]]:
                failures.append(f"{qid}: evidence not in {q['doc']}: {ev!r}")
            elif starts_inside_word(ev, raw[q["doc"]]):
                failures.append(f"{qid}: evidence opens inside a word hyphenated at a line end: {ev!r}")

    by_type = Counter(q.get("type") for q in questions)
    by_lang = Counter(q.get("lang") for q in questions)
    by_doc = Counter(q.get("doc") or "(none)" for q in questions)
    counts = {"total": len(questions), "en": by_lang["en"], "unanswerable": by_type["unanswerable"],
              "list": by_type["list"]}
    print(f"questions: {len(questions)}  by lang: {dict(sorted(by_lang.items()))}")
    print(f"by type: {dict(sorted(by_type.items()))}")
    print(f"by doc: {dict(sorted(by_doc.items()))}")
    set_name = questions_path.stem.removeprefix("questions-")
    minima = MINIMA.get(set_name)
    if minima is None:
        failures.append(f"no minima for set {set_name!r}: add its composition to MINIMA")
        minima = {}
    for name, minimum in minima.items():
        if counts[name] < minimum:
            failures.append(f"{name}: {counts[name]} < minimum {minimum}")
    covered = set(by_doc) - {"(none)"}
    failures += [f"report {d} has no question" for d in sorted(set(docs) - covered)]
    for f in failures:
        print("FAIL", f)
    print(f"failures: {len(failures)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
