"""Kleinberg's two-state burst model for batched counts, solved by exhaustive search.

An independent check of Braudel's Viterbi: every state sequence of a short series is priced and
the cheapest one kept. Base rate p0 = sum(r)/sum(d), burst rate min(s*p0, 0.9999); a period costs
-(r ln p + (d - r) ln(1 - p)); entering the burst state (also at the first period) costs
gamma ln n. A burst's strength is the sum over its periods of cost0 - cost1.

Input on stdin: JSON {"s": S, "gamma": G, "series": [[[period, r, d], ...], ...]}.
Output: JSON list, per series, of [begin, end, strength] triples.
"""
import itertools
import json
import math
import sys


def cost(r, d, p):
    return -(r * math.log(p) + (d - r) * math.log(1 - p))


def bursts(batches, s, gamma):
    r_total = sum(b[1] for b in batches)
    d_total = sum(b[2] for b in batches)
    n = len(batches)
    if n < 2 or r_total == 0 or d_total <= r_total:
        return []
    p0 = r_total / d_total
    p1 = min(s * p0, 0.9999)
    if p1 <= p0:
        return []
    entry = gamma * math.log(n)
    costs = [(cost(r, d, p0), cost(r, d, p1)) for _, r, d in batches]
    best, best_states = None, None
    for states in itertools.product((0, 1), repeat=n):
        total, previous = 0.0, 0
        for t, q in enumerate(states):
            if q == 1 and previous == 0:
                total += entry
            total += costs[t][q]
            previous = q
        if best is None or total < best - 1e-12:
            best, best_states = total, states
    found, start = [], None
    for t in range(n + 1):
        bursting = t < n and best_states[t] == 1
        if bursting and start is None:
            start = t
        if not bursting and start is not None:
            strength = sum(costs[u][0] - costs[u][1] for u in range(start, t))
            found.append([batches[start][0], batches[t - 1][0], strength])
            start = None
    return found


request = json.load(sys.stdin)
print(json.dumps([bursts(series, request["s"], request["gamma"]) for series in request["series"]]))
