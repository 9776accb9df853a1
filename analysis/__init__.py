"""Eligibility analysis of historical 911 calls (issue 6).

    calltriage analyze --input calls.parquet --out report/ [--engine local|spark]

Runs the full decision path of the core (rules, model, policy: ``calltriage.engine``) over
every row of a CAD export, counts what each policy limitation removes, estimates staffing
with Erlang C, and writes per-call decisions (Parquet + CSV), ``report.html`` and
``summary.json``. The local and the Spark engine share one scoring function
(``analysis.score.score_batch``), so their decisions are identical by construction.

Modules: ``mapping`` (column mapping), ``io`` (chunked readers and writers),
``score`` (one chunk through the engine), ``limits`` (what each limitation removes),
``aggregate`` (mergeable partial counts), ``staffing`` (Erlang C), ``report`` (HTML and
JSON), ``run`` (what both engines share), ``local`` / ``spark`` (the two engines),
``synth`` (the synthetic export), ``cli`` (the ``analyze`` subcommand). See README.md.
"""

__all__: list[str] = []
