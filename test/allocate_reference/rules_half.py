#!/usr/bin/env python3
"""An independent reference for allocate()'s rules apro, ce, pin, rtalmud, dt.

Each rule is written straight from its definition in exact fractions
(fractions.Fraction), with no code shared with the extension: the
Dominguez-Thomson rule by literal simulation of its recursion, the others by
solving for their parameter on the sorted claims.

  rules_half.py example             the awards of E=10, claims (2, 4, 7, 8)
  rules_half.py compare [N] [SEED]  N random problems per rule (default 500)
                                    against allocate() in the database of the
                                    usual PG* environment (psql -X -At); exit
                                    status 1 on any mismatch

Compared: the unrounded awards (unit => NULL) with the reference rounded half
up to 20 decimals, and the rounded awards (unit 1 or 0.01) with the
reference's largest-remainder rounding (ties: larger claim, then earlier).
"""
import random
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction as F

RULES = ["apro", "ce", "pin", "rtalmud", "dt"]


# ---- building blocks ----

def pro(e, c):
    total = sum(c)
    return [F(0)] * len(c) if total == 0 else [e * x / total for x in c]


def cea(e, c):
    """min(c_i, lam) with sum = e <= sum(c): try each claim as the level"""
    if e == 0:
        return [F(0)] * len(c)
    rest, left = F(e), len(c)
    for x in sorted(c):
        if rest <= left * x:
            lam = rest / left
            return [min(ci, lam) for ci in c]
        rest -= x
        left -= 1
    raise ValueError("cea: estate above the claims")


def cel(e, c):
    """max(0, c_i - lam) = c - cea(C - e, c): CEL is CEA's dual"""
    losses = cea(sum(c) - e, c)
    return [ci - li for ci, li in zip(c, losses)]


def halves(c):
    return [F(x) / 2 for x in c]


# ---- the rules ----

def apro(e, c):
    total = sum(c)
    m = [max(F(0), e - (total - ci)) for ci in c]
    e2 = e - sum(m)
    c2 = [min(ci - mi, e2) for ci, mi in zip(c, m)]
    return [mi + xi for mi, xi in zip(m, pro(e2, c2))]


def ce(e, c):
    total = sum(c)
    if 2 * e <= total:
        return cea(e, halves(c))

    # sum max(c_i/2, min(c_i, lam)) = e: piecewise linear and increasing in
    # lam; interpolate between the two breakpoints around e
    def f(lam):
        return sum(max(F(x) / 2, min(F(x), lam)) for x in c)

    points = sorted(set([F(x) / 2 for x in c] + [F(x) for x in c]))
    lo = F(0)
    for hi in points:
        if f(hi) >= e:
            lam = lo + (e - f(lo)) * (hi - lo) / (f(hi) - f(lo))
            return [max(F(x) / 2, min(F(x), lam)) for x in c]
        lo = hi
    raise ValueError("ce: no level")


def pin(e, c):
    total = sum(c)
    if 2 * e <= total:
        return cea(e, halves(c))
    return [h + x for h, x in zip(halves(c), cea(e - F(total, 2), halves(c)))]


def rtalmud(e, c):
    total = sum(c)
    if 2 * e <= total:
        return cel(e, halves(c))
    return [h + x for h, x in zip(halves(c), cea(e - F(total, 2), halves(c)))]


def dt(e, c, max_rounds=100000):
    """Literal recursion: b_i = min(d_i, E)/n, (E, d) -= (sum b, b), repeat.
    Without zero claims it ends with E = 0 exactly (once E <= every claim each
    gets E/n).  With zero claims the rounds from then on form a geometric
    series, which is summed: E/n * sum_j (1 - m/n)^j = E/m per positive claim."""
    n = len(c)
    est, d, x = F(e), [F(v) for v in c], [F(0)] * n
    for _ in range(max_rounds):
        if est == 0:
            return x
        positive = [i for i in range(n) if d[i] > 0]
        if len(positive) < n and est <= min(d[i] for i in positive):
            for i in positive:
                x[i] += est / len(positive)
            return x
        b = [min(di, est) / n for di in d]
        est -= sum(b)
        d = [di - bi for di, bi in zip(d, b)]
        x = [xi + bi for xi, bi in zip(x, b)]
    raise ValueError("dt: too many rounds")


def award(rule, e, c):
    """The rule's awards; min(E, C) in total (everyone's claim when E >= C)"""
    c = [F(v) for v in c]
    if e >= sum(c):
        return list(c)
    return globals()[rule](F(e), c)


# ---- rounding as allocate() does it ----

def half_up_20(x):
    q = x * 10 ** 20
    return F(int(q + F(1, 2)), 10 ** 20)


def rounded(rule, e, c, unit):
    c = [F(v) for v in c]
    if e >= sum(c):
        return list(c)
    x = award(rule, e, c)
    units = [int(xi // unit) for xi in x]
    rem = [xi - u * unit for xi, u in zip(x, units)]
    left = int(F(e) / unit) - sum(units)
    cand = [i for i in range(len(c)) if (units[i] + 1) * unit <= c[i]]
    cand.sort(key=lambda i: (-rem[i], -c[i], i))
    for i in cand[:left]:
        units[i] += 1
    return [u * unit for u in units]


# ---- random problems and the comparison ----

def problem(rng):
    n = rng.randint(1, 7)
    cents = rng.random() < 0.3
    if rng.random() < 0.2:  # equal claims
        v = rng.randint(1, 20)
        c = [F(v)] * n
    else:
        c = [F(rng.randint(0, 30)) for _ in range(n)]
        if cents:
            c = [x + F(rng.randint(0, 99), 100) for x in c]
    if rng.random() < 0.15 and n > 1:  # a zero claim
        c[rng.randrange(n)] = F(0)
    if sum(c) == 0:
        c[0] = F(5)
    unit = F(1, 100) if cents else F(1)
    share = rng.choice([0, 0.5, 1, 1.1]) if rng.random() < 0.1 else rng.random()
    e = F(int(F(share) * sum(c) / unit)) * unit
    return c, e, unit


def text(x):
    """an exact fraction with a finite decimal expansion, as numeric text"""
    s = str(Decimal(x.numerator) / Decimal(x.denominator)) if x.denominator != 1 else str(x.numerator)
    return s


def to_frac(s):
    return F(Decimal(s))


def run_psql(sql):
    out = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=0", "-f", "-"], input=sql,
                         capture_output=True, text=True)
    return out.stdout, out.stderr


def compare(count, seed):
    rng = random.Random(seed)
    cases = []
    for rule in RULES:
        for _ in range(count):
            c, e, unit = problem(rng)
            cases.append((rule, c, e, unit))
    lines = []
    for k, (rule, c, e, unit) in enumerate(cases):
        arr = "ARRAY[%s]::numeric[]" % ", ".join(text(x) for x in c)
        lines.append("SELECT %d, allocate(%s, %s, '%s', NULL), allocate(%s, %s, '%s', %s);"
                     % (k, arr, text(e), rule, arr, text(e), rule, text(unit)))
    stdout, stderr = run_psql("\n".join(lines) + "\n")
    got = {}
    for line in stdout.splitlines():
        k, exact, rnd = line.split("|")
        got[int(k)] = (exact, rnd)
    bad = 0
    per_rule = {r: [0, 0] for r in RULES}
    for k, (rule, c, e, unit) in enumerate(cases):
        per_rule[rule][0] += 1
        want_exact = [half_up_20(x) for x in award(rule, e, c)]
        want_round = rounded(rule, e, c, unit)
        if k not in got:
            problem_text = "claims %s budget %s" % ([text(x) for x in c], text(e))
            print("ERROR %s %s: allocate() failed" % (rule, problem_text))
            bad += 1
            per_rule[rule][1] += 1
            continue
        exact = [to_frac(v) for v in got[k][0].strip("{}").split(",")]
        rnd = [to_frac(v) for v in got[k][1].strip("{}").split(",")]
        if exact != want_exact or rnd != want_round:
            bad += 1
            per_rule[rule][1] += 1
            print("MISMATCH %s claims %s budget %s unit %s" % (rule, [text(x) for x in c], text(e), text(unit)))
            print("  allocate : %s | %s" % (got[k][0], got[k][1]))
            print("  reference: %s | %s" % ([text(x) for x in want_exact], [text(x) for x in want_round]))
    if stderr.strip():
        print(stderr.strip()[:2000])
    for rule in RULES:
        print("%-8s %d problems, %d mismatches" % (rule, per_rule[rule][0], per_rule[rule][1]))
    print("%d problems, %d mismatches" % (len(cases), bad))
    return 1 if bad else 0


def example():
    c, e = [2, 4, 7, 8], 10
    for rule in RULES:
        print("%-8s %s" % (rule, [str(x) for x in award(rule, e, c)]))
    for e in (100, 200, 300):
        for rule in RULES:
            print("E=%d %-8s %s" % (e, rule, [str(x) for x in award(rule, e, [100, 200, 300])]))


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "example"
    if mode == "example":
        example()
    elif mode == "compare":
        n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
        sys.exit(compare(n, seed))
    else:
        sys.exit(__doc__)
