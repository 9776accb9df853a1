"""Prometheus metrics, one registry per app (several apps can live in one test process).

With ``uvicorn --workers N`` each worker keeps its own numbers; scrape each replica, or run
one worker per container (the recommended layout).
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

_LATENCY_BUCKETS = (0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05,
                    0.1, 0.25, 0.5, 1.0, 2.5, 5.0)


class Metrics:
    content_type = CONTENT_TYPE_LATEST

    def __init__(self) -> None:
        r = self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("calltriage_http_requests_total", "HTTP requests",
                                ["route", "method", "status"], registry=r)
        self.latency = Histogram("calltriage_http_request_duration_seconds",
                                 "HTTP request latency, first byte in to last byte out",
                                 ["route", "method"], buckets=_LATENCY_BUCKETS, registry=r)
        self.decisions = Counter("calltriage_decisions_total", "Decisions returned",
                                 ["route", "category"], registry=r)
        self.disqualifiers = Counter("calltriage_decision_disqualifiers_total",
                                     "Decisions in which a disqualifier fired",
                                     ["code", "route"], registry=r)
        self.degraded = Counter("calltriage_degraded_decisions_total",
                                "Decisions made without the model (rules only)", registry=r)
        self.outcomes = Counter("calltriage_outcomes_total", "Outcomes reported by the CAD",
                                ["kind", "action"], registry=r)
        self.audit_write = Histogram("calltriage_audit_write_seconds",
                                     "Time to commit (or spool) one group of audit records",
                                     ["target"], buckets=_LATENCY_BUCKETS, registry=r)
        self.audit_batch = Histogram("calltriage_audit_batch_records",
                                     "Audit records per group commit",
                                     buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 1024), registry=r)
        self.spool_depth = Gauge("calltriage_audit_spool_depth",
                                 "Audit records waiting in the local spool for the database",
                                 registry=r)
        self.spooled = Counter("calltriage_audit_spooled_total",
                               "Audit records written to the local spool", registry=r)
        self.replayed = Counter("calltriage_audit_replayed_total",
                                "Spooled audit records replayed into the database", registry=r)
        self.db_up = Gauge("calltriage_audit_db_up", "1 when the last database write succeeded",
                           registry=r)
        self.reloads = Counter("calltriage_model_reloads_total", "Model reload attempts",
                               ["result"], registry=r)
        self.model_info = Gauge("calltriage_model_info", "Versions being served",
                                ["model_version", "rules_version", "policy_version"], registry=r)
        self.ready = Gauge("calltriage_ready", "1 when /readyz is true", registry=r)

    def observe_decision(self, d) -> None:
        self.decisions.labels(d.route, d.category or "none").inc()
        for code in d.disqualifier_codes:
            self.disqualifiers.labels(code, d.route).inc()
        if d.degraded:
            self.degraded.inc()

    def set_model(self, model_version: str | None, rules_version: str, policy_version: str) -> None:
        self.model_info.clear()
        self.model_info.labels(model_version or "none", rules_version, policy_version).set(1)

    def render(self) -> bytes:
        return generate_latest(self.registry)
