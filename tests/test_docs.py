"""The README keeps up with the code: every make target with a help line is in its table of targets."""
from __future__ import annotations

import re

from tests.conftest import ROOT


def _make_targets() -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):.*?## ", text, flags=re.M))


def test_every_make_target_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Make targets"):readme.index("## Crawling a real site")]
    documented = set(re.findall(r"`make ([a-z][a-z-]*)", table))
    missing = _make_targets() - documented - {"help", "install"}
    assert not missing, f"make targets missing from README's table: {sorted(missing)}"
    assert not documented - _make_targets(), "README names make targets the Makefile does not have"


def test_the_two_commands_and_ci_agree():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
