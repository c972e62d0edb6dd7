#!/usr/bin/env python3
"""Parse-failure rate of third-party Bicep parsers over a corpus.

usage: parse_failures.py CORPUS [--list-dir DIR]

tree-sitter-bicep: a file fails when its tree has an ERROR or MISSING node (root has_error).
pycep (the parser checkov uses for Bicep): a file fails when parse() raises.
Each parser is skipped, with a note, when its package is not importable.
"""
import os
import sys
import time


def bicep_files(root):
    found = []
    for folder, _, names in os.walk(root):
        found.extend(os.path.join(folder, n) for n in names if n.endswith(".bicep"))
    return sorted(found)


def tree_sitter_parser():
    try:
        import tree_sitter
        import tree_sitter_bicep
    except ImportError as error:
        return None, f"tree-sitter-bicep not installed ({error})"
    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_bicep.language()))
    return (lambda text: not parser.parse(text).root_node.has_error), None


def pycep_parser():
    try:
        from pycep import BicepParser
    except ImportError as error:
        return None, f"pycep not installed ({error})"
    parser = BicepParser()

    def parses(text):
        try:
            parser.parse(text=text.decode("utf-8-sig"))
            return True
        except Exception:  # pycep raises lark and its own errors; any raise is a failure
            return False
    return parses, None


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    list_dir = args[args.index("--list-dir") + 1] if "--list-dir" in args else None
    files = bicep_files(args[0])
    texts = [(path, open(path, "rb").read()) for path in files]
    for name, make in (("tree-sitter-bicep", tree_sitter_parser), ("pycep (checkov)", pycep_parser)):
        parses, why_not = make()
        if parses is None:
            print(f"{name}: skipped: {why_not}")
            continue
        start = time.perf_counter()
        failed = [path for path, text in texts if not parses(text)]
        elapsed = time.perf_counter() - start
        rate = 100.0 * len(failed) / max(1, len(texts))
        print(f"{name}: {len(failed)} of {len(texts)} .bicep files fail to parse ({rate:.1f}%), {elapsed:.2f} s")
        if list_dir:
            slug = name.split()[0]
            with open(os.path.join(list_dir, f"parse-failures-{slug}.txt"), "w") as out:
                out.writelines(path + "\n" for path in failed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
