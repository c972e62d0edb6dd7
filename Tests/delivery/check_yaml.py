#!/usr/bin/env python3
"""The CI delivery files parse, and name only what exists: the action's `inputs.*` are
declared, its `steps.<id>.outputs.<name>` come from an earlier step that has that id and
writes that output, the scripts it runs are in the repository; the Azure template's
`parameters.*` are declared; the release workflow's `needs` and `matrix.*` exist.
Usage: check_yaml.py [REPO_ROOT]"""
import glob
import os
import re
import sys

import yaml

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..")
problems = []


def load(relative):
    with open(os.path.join(root, relative), encoding="utf-8") as f:
        text = f.read()
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        problems.append(f"{relative}: does not parse: {e}")
        return None, text
    if not isinstance(data, dict):
        problems.append(f"{relative}: not a mapping")
        return None, text
    return data, text


def expressions(value):
    """Every `${{ ... }}` body in a YAML value, and every `if:` (an expression without braces)."""
    out = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "if" and isinstance(v, str):
                out.append(v)
            out += expressions(v)
    elif isinstance(value, list):
        for v in value:
            out += expressions(v)
    elif isinstance(value, str):
        out += re.findall(r"\$\{\{(.*?)\}\}", value, re.S)
    return out


# --- action.yml -------------------------------------------------------------------------------
action, _ = load("action.yml")
if action:
    if action.get("runs", {}).get("using") != "composite":
        problems.append("action.yml: runs.using is not composite")
    inputs = set((action.get("inputs") or {}).keys())
    steps = action["runs"].get("steps") or []
    # Outputs each step provides: `name=` written to GITHUB_OUTPUT by run steps, known outputs of actions.
    known_action_outputs = {"actions/cache": {"cache-hit", "cache-primary-key", "cache-matched-key"}}
    provided = {}
    for index, step in enumerate(steps):
        where = f"action.yml step {index + 1} ({step.get('name', '?')})"
        if "run" in step and "shell" not in step:
            problems.append(f"{where}: a composite run step needs `shell`")
        if "uses" in step and "@" not in step["uses"]:
            problems.append(f"{where}: `uses: {step['uses']}` is not pinned to a version")
        for body in expressions(step):
            for name in re.findall(r"\binputs\.([A-Za-z0-9_-]+)", body):
                if name not in inputs:
                    problems.append(f"{where}: inputs.{name} is not declared")
            for sid, output in re.findall(r"\bsteps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)", body):
                if sid not in provided:
                    problems.append(f"{where}: steps.{sid} is not an earlier step's id")
                elif output not in provided[sid]:
                    problems.append(f"{where}: step '{sid}' has no output '{output}'")
        for script in re.findall(r"\$ACTION_PATH/([\w./-]+)", step.get("run", "")):
            if not os.path.exists(os.path.join(root, script)):
                problems.append(f"{where}: runs {script}, which is not in the repository")
        if "id" in step:
            outs = set(re.findall(r"echo \"([A-Za-z0-9_-]+)=", step.get("run", "")))
            uses = step.get("uses", "").split("@")[0]
            outs |= known_action_outputs.get(uses, set())
            provided[step["id"]] = outs
    for name, output in (action.get("outputs") or {}).items():
        for sid, out in re.findall(r"steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)", str(output.get("value", ""))):
            if out not in provided.get(sid, set()):
                problems.append(f"action.yml: output '{name}' reads steps.{sid}.outputs.{out}, which no step writes")
    for name, spec in (action.get("inputs") or {}).items():
        if "description" not in spec:
            problems.append(f"action.yml: input '{name}' has no description")

# --- ci/azure-pipelines.yml --------------------------------------------------------------------
azure, text = load("ci/azure-pipelines.yml")
if azure:
    declared = {p["name"] for p in azure.get("parameters", [])}
    for name in set(re.findall(r"\$\{\{\s*parameters\.([A-Za-z0-9_]+)", text)):
        if name not in declared:
            problems.append(f"ci/azure-pipelines.yml: parameters.{name} is not declared")
    if not azure.get("steps"):
        problems.append("ci/azure-pipelines.yml: no steps")
    for script in re.findall(r"armorDirectory \}\}/([\w./-]+)", text):
        if not os.path.exists(os.path.join(root, script)):
            problems.append(f"ci/azure-pipelines.yml: runs {script}, which is not in the repository")

# --- workflows ---------------------------------------------------------------------------------
for path in sorted(glob.glob(os.path.join(root, ".github", "workflows", "*.yml"))):
    relative = os.path.relpath(path, root)
    workflow, text = load(relative)
    if not workflow:
        continue
    jobs = workflow.get("jobs") or {}
    for name, job in jobs.items():
        needs = job.get("needs", [])
        for need in [needs] if isinstance(needs, str) else needs:
            if need not in jobs:
                problems.append(f"{relative}: job '{name}' needs '{need}', which is no job")
        matrix = (job.get("strategy") or {}).get("matrix") or {}
        keys = {k for k in matrix if k not in ("include", "exclude")}
        for entry in matrix.get("include", []):
            keys |= set(entry)
        for body in expressions(job):
            for key in re.findall(r"\bmatrix\.([A-Za-z0-9_-]+)", body):
                if key not in keys:
                    problems.append(f"{relative}: job '{name}' uses matrix.{key}, which the matrix does not define")
        for step in job.get("steps", []):
            for script in re.findall(r"bash (ci/[\w./-]+)", step.get("run", "")):
                if not os.path.exists(os.path.join(root, script)):
                    problems.append(f"{relative}: runs {script}, which is not in the repository")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("delivery YAML: action.yml, ci/azure-pipelines.yml and .github/workflows/*.yml parse and name only what exists")
