"""Split README.md into its SQL examples and compare (or write) their outputs.

split: writes session.sql (every ```sql block, each after an \\echo marker)
and expected.json (per block: its line, its expected output or None).
check: compares session.out, split at the markers, with the expectations,
prints ok/FAIL per block and "N passed, M failed", exits 1 on a failure.
write: replaces each text block that follows a sql block with the actual
output, and inserts one where a block printed something but showed nothing.
"""
import json
import re
import sys

MARK = "@@readme-block-%d@@"
FENCE = re.compile(r"^```(\S*)\s*(.*)$")


def parse(lines):
    """Fenced blocks: (start line index, end line index, info, args, body)."""
    out, i = [], 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if m and (m.group(1) or m.group(2) == ""):
            j = i + 1
            while j < len(lines) and lines[j].rstrip() != "```":
                j += 1
            out.append((i, j, m.group(1), m.group(2), lines[i + 1:j]))
            i = j + 1
        else:
            i += 1
    return out


def examples(lines):
    """Each sql block with the text block that shows its output, if any."""
    bl = parse(lines)
    result = []
    for k, (s, e, info, args, body) in enumerate(bl):
        if info != "sql":
            continue
        shown = None
        if k + 1 < len(bl) and bl[k + 1][2] == "text" and all(
                not l.strip() for l in lines[e + 1:bl[k + 1][0]]):
            shown = bl[k + 1]
        result.append({"line": s + 1, "run": args != "norun", "body": body,
                       "shown": shown})
    return result


def split(readme, work):
    lines = open(readme, encoding="utf-8").read().split("\n")
    ex = examples(lines)
    with open(work + "/session.sql", "w", encoding="utf-8") as f:
        for n, x in enumerate(ex):
            if x["run"]:
                f.write("\\echo " + MARK % n + "\n" + "\n".join(x["body"]) + "\n")
    json.dump([{"line": x["line"], "run": x["run"],
                "expected": None if x["shown"] is None else "\n".join(x["shown"][4])}
               for x in ex], open(work + "/expected.json", "w"))


def tidy(text):
    """psql pads the last column of aligned output with spaces: drop trailing blanks."""
    return "\n".join(l.rstrip() for l in text.split("\n"))


def actual_outputs(work, count):
    text = tidy(open(work + "/session.out", encoding="utf-8").read())
    parts = re.split(r"^@@readme-block-(\d+)@@\n", text, flags=re.M)
    got = {}
    for k in range(1, len(parts), 2):
        got[int(parts[k])] = parts[k + 1].rstrip("\n")
    return got


def check(readme, work):
    ex = json.load(open(work + "/expected.json"))
    got = actual_outputs(work, len(ex))
    passed = failed = 0
    for n, x in enumerate(ex):
        where = "README.md:%d" % x["line"]
        if not x["run"]:
            print("skip  %s (sql norun: needs more than one server)" % where)
            continue
        out = got.get(n)
        if out is None:
            ok, why = False, "did not run"
        elif x["expected"] is None:
            ok, why = ("ERROR:" not in out), "failed:\n" + out
        else:
            want = tidy(x["expected"]).rstrip("\n")
            ok, why = out == want, "prints something else:\n" + "\n".join(difflines(want, out))
        if ok:
            passed += 1
            print("ok    %s" % where)
        else:
            failed += 1
            print("FAIL  %s %s" % (where, why))
    print("%d passed, %d failed" % (passed, failed))
    return failed == 0


def difflines(a, b):
    import difflib
    return list(difflib.unified_diff(a.split("\n"), b.split("\n"), "README", "actual", lineterm="", n=1))


def write(readme, work):
    lines = open(readme, encoding="utf-8").read().split("\n")
    ex = examples(lines)
    got = actual_outputs(work, len(ex))
    # from the bottom up, so that earlier line numbers stay valid
    for n in reversed(range(len(ex))):
        x = ex[n]
        out = got.get(n)
        if not x["run"] or out is None:
            continue
        if x["shown"] is not None:
            s, e = x["shown"][0], x["shown"][1]
            lines[s + 1:e] = out.split("\n")
        elif out.strip():
            end = x["line"] - 1 + len(x["body"]) + 1
            lines[end + 1:end + 1] = ["", "```text"] + out.split("\n") + ["```"]
    open(readme, "w", encoding="utf-8").write("\n".join(lines))
    print("wrote the outputs of %d blocks into %s" % (len(got), readme))
    return True


if __name__ == "__main__":
    mode, readme, work = sys.argv[1:4]
    ok = {"split": lambda: (split(readme, work), True)[1], "check": lambda: check(readme, work),
          "write": lambda: write(readme, work)}[mode]()
    sys.exit(0 if ok else 1)
