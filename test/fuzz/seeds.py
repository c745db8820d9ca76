#!/usr/bin/env python3
"""Seed corpora for the text harnesses, from the string literals of sql/*.sql.

Every literal that looks like input of a grammar goes to that grammar's
corpus (accepted and rejected ones alike: the error paths are worth seeding
too).  Binary and report seeds are derived from these by build/seedgen (see
seedgen.c), which test/fuzz/run --seeds runs after this script.

Usage: seeds.py TOP  (writes TOP/test/fuzz/corpus/<harness>/sql-<hash>)
"""
import hashlib
import pathlib
import re
import sys

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", "b": "\b", "f": "\f"}


def literals(sql):
    """The values of '...' and E'...' literals (not dollar-quoted ones)."""
    i = 0
    n = len(sql)
    while i < n:
        c = sql[i]
        if c == "-" and sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c == "'":
            escape = i > 0 and sql[i - 1] in "eE" and (i < 2 or not sql[i - 2].isalnum())
            i += 1
            out = []
            while i < n:
                ch = sql[i]
                if escape and ch == "\\" and i + 1 < n:
                    out.append(ESCAPES.get(sql[i + 1], sql[i + 1]))
                    i += 2
                    continue
                if ch == "'":
                    if sql.startswith("''", i):
                        out.append("'")
                        i += 2
                        continue
                    i += 1
                    break
                out.append(ch)
                i += 1
            yield "".join(out)
            continue
        i += 1


def grammar(text):
    s = text.lstrip()
    if not s:
        return None
    if s.startswith("naive_bayes"):
        return "fuzz_bayes_text"
    if re.match(r"linear\s+hash_bits=", s):
        return "fuzz_linear_text"
    if "claims=" in s or "tiers=[" in s:
        return "fuzz_report_text"
    if "=>" in s or re.match(r"(?i)(volume|graduated)\b", s) or s[0] in "[(":
        return "fuzz_schedule_text"
    if re.match(r"[A-Za-z_][A-Za-z0-9_]*\s*:", s) or re.match(r"(?i)default\s", s):
        return "fuzz_rules_text"
    return None


def main():
    top = pathlib.Path(sys.argv[1])
    corpus = top / "test" / "fuzz" / "corpus"
    counts = {}
    def seed(harness, text):
        data = text.encode("utf-8")
        d = corpus / harness
        d.mkdir(parents=True, exist_ok=True)
        (d / ("sql-" + hashlib.sha1(data).hexdigest()[:16])).write_bytes(data)
        counts[harness] = counts.get(harness, 0) + 1

    for sql in sorted((top / "sql").glob("*.sql")):
        for lit in literals(sql.read_text(encoding="utf-8")):
            # claim texts have no grammar to recognize them by: their test's literals
            harness = "fuzz_claimed_amount" if sql.name == "claimed_amount.sql" else grammar(lit)
            if harness is not None and lit:
                seed(harness, lit)
    claims = top / "test" / "data" / "claims_labeled.tsv"
    for line in claims.read_text(encoding="utf-8").splitlines()[1:]:
        seed("fuzz_claimed_amount", line.split("\t")[1])
    for h in sorted(counts):
        print(f"{h}: {counts[h]} literals from sql/")


if __name__ == "__main__":
    main()
