#!/usr/bin/env python3
"""Independent reference for allocate()'s rules mo, ra and aa.

Each rule is written straight from its definition with exact fractions
(fractions.Fraction), none of the C code's shortcuts (no duality, no pruning,
no common denominator):

  mo  minimal overlap (O'Neill 1982), from the layer formula; the level s
      beyond the largest claim is checked against its defining equation
  ra  random arrival: the average over all n! arrival orders of first come,
      first served, literally (n <= 7)
  aa  average of awards (Miras Calvo, Quinteiro Sandomingo and Sanchez
      Rodriguez 2022): the centroid of {x : 0 <= x <= c, sum x = E} by
      inclusion-exclusion; for n = 3 also by clipping the polygon and taking
      its area centroid, and for n = 2 against concede-and-divide

Usage:
  rules_games.py selftest           the rules against each other and the
                                    published examples (no database)
  rules_games.py compare [N] [SEED] N random problems per rule (default 500)
                                    against allocate(..., unit => NULL) in the
                                    database of the usual PG* variables
                                    (psql -X -At); exit status 1 on any
                                    mismatch
"""
import itertools
import random
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction as F
from math import factorial


def claims_rule(rule):
    """The rule on exact fractions; the budget E >= the total gives every
    claim in full and E = 0 nothing, so the rule sees 0 < E < total only"""
    def wrapped(E, c):
        c = [F(x) for x in c]
        E = F(E)
        if E >= sum(c):
            return list(c)
        if E == 0:
            return [F(0)] * len(c)
        return rule(E, c)
    wrapped.__name__ = rule.__name__
    return wrapped


# ---- minimal overlap ----

def mo_level(E, c):
    """s in (0, c_(n-1)] with sum_j max(c_j - s, 0) = E - s (E > max c)"""
    srt = sorted(c)
    n = len(srt)

    def f(s):
        return s + sum(max(x - s, 0) for x in srt)

    # f is linear between claims: try every piece and keep the root in range
    for k in range(n - 1):
        r = n - k                      # claims from srt[k] on
        s = (sum(srt[k:]) - E) / F(r - 1)
        lo = srt[k - 1] if k > 0 else F(0)
        if lo <= s <= srt[k] and f(s) == E:
            assert 0 < s <= srt[n - 2]
            return s
    raise AssertionError("no minimal overlap level for %s, %s" % (E, c))


@claims_rule
def mo(E, c):
    n = len(c)
    order = sorted(range(n), key=lambda i: c[i])
    srt = [c[i] for i in order]
    beyond = E > srt[-1]
    level = mo_level(E, c) if beyond else E
    t = [F(0)] + [min(x, level) for x in srt]
    out = [F(0)] * n
    for pos, i in enumerate(order):
        k = pos + 1
        share = sum((t[j] - t[j - 1]) / (n - j + 1) for j in range(1, k + 1))
        if beyond:
            share += max(c[i] - level, 0)
        out[i] = share
    return out


# ---- random arrival ----

@claims_rule
def ra(E, c):
    n = len(c)
    assert n <= 7, "the literal random arrival enumerates n! orders"
    total = [F(0)] * n
    for order in itertools.permutations(range(n)):
        left = E
        for i in order:
            got = min(c[i], left)
            total[i] += got
            left -= got
    return [x / factorial(n) for x in total]


# ---- average of awards ----

@claims_rule
def aa(E, c):
    pos = [i for i in range(len(c)) if c[i] > 0]
    m = len(pos)
    out = [F(0)] * len(c)
    if m == 1:
        out[pos[0]] = E
        return out
    vol = F(0)
    moment = [F(0)] * m
    for size in range(m + 1):
        for S in itertools.combinations(range(m), size):
            T = E - sum(c[pos[j]] for j in S)
            if T <= 0:
                continue
            sign = -1 if size % 2 else 1
            vol += sign * T ** (m - 1) / factorial(m - 1)
            for j in range(m):
                mom = T ** m / factorial(m)
                if j in S:
                    mom += c[pos[j]] * T ** (m - 1) / factorial(m - 1)
                moment[j] += sign * mom
    for j in range(m):
        out[pos[j]] = moment[j] / vol
    return out


def clip(poly, a, b, bound):
    """The part of the polygon with a*x + b*y <= bound"""
    out = []
    for k in range(len(poly)):
        p, q = poly[k], poly[(k + 1) % len(poly)]
        fp = a * p[0] + b * p[1] - bound
        fq = a * q[0] + b * q[1] - bound
        if fp <= 0:
            out.append(p)
        if (fp < 0 < fq) or (fq < 0 < fp):
            u = fp / (fp - fq)
            out.append((p[0] + u * (q[0] - p[0]), p[1] + u * (q[1] - p[1])))
    return out


def aa_by_polygon(E, c):
    """n = 3, positive claims: the set of awards projected on (x1, x2) is
    the box [0, c1] x [0, c2] cut by E - c3 <= x1 + x2 <= E; its area
    centroid, exactly"""
    c1, c2, c3 = [F(x) for x in c]
    E = F(E)
    poly = [(F(0), F(0)), (c1, F(0)), (c1, c2), (F(0), c2)]
    poly = clip(poly, 1, 1, E)
    poly = clip(poly, -1, -1, -(E - c3))
    area = cx = cy = F(0)
    for k in range(len(poly)):
        (x0, y0), (x1, y1) = poly[k], poly[(k + 1) % len(poly)]
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    cx /= 6 * area
    cy /= 6 * area
    return [cx, cy, E - cx - cy]


def concede_and_divide(E, c):
    c1, c2 = [F(x) for x in c]
    E = F(E)
    v1 = max(E - c2, 0)
    v2 = max(E - c1, 0)
    rest = E - v1 - v2
    return [v1 + rest / 2, v2 + rest / 2]


RULES = {"mo": mo, "ra": ra, "aa": aa}


# ---- checks without a database ----

def check(label, got, want):
    if got != want:
        print("MISMATCH %s: %s != %s" % (label, [str(x) for x in got], [str(x) for x in want]))
        return 1
    return 0


def selftest():
    bad = 0
    # the example of the tests, and the Talmud problems (O'Neill 1982)
    bad += check("mo 10 {2,4,7,8}", mo(10, [2, 4, 7, 8]), [F(1, 2), F(7, 6), F(11, 3), F(14, 3)])
    bad += check("mo talmud 300", mo(300, [100, 200, 300]), [F(100, 3), F(250, 3), F(550, 3)])
    bad += check("ra talmud 200", ra(200, [100, 200, 300]), [F(100, 3), F(250, 3), F(250, 3)])
    bad += check("ra talmud 300", ra(300, [100, 200, 300]), [F(50), F(100), F(150)])
    rnd = random.Random(7)
    for _ in range(300):
        c = [rnd.randint(1, 12) for _ in range(3)]
        E = F(rnd.randint(1, 4 * sum(c) - 1), 4)
        bad += check("aa polygon %s %s" % (E, c), aa(E, c), aa_by_polygon(E, c))
    for _ in range(200):
        c = [rnd.randint(1, 12) for _ in range(2)]
        E = F(rnd.randint(1, 4 * sum(c) - 1), 4)
        for name in ("ra", "aa"):
            bad += check("%s two claimants %s %s" % (name, E, c), RULES[name](E, c), concede_and_divide(E, c))
    for _ in range(200):
        n = rnd.randint(1, 6)
        c = [rnd.randint(0, 10) for _ in range(n)]
        E = F(rnd.randint(0, 2 * sum(c) + 2), 2)
        C = sum(c)
        for name, rule in RULES.items():
            x = rule(E, c)
            bad += check("%s sum %s %s" % (name, E, c), [sum(x)], [min(F(E), F(C))])
            if any(v < 0 or v > ci for v, ci in zip(x, c)):
                bad += check("%s bounds %s %s" % (name, E, c), x, ["0 <= x <= c"])
            if name != "mo" and E <= C:
                dual = [ci - v for ci, v in zip(c, rule(C - E, c))]
                bad += check("%s self-dual %s %s" % (name, E, c), x, dual)
    # one claimant: min(E, c) for every rule
    for name, rule in RULES.items():
        bad += check(name + " single", rule(3, [5]), [F(3)])
    print("selftest: %s" % ("ok" if bad == 0 else "%d mismatches" % bad))
    return bad


# ---- against the database ----

def half_up_20(x):
    # exact: round the fraction itself, not a binary or decimal approximation
    scaled = x * 10 ** 20
    whole = scaled.numerator // scaled.denominator
    if (scaled - whole) * 2 >= 1:
        whole += 1
    return Decimal(whole).scaleb(-20)


def random_problem(rnd, rule):
    n = rnd.randint(1, 7 if rule == "ra" else 8)
    decimals = rnd.random() < 0.3
    equal = rnd.random() < 0.2
    claims = []
    for _ in range(n):
        if equal and claims and rnd.random() < 0.5:
            claims.append(rnd.choice(claims))
        elif rnd.random() < 0.1:
            claims.append(F(0))
        elif decimals:
            claims.append(F(rnd.randint(1, 100000), 100))
        else:
            claims.append(F(rnd.randint(1, 1000)))
    total = sum(claims)
    kind = rnd.random()
    if kind < 0.05:
        budget = F(0)
    elif kind < 0.1:
        budget = total + rnd.randint(0, 10)
    else:
        budget = F(rnd.randint(0, int(total * 100) + 1), 100)
    return claims, budget


def decimal_text(x):
    return str(Decimal(x.numerator) / Decimal(x.denominator)) if x.denominator != 1 else str(x.numerator)


def compare(count, seed):
    rnd = random.Random(seed)
    bad = 0
    for rule, fn in RULES.items():
        problems = [random_problem(rnd, rule) for _ in range(count)]
        rows = ",\n".join("(%d, ARRAY[%s]::numeric[], %s::numeric)" % (
            k, ", ".join(decimal_text(x) for x in claims), decimal_text(budget))
            for k, (claims, budget) in enumerate(problems))
        sql = ("SELECT k, allocate(claims, budget, '%s', unit => NULL) FROM (VALUES\n%s) v(k, claims, budget) ORDER BY k"
               % (rule, rows))
        out = subprocess.run(["psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-c", sql],
                             capture_output=True, text=True)
        if out.returncode != 0:
            print("psql failed for %s: %s" % (rule, out.stderr.strip()))
            return 1
        lines = out.stdout.strip().split("\n")
        mismatches = 0
        for line, (claims, budget) in zip(lines, problems):
            k, arr = line.split("|", 1)
            got = [Decimal(v) for v in arr.strip("{}").split(",")]
            want = fn(budget, claims)
            C = sum(claims)
            # awards at or above the total are the claims as given
            want_text = [Decimal(decimal_text(w)) if budget >= C else half_up_20(w) for w in want]
            if got != want_text:
                mismatches += 1
                if mismatches <= 5:
                    print("MISMATCH %s budget %s claims %s: database %s, reference %s" % (
                        rule, decimal_text(budget), [decimal_text(x) for x in claims],
                        [str(g) for g in got], [str(w) for w in want_text]))
        print("%s: %d problems, %d mismatches" % (rule, len(problems), mismatches))
        bad += mismatches
    return bad


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "selftest"
    if mode == "selftest":
        return 1 if selftest() else 0
    if mode == "compare":
        count = int(sys.argv[2]) if len(sys.argv) > 2 else 500
        seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
        bad = selftest() + compare(count, seed)
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
