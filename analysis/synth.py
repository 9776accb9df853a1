"""A realistic synthetic historical CAD export, for the README's report, tests and
benchmarks. Deterministic for (rows, seed, year, pool).

    python -m analysis.synth --rows 120000 --seed 2025 --out data_samples/historical/calls-2025.parquet

What is real and what is invented:

* The call-type mix is real: call-type strings and volumes from Seattle, New Orleans and
  Detroit open data (``../shared/data/calltypes-3cities.jsonl``, read at generation time,
  never copied), with each string's reference category and disqualifiers. Each call
  draws a call type with probability proportional to its real volume.
* Narratives come from the project's narrative generator (``training.generate``): each
  call type is matched to the generator scenarios of its reference category whose own
  CAD call types share the most words with it (and the same disqualifiers), and the call
  takes an unused narrative of that scenario. Caller type and caller-requests-police come
  with the narrative, so they agree with its text. About 3% of calls have no narrative
  (CAD comments left empty), as real exports do.
* Time, place and on-scene time are invented but shaped like real calls for service:
  a daily cycle per category (few calls at 4-6 am; conflict/noise late evening and
  weekend nights; homelessness calls when businesses open; behavioral health during the
  day), weekday effects, seasonality (conflict in summer, exposure in winter), eight
  districts with different mixes (a downtown with more homelessness and behavioral-health
  calls, a university district with more noise), and log-normal on-scene minutes by
  category (about 7% missing: cancelled or no unit).

Columns: incident_number, call_received (local time, no offset), initial_call_type,
comments, district, caller_type (FIRST PARTY / THIRD PARTY / UNKNOWN), requested_police
(Y/N), onscene_minutes.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import math
import random
import re
import sys
import time
from collections import defaultdict, deque
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_CALLTYPES = REPO.parent / "shared" / "data" / "calltypes-3cities.jsonl"
DEFAULT_OUT = REPO / "data_samples" / "historical" / "calls-2025.parquet"
DEFAULT_ROWS = 120_000
DEFAULT_SEED = 2025

CATS = ("behavioral_health", "homelessness", "conflict", "other")
DISTRICTS = ("Downtown", "Northside", "Eastside", "Southside", "Westside", "University",
             "Riverside", "Airport")
# relative call volume per district, per category
DISTRICT_W = {
    "behavioral_health": (2.4, 1.0, 1.1, 1.2, 0.9, 1.0, 0.9, 0.3),
    "homelessness": (3.6, 0.8, 1.0, 1.1, 0.7, 0.8, 1.4, 0.3),
    "conflict": (1.3, 1.1, 1.2, 1.4, 1.0, 1.9, 0.9, 0.3),
    "other": (1.5, 1.1, 1.2, 1.4, 1.0, 1.0, 0.9, 0.5),
}
# calls per hour of day (0-23), relative, per category
HOUR_W = {
    "other": (3.6, 2.9, 2.4, 1.8, 1.5, 1.6, 2.4, 3.4, 4.2, 4.6, 4.9, 5.1, 5.2, 5.2, 5.4, 5.7, 5.9,
              5.9, 5.6, 5.3, 5.0, 4.7, 4.4, 4.0),
    "conflict": (5.4, 4.6, 3.8, 2.6, 1.6, 1.1, 1.2, 1.6, 2.2, 2.6, 3.0, 3.3, 3.6, 3.8, 4.1, 4.5, 5.0,
                 5.5, 6.0, 6.4, 6.9, 7.2, 7.0, 6.4),
    "behavioral_health": (2.8, 2.4, 2.1, 1.7, 1.5, 1.5, 2.0, 2.8, 3.8, 4.6, 5.2, 5.5, 5.6, 5.7, 5.8,
                          5.8, 5.6, 5.3, 5.0, 4.7, 4.3, 3.9, 3.5, 3.1),
    "homelessness": (2.0, 1.6, 1.4, 1.3, 1.6, 2.6, 4.4, 6.4, 7.2, 6.8, 6.0, 5.5, 5.2, 5.0, 4.9,
                     4.8, 4.7, 4.5, 4.2, 3.8, 3.3, 2.9, 2.6, 2.3),
}
# per weekday (Mon..Sun), relative
WEEKDAY_W = {
    "other": (1.0, 0.99, 1.0, 1.01, 1.08, 1.04, 0.93),
    "conflict": (0.88, 0.86, 0.88, 0.93, 1.12, 1.30, 1.15),
    "behavioral_health": (1.05, 1.05, 1.04, 1.03, 1.02, 0.92, 0.89),
    "homelessness": (1.10, 1.08, 1.07, 1.06, 1.02, 0.86, 0.81),
}
# per month (Jan..Dec), relative
MONTH_W = {
    "other": (0.92, 0.88, 0.97, 0.98, 1.04, 1.06, 1.10, 1.08, 1.01, 1.00, 0.96, 0.95),
    "conflict": (0.82, 0.80, 0.92, 0.98, 1.08, 1.18, 1.24, 1.20, 1.04, 0.98, 0.88, 0.90),
    "behavioral_health": (1.02, 0.98, 1.00, 1.00, 1.01, 1.00, 1.00, 0.99, 1.00, 1.01, 1.00, 1.04),
    "homelessness": (1.22, 1.18, 1.04, 0.96, 0.92, 0.90, 0.92, 0.92, 0.94, 0.98, 1.04, 1.18),
}
# on-scene minutes: log-normal (median, sigma) per category
ONSCENE = {"behavioral_health": (38.0, 0.55), "homelessness": (24.0, 0.6),
           "conflict": (21.0, 0.6), "other": (29.0, 0.75)}
P_ONSCENE_MISSING = 0.07
P_NO_NARRATIVE = 0.03
CALLER_VALUES = {"first_party": "FIRST PARTY", "third_party": "THIRD PARTY", "unknown": "UNKNOWN"}
_STOP = {"THE", "OF", "AND", "OR", "A", "W", "TO", "IN", "ON", "FOR", "IP", "JO", "P1", "P2", "P3",
         "REQUEST", "GENERAL", "OTHER", "REPORT", "PERSON", "OFFICER", "INITIATED", "ONVIEW",
         "INCL", "INC", "INCLUDES", "INCLUDING", "ETC", "ALL", "EXCEPT", "DOES", "NOT", "NO",
         "NON", "ADULT", "ADULTS", "SIMPLE", "MISC", "MISCELLANEOUS", "COMPLAINT"}
P_OTHER_DISQUALIFIERS = 0.15  # the narrative tells more (or less) than the call type
OVERSAMPLE = 1.25  # generated narratives kept per call (more: more calls find a scenario match)


def load_call_types(path: Path = SHARED_CALLTYPES) -> list[dict]:
    if not path.is_file():
        raise SystemExit(f"error: {path} not found: the generator reads the real call-type "
                         "frequencies from ../shared/data next to this repository")
    out = []
    with path.open() as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if r.get("count") and r.get("category") in CATS:
                    out.append({"call_type": r["call_type"], "count": int(r["count"]),
                                "category": r["category"],
                                "disqualifiers": tuple(sorted(r.get("disqualifiers") or ())),
                                "city": r.get("city")})
    return out


_SYNONYMS = {"ALR": "ALARM", "ALRM": "ALARM", "ACC": "ACCIDENT", "MVC": "ACCIDENT", "MVA": "ACCIDENT",
             "CRASH": "ACCIDENT", "COLLISION": "ACCIDENT", "ASLT": "ASSAULT", "ASSAULTS": "ASSAULT",
             "BATTERY": "ASSAULT", "NARCOTICS": "DRUG", "DRUGS": "DRUG", "NARCOTIC": "DRUG",
             "DIST": "DISTURBANCE", "DISTURB": "DISTURBANCE", "BURG": "BURGLARY", "DAMG": "DAMAGE",
             "DEST": "DAMAGE", "VANDALISM": "DAMAGE", "MISCHIEF": "DAMAGE", "INTOX": "INTOXICATED",
             "LIQ": "LIQUOR", "SUSP": "SUSPICIOUS", "VEH": "VEHICLE", "AUTO": "VEHICLE",
             "CAR": "VEHICLE", "WPN": "WEAPON", "GUN": "WEAPON", "FIREARM": "WEAPON",
             "DV": "DOMESTIC", "HAZ": "HAZARD", "HAZARDS": "HAZARD", "PROP": "PROPERTY"}


def _tokens(s: str) -> frozenset[str]:
    out = set()
    for t in re.findall(r"[A-Z0-9]+", s.upper()):
        if t in _STOP or len(t) < 2:
            continue
        out.add(_SYNONYMS.get(t, t))
    return frozenset(out)


def _overlap(a: frozenset[str], b: frozenset[str]) -> int:
    n = 0
    for x in a:
        if x in b or any(len(x) >= 4 and len(y) >= 4 and (x.startswith(y) or y.startswith(x))
                         for y in b):
            n += 1
    return n


def match_scenarios(call_types: list[dict], scenarios) -> dict[str, list[tuple[str, float]]]:
    """call type -> [(scenario id, weight)] among scenarios of its reference category: the
    share of the call type's words (synonyms and prefixes count) found in one of the
    scenario's own CAD call types, plus agreement of the disqualifiers."""
    by_cat = defaultdict(list)
    for s in scenarios:
        by_cat[s.cat].append((s, [(c.strip().upper(), _tokens(c)) for c in s.ct]))
    out: dict[str, list[tuple[str, float]]] = {}
    for ct in call_types:
        key = ct["call_type"]
        if key in out:
            continue
        name, toks = key.strip().upper(), _tokens(key)
        scored = []
        for s, cts in by_cat[ct["category"]]:
            best = 0.0
            for cname, ctoks in cts:
                if cname == name:
                    best = 3.0
                    break
                if toks and ctoks:
                    best = max(best, _overlap(toks, ctoks) / len(toks))
            if best <= 0:
                continue
            dq_ct, dq_s = set(ct["disqualifiers"]), set(s.dq)
            if dq_ct and dq_ct & dq_s:
                best += 0.3
            elif dq_s and not dq_ct:
                best -= 0.3
            if best >= 0.5:
                scored.append((s.sid, best))
        scored.sort(key=lambda x: (-x[1], x[0]))
        out[key] = scored[:3]
    return out


class _Pool:
    """Generated narratives by category, scenario and disqualifier set; each is used once
    while any remain."""

    def __init__(self, pool_cap: int | None, seed: int, needed: dict[str, int], log):
        from training.generate import generate

        self.recs: list[tuple] = []
        self.buckets: dict[tuple, deque] = defaultdict(deque)
        self.all_by_cat: dict[str, list[int]] = defaultdict(list)
        have = defaultdict(int)
        needed = {c: math.ceil(v * OVERSAMPLE) for c, v in needed.items()}
        self.served = defaultdict(int)
        slice_n, k = min(25_000, max(2_000, sum(needed.values()))), 0
        t0 = time.perf_counter()
        while any(have[c] < needed.get(c, 0) for c in CATS):
            if (pool_cap is not None and len(self.recs) >= pool_cap) or k >= 200:
                break
            batch = generate(slice_n, seed * 1000 + k)
            k += 1
            for r in batch:
                cat = r["category"]
                if have[cat] >= needed.get(cat, 0) and pool_cap is None:
                    continue
                i = len(self.recs)
                dq = tuple(sorted(r.get("disqualifiers") or ()))
                sid = r["scenario"]
                self.recs.append((r["narrative"], r.get("caller") or "unknown",
                                  bool(r.get("caller_requests_police"))))
                for key in (("s", sid, dq), ("c", cat, dq), ("s", sid), ("c", cat)):
                    self.buckets[key].append(i)
                self.all_by_cat[cat].append(i)
                have[cat] += 1
            log(f"  narratives: {len(self.recs):,} kept from {k * slice_n:,} generated "
                f"({time.perf_counter() - t0:.0f} s)")
        self.used = bytearray(len(self.recs))

    def _pop(self, key) -> int | None:
        q = self.buckets.get(key)
        while q:
            i = q.popleft()
            if not self.used[i]:
                self.used[i] = 1
                return i
        return None

    def take(self, rng: random.Random, cat: str, scen: list[tuple[str, float]],
             dq: tuple[str, ...]) -> tuple:
        order = []
        if scen:
            sids, ws = [s for s, _ in scen], [w for _, w in scen]
            first = rng.choices(sids, ws)[0]
            order = [first] + [s for s in sids if s != first]
        keys = []
        if rng.random() >= P_OTHER_DISQUALIFIERS:
            keys += [("s", sid, dq) for sid in order] + [("c", cat, dq)]
        keys += [("s", sid) for sid in order] + [("c", cat)]
        for key in keys:
            i = self._pop(key)
            if i is not None:
                self.served["scenario" if key[0] == "s" else "category"] += 1
                return i
        self.served["reused"] += 1
        # every narrative of this category used once: reuse (only with a capped pool)
        idx = self.all_by_cat.get(cat) or list(range(len(self.recs)))
        return rng.choice(idx)


def _cum(weights) -> list[float]:
    acc, out = 0.0, []
    for w in weights:
        acc += w
        out.append(acc)
    return out


def synthesize(rows: int = DEFAULT_ROWS, seed: int = DEFAULT_SEED, year: int = 2025,
               pool_cap: int | None = None, log=lambda m: None):
    """Yield pyarrow RecordBatches of the export, in time order."""
    import pyarrow as pa

    rng = random.Random(seed)
    cts = load_call_types()
    cum_ct = _cum(ct["count"] for ct in cts)
    total_w = cum_ct[-1]
    picks = [bisect.bisect_right(cum_ct, rng.random() * total_w) for _ in range(rows)]
    picks = [min(p, len(cts) - 1) for p in picks]
    needed = defaultdict(int)
    for p in picks:
        needed[cts[p]["category"]] += 1
    log(f"call types: {len(cts)} real strings; categories "
        + ", ".join(f"{c} {needed[c]:,}" for c in CATS))

    # time of each call: day by weekday x month, hour by category profile
    start = dt.date(year, 1, 1)
    n_days = (dt.date(year + 1, 1, 1) - start).days
    days = [start + dt.timedelta(d) for d in range(n_days)]
    day_cum = {c: _cum(WEEKDAY_W[c][d.weekday()] * MONTH_W[c][d.month - 1] for d in days) for c in CATS}
    hour_cum = {}
    for c in CATS:
        for wd in range(7):
            w = list(HOUR_W[c])
            if c == "conflict" and wd in (5, 6):      # weekend nights (Fri/Sat night)
                for h in (0, 1, 2, 3):
                    w[h] *= 1.7
            if c == "conflict" and wd in (4, 5):
                for h in (21, 22, 23):
                    w[h] *= 1.3
            hour_cum[(c, wd)] = _cum(w)
    dist_cum = {c: _cum(DISTRICT_W[c]) for c in CATS}

    calls = []
    for p in picks:
        cat = cts[p]["category"]
        dc = day_cum[cat]
        day = days[min(bisect.bisect_right(dc, rng.random() * dc[-1]), n_days - 1)]
        hc = hour_cum[(cat, day.weekday())]
        hour = min(bisect.bisect_right(hc, rng.random() * hc[-1]), 23)
        when = dt.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
        calls.append((when, p))
    calls.sort(key=lambda x: (x[0], x[1]))

    try:
        from training.generate import SCENARIOS
        matches = match_scenarios(cts, SCENARIOS)
    except ImportError:  # pragma: no cover - generator without scenario tables
        matches = {}
    matched = sum(1 for v in matches.values() if v)
    log(f"call types matched to generator scenarios: {matched} of {len(matches)}")
    pool = _Pool(pool_cap, seed, needed, log)
    # hand out narratives in random order, so the best-matching ones are not all used up
    # by the first months of the year
    order = list(range(rows))
    rng.shuffle(order)
    narrative_of = [0] * rows
    for j in order:
        ct = cts[calls[j][1]]
        narrative_of[j] = pool.take(rng, ct["category"], matches.get(ct["call_type"], []),
                                    ct["disqualifiers"])
    log(f"  narratives served: {dict(pool.served)} (scenario: matched to the call type; "
        "category: same category and disqualifiers)")

    chunk = 50_000
    for c0 in range(0, rows, chunk):
        cols = defaultdict(list)
        for i, (when, p) in enumerate(calls[c0:c0 + chunk], start=c0 + 1):
            ct = cts[p]
            cat = ct["category"]
            narrative, caller, crp = pool.recs[narrative_of[i - 1]]
            if rng.random() < P_NO_NARRATIVE:
                narrative = None
            dcum = dist_cum[cat]
            district = DISTRICTS[min(bisect.bisect_right(dcum, rng.random() * dcum[-1]), 7)]
            med, sigma = ONSCENE[cat]
            ons = None
            if rng.random() >= P_ONSCENE_MISSING:
                ons = round(min(600.0, max(1.0, med * math.exp(rng.gauss(0.0, sigma)))), 1)
            cols["incident_number"].append(f"{year % 100:02d}-{i:07d}")
            cols["call_received"].append(when)
            cols["initial_call_type"].append(ct["call_type"])
            cols["comments"].append(narrative)
            cols["district"].append(district)
            cols["caller_type"].append(CALLER_VALUES.get(caller, "UNKNOWN"))
            cols["requested_police"].append("Y" if crp else "N")
            cols["onscene_minutes"].append(ons)
        yield pa.RecordBatch.from_arrays(
            [pa.array(cols["incident_number"], pa.string()),
             pa.array(cols["call_received"], pa.timestamp("s")),
             pa.array(cols["initial_call_type"], pa.string()),
             pa.array(cols["comments"], pa.string()),
             pa.array(cols["district"], pa.string()),
             pa.array(cols["caller_type"], pa.string()),
             pa.array(cols["requested_police"], pa.string()),
             pa.array(cols["onscene_minutes"], pa.float64())],
            names=["incident_number", "call_received", "initial_call_type", "comments",
                   "district", "caller_type", "requested_police", "onscene_minutes"])


def write(out: Path, rows: int = DEFAULT_ROWS, seed: int = DEFAULT_SEED, year: int = 2025,
          pool_cap: int | None = None, log=lambda m: None) -> Path:
    """Write .parquet (zstd), .csv, .csv.gz or .jsonl(.gz) by the file name."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    name = out.name.lower()
    batches = synthesize(rows, seed, year, pool_cap, log)
    if name.endswith(".parquet"):
        writer = None
        for b in batches:
            if writer is None:
                writer = pq.ParquetWriter(out, b.schema, compression="zstd", compression_level=9)
            writer.write_table(pa.Table.from_batches([b]), row_group_size=len(b))
        writer.close()
    elif name.endswith(".csv") or name.endswith(".csv.gz"):
        sink = pa.CompressedOutputStream(str(out), "gzip") if name.endswith(".gz") else pa.OSFile(str(out), "wb")
        with sink:
            writer = None
            for b in batches:
                b = b.set_column(1, "call_received",
                                 pa.array([t.isoformat(sep=" ") for t in b.column(1).to_pylist()]))
                if writer is None:
                    writer = pacsv.CSVWriter(sink, b.schema)
                writer.write_batch(b)
            writer.close()
    elif name.endswith(".jsonl") or name.endswith(".jsonl.gz"):
        import gzip

        opener = gzip.open if name.endswith(".gz") else open
        with opener(out, "wt", encoding="utf-8") as f:
            for b in batches:
                for r in b.to_pylist():
                    r["call_received"] = r["call_received"].isoformat(sep=" ")
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        raise SystemExit(f"error: unknown output type {out.name}: use .parquet, .csv(.gz), .jsonl(.gz)")
    return out


def digest(path: Path) -> str:
    """sha256 of the rows (not the file bytes, which name the pyarrow version)."""
    import hashlib

    import pyarrow.parquet as pq

    h = hashlib.sha256()
    for b in pq.ParquetFile(path).iter_batches(batch_size=20_000):
        for r in b.to_pylist():
            h.update(json.dumps(r, default=str, ensure_ascii=False, sort_keys=True).encode())
            h.update(b"\n")
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m analysis.synth", description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=DEFAULT_ROWS)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--year", type=int, default=2025)
    ap.add_argument("--pool", type=int, default=None,
                    help="at most this many generated narratives (then narratives repeat); "
                         "default: enough for a unique narrative per call")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    args = ap.parse_args(argv)
    t0 = time.perf_counter()

    def log(m):
        print(m, file=sys.stderr, flush=True)

    out = write(Path(args.out), args.rows, args.seed, args.year, args.pool, log)
    log(f"wrote {args.rows:,} calls to {out} ({out.stat().st_size / 1e6:.1f} MB) "
        f"in {time.perf_counter() - t0:.0f} s")
    if out.name.endswith(".parquet"):
        log(f"rows sha256: {digest(out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
