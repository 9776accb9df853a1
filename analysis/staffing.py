"""Staffing estimate: community responder teams needed per hour block (Erlang C).

For each block of hours, the arrival rate is the number of eligible calls received in
that block divided by the hours of that block observed in the data period (average day,
and the busiest weekday for that block). The service time is the mean on-scene minutes
of those calls (plus an optional travel/turnaround time). The Erlang C (M/M/c) model then
gives the smallest number of teams c such that at least ``target_share`` of calls wait no
longer than ``target_wait`` minutes for a team:

    A = lambda * S                      offered load (Erlangs)
    P(wait > 0) = C(c, A)               Erlang C, from the Erlang B recursion
    P(wait <= t) = 1 - C(c, A) * exp(-(c - A) * t / S)

The assumptions are returned with the numbers and printed in the report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class StaffingOptions:
    target_share: float = 0.8        # share of calls answered within the wait
    target_wait: float = 10.0        # minutes a call may wait for a free team
    block_hours: int = 2
    travel_minutes: float = 0.0      # added to on-scene time (drive, turnaround, notes)
    default_onscene: float = 45.0    # used when the input has no on-scene times
    min_teams: int = 0               # floor per block (e.g. 1 to keep a team on duty)

    def __post_init__(self):
        if not 0 < self.target_share < 1:
            raise ValueError("target share must be between 0 and 1 (e.g. 0.8)")
        if self.target_wait < 0:
            raise ValueError("target wait must be >= 0 minutes")
        if self.block_hours not in (1, 2, 3, 4, 6, 8, 12, 24):
            raise ValueError("block hours must divide 24 (1, 2, 3, 4, 6, 8, 12 or 24)")


def erlang_c(c: int, a: float) -> float:
    """P(an arriving call waits) with c servers and offered load a (a < c)."""
    if a <= 0:
        return 0.0
    if c <= a:
        return 1.0
    b = 1.0
    for k in range(1, c + 1):
        b = a * b / (k + a * b)
    return c * b / (c - a * (1 - b))


def service_level(c: int, a: float, aht: float, t: float) -> float:
    """P(wait <= t) for M/M/c with mean service time aht (minutes)."""
    if a <= 0:
        return 1.0
    if c <= a:
        return 0.0
    return 1.0 - erlang_c(c, a) * math.exp(-(c - a) * t / aht)


def teams_needed(calls_per_hour: float, aht: float, share: float, wait: float,
                 min_teams: int = 0) -> dict:
    a = calls_per_hour * aht / 60.0
    if a <= 0:
        c = min_teams
        return {"teams": c, "load": 0.0, "service_level": 1.0, "mean_wait": 0.0,
                "utilization": 0.0}
    c = max(min_teams, math.floor(a) + 1)
    while service_level(c, a, aht, wait) < share:
        c += 1
    pw = erlang_c(c, a)
    return {"teams": c, "load": round(a, 3), "service_level": round(service_level(c, a, aht, wait), 4),
            "mean_wait": round(pw * aht / (c - a), 2), "utilization": round(a / c, 3)}


def _mean_service(count: float, total: float, fallback: float) -> tuple[float, str]:
    if count > 0:
        return total / count, "observed"
    return fallback, "fallback"


def estimate(by_slot: list[dict], days_by_weekday: list[int], opts: StaffingOptions) -> dict:
    """Teams per block for the eligible set under the policy and with every limitation
    relaxed. ``by_slot``: per (weekday, hour) counts and on-scene sums (aggregate.finish)."""
    slots = {(s["weekday"], s["hour"]): s for s in by_slot}
    total_days = sum(days_by_weekday)

    def overall(prefix: str) -> tuple[float, str]:
        cnt = sum(s[f"onscene_n_{prefix}"] for s in by_slot)
        tot = sum(s[f"onscene_sum_{prefix}"] for s in by_slot)
        return _mean_service(cnt, tot, opts.default_onscene)

    blocks = []
    for start in range(0, 24, opts.block_hours):
        hours = range(start, start + opts.block_hours)
        row: dict = {"block": f"{start:02d}:00-{(start + opts.block_hours) % 24:02d}:00"
                     if opts.block_hours < 24 else "all day"}
        for key, prefix in (("eligible", "eligible"), ("unrestricted", "unrestricted")):
            count_key = "eligible" if key == "eligible" else "eligible_unrestricted"
            calls = sum(slots[(wd, h)][count_key] for wd in range(7) for h in hours)
            ons_n = sum(slots[(wd, h)][f"onscene_n_{prefix}"] for wd in range(7) for h in hours)
            ons_s = sum(slots[(wd, h)][f"onscene_sum_{prefix}"] for wd in range(7) for h in hours)
            fallback, _src = overall(prefix)
            onscene, source = _mean_service(ons_n, ons_s, fallback)
            aht = onscene + opts.travel_minutes
            rate = calls / (total_days * opts.block_hours) if total_days else 0.0
            per_wd = []
            for wd in range(7):
                c_wd = sum(slots[(wd, h)][count_key] for h in hours)
                d = days_by_weekday[wd]
                per_wd.append(c_wd / (d * opts.block_hours) if d else 0.0)
            peak_wd = max(range(7), key=lambda w: per_wd[w])
            avg = teams_needed(rate, aht, opts.target_share, opts.target_wait, opts.min_teams)
            peak = teams_needed(per_wd[peak_wd], aht, opts.target_share, opts.target_wait,
                                opts.min_teams)
            row[key] = {
                "calls": calls, "calls_per_hour": round(rate, 3),
                "onscene_minutes": round(onscene, 1), "onscene_source": source,
                "service_minutes": round(aht, 1),
                "teams": avg["teams"], "load": avg["load"], "service_level": avg["service_level"],
                "mean_wait": avg["mean_wait"], "utilization": avg["utilization"],
                "peak_weekday": WEEKDAYS[peak_wd], "peak_calls_per_hour": round(per_wd[peak_wd], 3),
                "peak_teams": peak["teams"],
            }
        blocks.append(row)
    return {
        "options": {"target_share": opts.target_share, "target_wait_minutes": opts.target_wait,
                    "block_hours": opts.block_hours, "travel_minutes": opts.travel_minutes,
                    "default_onscene_minutes": opts.default_onscene, "min_teams": opts.min_teams},
        "days_observed": total_days,
        "blocks": blocks,
        "assumptions": assumptions(opts),
    }


def assumptions(opts: StaffingOptions) -> list[str]:
    return [
        "Erlang C (M/M/c) queue per block: calls arrive at random (Poisson) at the block's "
        "average hourly rate, computed as eligible calls received in those hours divided by "
        "the hours of that block in the data period.",
        "Service time per call is exponential with mean = mean on-scene minutes of those "
        f"calls + {opts.travel_minutes:g} travel/turnaround minutes; when the input has no "
        f"on-scene times, {opts.default_onscene:g} minutes.",
        "One team handles one call at a time; every team can take every eligible call; "
        "calls wait in one first-come-first-served queue and are never abandoned or diverted.",
        "Each block is treated as steady state on its own (no carry-over of busy teams "
        "between blocks); 'peak' uses the busiest weekday's rate for that block.",
        f"Target: at least {opts.target_share:.0%} of eligible calls reach a team within "
        f"{opts.target_wait:g} minutes of being routed to one.",
        "Calls are the historical calls the service routes community_responder (and, in "
        "the 'all limits relaxed' columns, the calls it would route there with every policy "
        "limitation relaxed); co-response and call-taker-review calls are not counted.",
    ]
