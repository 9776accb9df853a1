"""Command-line entry points of the service, plugged into the main ``calltriage`` CLI.

``register(subparsers)`` adds:

* ``serve``: run the HTTP service under uvicorn (settings from ``CALLTRIAGE_*`` / ``.env``);
* ``audit verify``: walk every writer's hash chain; name the first edited, deleted or
  reordered record and exit 1;
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
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="{verify}")
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
