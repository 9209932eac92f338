"""No unused code in src/: vulture finds none beyond the names a framework or a data file uses."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WHITELIST = ROOT / "tests/vulture_whitelist.py"


@pytest.mark.slow  # runs vulture over the package in a subprocess
def test_vulture_finds_no_unused_code_in_the_package():
    found = subprocess.run([sys.executable, "-m", "vulture", "src/newskb", str(WHITELIST), "--min-confidence", "60"],
                           cwd=ROOT, capture_output=True, text=True)
    assert found.returncode == 0 and not found.stdout, found.stdout + found.stderr


def test_the_whitelist_names_only_what_the_package_defines():
    """A name left in the whitelist after its code was removed would hide nothing and mislead."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src/newskb").rglob("*.py"))
    lines = [line.split("#")[0] for line in WHITELIST.read_text(encoding="utf-8").splitlines()[5:]]
    names = [name.strip().removeprefix("_.") for line in lines for name in line.split(",") if name.strip() not in ("", "_ = object")]
    assert len(names) > 20
    assert [n for n in names if not re.search(rf"\b{re.escape(n)}\b", source)] == []
