"""The engine never blocks a call: model failures degrade to rules-only decisions."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from calltriage.decide import CallRequest
from calltriage.engine import Engine
from calltriage.model import load_model
from calltriage.policy import Policy


def test_missing_model_answers_from_rules(tmp_path):
    eng = Engine.from_paths(tmp_path / "nothing-here")
    assert eng.slot.model is None and "no model artifact" in eng.slot.error
    d = eng.decide(CallRequest(narrative="male bleeding heavily from the head"))
    assert d.degraded and d.route == "standard_dispatch" and "medical" in d.disqualifier_codes
    d = eng.decide(CallRequest(narrative="woman crying on the bench, says she is overwhelmed"))
    assert d.degraded and d.route == "call_taker_review"
    assert any("Model unavailable" in r for r in d.reasons)


def test_model_that_fails_later_degrades_per_call(small_model):
    """Passes its warm-up, then raises on real calls: each call degrades, none fails."""

    class FailsAfterWarmup:
        calls = 0

        def proba_doc(self, *a, **k):
            FailsAfterWarmup.calls += 1
            if FailsAfterWarmup.calls > 1:
                raise RuntimeError("boom")
            return small_model.classifier.proba_doc(*a, **k)

    from calltriage.model import LoadedModel

    eng = Engine(Policy(), LoadedModel(FailsAfterWarmup(), {"model_version": "flaky"}, None))
    assert eng.model_version == "flaky"
    d = eng.decide(CallRequest(narrative="he has a gun and is yelling"))
    assert d.degraded and d.route == "standard_dispatch"
    assert "degraded:model_unavailable" in d.reason_codes
    d = eng.decide(CallRequest(narrative="woman crying on the bench, says she is overwhelmed"))
    assert d.degraded and d.route == "call_taker_review"


def test_model_that_cannot_score_is_not_served():
    class Broken:
        def proba_doc(self, *a, **k):
            raise RuntimeError("boom")

    from calltriage.model import LoadedModel

    eng = Engine(Policy(), LoadedModel(Broken(), {"model_version": "broken"}, None))
    assert eng.slot.model is None and "warm-up" in eng.slot.error
    d = eng.decide(CallRequest(narrative="he has a gun and is yelling"))
    assert d.degraded and d.route == "standard_dispatch"


def test_swap_model_refuses_a_bad_model_and_keeps_serving(small_model):
    from calltriage.model import LoadedModel, ModelLoadError

    eng = Engine(Policy(), small_model)

    class Bad:
        def proba_doc(self, *a, **k):
            import numpy as np

            return np.array([0.5, 0.5])

    try:
        eng.swap_model(LoadedModel(Bad(), {"model_version": "bad"}, None))
    except ModelLoadError:
        pass
    else:
        raise AssertionError("a model with invalid output was accepted")
    assert eng.model_version == small_model.version


def test_call_type_is_screened_too(engine):
    d = engine.decide(CallRequest(narrative="RP requests check on subject in the lobby",
                                  call_type="SHOOTING"))
    assert "weapon" in d.disqualifier_codes
    assert any(f.field == "call_type" for f in d.disqualifiers)


def test_spans_point_into_the_original_narrative(engine):
    text = "Caller\x07 says subj\u00a0has a KNIFE. no injuries"
    d = engine.decide(CallRequest(narrative=text))
    f = next(f for f in d.disqualifiers if f.code == "weapon")
    assert text[f.start:f.end] == f.evidence == "KNIFE"


def test_string_store_does_not_grow_with_new_words(engine):
    strings = engine.nlp.vocab.strings
    engine.decide(CallRequest(narrative="warm up call about a noise complaint"))
    before = len(strings)
    reqs = [CallRequest(narrative=f"subject zqx{i}word yelled at the qvv{i}thing nearby")
            for i in range(300)]
    for d in engine.decide_many(reqs):
        assert d.route
    engine.decide(CallRequest(narrative="brand new words blorptastic zingwobble"))
    assert len(strings) == before


def test_received_time_drives_hours(small_model):
    from calltriage.policy import Hours

    p = Policy(hours={"Community Response Team": Hours(start=dt.time(8), end=dt.time(9))},
               confidence_threshold=0.0)
    eng = Engine(p, small_model)
    late = dt.datetime(2026, 1, 1, 23, 0, tzinfo=dt.timezone.utc)
    d = eng.decide(CallRequest(narrative="man sleeping in the doorway of the church, unhoused",
                               received_at=late))
    assert d.route in ("standard_dispatch", "call_taker_review")
    if d.category in ("behavioral_health", "homelessness", "conflict"):
        assert "policy:hours" in d.reason_codes


# A bare domestic call type is violence (the spec's generic domestic disturbance) unless
# the narrative plainly rules physical violence out; a call type that names violence, a
# narrative that finds violence, or a ruling-out that is unsure or only "so far" keeps it.
RULED_OUT = [
    ("DOMESTIC", "DOMESTIC - VERBAL ONLY. H and W arguing about money, no assault, no wpns."),
    ("DOMESTIC DISTURBANCE", "couple yelling next door, no physical"),
    ("DOMESTIC", "[2211] RP heard a slap. [2216] UPD daughter says it was a cabinet door, "
                 "parents yelling about bills, now in separate rooms, nobody touched anybody"),
    ("DOMESTIC", "RP does not want contact. Couple arguing, only yelling per RP"),
    # a bare fight is ruled out the same way (session 12)
    ("FIGHT", "RP reports a fight at the soccer field. Clarifies it's parents yelling at each "
              "other and at the ref, nobody touching anyone."),
    ("SCUFFLE", "two customers arguing at the register, verbal only"),
]
KEPT = [
    ("DOMESTIC", "H and W arguing about money, verbal only so far"),
    ("DOMESTIC", "RP thinks it's verbal only"),
    ("DOMESTIC", "no physical yet"),
    ("DOMESTIC", "not only verbal, he threw a plate at the wall"),
    ("DOMESTIC", "verbal only but he just pushed her"),
    ("DOMESTIC", "couple yelling"),
    ("DOMESTIC VIOL/ASLT (ARREST MANDATORY)", "verbal only, no physical"),
    ("DOMESTIC VIOLENCE", "couple yelling, no physical"),
    ("DOMESTIC ASSAULT", "verbal only"),
    ("ASSAULT - DOMESTIC", "verbal only"),
    ("DOMESTIC - SHOOTING", "verbal only"),
    ("DV", "wife says it's verbal only"),  # names domestic violence
    ("FIGHT", "two men in the parking lot, verbal only so far"),
    ("FIGHT", "verbal only but now one is punching the other"),
    ("FIGHT", "men yelling at the bar"),
    ("ASSAULT/FIGHT", "verbal only"),  # names an assault
    ("P2 DV F/A I/P-J/H", "boyfriend cut caller with a knife, he left. Caller does not want "
                          "contact."),  # "not want contact" rules nothing out
]


# A medical alarm (a subscriber's pendant) is an unknown medical problem, cleared only by a
# narrative that plainly explains it; a narrative medical finding, an unexplained alarm or
# "not fine" keeps it. Another medical call-type word ("UNK PROB") stands whatever is said.
ALARM_EXPLAINED = [
    ("MEDICAL ALARM", "alarm co: pendant went off, subscriber answered on the 2-way, "
                      "pressed it by accident"),
    ("MED ALARM", "monitoring company says subscriber states she is fine, no EMS needed"),
    ("PENDANT ALARM ACTIVATION", "accidental activation per resident, he is okay"),
]
ALARM_KEPT = [
    ("MEDICAL ALARM", "alarm company reports pendant activation, no answer on the 2-way"),
    ("MEDICAL ALARM", "subscriber says she is not fine, she fell in the bathroom"),
    ("MEDICAL ALARM", "subscriber says she pressed it by accident but now has chest pain"),
    ("MEDICAL ALARM OR UNK PROB", "pressed it by accident per subscriber"),
]

# A bite call type is an injury until the narrative says plainly the bite is minor or old
# (the real "NON RECENT OR SUPERFICIAL BITE" type is no medical call); a narrative that
# finds an injury, a fresh bite or a bare call type keeps it.
BITE_MINOR = [
    ("ANIMAL BITE", "neighbor's dog bit the mail carrier on the hand, small puncture, carrier "
                    "declines EMS, wants animal control"),
    ("DOG BITE", "dog bit her son yesterday through the fence, already treated at urgent care"),
    ("ANIMAL BITE", "bitten by a stray cat, did not break the skin, wants rabies info"),
]
BITE_KEPT = [
    ("ANIMAL BITE", "dog attacked a child, bleeding badly from the face"),
    ("ANIMAL BITE", "bitten about an hour ago by a stray, hand swelling"),
    ("DOG BITE", "caller reports"),
    ("ANIMAL BITE", "small puncture but now he is dizzy and can't breathe right"),
]


# The call type is the first thing known about a call: an update line that clears its
# worry clears it (the spec's "final picture"), like a narrative mention before the update.
# An unsure update, a narrative that finds the code again, a code an update cannot clear
# (a call type's suicide attempt, overdose, assault) or a clearing statement that is not on
# an update line keeps it.
UPDATE_CLEARS_CALL_TYPE = [
    ("MAN WITH GUN", "RP says man in the park waving a gun. UPDATE: RP now says it was a "
                     "phone, not a gun", "weapon"),
    ("SHOTS FIRED", "several bangs behind the school. UPD 2210: neighbor says it was "
                    "fireworks, kids with bottle rockets", "weapon"),
    ("SHOTS FIRED", "2231 RP heard 3 loud bangs / 2236 RP called back: transformer on the "
                    "pole blew, street lights out, nobody hurt", "weapon"),
    ("BURGLARY IP", "RP hears someone in the basement. ** UPDATE it was her son, he lives "
                    "there", "crime_in_progress"),
    ("DOWN - CHECK FOR PERSON DOWN", "PERSON DOWN ON SIDEWALK. UPD: RP CHECKED, HE WAS JUST "
                                     "SLEEPING, WOKE UP AND SAYS HES FINE", "medical"),
    ("ONE OVER THE WHEEL", "male slumped over the wheel in the drive thru. UPD: employee "
                           "knocked, he woke up, alert, talking normally", "medical"),
    ("HOLD UP ALARM", "alarm co reports hold up alarm at the bank. CALLBACK: manager gave "
                      "the correct passcode, an employee bumped the button", "crime_in_progress"),
]
UPDATE_KEEPS_CALL_TYPE = [
    ("MAN WITH GUN", "man waving a gun. UPDATE: RP not sure, maybe it was a phone", "weapon"),
    ("MAN WITH GUN", "man waving a gun in the park", "weapon"),
    ("MAN WITH GUN", "UPDATE: it was a phone. ** UPDATE now he pulled a knife", "weapon"),
    ("MAN WITH GUN", "RP thinks it was a phone", "weapon"),  # no update line
    ("SUICIDE ATTEMPT", "UPDATE: it was a misunderstanding, he is fine", "suicide_attempt"),
    ("OVERDOSE", "UPDATE: he woke up and is talking normally", "medical"),
    ("ASSAULT", "UPDATE: it was a phone", "violence"),
    ("ONE OVER THE WHEEL", "male slumped over the wheel, will not wake up", "medical"),
    ("PERSON DOWN", "man lying on the sidewalk. UPD: RP not sure if he is breathing",
     "medical"),
    ("HOLD UP ALARM", "alarm co reports hold up alarm at the bank, callback: no answer",
     "crime_in_progress"),
]


# Every way a narrative may clear a call type's finding, each with its reason.
CALL_TYPE_CLEARED = (
    [(ct, n, "violence", "narrative_ruled_out") for ct, n in RULED_OUT]
    + [(ct, n, "medical", "narrative_ruled_out") for ct, n in ALARM_EXPLAINED]
    + [(ct, n, "medical", "narrative_ruled_out") for ct, n in BITE_MINOR]
    + [(ct, n, code, "update_cleared") for ct, n, code in UPDATE_CLEARS_CALL_TYPE]
)
# ... and the cases that keep it ("MEDICAL ALARM OR UNK PROB": the alarm may be explained,
# the unknown problem stands).
CALL_TYPE_KEPT = (
    [(ct, n, "violence", True) for ct, n in KEPT]
    + [(ct, n, "medical", ct != "MEDICAL ALARM OR UNK PROB") for ct, n in ALARM_KEPT]
    + [(ct, n, "medical", False) for ct, n in BITE_KEPT]
    + [(ct, n, code, True) for ct, n, code in UPDATE_KEEPS_CALL_TYPE]
)


@pytest.mark.parametrize("call_type,narrative,code,reason", CALL_TYPE_CLEARED)
def test_narrative_clears_a_call_types_finding(engine, call_type, narrative, code, reason):
    d = engine.decide(CallRequest(narrative=narrative, call_type=call_type))
    assert code not in d.disqualifier_codes
    why = [c for c in d.cleared if c.reason == reason and c.field == "call_type"
           and c.code == code]
    assert why, [(c.code, c.reason, c.field) for c in d.cleared]
    assert why[0].cue.lower() in narrative.lower()  # the narrative's own words
    assert why[0].evidence.lower() in call_type.lower()


@pytest.mark.parametrize("call_type,narrative,code,nothing_cleared", CALL_TYPE_KEPT)
def test_call_types_finding_stays_unless_plainly_cleared(engine, call_type, narrative, code,
                                                        nothing_cleared):
    d = engine.decide(CallRequest(narrative=narrative, call_type=call_type))
    assert code in d.disqualifier_codes
    assert d.route == "standard_dispatch"
    if nothing_cleared:
        assert not [c for c in d.cleared if c.field == "call_type" and c.code == code
                    and c.reason in ("narrative_ruled_out", "update_cleared")]


def _slowed(model, seconds: float):
    """The real model, made to take ``seconds`` per call the way an overloaded or badly
    built one would (``None``: its own speed again)."""
    clf = model.classifier
    if seconds is None:
        clf.__dict__.pop("scores_doc", None)
        return model
    real = type(clf).scores_doc

    def slow(*a, **k):
        time.sleep(seconds)
        return real(clf, *a, **k)

    clf.scores_doc = slow
    return model


def test_too_slow_model_is_taken_out_of_the_hot_path_then_tried_again(small_model_dir):
    from calltriage.engine import ModelBudget

    model = _slowed(load_model(small_model_dir), 0.03)
    eng = Engine(Policy(), model, budget=ModelBudget(ms=10, streak=2, cooloff_s=0.4))
    calm = CallRequest(narrative="woman crying on the bench, says she is overwhelmed")
    knife = CallRequest(narrative="he has a knife and is yelling at the neighbors")
    # slow calls are answered with the model (their result is valid) until the streak
    assert not eng.decide(calm).degraded and eng.benched is None
    assert not eng.decide(calm).degraded and "too slow" in eng.benched
    # then rules-only, conservative, saying why; the rules still fire
    d = eng.decide(calm)
    assert d.degraded and d.route == "call_taker_review" and d.category is None
    assert any("model too slow: 2 calls in a row over 10 ms" in r for r in d.reasons)
    d = eng.decide(knife)
    assert d.degraded and d.route == "standard_dispatch" and "weapon" in d.disqualifier_codes
    # after the cool-off the model is tried again: still slow, one call benches it again
    time.sleep(0.45)
    assert eng.benched is None
    assert not eng.decide(calm).degraded
    assert eng.decide(calm).degraded
    # fast again: after the cool-off it serves, and one slow call no longer benches it
    _slowed(model, None)
    time.sleep(0.45)
    for _ in range(3):
        assert not eng.decide(calm).degraded
    _slowed(model, 0.03)
    assert not eng.decide(calm).degraded and eng.benched is None
    assert not eng.decide(calm).degraded and eng.benched is not None
    # a newly swapped-in model starts with a clean record
    eng.swap_model(load_model(small_model_dir))
    assert eng.benched is None and not eng.decide(calm).degraded


def test_offline_engine_has_no_time_budget(small_model_dir):
    """Batch files, evaluation and training never drop the model for being slow: nobody
    waits on the phone, and their numbers must not depend on the machine's load."""
    eng = Engine(Policy(), _slowed(load_model(small_model_dir), 0.03))
    for _ in range(4):
        d = eng.decide(CallRequest(narrative="woman crying on the bench, overwhelmed"))
        assert not d.degraded and d.category is not None
    assert eng.benched is None


def test_a_call_that_breaks_the_engine_does_not_end_a_batch(small_model, caplog):
    """A bug on one call (here a rules crash on a marker) gives that call an error in
    place; the batch goes on, the error names no text, and evaluation refuses to skip it."""
    import io
    import json

    import pytest

    from calltriage.batch import predict_stream
    from calltriage.engine import EngineError, all_decided
    from calltriage.rules import Detector
    from calltriage.text import get_nlp

    marker = "QX-CRASH-7731"

    class CrashesOnMarker(Detector):
        def run(self, doc, field="narrative", text=None, rows=None, given=frozenset()):
            if marker in (text or doc.text):
                raise ZeroDivisionError("a rules bug")
            return super().run(doc, field, text, rows, given)

    eng = Engine(Policy(), small_model, detector=CrashesOnMarker(get_nlp()))
    calls = [CallRequest(narrative="he has a gun"), CallRequest(narrative=f"text {marker}"),
             CallRequest(narrative="man sleeping in the doorway, cold")]
    results = list(eng.decide_many(calls))
    assert isinstance(results[1], EngineError) and marker not in str(results[1])
    assert "ZeroDivisionError" in str(results[1])
    assert "weapon" in results[0].disqualifier_codes and results[0].route == "standard_dispatch"
    assert not results[2].disqualifier_codes and results[2].category is not None
    with pytest.raises(EngineError, match="call #1"):
        all_decided(results)
    lines = b"".join(json.dumps({"id": f"c{i}", "narrative": c.narrative}).encode() + b"\n"
                     for i, c in enumerate(calls))
    out = io.BytesIO()
    assert predict_stream(io.BytesIO(lines), out, engine=eng) == (3, 1)
    rows = [json.loads(x) for x in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["c0", "c1", "c2"]
    assert "error" in rows[1] and "route" in rows[0] and "route" in rows[2]
    assert all(marker not in r.getMessage() for r in caplog.records)


# A call relayed by a crisis line is a call about suicidal talk: the means at hand in its
# notes fire with no talk of their own, and the explanation says so. Notes that screen
# the talk take it back (a weapon still fires weapon); a crisis counselor asked for, or a
# line's client said to be safe, is no relay.
@pytest.mark.parametrize("narrative, fires", [
    ("RP is a hotline worker calling on behalf of a caller who has his service pistol on "
     "the table in front of him, loaded, refused to unload it", True),
    ("988 transfer: counselor reports the caller has a rope in his garage and is out there "
     "now", True),
    ("RP is a hotline worker calling on behalf of a caller who has his service pistol on "
     "the table, caller denies SI", False),
    ("teen upset in his room, parents want a crisis counselor, he has a pistol in his desk",
     False),
    ("Call from a 988 counselor: her client is safe and not the issue, but the client's "
     "neighbor has a gun on his porch", False),
])
def test_crisis_line_relay_is_talk_for_means_at_hand(engine, narrative, fires):
    d = engine.decide(CallRequest(narrative=narrative))
    found = [f for f in d.disqualifiers if f.code == "suicide_attempt"]
    assert bool(found) is fires, [f.explanation for f in d.disqualifiers]
    if fires:
        assert d.route == "standard_dispatch"
        assert "from a crisis line's call" in found[0].explanation


# A suicide call type is suicidal talk: the means at hand in its notes fire with no talk of
# their own, and the explanation says where the talk came from. The same notes under
# another call type, or a call type that denies it, do not make talk up.
@pytest.mark.parametrize("call_type, narrative, fires", [
    ("SUICIDE THREAT", "male caller has a pistol on the table, will not talk to his wife", True),
    ("SUICIDAL SUBJ", "RP says her son has a bottle of pills and a rope in his room", True),
    ("SUICIDAL PERSON", "RP says her brother is on the Hawthorne bridge right now", True),
    ("WELFARE CHECK", "RP says her brother is on the Hawthorne bridge right now", False),
    ("WELFARE CHECK", "male caller has a pistol on the table, will not talk to his wife", False),
    ("SUICIDAL SUBJ", "RP says her son is upset, no weapons in the home, no pills", False),
    ("NOT SUICIDAL - DENIES SI", "male caller has a pistol on the table", False),
    # a bare "SUICIDAL" is talk, like "SUICIDAL PERSON" (session 10: it was an attempt by
    # itself, so "NON SUICIDAL OR NT THRTENING" and "EDP - SUICIDAL" with no means fired)
    ("EDP - SUICIDAL", "man on the bench has a razor blade in hand, will not put it down",
     True),
    ("SUICIDAL", "caller is at the top of the Mathews Bridge in her car, crying", True),
    ("SUICIDAL", "caller says she thinks about dying, no plan, no pills, husband home",
     False),
    ("NON SUICIDAL OR NT THRTENING", "man says he feels down, no weapons, no pills", False),
])

def test_suicide_call_type_is_talk_for_means_at_hand(engine, call_type, narrative, fires):
    d = engine.decide(CallRequest(narrative=narrative, call_type=call_type))
    found = [f for f in d.disqualifiers
             if f.code == "suicide_attempt" and f.field == "narrative"]
    assert bool(found) is fires, [f.explanation for f in d.disqualifiers]
    if fires:
        assert d.route == "standard_dispatch"
        assert "from the call type" in found[0].explanation


@pytest.mark.parametrize("call_type, fires", [
    ("SUICIDE", True), ("SUICIDE ATTEMPT", True), ("SUICIDAL - GUN IN HAND", True),
    ("SUICIDAL SUBJ ON ROOF", True), ("SUICIDE, SUICIDAL PERSON AND ATTEMPTS", True),
    ("SUICIDAL", False), ("EDP - SUICIDAL", False), ("NON SUICIDAL OR NT THRTENING", False),
    ("SUICIDAL - NO WEAPONS", False), ("SUICIDE THREAT", False),
])
def test_suicide_call_type_alone(engine, call_type, fires):
    """A call type alone: "SUICIDE" names the act, "SUICIDAL" the talk (an attempt only
    with the means or the place in the call type itself)."""
    d = engine.decide(CallRequest(narrative="caller on the line", call_type=call_type))
    assert ("suicide_attempt" in d.disqualifier_codes) is fires
