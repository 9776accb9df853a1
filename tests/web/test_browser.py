"""The auditor workspace in a real browser: Debian's headless Chromium driven by Playwright
(never a downloaded browser), against a real ``calltriage serve`` process on a loopback port
with a real SQLite audit store, seeded through the real CAD API.

One journey, one server, one browser (the suite runs on two cores): log in with the keyboard,
filter, sort, open a detail page and see the highlighted evidence, see an HTML/JS payload as
inert text (no dialog, no injected element), keyboard navigation with a visible focus, no
horizontal overflow at 1280x800, no CSP violation, CSV download, replay and reports pages.
Screenshots are kept in ``tests/web/artifacts/`` (or ``$CALLTRIAGE_TEST_ARTIFACTS``).

Skips loudly when ``/usr/bin/chromium`` (``apt-get install chromium``) or the ``playwright``
package is missing.
"""

from __future__ import annotations

import csv
import io
import os
import sys
import warnings
from pathlib import Path

import httpx
import pytest
from serving_helpers import Server, server_env

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"
WEAPON = "RP says her brother has a knife and is threatening her, he is very angry"
XSS = f"caller yelling at neighbors {PAYLOAD} verbal argument only, no weapons"


def _skip_loudly(msg: str) -> None:
    warnings.warn(msg, stacklevel=2)
    print(f"\n!!! {msg}", file=sys.stderr)
    pytest.skip(msg)


def _artifacts() -> Path:
    folder = Path(os.environ.get("CALLTRIAGE_TEST_ARTIFACTS") or
                  Path(__file__).resolve().parent / "artifacts")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory, model_dir, keys):
    if not CHROMIUM.exists():
        _skip_loudly("BROWSER TESTS SKIPPED: /usr/bin/chromium is missing "
                     "(apt-get install chromium; .ci/run installs it)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        _skip_loudly("BROWSER TESTS SKIPPED: the playwright package is missing "
                     "(pip install -c constraints.txt -e '.[test]')")
    tmp = tmp_path_factory.mktemp("browser")
    env = server_env(model_dir, tmp / "var", keys, CALLTRIAGE_COOKIE_SECURE="false",
                     CALLTRIAGE_SESSION_SECRET="browser-test-secret-" + "x" * 24)
    srv = Server(env, tmp / "server.log")
    try:
        srv.wait_ready()
        ids = {}
        with httpx.Client(base_url=srv.url, headers=keys.header("cad"), timeout=30) as c:
            for name, narrative in (("weapon", WEAPON), ("xss", XSS)):
                r = c.post("/v1/triage", json={"narrative": narrative, "caller": "third_party",
                                               "district": "D4"})
                assert r.status_code == 200, r.text
                ids[name] = r.json()["decision_id"]
            for i in range(6):
                r = c.post("/v1/triage", json={"narrative": f"loud music from apartment {i}, "
                                                            "verbal only, no weapons"})
                assert r.status_code == 200
            r = c.post(f"/v1/decisions/{ids['weapon']}/outcome",
                       json={"kind": "call_taker", "action": "overridden",
                             "route_taken": "co_response", "reporter": "ct-7"})
            assert r.status_code == 201
        yield srv, ids
    finally:
        srv.stop()


def test_auditor_journey_in_chromium(server, keys):
    from playwright.sync_api import expect, sync_playwright

    srv, ids = server
    shots = _artifacts()
    dialogs: list[str] = []
    csp_violations: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800},
                                          accept_downloads=True)
            page = context.new_page()
            page.set_default_timeout(20_000)
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("console", lambda m: csp_violations.append(m.text)
                    if "Content Security Policy" in m.text else None)

            def no_horizontal_overflow() -> None:
                assert page.evaluate("document.documentElement.scrollWidth <= "
                                     "window.innerWidth"), page.url

            # 1. no session: the login page; log in with the keyboard only
            page.goto(f"{srv.url}/audit/decisions")
            expect(page).to_have_url(f"{srv.url}/audit/login?next=%2Faudit%2Fdecisions")
            page.screenshot(path=str(shots / "01-login.png"))
            page.keyboard.type(keys.auditor)  # the key field has the focus
            page.keyboard.press("Enter")
            expect(page).to_have_url(f"{srv.url}/audit/decisions")
            expect(page.locator("#total")).to_have_text("8")
            cookie = next(c for c in context.cookies() if c["name"] == "ct_audit")
            assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
            no_horizontal_overflow()
            page.screenshot(path=str(shots / "02-decisions.png"), full_page=True)

            # 2. keyboard: Tab reaches the skip link first, then the filter form and the
            # decision links, each with a visible focus indicator
            page.locator("body").focus()
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.className") == "skip-link"
            reached, outlines = set(), []
            for _ in range(60):
                page.keyboard.press("Tab")
                info = page.evaluate("""() => { const e = document.activeElement;
                    const s = getComputedStyle(e);
                    return {id: e.id, tag: e.tagName, href: e.getAttribute('href') || '',
                            outline: s.outlineStyle + ' ' + s.outlineWidth}; }""")
                reached.add(info["id"] or info["href"])
                outlines.append((info["id"] or info["href"] or info["tag"], info["outline"]))
            assert {"f-since", "f-route", "f-disqualifier", "f-overridden"} <= reached
            assert any(h.startswith("/audit/decisions/") for h in reached)
            assert "/audit/reports" in reached
            bad = [(r, o) for r, o in outlines
                   if r != "BODY" and (o.startswith("none") or o.endswith(" 0px"))]
            assert not bad, bad
            page.screenshot(path=str(shots / "03-keyboard-focus.png"))

            # 3. filter by disqualifier, then sort by latency
            page.select_option("#f-disqualifier", "weapon")
            page.click("text=Apply filters")
            expect(page.locator("#total")).to_have_text("1")
            rows = page.locator("table.decisions tbody tr")
            expect(rows).to_have_count(1)
            page.select_option("#f-disqualifier", "")
            page.click("text=Apply filters")
            expect(page.locator("#total")).to_have_text("8")
            page.click("th >> text=Latency")
            assert "sort=latency" in page.url
            expect(page.locator("th[aria-sort]")).to_contain_text("Latency")

            # 4. CSV export of the filtered set
            page.goto(f"{srv.url}/audit/decisions?district=D4")
            expect(page.locator("#total")).to_have_text("2")
            with page.expect_download() as dl:
                page.click("#export-csv")
            rows_ = list(csv.DictReader(io.StringIO(Path(dl.value.path()).read_text())))
            assert sorted(r["decision_id"] for r in rows_) == sorted(ids.values())
            assert "narrative" not in rows_[0]

            # 5. the detail page: evidence highlighted, outcome beside the recommendation
            page.click(f'a[href="/audit/decisions/{ids["weapon"]}"]')
            mark = page.locator("#narrative mark.dq").first
            expect(mark).to_be_visible()
            expect(mark).to_have_text("knife")
            assert "weapon" in mark.get_attribute("data-codes")
            expect(page.locator("#route")).to_have_text("standard_dispatch")
            expect(page.locator(".outcome")).to_contain_text("overridden")
            expect(page.locator("#chain-status")).to_contain_text("Intact")
            expect(page.locator("#terms-toward")).to_be_visible()
            machine = page.locator("#h-machine").bounding_box()
            outcome = page.locator("#h-outcomes").bounding_box()
            assert outcome["x"] > machine["x"] + 200 and abs(outcome["y"] - machine["y"]) < 5
            no_horizontal_overflow()
            page.screenshot(path=str(shots / "04-detail-evidence.png"), full_page=True)

            # 6. the payload is inert text
            page.goto(f"{srv.url}/audit/decisions/{ids['xss']}")
            narrative = page.locator("#narrative")
            expect(narrative).to_contain_text(PAYLOAD)
            assert narrative.locator("script, img").count() == 0
            assert page.locator("img").count() == 0
            page.wait_for_timeout(300)
            assert dialogs == []
            page.screenshot(path=str(shots / "05-payload-inert.png"), full_page=True)

            # 7. replay
            page.click("#replay-link")
            expect(page.locator("#replay-table")).to_be_visible()
            expect(page.locator("#summary-1")).to_contain_text("0 fields differ")
            expect(page.locator("#exactness")).to_contain_text("Exact")
            no_horizontal_overflow()
            page.screenshot(path=str(shots / "06-replay.png"), full_page=True)

            # 8. reports: charts with their tables
            page.click("nav >> text=Reports")
            expect(page.locator("svg.chart")).to_have_count(9)
            expect(page.locator("#report-summary")).to_contain_text("8")
            no_horizontal_overflow()
            with page.expect_download() as dl:
                page.locator("#chart-route_mix .csv-link").click()
            text = Path(dl.value.path()).read_text()
            assert text.startswith("period,decisions,community_responder")
            page.screenshot(path=str(shots / "07-reports.png"), full_page=True)

            # 9. log out with the keyboard: back to the login page, the pages are closed
            page.locator(".logout button").focus()
            page.keyboard.press("Enter")
            expect(page).to_have_url(f"{srv.url}/audit/login?logged_out=1")
            page.goto(f"{srv.url}/audit/reports")
            assert "/audit/login" in page.url
        finally:
            browser.close()
    assert dialogs == []
    assert csp_violations == [], csp_violations
    log_text = (Path(srv.log_path)).read_text()
    assert "knife" not in log_text and "alert(1)" not in log_text  # narratives never logged
