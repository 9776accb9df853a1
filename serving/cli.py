"""Command-line entry points of the service, plugged into the main ``calltriage`` CLI.

``register(subparsers)`` adds:

* ``serve``: run the HTTP service under uvicorn (settings from ``CALLTRIAGE_*`` / ``.env``);
* ``audit verify``: walk every writer's hash chain; name the first edited, deleted or
  reordered record and exit 1;
* ``audit export | replay | report``: the CLI twins of the ``/audit`` pages (same query,
  replay and report code, so the same rows and numbers);
* ``api-key create``: make a new API key and print the entry to configure (only its hash).

Each subcommand sets ``func``; call ``args.func(args)`` and exit with what it returns.
Standalone: ``python -m serving.cli serve``.
"""

from __future__ import annotations

import argparse
import json
import sys


def register(subparsers) -> None:
    serve = subparsers.add_parser(
        "serve", help="run the CAD-facing HTTP service",
        description="Run the HTTP service. Settings come from CALLTRIAGE_* environment "
                    "variables or a .env file; the flags here override host, port and workers.")
    serve.add_argument("--host", help="bind address (default CALLTRIAGE_HOST or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default CALLTRIAGE_PORT or 8000)")
    serve.add_argument("--workers", type=int,
                       help="worker processes (default 1; each has its own audit chain)")
    serve.add_argument("--log-level", choices=["debug", "info", "warning", "error"])
    serve.add_argument("--no-access-log", action="store_true",
                       help="do not log one line per request")
    serve.set_defaults(func=cmd_serve)

    audit = subparsers.add_parser("audit", help="audit store tools")
    audit_sub = audit.add_subparsers(dest="audit_command",
                                     metavar="{verify,export,replay,report}")
    audit_sub.required = True
    verify = audit_sub.add_parser(
        "verify", help="verify every writer's hash chain; exit 1 on any problem",
        description="Walk every writer's chain in the audit database and report the first "
                    "edited, deleted or reordered record (by id) of each chain.")
    verify.add_argument("--database-url", help="default: CALLTRIAGE_DATABASE_URL or the "
                                               "SQLite file under CALLTRIAGE_DATA_DIR")
    verify.add_argument("--db-schema", help="PostgreSQL schema (default CALLTRIAGE_DB_SCHEMA)")
    verify.add_argument("--all", action="store_true", help="report every problem, not the first")
    verify.add_argument("--json", action="store_true", help="machine-readable report")
    verify.set_defaults(func=cmd_audit_verify)

    export = audit_sub.add_parser(
        "export", help="export decisions (CSV or JSON Lines) with the /audit list's filters",
        description="Write the decisions matching the filters, in the same columns as the "
                    "CSV export of the /audit pages. Times without an offset are read in the "
                    "policy's time zone.")
    _db_options(export)
    export.add_argument("--out", required=True,
                        help="F.csv or F.jsonl ('-' writes CSV to standard output)")
    export.add_argument("--format", choices=["csv", "jsonl"],
                        help="default: from the file name")
    _filter_options(export)
    export.add_argument("--sort", default="received_at", choices=["received_at", "route",
                                                                  "category", "latency",
                                                                  "model_version"])
    export.add_argument("--order", default="desc", choices=["asc", "desc"])
    export.add_argument("--limit", type=int, help="at most this many rows")
    export.add_argument("--narratives", action="store_true",
                        help="include the narrative column (sensitive)")
    export.set_defaults(func=cmd_audit_export)

    replay = audit_sub.add_parser(
        "replay", help="re-run a recorded decision with its recorded and the current versions",
        description="Re-run a recorded decision with the model, rules and policy versions it "
                    "was made with (model archive and stored policies under "
                    "CALLTRIAGE_DATA_DIR / the audit database) and with the current champion "
                    "(CALLTRIAGE_MODEL_DIR or CALLTRIAGE_MODEL_URI, CALLTRIAGE_POLICY); print "
                    "the fields that differ. Exit 0.")
    _db_options(replay)
    replay.add_argument("decision_id")
    replay.add_argument("--json", action="store_true", help="machine-readable result")
    replay.set_defaults(func=cmd_audit_replay)

    report = audit_sub.add_parser(
        "report", help="write the /audit/reports numbers as CSVs and an HTML report",
        description="Write one CSV per chart and report.html (with the charts) to DIR, "
                    "for the range (default: the last 30 days, in the policy's time zone).")
    _db_options(report)
    report.add_argument("--out", required=True, help="output folder")
    report.add_argument("--since", help="start (2026-11-01 or 2026-11-01T08:00; local time "
                                        "unless an offset is given)")
    report.add_argument("--until", help="end (exclusive)")
    report.add_argument("--granularity", default="auto", choices=["auto", "hour", "day", "week"])
    report.set_defaults(func=cmd_audit_report)

    keys = subparsers.add_parser("api-key", help="create API keys for CAD, auditors, admins")
    keys_sub = keys.add_subparsers(dest="key_command", metavar="{create}")
    keys_sub.required = True
    create = keys_sub.add_parser("create", help="print a new key and the hashed entry to add")
    create.add_argument("--client", required=True, help="client name, e.g. cad-east")
    create.add_argument("--role", action="append", choices=["cad", "auditor", "admin"],
                        required=True, help="repeat for several roles")
    create.set_defaults(func=cmd_api_key_create)


def _settings(**overrides):
    from serving.settings import SettingsError, load_settings

    try:
        return load_settings(**{k: v for k, v in overrides.items() if v is not None})
    except SettingsError as exc:
        print(f"calltriage: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def cmd_serve(args) -> int:
    import logging

    import uvicorn

    from serving.app import create_app
    from serving.settings import SettingsError

    settings = _settings(host=args.host, port=args.port, workers=args.workers,
                         log_level=args.log_level)
    sys.setswitchinterval(settings.gil_switch_interval_ms / 1000.0)
    logging.basicConfig(level=settings.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    common = dict(host=settings.host, port=settings.port, log_level=settings.log_level,
                  access_log=not args.no_access_log, proxy_headers=False,
                  timeout_graceful_shutdown=10)
    try:
        if settings.workers == 1:
            uvicorn.run(create_app(settings), **common)
        else:
            create_app(settings)  # validate once in the parent, fail fast
            uvicorn.run("serving.app:app_from_env", factory=True, workers=settings.workers,
                        **common)
    except SettingsError as exc:
        print(f"calltriage: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_audit_verify(args) -> int:
    from serving.audit.database import AuditDatabase
    from serving.audit.verify import verify

    settings = _settings(database_url=args.database_url, db_schema=args.db_schema,
                         auth_disabled=True)
    db = AuditDatabase(settings.effective_database_url, schema=settings.db_schema,
                       connect_timeout_s=settings.db_connect_timeout_s)
    try:
        report = verify(db, all_problems=args.all)
    except Exception as exc:  # noqa: BLE001
        print(f"calltriage audit verify: cannot read the audit database: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({
            "ok": report.ok, "decisions": report.decisions, "outcomes": report.outcomes,
            "orphan_outcomes": report.orphan_outcomes,
            "writers": [{"writer_id": w.writer_id, "decisions": w.decisions,
                         "outcomes": w.outcomes, "last_seq": w.last_seq,
                         "problems": [p.__dict__ for p in w.problems]}
                        for w in report.writers.values()]}, indent=2))
    else:
        for w in report.writers.values():
            state = "OK" if not w.problems else "FAILED"
            print(f"writer {w.writer_id}: {w.decisions} decisions, {w.outcomes} outcomes, "
                  f"seq 1..{w.last_seq}: {state}")
            for p in w.problems:
                print(f"  {p}")
        if report.orphan_outcomes:
            print(f"note: {report.orphan_outcomes} outcome(s) reference a decision not in "
                  "the store (reported while the database was unreachable?)")
        print(("OK: " if report.ok else "FAILED: ") +
              f"{len(report.writers)} writer chain(s), {report.decisions} decisions, "
              f"{report.outcomes} outcomes" +
              ("" if report.ok else f", {len(report.problems)} problem(s)"))
    return 0 if report.ok else 1


def _db_options(p) -> None:
    p.add_argument("--database-url", help="default: CALLTRIAGE_DATABASE_URL or the SQLite file "
                                          "under CALLTRIAGE_DATA_DIR")
    p.add_argument("--db-schema", help="PostgreSQL schema (default CALLTRIAGE_DB_SCHEMA)")


def _filter_options(p) -> None:
    p.add_argument("--since", help="received at or after (2026-11-01 or 2026-11-01T08:00)")
    p.add_argument("--until", help="received before")
    p.add_argument("--route", choices=["community_responder", "co_response",
                                       "call_taker_review", "standard_dispatch"])
    p.add_argument("--category", choices=["behavioral_health", "homelessness", "conflict",
                                          "other"])
    p.add_argument("--disqualifier", choices=["weapon", "violence", "medical",
                                              "suicide_attempt", "crime_in_progress"])
    p.add_argument("--model-version")
    p.add_argument("--degraded", choices=["yes", "no"])
    p.add_argument("--overridden", choices=["yes", "no", "unreported"],
                   help="latest call-taker outcome overrode / accepted / none reported")
    p.add_argument("--caller", choices=["first_party", "third_party", "unknown"])
    p.add_argument("--district")


def _audit_db(args):
    """(settings, database, display time zone, current policy) for the audit commands."""
    from calltriage.policy import PolicyError, load_policy
    from serving.audit.database import AuditDatabase

    settings = _settings(database_url=args.database_url, db_schema=args.db_schema,
                         auth_disabled=True)
    try:
        policy = load_policy(settings.policy)
    except PolicyError as exc:
        print(f"calltriage: CALLTRIAGE_POLICY: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    db = AuditDatabase(settings.effective_database_url, schema=settings.db_schema,
                       connect_timeout_s=settings.db_connect_timeout_s)
    return settings, db, policy.tzinfo(), policy


def cmd_audit_export(args) -> int:
    from serving.audit import queries

    settings, db, tz, _ = _audit_db(args)
    fmt = args.format or ("jsonl" if args.out.endswith((".jsonl", ".ndjson")) else "csv")
    try:
        f = queries.parse_filter({k: getattr(args, k) for k in (
            "since", "until", "route", "category", "disqualifier", "model_version", "degraded",
            "overridden", "caller", "district")}, tz)
        db.ensure_schema()
        rows = queries.iter_export(db, f, sort=args.sort, descending=args.order == "desc",
                                   limit=args.limit, narrative=args.narratives)
        n = 0

        def counted(it):
            nonlocal n
            for row in it:
                n += 1
                yield row

        if args.out == "-":
            for chunk in queries.csv_lines(counted(rows), args.narratives):
                sys.stdout.write(chunk)
        elif fmt == "csv":
            with open(args.out, "w", encoding="utf-8", newline="") as out:
                for chunk in queries.csv_lines(counted(rows), args.narratives):
                    out.write(chunk)
        else:
            with open(args.out, "wb") as out:
                for line in queries.jsonl_lines(counted(rows)):
                    out.write(line)
    except queries.FilterError as exc:
        print(f"calltriage audit export: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"calltriage audit export: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001
        print(f"calltriage audit export: cannot read the audit database: {type(exc).__name__}",
              file=sys.stderr)
        return 2
    finally:
        db.dispose()
    if args.out != "-":
        print(f"exported {n} decision(s) to {args.out}", file=sys.stderr)
    return 0


def _current_model(settings):
    """The current champion: the registry model (CALLTRIAGE_MODEL_URI) or the model folder."""
    from calltriage.model import load_model

    folder = settings.model_dir
    if settings.model_uri:
        from serving.app import _resolve_registry

        reg = _resolve_registry(settings)
        if reg.source is not None:
            folder = reg.source.folder
    try:
        return load_model(folder), None
    except Exception as exc:  # noqa: BLE001 - no model now: the service would answer rules-only
        return None, f"{type(exc).__name__}: {exc}"


def cmd_audit_replay(args) -> int:
    from serving.audit.archive import ModelArchive
    from serving.audit.replay import Workbench

    settings, db, _tz, policy = _audit_db(args)
    try:
        found = db.get_decision(args.decision_id.strip().lower())
        if found is None:
            print(f"calltriage audit replay: no decision {args.decision_id}", file=sys.stderr)
            return 1
        model, why = _current_model(settings)
        if model is None:
            print(f"note: no current model ({why}); the current run is rules-only",
                  file=sys.stderr)
        archive = ModelArchive(settings.data_dir,
                               search=(settings.model_dir, settings.data_dir / "model-cache"))
        result = Workbench(db, archive, lambda: (model, policy)).replay(found["record"])
    except Exception as exc:  # noqa: BLE001
        print(f"calltriage audit replay: cannot read the audit database: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, default=str))
        return 0
    print(f"decision {result.decision_id}")
    for i, run in enumerate(result.runs[1:], 1):
        state = "not run" if not run.available else (
            f"{len(result.differences(i))} field(s) differ" +
            (f": {', '.join(result.differences(i))}" if result.differences(i) else ""))
        exact = " (exact)" if run.available and i == 1 and run.exact else ""
        print(f"{run.label}{exact}: {state}")
        for note in run.notes:
            print(f"  note: {note}")
    width = max(len(r.name) for r in result.rows)
    print()
    print(f"{'field':<{width}}  recorded | recorded versions, re-run | current champion")
    for r in result.rows:
        marks = ["" if d is None or not d else " [DIFFERS]" for d in r.differs]
        print(f"{r.name:<{width}}  {r.values[0]} | {r.values[1]}{marks[0]} | "
              f"{r.values[2]}{marks[1]}")
    return 0


def cmd_audit_report(args) -> int:
    import datetime as dt
    import shutil
    from pathlib import Path

    from serving.audit import queries, reports
    from serving.web.render import STATIC, render

    settings, db, tz, policy = _audit_db(args)
    try:
        since = queries.parse_when(args.since, tz, "since")
        until = queries.parse_when(args.until, tz, "until")
        d_since, d_until = reports.default_range(tz)
        since = since or (until - dt.timedelta(days=30) if until else d_since)
        until = until or d_until
        if until <= since:
            raise queries.FilterError("until must be after since")
        db.ensure_schema()
        report = reports.build_report(db, since=since, until=until, tz=tz,
                                      granularity=args.granularity, current_policy=policy)
    except queries.FilterError as exc:
        print(f"calltriage audit report: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001
        print(f"calltriage audit report: cannot read the audit database: "
              f"{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    finally:
        db.dispose()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for chart in report.charts:
        (out / f"{chart.id}.csv").write_text(chart.csv(), encoding="utf-8", newline="")
    shutil.copyfile(STATIC / "audit.css", out / "audit.css")
    from serving.audit import _redact

    html = render("report_standalone.html", report=report,
                  csv_href=lambda cid: f"{cid}.csv",
                  generated=dt.datetime.now(tz).strftime("%Y-%m-%d %H:%M %Z"),
                  source=_redact(settings.effective_database_url))
    (out / "report.html").write_text(html, encoding="utf-8")
    print(f"{report.total.n} decisions from {report.since.astimezone(tz):%Y-%m-%d %H:%M} to "
          f"{report.until.astimezone(tz):%Y-%m-%d %H:%M %Z} by {report.granularity}: "
          f"{len(report.charts)} CSVs and report.html written to {out}")
    return 0


def cmd_api_key_create(args) -> int:
    from serving.auth import new_key

    key, digest = new_key()
    roles = sorted(set(args.role))
    entry = {"client": args.client, "roles": roles, "sha256": digest}
    print(f"API key for {args.client} (shown once; give it to the client, store it nowhere "
          f"else):\n\n  {key}\n")
    print("Add this entry to CALLTRIAGE_API_KEYS (a JSON list):\n")
    print(f"  {json.dumps(entry)}\n")
    print("or to the TOML file named by CALLTRIAGE_API_KEYS_FILE:\n")
    print(f'  [[keys]]\n  client = "{args.client}"\n  roles = {json.dumps(roles)}\n'
          f'  sha256 = "{digest}"')
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="calltriage")
    sub = parser.add_subparsers(dest="command", required=True)
    register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
