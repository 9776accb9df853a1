"""Replay and explain recorded decisions (the ``/audit`` pages and ``calltriage audit replay``).

A ``Workbench`` re-runs a recorded request through ``calltriage.engine.Engine`` (the real
decision path, never a re-implementation):

* **with the recorded versions**: the model archived under the recorded ``model_version``
  (or no model, when the decision was made without one), the stored policy of the recorded
  ``policy_version``, and the rules installed now. Rules are code: when the installed rules
  version differs from the recorded one the replay says so plainly and is not exact;
* **with the current champion**: the model and policy the service serves now.

Both use the recorded time (``received_at``), so hours-of-operation rules see the same
clock. Results are compared field by field with the recorded decision.

The workbench owns its own spaCy pipeline and rule detector (not the service's): a replay or
an explanation never touches the pipeline the CAD's requests use, and the web layer runs
every workbench call on one dedicated thread (spaCy memory zones are not thread-safe).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from calltriage.decide import CallRequest
from calltriage.engine import Engine
from calltriage.model import LoadedModel
from calltriage.policy import Policy
from calltriage.rules import RULES_VERSION
from calltriage.text import clean_text
from serving.audit.archive import ModelArchive, get_policy, record_policy
from serving.audit.records import parse_iso

CATEGORIES = ("behavioral_health", "homelessness", "conflict", "other")


@dataclass
class Run:
    label: str
    available: bool
    notes: list[str]
    decision: dict | None  # Decision.to_dict() shape
    exact: bool = False  # the recorded model, policy and rules all ran


@dataclass
class FieldRow:
    name: str
    values: list[str]  # recorded, as-recorded re-run, current
    differs: list[bool | None]  # per re-run: differs from recorded (None: not run)


@dataclass
class ReplayResult:
    decision_id: str
    recorded: Run
    as_recorded: Run
    current: Run
    rows: list[FieldRow]

    @property
    def runs(self) -> list[Run]:
        return [self.recorded, self.as_recorded, self.current]

    def differences(self, which: int) -> list[str]:
        """Names of the fields where re-run ``which`` (1: recorded versions, 2: current)
        differs from the recorded decision."""
        return [r.name for r in self.rows if r.differs[which - 1]]

    def to_dict(self) -> dict:
        def run(r: Run) -> dict:
            return {"label": r.label, "available": r.available, "exact": r.exact,
                    "notes": r.notes, "decision": r.decision}

        return {"decision_id": self.decision_id,
                "recorded": run(self.recorded), "with_recorded_versions": run(self.as_recorded),
                "with_current_champion": run(self.current),
                "differences": {"with_recorded_versions": self.differences(1)
                                if self.as_recorded.available else None,
                                "with_current_champion": self.differences(2)
                                if self.current.available else None},
                "fields": [{"field": r.name, "recorded": r.values[0],
                            "with_recorded_versions": r.values[1],
                            "with_current_champion": r.values[2],
                            "differs": {"with_recorded_versions": r.differs[0],
                                        "with_current_champion": r.differs[1]}}
                           for r in self.rows]}


@dataclass
class Explanation:
    available: bool
    model_version: str | None
    same_model: bool  # the model that made the decision
    category: str | None
    toward: list[tuple[str, float]] = field(default_factory=list)
    against: list[tuple[str, float]] = field(default_factory=list)
    note: str | None = None


def request_of(record: dict) -> CallRequest:
    req = record["request"]
    return CallRequest(
        id=req.get("id"), narrative=req["narrative"], caller=req.get("caller") or "unknown",
        call_type=req.get("call_type"),
        caller_requests_police=bool(req.get("caller_requests_police")),
        incident_id=req.get("incident_id"), district=req.get("district"),
        received_at=parse_iso(req["received_at"]) if req.get("received_at") else None)


def _fmt_dq(f: dict) -> str:
    where = " [call type]" if f.get("field") == "call_type" else ""
    hedge = " (uncertain)" if f.get("certainty") == "uncertain" else ""
    return f"{f['code']} '{f['evidence']}' @{f['start']}-{f['end']}{where}{hedge}"


def _fields(d: dict | None) -> list[tuple[str, object, str]]:
    """(name, comparable value, display) for every compared field of a decision."""
    if d is None:
        return []
    probs = d.get("probabilities") or {}
    out = [("route", d["route"], d["route"]),
           ("team", d.get("team"), d.get("team") or "—"),
           ("category", d.get("category"), d.get("category") or "— (no model)")]
    for c in CATEGORIES:
        v = probs.get(c)
        out.append((f"probability {c}", None if v is None else round(float(v), 4),
                    "—" if v is None else f"{float(v):.4f}"))
    risk = d.get("disqualifier_risk")
    out.append(("disqualifier risk", None if risk is None else round(float(risk), 4),
                 "—" if risk is None else f"{float(risk):.4f}"))
    dqs = [(f["code"], f["evidence"], f["start"], f["end"], f.get("field"), f.get("certainty"))
           for f in d.get("disqualifiers", [])]
    out.append(("disqualifiers", dqs,
                "; ".join(_fmt_dq(f) for f in d.get("disqualifiers", [])) or "none"))
    out.append(("reason codes", list(d.get("reason_codes", [])),
                " ".join(d.get("reason_codes", [])) or "—"))
    out.append(("reasons", list(d.get("reasons", [])), " | ".join(d.get("reasons", [])) or "—"))
    out.append(("next step", d.get("next_step"), d.get("next_step") or "—"))
    out.append(("responders", list(d.get("responders", [])),
                ", ".join(d.get("responders", [])) or "—"))
    out.append(("degraded", bool(d.get("degraded")), "yes" if d.get("degraded") else "no"))
    for v in ("model_version", "rules_version", "policy_version"):
        out.append((v.replace("_", " "), d.get(v), d.get(v) or "—"))
    return out


def compare(recorded: dict, runs: list[dict | None]) -> list[FieldRow]:
    base = _fields(recorded)
    others = [dict((n, (v, s)) for n, v, s in _fields(r)) if r is not None else None
              for r in runs]
    rows = []
    for name, value, shown in base:
        values, differs = [shown], []
        for o in others:
            if o is None:
                values.append("—")
                differs.append(None)
            else:
                v, s = o[name]
                values.append(s)
                differs.append(v != value)
        rows.append(FieldRow(name, values, differs))
    return rows


class Workbench:
    """Replays and explanations. ``current`` returns (model, policy) served now."""

    def __init__(self, db, archive: ModelArchive, current, engine_cache: int = 4) -> None:
        self.db = db
        self.archive = archive
        self.current = current
        self._detector = None
        self._engines: OrderedDict[tuple, Engine] = OrderedDict()
        self._engine_cache = engine_cache
        self._lock = threading.Lock()

    # building blocks ------------------------------------------------------------------
    @property
    def detector(self):
        if self._detector is None:
            from calltriage.rules import Detector
            from calltriage.text import build_nlp

            self._detector = Detector(build_nlp())
        return self._detector

    def policy(self, version: str) -> tuple[Policy | None, str | None]:
        cur_model, cur_policy = self.current()
        if cur_policy is not None and cur_policy.version == version:
            try:  # keep the store complete (start-up may have found the database down)
                record_policy(self.db, cur_policy)
            except Exception:  # noqa: BLE001
                pass
            return cur_policy, None
        try:
            stored = get_policy(self.db, version)
        except Exception as exc:  # noqa: BLE001
            return None, f"the policy store cannot be read ({type(exc).__name__})"
        if stored is None:
            return None, f"policy {version} is not stored (it was never served by a " \
                         "version of the service that stores policies)"
        return stored.policy, stored.problem

    def model(self, version: str | None) -> tuple[LoadedModel | None, str | None]:
        if version:
            cur_model, _ = self.current()
            if cur_model is not None and cur_model.version == version:
                got, _why = self.archive.load(version)  # a private copy when archived
                return (got or cur_model), None
        return self.archive.load(version)

    def engine(self, model: LoadedModel | None, policy: Policy) -> Engine:
        key = (model.version if model is not None else None,
               model.metadata.get("sha256") if model is not None else None, policy.version)
        with self._lock:
            eng = self._engines.get(key)
            if eng is not None:
                self._engines.move_to_end(key)
                return eng
        eng = Engine(policy, model, None if model else "model not loaded",
                     detector=self.detector)
        with self._lock:
            self._engines[key] = eng
            while len(self._engines) > self._engine_cache:
                self._engines.popitem(last=False)
        return eng

    # replay ---------------------------------------------------------------------------
    def _run(self, engine: Engine, record: dict) -> dict:
        now = parse_iso(record["received_at"])
        d = engine.decide(request_of(record), now=now)
        out = d.to_dict()
        out["disqualifiers"] = [f.to_dict() for f in d.disqualifiers]
        return out

    def replay(self, record: dict) -> ReplayResult:
        rec = record["decision"]
        recorded = Run("recorded", True, [], rec, exact=True)

        notes: list[str] = []
        available = True
        rules_same = rec["rules_version"] == RULES_VERSION
        if not rules_same:
            notes.append(f"The rules differ: recorded {rec['rules_version']}, installed "
                         f"{RULES_VERSION}. Rules are code, so this re-run uses the installed "
                         "rules with the recorded model and policy.")
        policy, why = self.policy(rec["policy_version"])
        if policy is None:
            available = False
            notes.append(f"Cannot re-run with the recorded policy: {why}.")
        model = None
        if rec.get("model_version"):
            model, why = self.model(rec["model_version"])
            if model is None:
                available = False
                notes.append(f"Cannot re-run with the recorded model: {why}.")
        else:
            notes.append("The decision was made without a model (rules-only); so is this re-run.")
        if any(c == "degraded:engine_error" for c in rec.get("reason_codes", [])):
            notes.append("The recorded decision was the service's fallback after an engine "
                         "error; a re-run that succeeds will differ.")
        as_rec = Run("re-run with the recorded versions", available, notes, None)
        if available:
            as_rec.decision = self._run(self.engine(model, policy), record)
            as_rec.exact = rules_same

        cur_model, cur_policy = self.current()
        cur_notes = []
        if cur_policy is None:
            current = Run("re-run with the current champion", False,
                          ["No current policy is available."], None)
        else:
            if cur_model is None:
                cur_notes.append("No model is served now: the current service answers "
                                 "rules-only (degraded).")
            current = Run("re-run with the current champion", True, cur_notes, None)
            current.decision = self._run(self.engine(cur_model, cur_policy), record)
        rows = compare(rec, [as_rec.decision, current.decision])
        return ReplayResult(record["id"], recorded, as_rec, current, rows)

    # explanation ------------------------------------------------------------------------
    def explain(self, record: dict, top: int = 8) -> Explanation:
        rec = record["decision"]
        category = rec.get("category")
        if category is None:
            return Explanation(False, None, False, None,
                               note="No model was used for this decision (rules-only), so "
                                    "there is no model explanation.")
        model, why = self.model(rec.get("model_version"))
        same = model is not None
        note = None
        if model is None:
            model, _ = self.current()
            if model is None:
                return Explanation(False, None, False, category,
                                   note=f"No explanation: {why}, and no model is served now.")
            note = (f"The model that made this decision is not available ({why}). This "
                    f"explanation comes from the CURRENT model {model.version}, which may "
                    "weigh words differently.")
        clf = model.classifier
        if not hasattr(clf, "explain_doc"):
            return Explanation(False, model.version, same, category,
                               note="This model type cannot explain its scores.")
        nlp = self.detector.nlp
        with nlp.memory_zone():
            doc = nlp.make_doc(clean_text(record["request"]["narrative"]))
            call_type = record["request"].get("call_type")
            ct_doc = nlp.make_doc(clean_text(call_type)) if call_type and call_type.strip() \
                else None
            try:
                terms = clf.explain_doc(doc, category, top=top, call_type_doc=ct_doc)
            except TypeError:  # a model class without call-type explanations
                terms = clf.explain_doc(doc, category, top=top)
        return Explanation(True, model.version, same, category,
                           [(w, float(v)) for w, v in terms["toward"]],
                           [(w, float(v)) for w, v in terms["against"]], note)


def received_local(record: dict, tz) -> dt.datetime:
    return parse_iso(record["received_at"]).astimezone(tz)
