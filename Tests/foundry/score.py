#!/usr/bin/env python3
"""Score armor's deployment-order rules on ../shared/corpus/foundry-dev.

Every labelled entry, every single-edit variant and every probe is linted as its label says
(`armor lint <entry> [--parameters P] --format json`, teardown variants through the script with
`--template`), and the core-rule findings are compared with the labels exactly: (file, line, rule,
severity). Graph-rule errors (missing-dependson, dependson-unknown, dependency-cycle) on a
labelled-silent entry or a probe that expects nothing also count as false alarms: they fail a
correct repository just the same.

Usage: score.py --armor PATH [--corpus DIR] [--min-precision P] [--min-recall R] [--verbose]
Exit 1 when a threshold is not met, 2 when the corpus or armor is missing.
"""
import argparse, json, os, subprocess, sys

CORE = {"keyvault-first", "role-assignment-dependson", "single-keyvault-connection", "reverse-order-deletion"}
GRAPH_ERRORS = {"missing-dependson", "dependson-unknown", "dependency-cycle"}


def run(armor, args, cwd):
    proc = subprocess.run([armor, "lint", *args, "--format", "json"], cwd=cwd, capture_output=True, text=True, timeout=60)
    if proc.returncode not in (0, 1):
        return None, f"exit {proc.returncode}: {proc.stderr.strip()[:400]}"
    try:
        return json.loads(proc.stdout), None
    except json.JSONDecodeError as error:
        return None, f"invalid JSON ({error})"


def findings(report, base, include_graph):
    out = set()
    messages = {}
    for d in report.get("diagnostics", []):
        code = d.get("code")
        if code in CORE or (include_graph and code in GRAPH_ERRORS and d.get("severity") == "error"):
            path = os.path.relpath(os.path.join(base[0], d["file"]), base[1])
            key = (path, d["start"]["line"], code, d["severity"])
            out.add(key)
            messages[key] = d.get("message", "")
    return out, messages


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--armor", required=True)
    parser.add_argument("--corpus", default=os.path.join(here, "../../../shared/corpus/foundry-dev"))
    parser.add_argument("--min-precision", type=float, default=0.0)
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--verbose", action="store_true")
    a = parser.parse_args()
    corpus = os.path.abspath(a.corpus)
    armor = os.path.abspath(a.armor)
    if not os.path.isdir(corpus):
        print(f"foundry-dev corpus absent at {corpus}: nothing scored")
        return 2
    if not os.access(armor, os.X_OK):
        print(f"armor not found at {armor}")
        return 2

    cases = []  # (name, cwd, args, expected set, folder expected paths are relative to)
    labels = json.load(open(os.path.join(corpus, "labels.json")))
    for entry in labels["entries"]:
        args = [entry["local_path"]]
        if entry.get("params"):
            repo = "/".join(entry["local_path"].split("/")[:2])
            args += ["--parameters", os.path.join(repo, entry["params"])]
        expected = set()
        for f in entry.get("findings", []):
            expected.add((f["file"], f["line"], f["rule"], f["severity"]))
        cases.append((entry["id"], corpus, args, expected, corpus, entry.get("uncertain", False)))
    variants = os.path.join(corpus, "_variants")
    folders = sorted(os.path.join(variants, d) for d in os.listdir(variants) if os.path.isdir(os.path.join(variants, d)) and d != "_probes")
    probes = os.path.join(variants, "_probes")
    if os.path.isdir(probes):
        folders += sorted(os.path.join(probes, d) for d in os.listdir(probes))
    for folder in folders:
        spec = json.load(open(os.path.join(folder, "expected.json")))
        args = [spec["script"], "--template", spec["entry"]] if spec.get("script") and spec.get("base") and "teardown" in os.path.basename(folder) else [spec["entry"]]
        if spec.get("params"):
            args += ["--parameters", spec["params"]]
        expected = {(f["file"], f["line"], f["rule"], f["severity"]) for f in spec["expected"]}
        cases.append((os.path.relpath(folder, corpus), folder, args, expected, folder, False))
        if spec.get("script") and not spec.get("base"):
            # A clean base with a teardown script: the script must be silent too.
            script_args = [spec["script"], "--template", spec["entry"]] + (["--parameters", spec["params"]] if spec.get("params") else [])
            cases.append((os.path.relpath(folder, corpus) + " (script)", folder, script_args, set(), folder, False))

    tp = fp = fn = 0
    failures = 0
    for name, cwd, args, expected, base, uncertain in cases:
        report, error = run(armor, args, cwd)
        if report is None:
            failures += 1
            print(f"FAIL {name}: armor {' '.join(args)}: {error}")
            continue
        got, messages = findings(report, (cwd, base), include_graph=not any(e[2] in GRAPH_ERRORS for e in expected))
        hit, extra, missed = got & expected, got - expected, expected - got
        tp += len(hit); fp += len(extra); fn += 0 if uncertain else len(missed)
        status = "ok  " if not extra and not missed else "DIFF"
        if status != "ok  " or a.verbose:
            print(f"{status} {name}: {len(hit)} right, {len(extra)} false alarm, {len(missed)} missed")
        for key in sorted(extra):
            print(f"       false alarm {key[0]}:{key[1]} {key[3]} [{key[2]}] {messages.get(key, '')[:200]}")
        for key in sorted(missed):
            print(f"       missed      {key[0]}:{key[1]} {key[3]} [{key[2]}]")
    precision = 100.0 if tp + fp == 0 else 100.0 * tp / (tp + fp)
    recall = 100.0 if tp + fn == 0 else 100.0 * tp / (tp + fn)
    print(f"foundry-dev: {len(cases)} cases, {tp} findings right, {fp} false alarms, {fn} missed, "
          f"{failures} runs failed; precision {precision:.1f}%, recall {recall:.1f}%")
    if failures or precision < a.min_precision or recall < a.min_recall:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
