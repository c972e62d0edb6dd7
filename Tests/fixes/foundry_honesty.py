#!/usr/bin/env python3
"""The fix honesty check on ../shared/corpus/foundry-dev: for every labelled entry and every
variant, a copy of its folder (the corpus itself is never written) is linted, fixed with
`armor lint --fix`, and linted again. Then no finding may be new (file, rule, message), no safe
fix may be left, and a second `--fix` must change nothing.

Usage: foundry_honesty.py --armor PATH [--corpus DIR] [--verbose]
Exit 1 on a problem, 2 when the corpus or armor is missing.
"""
import argparse, collections, json, os, shutil, subprocess, sys, tempfile


def lint(armor, args, cwd, extra=()):
    proc = subprocess.run([armor, "lint", *args, *extra, "--format", "json"], cwd=cwd, capture_output=True, text=True, timeout=120)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"exit {proc.returncode}: {proc.stderr.strip()[:300]}")
    return json.loads(proc.stdout), proc.stderr


def keys(report):
    return collections.Counter((d["file"], d["code"], d["message"]) for d in report["diagnostics"])


def applied(stderr):
    for line in stderr.splitlines():
        if line.startswith("armor: applied "):
            return int(line.split()[2])
    return 0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--armor", required=True)
    parser.add_argument("--corpus", default=os.path.join(here, "../../../shared/corpus/foundry-dev"))
    parser.add_argument("--verbose", action="store_true")
    a = parser.parse_args()
    corpus, armor = os.path.abspath(a.corpus), os.path.abspath(a.armor)
    if not os.path.isdir(corpus) or not os.access(armor, os.X_OK):
        print("corpus or armor missing")
        return 2
    cases = []  # (name, folder to copy, args relative to the copy)
    labels = json.load(open(os.path.join(corpus, "labels.json")))
    for entry in labels["entries"]:
        repo = "/".join(entry["local_path"].split("/")[:2])
        args = [os.path.relpath(entry["local_path"], repo)]
        if entry.get("params"):
            args += ["--parameters", entry["params"]]
        cases.append((entry["id"], os.path.join(corpus, repo), args))
    variants = os.path.join(corpus, "_variants")
    folders = sorted(os.path.join(variants, d) for d in os.listdir(variants) if os.path.isdir(os.path.join(variants, d)) and d != "_probes")
    probes = os.path.join(variants, "_probes")
    if os.path.isdir(probes):
        folders += sorted(os.path.join(probes, d) for d in os.listdir(probes))
    for folder in folders:
        spec = json.load(open(os.path.join(folder, "expected.json")))
        args = [spec["entry"]] + (["--parameters", spec["params"]] if spec.get("params") else [])
        cases.append((os.path.relpath(folder, corpus), folder, args))

    fixable = total = changed = 0
    problems = []
    for name, folder, args in cases:
        with tempfile.TemporaryDirectory(prefix="armor-fix-") as tmp:
            copy = os.path.join(tmp, "c")
            shutil.copytree(folder, copy, symlinks=True)
            try:
                before, _ = lint(armor, args, copy)
                after, stderr = lint(armor, args, copy, ["--fix"])
                again, stderr2 = lint(armor, args, copy, ["--fix"])
            except (RuntimeError, json.JSONDecodeError, subprocess.TimeoutExpired) as error:
                problems.append(f"{name}: {error}")
                continue
            fixable += sum(1 for d in before["diagnostics"] if d.get("fix", {}).get("applicability") == "safe")
            n = applied(stderr)
            total += n
            changed += n > 0
            new = keys(after) - keys(before)
            for key in sorted(new):
                problems.append(f"{name}: new after --fix: {key[0]} [{key[1]}] {key[2][:160]}")
            for d in after["diagnostics"]:
                if d.get("fix", {}).get("applicability") == "safe":
                    problems.append(f"{name}: still fixable: {d['file']}:{d['start']['line']} [{d['code']}]")
            if applied(stderr2) != 0:
                problems.append(f"{name}: a second --fix applied {applied(stderr2)} more")
            if a.verbose and n:
                print(f"{name}: {n} fixes applied")
    for problem in problems:
        print("PROBLEM", problem)
    print(f"foundry-dev fix honesty: {len(cases)} cases, {fixable} fixable findings, {total} fixes applied "
          f"in {changed} cases, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
