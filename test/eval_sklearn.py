#!/usr/bin/python3
"""The scikit-learn baseline of test/eval_classifier --compare.

TfidfVectorizer(analyzer='char_wb', ngram_range=(1, 4), sublinear_tf=True)
followed by LinearSVC() with its default settings, on NFC-normalized,
lower-cased text.  The rows and their split come from the database (psql
\\copy ... TO a CSV file): this program never decides which row is training.

  eval_sklearn.py accuracy SPLIT.csv
      SPLIT.csv: header, then id,train,text,service,reporter,damage_type with
      train 't' or 'f'.  One model per dimension, trained on the 't' rows;
      prints CSV (header, then dimension,id,predicted) for every 'f' row.
  eval_sklearn.py timing TEXTS.csv [RUNS]
      TEXTS.csv: header, then text,label.  RUNS times (default 1): fits a new
      model on every row and predicts every row; prints CSV (header, then
      step,run,rows,ms) for the steps fit and predict, each timed from the
      texts in memory (normalizing included, reading the file not).

Standard library and scikit-learn only.  Any error exits non-zero, which
makes psql's \\copy FROM PROGRAM fail.
"""

import csv
import sys
import time
import unicodedata

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

DIMENSIONS = ("service", "reporter", "damage_type")


def normalized(texts):
    return [unicodedata.normalize("NFC", t).lower() for t in texts]


def new_model():
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True)
    return vectorizer, LinearSVC()


def fit(texts, labels):
    vectorizer, svm = new_model()
    svm.fit(vectorizer.fit_transform(normalized(texts)), labels)
    return vectorizer, svm


def predict(model, texts):
    vectorizer, svm = model
    return svm.predict(vectorizer.transform(normalized(texts)))


def read_csv(path, columns):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        missing = set(columns) - set(reader.fieldnames or ())
        if missing:
            sys.exit(f"{path}: missing columns {sorted(missing)}")
        return list(reader)


def accuracy(path):
    rows = read_csv(path, ("id", "train", "text") + DIMENSIONS)
    if any(r["train"] not in ("t", "f") for r in rows):
        sys.exit(f"{path}: train must be t or f")
    train = [r for r in rows if r["train"] == "t"]
    test = [r for r in rows if r["train"] == "f"]
    if not train or not test:
        sys.exit(f"{path}: {len(train)} training and {len(test)} test rows; need both")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(("dimension", "id", "predicted"))
    for dimension in DIMENSIONS:
        model = fit([r["text"] for r in train], [r[dimension] for r in train])
        for r, label in zip(test, predict(model, [r["text"] for r in test])):
            out.writerow((dimension, r["id"], label))


def timing(path, runs):
    rows = read_csv(path, ("text", "label"))
    texts = [r["text"] for r in rows]
    labels = [r["label"] for r in rows]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(("step", "run", "rows", "ms"))
    for run in range(1, runs + 1):
        t0 = time.perf_counter()
        model = fit(texts, labels)
        t1 = time.perf_counter()
        predicted = predict(model, texts)
        t2 = time.perf_counter()
        if len(predicted) != len(texts):
            sys.exit("predict returned the wrong number of labels")
        out.writerow(("fit", run, len(texts), round((t1 - t0) * 1000)))
        out.writerow(("predict", run, len(texts), round((t2 - t1) * 1000)))


def main(argv):
    usage = f"usage: {argv[0]} accuracy SPLIT.csv | timing TEXTS.csv [RUNS]"
    if len(argv) == 3 and argv[1] == "accuracy":
        accuracy(argv[2])
    elif len(argv) in (3, 4) and argv[1] == "timing":
        runs = argv[3] if len(argv) == 4 else "1"
        if not runs.isdigit() or not 1 <= int(runs) <= 100:
            sys.exit(f"{usage}\nRUNS must be 1 to 100, not {runs!r}")
        timing(argv[2], int(runs))
    else:
        sys.exit(usage)


if __name__ == "__main__":
    main(sys.argv)
