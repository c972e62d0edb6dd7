#!/usr/bin/env python3
"""The CLI truncation sweep: corpus files cut short, each cut run through the release binary.

Every foundry-dev template and an even, deterministic sample of the avm-res .bicep and main.json
files are cut at 1/4, 1/2 and 3/4 of their length and right after a '{' and after a quote picked
by a generator seeded with the file's path. Each cut is written alone into a temporary folder,
linted with `armor lint <file> --format json` and with `--format sarif`, and given to
`armor model` or (every other cut) `armor plan --format json`, which evaluate every value; each
run is limited to 5 s. A run must exit 0, 1 or 2 (never die by a signal), finish in time, and
print valid JSON with its array: `diagnostics` (lint json), `runs` (sarif), `resources`
(model), `waves` (plan); model and plan may refuse a cut that is no template any more (exit 2,
nothing printed).

Usage: truncation_sweep.py --armor PATH [--corpus DIR] [--sample N] [--jobs N]
  --corpus is the folder holding avm-res/ and foundry-dev/ (default ../shared/corpus beside the
  checkout); --sample is how many files of each avm-res kind (default 400).
Exit 1 on a problem; 0 with a message when neither corpus is present.
"""
import argparse, collections, concurrent.futures, json, os, random, subprocess, sys, tempfile, time, zlib

TIMEOUT = 5


def every_nth(paths, count):
    """About `count` paths spread evenly over the sorted list."""
    paths = sorted(paths)
    if len(paths) <= count:
        return paths
    step = len(paths) / count
    return [paths[int(i * step)] for i in range(count)]


def find(folder, accept):
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        found += [os.path.join(dirpath, f) for f in filenames if accept(f)]
    return found


def cut_points(path, data):
    """Distinct cut offsets of one file: the quarters, after a '{', after a quote."""
    rng = random.Random(zlib.crc32(path.encode()))
    points = {len(data) // 4, len(data) // 2, 3 * len(data) // 4}
    for chars in (b"{", b"\"'"):
        spots = [i + 1 for i, b in enumerate(data) if b in chars]
        if spots:
            points.add(rng.choice(spots))
    return sorted(p for p in points if 0 < p < len(data))


# Each kind of run: the arguments after `armor` ({} is the file), and the array its JSON holds.
RUNS = {
    "lint json": (["lint", "{}", "--format", "json"], "diagnostics"),
    "lint sarif": (["lint", "{}", "--format", "sarif"], "runs"),
    "model": (["model", "{}"], "resources"),
    "plan json": (["plan", "{}", "--format", "json"], "waves"),
}


def run(armor, path, kind):
    """One run; a problem as text, else None, and the exit status."""
    arguments, key = RUNS[kind]
    try:
        proc = subprocess.run([armor] + [os.path.basename(path) if a == "{}" else a for a in arguments],
                              cwd=os.path.dirname(path), capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"no answer within {TIMEOUT} s ({kind})", None
    stderr = proc.stderr.decode(errors="replace")[-300:]
    if proc.returncode < 0:
        return f"killed by signal {-proc.returncode} ({kind}): {stderr}", proc.returncode
    if proc.returncode not in (0, 1, 2):
        return f"exit {proc.returncode} ({kind}): {stderr}", proc.returncode
    if proc.returncode == 2 and kind in ("model", "plan json") and not proc.stdout.strip():
        return None, proc.returncode  # no template once cut (a parameters file, other JSON)
    try:
        out = json.loads(proc.stdout)
    except ValueError as error:
        return f"stdout is not JSON ({kind}): {error}", proc.returncode
    if not isinstance(out, dict) or not isinstance(out.get(key), list):
        return f"stdout has no '{key}' array ({kind})", proc.returncode
    return None, proc.returncode


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--armor", required=True)
    parser.add_argument("--corpus", default=os.path.join(here, "..", "..", "..", "shared", "corpus"))
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    armor = os.path.abspath(args.armor)
    if not os.access(armor, os.X_OK):
        print(f"truncation sweep: {armor} is missing")
        return 1
    avm = os.path.join(args.corpus, "avm-res")
    foundry = os.path.join(args.corpus, "foundry-dev")
    files = []
    if os.path.isdir(foundry):
        files += sorted(find(foundry, lambda f: f.endswith((".bicep", ".bicepparam", ".json"))))
    if os.path.isdir(avm):
        files += every_nth(find(avm, lambda f: f.endswith(".bicep")), args.sample)
        files += every_nth(find(avm, lambda f: f == "main.json"), args.sample)
    if not files:
        print(f"truncation sweep skipped: neither {avm} nor {foundry} is present")
        return 0

    start = time.monotonic()
    problems = []
    statuses = collections.Counter()
    runs = 0
    with tempfile.TemporaryDirectory() as tmp:
        jobs = []  # (cut path, origin, offset, format)
        for n, path in enumerate(files):
            with open(path, "rb") as f:
                data = f.read()
            for k, offset in enumerate(cut_points(path, data)):
                folder = os.path.join(tmp, f"{n}-{k}")
                os.mkdir(folder)
                cut = os.path.join(folder, os.path.basename(path))
                with open(cut, "wb") as f:
                    f.write(data[:offset])
                jobs.append((cut, path, offset, "lint json"))
                jobs.append((cut, path, offset, "lint sarif"))
                jobs.append((cut, path, offset, "model" if (n + k) % 2 else "plan json"))
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = pool.map(lambda job: (job, run(armor, job[0], job[3])), jobs)
            for (cut, origin, offset, kind), (problem, status) in results:
                runs += 1
                statuses["timeout" if status is None else status] += 1
                if problem:
                    problems.append(f"{os.path.relpath(origin, args.corpus)} cut at byte {offset}: {problem}")
        cuts = len({job[0] for job in jobs})
    seconds = time.monotonic() - start
    by_status = ", ".join(f"exit {s}: {n}" for s, n in sorted(statuses.items(), key=lambda kv: str(kv[0])))
    print(f"truncation sweep: {len(files)} files, {cuts} cuts, {runs} runs in {seconds:.0f} s ({by_status}), "
          f"{len(problems)} problems")
    for problem in problems[:40]:
        print("PROBLEM", problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
