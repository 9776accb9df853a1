"""The engine: one call in, one decision out, never blocked by a model failure.

Tokenizes the narrative once with the shared pipeline, runs the rules and the classifier
on the same Doc, and hands both to the pure ``decide()``. When the model is missing,
corrupt, raises or is too slow (``ModelBudget``), the engine still answers from the rules
(``degraded: true``): a disqualifier gives ``standard_dispatch``, anything else
``call_taker_review``.

Work happens inside ``nlp.memory_zone()`` so a long-running process does not grow its
string store with every new word; nothing that refers to a Doc leaves the zone.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from calltriage.decide import CallRequest, Decision, decide
from calltriage.features import call_type_hashes
from calltriage.model import LoadedModel, ModelLoadError, load_model
from calltriage.policy import Policy, load_policy
from calltriage.rules import RULES_VERSION, Detector, get_detector
from calltriage.text import clean_text, token_rows, word_count

log = logging.getLogger("calltriage.engine")

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "default"
_CALL_TYPE_CACHE = 4096  # distinct call-type strings kept (a center has a few hundred)


NO_MODEL = "no model configured"


class _CallType(NamedTuple):
    """What one CAD call-type string gives every call that carries it (cached)."""

    findings: tuple
    cleared: tuple
    hashes: tuple[int, ...]  # the classifier's call-type features
    given: frozenset[str]  # contexts it lends the narrative (``Detector.given_contexts``)


class EngineError(RuntimeError):
    """In place of a decision in ``decide_many`` when deciding that one call failed (a
    bug): names the exception type only, never the call's text."""


def all_decided(results: Iterable[Decision | Exception]) -> list[Decision]:
    """``decide_many``'s results where every call must have a decision (evaluation: a
    metric must never skip a call silently); raises on the first that has none."""
    out = []
    for i, r in enumerate(results):
        if isinstance(r, Exception):
            raise EngineError(f"call #{i} has no decision: {r}")
        out.append(r)
    return out


def load_model_or_error(model_dir: str | Path | None) -> tuple[LoadedModel | None, str | None]:
    """(the model in ``model_dir``, None), or (None, why it cannot be served). Loading only:
    a shell whose worker processes build the engines can report versions and refusals
    with this, without compiling the rules."""
    if model_dir is None:
        return None, NO_MODEL
    try:
        return load_model(Path(model_dir)), None
    except ModelLoadError as exc:
        return None, str(exc)


@dataclass(frozen=True)
class ModelBudget:
    """How slow the model may get before decisions go on without it.

    A model call that takes more than ``ms`` milliseconds is slow (scoring normally takes
    well under a millisecond); ``streak`` slow calls in a row take the model out of the
    hot path for ``cooloff_s`` seconds: decisions are rules-only and degraded, and say
    why. Then the next call tries the model again, and one more slow call takes it out
    again. A slow call's own result is used (it is valid; the caller has waited already).
    One pause of the whole process (a garbage collection) does not make a streak.
    """

    ms: float = 20.0
    streak: int = 3
    cooloff_s: float = 60.0


@dataclass(frozen=True)
class ModelSlot:
    """What the engine serves with; swapped atomically as one object."""

    model: LoadedModel | None
    error: str | None  # why there is no model, for readiness and reasons

    @property
    def version(self) -> str | None:
        return self.model.version if self.model else None


class Engine:
    def __init__(self, policy: Policy, model: LoadedModel | None = None,
                 model_error: str | None = None, detector: Detector | None = None,
                 budget: ModelBudget | None = None) -> None:
        self.policy = policy
        # None (offline work: batch files, evaluation, training) puts no limit on the
        # model's time; the service sets one (``serving.settings``).
        self.budget = budget
        self._slow_calls = 0  # slow model calls in a row
        self._benched_until = 0.0  # time.monotonic() until which the model is not used
        self._benched_why = ""
        self.detector = detector or get_detector()
        self.nlp = self.detector.nlp
        if model is None and model_error is None:
            model_error = NO_MODEL
        if model is not None:
            try:
                self.warm(model)
            except Exception as exc:  # noqa: BLE001 - a model that cannot score is no model
                model, model_error = None, f"model failed its warm-up call: {type(exc).__name__}"
                log.error("%s; serving rules-only", model_error)
        self._slot = ModelSlot(model, model_error)
        self._swap_lock = threading.Lock()
        self._ct_cache: dict[str, _CallType] = {}

    # construction -----------------------------------------------------------------------
    @classmethod
    def from_paths(cls, model_dir: str | Path | None = DEFAULT_MODEL_DIR,
                   policy_path: str | Path | None = None) -> Engine:
        return cls.with_model_dir(load_policy(policy_path), model_dir)

    @classmethod
    def with_model_dir(cls, policy: Policy, model_dir: str | Path | None,
                       budget: ModelBudget | None = None) -> Engine:
        """An engine for ``policy`` with the model in ``model_dir``; a missing or refused
        model gives a rules-only engine that says why."""
        model, error = load_model_or_error(model_dir)
        if model_dir is not None and error:
            log.error("model not loaded, serving rules-only: %s", error)
        return cls(policy, model, error, budget=budget)

    # model lifecycle ------------------------------------------------------------------
    @property
    def slot(self) -> ModelSlot:
        return self._slot

    @property
    def model_version(self) -> str | None:
        return self._slot.version

    @property
    def rules_version(self) -> str:
        return RULES_VERSION

    @property
    def policy_version(self) -> str:
        return self.policy.version

    def swap_model(self, model: LoadedModel) -> ModelSlot:
        """Atomically replace the model after warming it; returns the previous slot."""
        self.warm(model)
        with self._swap_lock:
            old, self._slot = self._slot, ModelSlot(model, None)
            self._slow_calls, self._benched_until = 0, 0.0  # a new model, a fresh start
        return old

    @property
    def benched(self) -> str | None:
        """Why the model is out of the hot path for being slow (``ModelBudget``), or
        None when it is used."""
        if self._benched_until and time.monotonic() < self._benched_until:
            return self._benched_why
        return None

    def _timed(self, seconds: float) -> None:
        """Count one model call's time against the budget (when there is one)."""
        b = self.budget
        if b is None:
            return
        if seconds * 1000.0 <= b.ms:
            self._slow_calls = 0
            return
        self._slow_calls += 1
        if self._slow_calls >= b.streak:
            self._benched_until = time.monotonic() + b.cooloff_s
            self._benched_why = (f"model too slow: {self._slow_calls} calls in a row over "
                                 f"{b.ms:g} ms, the last {seconds * 1000.0:.0f} ms; "
                                 f"rules-only for {b.cooloff_s:g} s")
            self._slow_calls = b.streak - 1  # after the cool-off, one slow call is enough
            log.error("%s", self._benched_why)

    def warm(self, model: LoadedModel | None = None) -> None:
        """Run one representative call through the model so first requests are fast. Raises
        if the model cannot score (a bad new model is refused before it serves)."""
        m = model or self._slot.model
        if m is None:
            return
        # Tokenizer cache: spaCy does not populate it inside memory zones, so fill it once,
        # outside any zone, with the frequent chunks the model was trained on (bounded;
        # these strings stay in the vocabulary for good). One chunk per call: once a text
        # hits a tokenizer special case ("W/M", "can't"), spaCy caches nothing more of
        # that text, so warming with long joined texts left most chunks uncached (measured:
        # 130 us -> 64 us per narrative).
        make_doc = self.nlp.make_doc
        for chunk in getattr(m.classifier, "warm_chunks", ()):
            make_doc(chunk)
        with self.nlp.memory_zone():
            doc = self.nlp.make_doc("RP states subj yelling at neighbors, no weapons seen")
            clf = m.classifier
            p = clf.scores_doc(doc)[0] if hasattr(clf, "scores_doc") else clf.proba_doc(doc)
        if len(p) != 4 or not abs(float(p.sum()) - 1.0) < 1e-6:
            raise ModelLoadError("model produced invalid probabilities on the warm-up call")

    # decisions ------------------------------------------------------------------------
    def decide(self, request: CallRequest, now: dt.datetime | None = None) -> Decision:
        with self.nlp.memory_zone():
            return self._decide(request, now or dt.datetime.now(dt.timezone.utc))

    def decide_many(self, requests: Iterable[CallRequest | Exception],
                    now: dt.datetime | None = None, zone_size: int = 512
                    ) -> Iterator[Decision | Exception]:
        """Decide a stream of requests; exceptions in the input pass through in place, and
        a call whose decision fails gets an ``EngineError`` in place (the rest go on)."""
        batch: list[CallRequest | Exception] = []
        for req in requests:
            batch.append(req)
            if len(batch) >= zone_size:
                yield from self._zone(batch, now)
                batch = []
        if batch:
            yield from self._zone(batch, now)

    def _zone(self, batch, now):
        out = []
        with self.nlp.memory_zone():
            for req in batch:
                if isinstance(req, Exception):
                    out.append(req)
                    continue
                try:
                    out.append(self._decide(req, now or dt.datetime.now(dt.timezone.utc)))
                except Exception as exc:  # noqa: BLE001 - a bug must not end the batch
                    # (the model's own failures degrade inside _decide; this is the rest)
                    log.error("engine failed on one call of a batch (%s); the batch goes on",
                              type(exc).__name__)
                    out.append(EngineError(
                        f"internal error while deciding this call ({type(exc).__name__}); "
                        "route it by the normal protocol"))
        return out

    def _call_type(self, call_type: str
                   ) -> _CallType:
        """Screening, classifier hashes and the contexts it gives the narrative
        (``Detector.given_contexts``: "SUICIDE THREAT" is suicidal talk) of a CAD call
        type, cached per string.

        A center uses a few hundred call-type codes, so each is tokenized and screened
        once. The entry holds only strings, ints and frozen findings (nothing from the
        memory zone) and depends on nothing but the string and the rules, which never
        change while the process runs. Bounded: cleared when full.
        """
        hit = self._ct_cache.get(call_type)
        if hit is not None:
            return hit
        text = clean_text(call_type)
        ct_doc = self.nlp.make_doc(text)
        screening = self.detector.run(ct_doc, "call_type", text)
        entry = _CallType(screening.findings, screening.cleared, call_type_hashes(ct_doc),
                          self.detector.given_contexts(ct_doc, "call_type", text))
        if len(self._ct_cache) >= _CALL_TYPE_CACHE:
            self._ct_cache.clear()
        self._ct_cache[call_type] = entry
        return entry

    def _decide(self, request: CallRequest, now: dt.datetime) -> Decision:
        slot = self._slot  # one read: the whole decision uses one model
        narrative = clean_text(request.narrative)
        doc = self.nlp.make_doc(narrative)
        rows = token_rows(doc)  # read once, for the rules, the classifier and the count
        ct_doc = None
        ct_norms = None
        ct_entry = None
        given: frozenset[str] = frozenset()
        if request.call_type and request.call_type.strip():
            ct_entry = self._call_type(request.call_type)
            given = ct_entry.given
        screening = self.detector.run(doc, "narrative", narrative, rows, given)
        findings = list(screening.findings)
        cleared = list(screening.cleared)
        if ct_entry is not None:
            ct_findings, ct_cleared, ct_norms = ct_entry[:3]
            if ct_findings:  # a bare "DOMESTIC" yields to a plain "verbal only"
                ct_findings, ruled_out = self.detector.reconcile(
                    ct_findings, doc, narrative, rows, screening.findings)
                cleared.extend(ruled_out)
            findings.extend(ct_findings)
            cleared.extend(ct_cleared)
        words = word_count(rows)

        probabilities = None
        risk = None
        degraded_reason = None
        if slot.model is None:
            degraded_reason = "model not loaded"
        elif self._benched_until and (benched := self.benched) is not None:
            degraded_reason = benched
        else:
            t0 = time.perf_counter()
            try:
                clf = slot.model.classifier
                if hasattr(clf, "scores_doc"):
                    probabilities, risk = clf.scores_doc(doc, None, ct_norms, rows)
                else:  # a category-only model (e.g. an experiment wrapper)
                    if ct_norms is not None:
                        ct_doc = self.nlp.make_doc(clean_text(request.call_type))
                    probabilities = clf.proba_doc(doc, ct_doc)
            except Exception as exc:  # noqa: BLE001 - any model failure degrades, never blocks
                degraded_reason = f"model error: {type(exc).__name__}"
                log.error("model failed, rules-only decision: %s", type(exc).__name__)
            else:
                self._timed(time.perf_counter() - t0)

        return decide(
            request,
            findings,
            cleared,
            probabilities,
            self.policy,
            model_version=slot.version,
            rules_version=RULES_VERSION,
            now=now,
            degraded_reason=degraded_reason,
            word_count=words,
            risk=risk,
        )
