#!/usr/bin/env python3
"""Registry modules over the AVM corpus: builds a fake Bicep module cache from the corpus's own
compiled modules (avm/res/<path>/main.json) for every `br/public:avm/res/...` reference, then runs
`armor lint` over the corpus and `armor graph` on every file with such a reference, with HOME at
the fake cache. Fails on a crash or on a reference with a cached module that armor did not resolve.

usage: corpus.py ARMOR CORPUS
"""
import os, re, shutil, subprocess, sys, tempfile

REF = re.compile(r"module\s+\S+\s+'(br/public:avm/res/([^':@]+):([^']+))'")


def encode_tag(tag):
    """The compiler's TagEncoder: tag, '$', hex mask of upper-case letters (high word first)."""
    mask = [0, 0]
    for i, c in enumerate(tag[:128]):
        if "A" <= c <= "Z":
            mask[i // 64] |= 1 << (i % 64)
    out, lead = tag + "$", False
    for word in reversed(mask):
        if word or lead:
            out += format(word, "016x" if lead else "x")
            lead = True
    return out


def main():
    armor, corpus = sys.argv[1], os.path.abspath(sys.argv[2])
    home = tempfile.mkdtemp(prefix="armor-registry-")
    try:
        files, refs, cached = {}, 0, set()
        for root, _, names in os.walk(corpus):
            for name in names:
                if not name.endswith(".bicep"):
                    continue
                path = os.path.join(root, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    found = REF.findall(f.read())
                if not found:
                    continue
                files[path] = found
                for text, module, tag in found:
                    refs += 1
                    source = os.path.join(corpus, "avm/res", module, "main.json")
                    if not os.path.isfile(source):
                        continue
                    target = os.path.join(home, ".bicep/br/mcr.microsoft.com",
                                          ("bicep/avm/res/" + module).replace("/", "$"), encode_tag(tag))
                    os.makedirs(target, exist_ok=True)
                    shutil.copyfile(source, os.path.join(target, "main.json"))
                    cached.add(text)
        env = dict(os.environ, HOME=home)
        lint = subprocess.run([armor, "lint", corpus, "--format", "concise"], env=env,
                              capture_output=True, text=True)
        if lint.returncode not in (0, 1):
            sys.exit(f"armor lint exited {lint.returncode}: {lint.stderr[:400]}")
        unrestored = re.findall(r"\[module-not-restored\] '(br/public:avm/res/[^']+)'", lint.stdout)
        missed = sorted({r for r in unrestored if r in cached})
        graphed, clusters, failures = 0, 0, []
        for path in sorted(files):
            graph = subprocess.run([armor, "graph", path], env=env, capture_output=True, text=True)
            if graph.returncode not in (0, 1):
                failures.append(f"{path}: exit {graph.returncode}")
                continue
            graphed += 1
            clusters += len(re.findall(r"\| from registry br/public:avm/res/", graph.stdout))
        print(f"registry: {len(files)} files, {refs} br/public:avm/res references, {len(cached)} distinct cached; "
              f"lint: {refs - len(unrestored)} resolved, {len(unrestored)} not restored (no cached module); "
              f"graph: {graphed} files, {clusters} registry clusters (nested included), {len(failures)} failures")
        if missed or failures:
            for r in missed:
                print(f"cached but not resolved: {r}")
            for f in failures:
                print(f"graph failed: {f}")
            sys.exit(1)
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
