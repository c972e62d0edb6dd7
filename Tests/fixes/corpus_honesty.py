#!/usr/bin/env python3
"""The fix honesty check on a whole corpus folder (the shared AVM modules): a copy is linted,
fixed with `armor lint --fix`, and linted again. Every finding that had a safe fix must be gone,
no finding may be new (file, rule, message, ignoring the fixed ones), and a second `--fix` must
change nothing. The corpus itself is never written.

Usage: corpus_honesty.py --armor PATH --corpus DIR
Exit 1 on a problem, 2 when the corpus or armor is missing.
"""
import argparse, collections, json, os, shutil, subprocess, sys, tempfile


def lint(armor, folder, *extra):
    proc = subprocess.run([armor, "lint", ".", *extra, "--format", "json"], cwd=folder,
                          capture_output=True, text=True, timeout=600)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"exit {proc.returncode}: {proc.stderr.strip()[:300]}")
    return json.loads(proc.stdout), proc.stderr


def applied(stderr):
    for line in stderr.splitlines():
        if line.startswith("armor: applied "):
            return int(line.split()[2])
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--armor", required=True)
    parser.add_argument("--corpus", required=True)
    args = parser.parse_args()
    armor = os.path.abspath(args.armor)
    if not os.path.isdir(args.corpus) or not os.access(armor, os.X_OK):
        print(f"corpus honesty: {args.corpus} or {armor} is missing")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "corpus")
        shutil.copytree(args.corpus, copy, symlinks=True)
        before, _ = lint(armor, copy)
        fixable = [d for d in before["diagnostics"] if d.get("fix", {}).get("applicability", "safe") == "safe" and "fix" in d]
        _, stderr = lint(armor, copy, "--fix")
        count = applied(stderr)
        after, _ = lint(armor, copy)
        key = lambda d: (d["file"], d["code"], d["message"])
        old = collections.Counter(key(d) for d in before["diagnostics"])
        new = collections.Counter(key(d) for d in after["diagnostics"])
        appeared = new - old
        left = [d for d in after["diagnostics"] if "fix" in d and d["fix"].get("applicability", "safe") == "safe"]
        _, stderr2 = lint(armor, copy, "--fix")
        again = applied(stderr2)
        problems = []
        for k, n in appeared.items():
            problems.append(f"new finding after --fix: {k} (x{n})")
        for d in left:
            problems.append(f"safe fix left after --fix: {key(d)}")
        if again:
            problems.append(f"a second --fix applied {again} more fixes")
        for p in problems[:30]:
            print("PROBLEM", p)
        print(f"corpus fix honesty: {len(before['diagnostics'])} findings, {len(fixable)} with a safe fix, "
              f"{count} fixes applied, {len(after['diagnostics'])} findings after, {len(problems)} problems")
        return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
