#!/usr/bin/env python3
"""The CLI truncation sweep: corpus files cut short, each cut linted by the release binary.

Every foundry-dev template and an even, deterministic sample of the avm-res .bicep and main.json
files are cut at 1/4, 1/2 and 3/4 of their length and right after a '{' and after a quote picked
by a generator seeded with the file's path. Each cut is written alone into a temporary folder and
linted with `armor lint <file> --format json` and with `--format sarif`, each run limited to 5 s.
A run must exit 0, 1 or 2 (never die by a signal), finish in time, and print valid JSON: a `diagnostics` array (json) or a `runs` array (sarif).

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


def lint(armor, path, fmt):
    """One run; a problem as text, else None, and the exit status."""
    try:
        proc = subprocess.run([armor, "lint", os.path.basename(path), "--format", fmt],
                              cwd=os.path.dirname(path), capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"no answer within {TIMEOUT} s (--format {fmt})", None
    if proc.returncode < 0:
        return f"killed by signal {-proc.returncode} (--format {fmt}): {proc.stderr.decode(errors='replace')[-300:]}", proc.returncode
    if proc.returncode not in (0, 1, 2):
        return f"exit {proc.returncode} (--format {fmt}): {proc.stderr.decode(errors='replace')[-300:]}", proc.returncode
    try:
        out = json.loads(proc.stdout)
    except ValueError as error:
        return f"stdout is not JSON (--format {fmt}): {error}", proc.returncode
    key = "diagnostics" if fmt == "json" else "runs"
    if not isinstance(out, dict) or not isinstance(out.get(key), list):
        return f"stdout has no '{key}' array (--format {fmt})", proc.returncode
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
                jobs.append((cut, path, offset, "json"))
                jobs.append((cut, path, offset, "sarif"))
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = pool.map(lambda job: (job, lint(armor, job[0], job[3])), jobs)
            for (cut, origin, offset, fmt), (problem, status) in results:
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
