"""Artifact integrity: sha256 checked before unpickling, version mismatches refused."""

from __future__ import annotations

import json
import shutil

import pytest

from calltriage.model import ModelLoadError, load_model


def _copy(src, tmp_path):
    dst = tmp_path / "m"
    shutil.copytree(src, dst)
    return dst


def test_roundtrip_keeps_predictions(small_model_dir, small_model, tmp_path):
    again = load_model(_copy(small_model_dir, tmp_path))
    from calltriage.text import get_nlp

    doc = get_nlp().make_doc("man yelling at cars in traffic, talking to himself")
    assert (again.classifier.proba_doc(doc) == small_model.classifier.proba_doc(doc)).all()
    meta = again.metadata
    for key in ("model_version", "data_hash", "labels", "library_versions", "metrics",
                "created", "sha256", "text_version", "git_commit"):
        assert key in meta
    assert meta["labels"] == ["behavioral_health", "homelessness", "conflict", "other"]


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="no model artifact"):
        load_model(tmp_path)


def test_corrupt_file_is_refused_before_unpickling(small_model_dir, tmp_path):
    d = _copy(small_model_dir, tmp_path)
    blob = (d / "model.joblib").read_bytes()
    (d / "model.joblib").write_bytes(blob[:-100] + b"\0" * 100)
    with pytest.raises(ModelLoadError, match="sha256"):
        load_model(d)


@pytest.mark.parametrize("lib,value", [("scikit-learn", "0.24.2"), ("numpy", "1.26.4"),
                                       ("spacy", "3.7.5")])
def test_library_version_mismatch_is_refused(small_model_dir, tmp_path, lib, value):
    d = _copy(small_model_dir, tmp_path)
    meta = json.loads((d / "metadata.json").read_text())
    meta["library_versions"][lib] = value
    (d / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(ModelLoadError, match=lib):
        load_model(d)


def test_text_pipeline_mismatch_is_refused(small_model_dir, tmp_path):
    d = _copy(small_model_dir, tmp_path)
    meta = json.loads((d / "metadata.json").read_text())
    meta["text_version"] = "text-0"
    (d / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(ModelLoadError, match="text pipeline"):
        load_model(d)


def test_preprocessing_travels_inside_the_artifact(small_model):
    """The pickled pipeline's first step is the featurizer: text in, probabilities out."""
    clf = small_model.classifier
    assert clf.pipeline.steps[0][0] == "features"
    p = clf.predict_proba([("RP states neighbor playing loud music all night", None)])
    assert p.shape == (1, 4) and abs(p.sum() - 1) < 1e-9


def test_fast_path_equals_sklearn_path(small_model):
    from calltriage.text import get_nlp

    clf = small_model.classifier
    nlp = get_nlp()
    for text, ct in [("RP states neighbor playing loud music all night", "NOISE"),
                     ("unhoused man sleeping in the bus shelter, asking for a blanket", None),
                     ("", None)]:
        fast = clf.proba_doc(nlp.make_doc(text), nlp.make_doc(ct) if ct else None)
        slow = clf.predict_proba([(text, ct)])[0]
        assert abs(fast - slow).max() < 1e-9


def test_explanation_names_the_call_type_the_model_read():
    """explain_doc: the model's own terms; the call type it scored with is one of them."""
    from calltriage.engine import DEFAULT_MODEL_DIR
    from calltriage.text import get_nlp

    clf = load_model(DEFAULT_MODEL_DIR).classifier
    nlp = get_nlp()
    doc = nlp.make_doc("RP requests a check on her adult son, has not heard from him")
    ct = nlp.make_doc("SUICIDAL PERSON")
    with_ct = clf.explain_doc(doc, "behavioral_health", top=20, call_type_doc=ct)
    toward = dict(with_ct["toward"])
    assert toward.get("call type: SUICIDAL PERSON", 0) > 0
    # against a category the call type argues against, it is a negative term
    against = dict(clf.explain_doc(doc, "homelessness", top=20, call_type_doc=ct)["against"])
    assert against.get("call type: SUICIDAL PERSON", 0) < 0
    plain = clf.explain_doc(doc, "behavioral_health", top=20)
    assert not any(w.startswith("call type:") for w, _ in plain["toward"] + plain["against"])
