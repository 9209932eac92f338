"""Regenerate the report screenshots shown in the README (docs/img/*.png) with headless Chromium.

    .venv/bin/python docs/screenshots.py

The article picture is the report of seeds/; the corpus picture the report of
the team's own annotated articles (tests/data), so no third-party text is
pictured. Needs Debian's chromium (apt-get install chromium).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = {
    "report-article.png": ([ROOT / "seeds"], "1280,1600"),
    "report-corpus.png": ([ROOT / "tests" / "data" / "articles", ROOT / "tests" / "data" / "holdout"], "1280,2000"),
}


def main() -> int:
    from newskb.reporting import report

    browser = shutil.which("chromium")
    if browser is None:
        print("chromium is not installed: apt-get install chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        for name, (inputs, size) in SHOTS.items():
            page = Path(tmp) / f"{name}.html"
            page.write_text(report(inputs), encoding="utf-8")
            target = ROOT / "docs" / "img" / name
            subprocess.run([browser, *FLAGS, f"--user-data-dir={tmp}/profile", f"--window-size={size}",
                            f"--screenshot={target}", page.as_uri()], check=True, capture_output=True, timeout=120)
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
