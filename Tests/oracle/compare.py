#!/usr/bin/env python3
"""Differential oracle between armor's two front ends.

For every .bicep with a compiled main.json beside it, runs `armor model FILE --format json` on
both, lines the two deployments up (root and every module instance), and compares what armor
knows of each declaration: type, name, parent, condition, deployed, scope, loop, loop count,
batchSize and the values the rules read (connection category/authType/target, role assignment
role id and principalId, identity.type). The compiled JSON is the Bicep compiler's own output,
so every disagreement is a bug (or a gap) on one side.

Matching, instance by instance from the root: (type, known name), then symbol (languageVersion
2.0 keeps Bicep symbols), then what is left of one type in declaration order. Classic ARM drops
`existing` declarations, so those are left out when either side is classic. A module pair whose
both sides deploy a loaded template is descended into; registry modules are opaque in Bicep but
inlined by the compiler, so those ARM instances are not compared.

Exit status 1 when a --min-* threshold is not met.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

FIELDS = ["type", "existing", "name", "parent", "condition", "deployed", "scope", "loop", "loopCount", "elementNames", "batchSize"]
PROPERTIES = ["output", "variable", "category", "authType", "target", "roleId", "principalId", "principalType", "identity.type", "location",
              "kind", "publicNetworkAccess", "enableSoftDelete", "enablePurgeProtection", "addressPrefixes",
              "privateLinkService", "virtualNetwork"]


def synthesize_parameters(arm_path, folder, rich=False):
    """A parameters file giving every parameter of the compiled template without a default a
    plausible value (first allowed value, else one by type), so that names and conditions built
    from required parameters are known on both sides. Written under `folder`; None if unreadable."""
    try:
        with open(arm_path, encoding="utf-8-sig") as handle:
            template = json.load(handle)
    except (OSError, ValueError):
        return None
    declared, definitions = template.get("parameters", {}), template.get("definitions", {})
    values = {}
    for name, spec in declared.items():
        # A nullable parameter without a default is null unless given: leave it so.
        if not isinstance(spec, dict) or "defaultValue" in spec or (spec.get("nullable") and not rich):
            continue
        values[name] = {"value": synthesize(name.lower(), spec, definitions, rich, 0)}
    path = os.path.join(folder, arm_path.replace("/", "_") + ".parameters.json")
    with open(path, "w") as out:
        json.dump({"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
                   "contentVersion": "1.0.0.0", "parameters": values}, out)
    return path


def synthesize(name, spec, definitions, rich, depth):
    """A value for a parameter (or, when `rich`, a typed property) of this schema: the first
    allowed value, else one by type. Rich: arrays get one element and objects their typed
    properties (nullable ones too), from languageVersion 2.0 user-defined types, so loops and
    item fields are known."""
    seen = 0
    while isinstance(spec, dict) and "$ref" in spec and seen < 8:
        spec = definitions.get(str(spec["$ref"]).split("/")[-1], {})
        seen += 1
    if not isinstance(spec, dict):
        spec = {}
    allowed = spec.get("allowedValues")
    kind = str(spec.get("type", "string")).lower()
    if allowed:
        return allowed[0]
    if kind == "int":
        return 1
    if kind == "bool":
        return True
    if kind == "array":
        if not rich or depth > 4 or "items" not in spec:
            return []
        return [synthesize(name + "-0", spec["items"], definitions, rich, depth + 1)]
    if kind in ("object", "secureobject"):
        if not rich or depth > 4 or "discriminator" in spec:
            return {}
        return {key: synthesize(name + "-" + key.lower(), sub, definitions, rich, depth + 1)
                for key, sub in spec.get("properties", {}).items()
                if isinstance(sub, dict)}
    return "p-" + name


def run_model(armor, path, timeout, parameters=None):
    command = [armor, "model", path, "--format", "json"]
    if parameters:
        command += ["--parameters", parameters]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timeout"
    if not done.stdout.strip():
        return None, f"exit {done.returncode}: {done.stderr.strip()[:300]}"
    try:
        return json.loads(done.stdout), None
    except json.JSONDecodeError as error:
        return None, f"bad JSON: {error}"


class Side:
    """One dump, indexed: resources by id, resources by instance."""

    def __init__(self, dump):
        self.instances = {i["id"]: i for i in dump["instances"]}
        self.resources = {r["id"]: r for r in dump["resources"]}
        self.by_instance = defaultdict(list)
        for r in dump["resources"]:
            self.by_instance[int(r["id"].split(":")[0])].append(r)

    def classic(self, instance):
        i = self.instances[instance]
        return i["language"] == "arm" and i["languageVersion"] is None

    def label(self, rid):
        r = self.resources.get(rid)
        if r is None:
            return rid
        return f"{r['type']}/{r['name'] if r['name'] is not None else '<' + r['symbol'] + '>'}"


def match_instances(bicep, arm):
    """Pairs of (bicep resource id, arm resource id) over the whole deployment, and unmatched."""
    pairs, unmatched = [], []
    queue = [(0, 0, "")]
    seen = set()
    while queue:
        bi, ai, chain = queue.pop(0)
        if (bi, ai) in seen:
            continue
        seen.add((bi, ai))
        skip_existing = bicep.classic(bi) or arm.classic(ai)
        left = [r for r in bicep.by_instance[bi] if not (skip_existing and r["existing"])]
        right = [r for r in arm.by_instance[ai] if not (skip_existing and r["existing"])]
        level = match_level(left, right)
        for b, a in level:
            pairs.append((b["id"], a["id"], chain))
            if b["deploys"] is not None and a["deploys"] is not None:
                queue.append((b["deploys"], a["deploys"], chain + "/" + b["symbol"]))
        matched_b = {b["id"] for b, _ in level}
        matched_a = {a["id"] for _, a in level}
        unmatched += [("bicep", chain, r) for r in left if r["id"] not in matched_b]
        unmatched += [("arm", chain, r) for r in right if r["id"] not in matched_a]
    return pairs, unmatched


def match_level(left, right):
    pairs = []
    used_a = set()
    remaining = []
    by_name = defaultdict(list)
    for a in right:
        if a["name"] is not None:
            by_name[(a["type"], a["name"])].append(a)
    for b in left:
        candidates = [a for a in by_name.get((b["type"], b["name"]), []) if a["id"] not in used_a] if b["name"] else []
        if len(candidates) >= 1:
            pairs.append((b, candidates[0]))
            used_a.add(candidates[0]["id"])
        else:
            remaining.append(b)
    by_symbol = {a["symbol"]: a for a in right if a["id"] not in used_a}
    rest = []
    for b in remaining:
        a = by_symbol.get(b["symbol"])
        if a is not None and a["id"] not in used_a and a["type"] == b["type"]:
            pairs.append((b, a))
            used_a.add(a["id"])
        else:
            rest.append(b)
    by_type = defaultdict(list)
    for a in right:
        if a["id"] not in used_a:
            by_type[a["type"]].append(a)
    for b in rest:
        queue = by_type.get(b["type"])
        if queue:
            a = queue.pop(0)
            pairs.append((b, a))
            used_a.add(a["id"])
    return pairs


def normalise(value, side, mapping):
    """Traces point at declarations: compare them through the matching."""
    if isinstance(value, dict) and "resource" in value:
        target = mapping.get(value["resource"]) if mapping is not None else value["resource"]
        if target is None and side.resources.get(value["resource"], {}).get("existing"):
            return None  # an `existing` declaration classic ARM dropped: nothing left to trace to
        return ("trace", target if target is not None else "unmatched:" + side.label(value["resource"]), value["path"])
    return value


def b_id_instance(rid):
    return int(rid.split(":")[0])


a_id_instance = b_id_instance


def inherited_condition(side, resource):
    """A nested resource's own condition and those of the resources it is nested in, as the
    compiler joins them with and()."""
    conditions = [resource["condition"]]
    seen = 0
    while resource["parent"] is not None and seen < 64 and "::" in resource["symbol"]:
        resource = side.resources[resource["parent"]]
        conditions.append(resource["condition"])
        seen += 1
    for verdict in ("false", "unknown", "true"):
        if verdict in conditions:
            return verdict
    return "none"


def known(value):
    return value is not None and value != "unknown"


def compare_file(bicep_dump, arm_dump):
    bicep, arm = Side(bicep_dump), Side(arm_dump)
    pairs, unmatched = match_instances(bicep, arm)
    b_to_a = {b: a for b, a, _ in pairs}
    results = []  # (field, agree, detail)
    for b_id, a_id, chain in pairs:
        b, a = bicep.resources[b_id], arm.resources[a_id]
        where = f"{chain or '/'} {bicep.label(b_id)} [{b['symbol']}]"
        for field in FIELDS:
            bv, av = b[field], a[field]
            if field == "parent" and bv is not None:
                parent = bicep.resources[bv]
                if parent["existing"] and (bicep.classic(b_id_instance(bv)) or arm.classic(a_id_instance(a_id))):
                    bv = None  # classic ARM keeps no `existing` declaration to point at
                else:
                    bv = b_to_a.get(bv, "unmatched:" + bicep.label(bv))
            if field == "condition" and "::" in b["symbol"] and b["parent"] is not None:
                # The compiler gives a nested resource its enclosing resources' conditions too.
                bv = inherited_condition(bicep, b)
            results.append((field, bv == av, f"{where}: bicep={bv!r} arm={av!r}", known(bv) and known(av)))
        keys = set(b["properties"]) | set(a["properties"])
        for key in sorted(keys):
            bv = normalise(b["properties"].get(key, "<absent>"), bicep, b_to_a)
            av = normalise(a["properties"].get(key, "<absent>"), arm, None)
            results.append((key, bv == av, f"{where}: bicep={bv!r} arm={av!r}", known(bv) and known(av)))
    for b_instance, a_instance, chain in instance_pairs(bicep, arm, pairs):
        b_out = {k.lower(): v for k, v in bicep.instances[b_instance].get("outputs", {}).items()}
        a_out = {k.lower(): v for k, v in arm.instances[a_instance].get("outputs", {}).items()}
        for name in sorted(set(b_out) | set(a_out)):
            bv, av = b_out.get(name, "<absent>"), a_out.get(name, "<absent>")
            results.append(("output", bv == av, f"{chain or '/'} output {name}: bicep={bv!r} arm={av!r}",
                            known(bv) and known(av)))
        # Variables the compiler kept (it inlines those that read resources, and adds its own).
        b_var = {k.lower(): v for k, v in bicep.instances[b_instance].get("variables", {}).items()}
        a_var = {k.lower(): v for k, v in arm.instances[a_instance].get("variables", {}).items()}
        for name in sorted(set(b_var) & set(a_var)):
            bv, av = b_var[name], a_var[name]
            results.append(("variable", bv == av, f"{chain or '/'} variable {name}: bicep={bv!r} arm={av!r}",
                            known(bv) and known(av)))
    return pairs, unmatched, results


def instance_pairs(bicep, arm, pairs):
    """The root pair and every module instance pair reached through matched module declarations."""
    found = [(0, 0, "")]
    for b_id, a_id, chain in pairs:
        b, a = bicep.resources[b_id], arm.resources[a_id]
        if b["deploys"] is not None and a["deploys"] is not None:
            found.append((b["deploys"], a["deploys"], chain + "/" + b["symbol"]))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--armor", required=True)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--examples", type=int, default=5, help="examples shown per field")
    parser.add_argument("--only", help="substring a path must contain")
    parser.add_argument("--min-files", type=float, default=0, help="%% of files fully agreeing")
    parser.add_argument("--min-matched", type=float, default=0, help="%% of Bicep declarations matched")
    parser.add_argument("--min-agree", type=float, default=0, help="%% of compared values agreeing, every field")
    parser.add_argument("--min-known", type=int, default=0,
                        help="values agreeing on a known value, at least (the oracle must not go blind)")
    parser.add_argument("--field-min", action="append", default=[], metavar="FIELD=PCT",
                        help="a per-field threshold (repeatable)")
    parser.add_argument("--json", help="write every disagreement to this file")
    parser.add_argument("--rich", action="store_true",
                        help="synthesized arrays get one element and objects their required typed properties")
    parser.add_argument("--defaults-only", action="store_true",
                        help="no synthesized parameters file: required parameters stay unknown")
    args = parser.parse_args()

    files = []
    for root, _, names in os.walk(args.corpus):
        if "main.bicep" in names and "main.json" in names and (args.only is None or args.only in root):
            files.append((os.path.join(root, "main.bicep"), os.path.join(root, "main.json")))
    files.sort()

    with tempfile.TemporaryDirectory(prefix="armor-oracle-") as folder:
        def both(pair):
            parameters = None if args.defaults_only else synthesize_parameters(pair[1], folder, args.rich)
            return (run_model(args.armor, pair[0], args.timeout, parameters),
                    run_model(args.armor, pair[1], args.timeout, parameters))

        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(both, files))

    per_field = defaultdict(lambda: [0, 0, 0])
    examples = defaultdict(list)
    failures, full_agree, total_b, matched_b = [], 0, 0, 0
    unmatched_all = []
    report = []
    for (bicep_path, arm_path), ((bd, be), (ad, ae)) in zip(files, outcomes):
        rel = os.path.relpath(os.path.dirname(bicep_path), args.corpus)
        if bd is None or ad is None:
            failures.append(f"{rel}: bicep {be or 'ok'}, arm {ae or 'ok'}")
            continue
        pairs, unmatched, results = compare_file(bd, ad)
        b_unmatched = [u for u in unmatched if u[0] == "bicep"]
        total_b += len(pairs) + len(b_unmatched)
        matched_b += len(pairs)
        bad = [r for r in results if not r[1]]
        if not bad and not unmatched:
            full_agree += 1
        for field, agree, detail, both_known in results:
            per_field[field][0] += 1
            per_field[field][2] += both_known and agree
            if not agree:
                per_field[field][1] += 1
                if len(examples[field]) < args.examples:
                    shown = detail if len(detail) <= 600 else detail[:600] + " …"
                    examples[field].append(f"{rel}: {shown}")
                report.append({"file": rel, "field": field, "detail": detail})
        for side, chain, r in unmatched:
            unmatched_all.append(f"{rel}: {side} {chain or '/'} {r['type']} {r['name'] or '<' + r['symbol'] + '>'}")
            report.append({"file": rel, "field": "unmatched-" + side, "detail": f"{chain} {r['type']} {r['symbol']}"})

    compared = len(files) - len(failures)
    print(f"files: {len(files)}, compared {compared}, failed {len(failures)}")
    print(f"files fully agreeing: {full_agree}/{compared} ({pct(full_agree, compared):.1f}%)")
    print(f"bicep declarations matched: {matched_b}/{total_b} ({pct(matched_b, total_b):.2f}%), "
          f"unmatched declarations (both sides): {len(unmatched_all)}")
    total_values = sum(v[0] for v in per_field.values())
    total_known = sum(v[2] for v in per_field.values())
    total_bad = sum(v[1] for v in per_field.values())
    print(f"values agreeing: {total_values - total_bad}/{total_values} ({pct(total_values - total_bad, total_values):.2f}%), "
          f"of which known on both sides: {total_known}")
    print("\nper field (compared, disagreeing, % agreeing, agreeing on a known value):")
    for field in FIELDS + PROPERTIES + sorted(set(per_field) - set(FIELDS) - set(PROPERTIES)):
        if field not in per_field:
            continue
        n, bad, both = per_field[field]
        print(f"  {field:14} {n:7} {bad:6}  {pct(n - bad, n):6.2f}%  {both:7}")
    for field, lines in examples.items():
        print(f"\n{field}: {per_field[field][1]} disagreements, e.g.")
        for line in lines:
            print("  " + line)
    if unmatched_all:
        print(f"\nunmatched: {len(unmatched_all)}, e.g.")
        for line in unmatched_all[:args.examples]:
            print("  " + line)
    if failures:
        print("\nfailures:")
        for line in failures:
            print("  " + line)
    if args.json:
        with open(args.json, "w") as out:
            json.dump(report, out, indent=1)

    problems = []
    if pct(full_agree, compared) < args.min_files:
        problems.append(f"files fully agreeing {pct(full_agree, compared):.2f}% < {args.min_files}%")
    if pct(matched_b, total_b) < args.min_matched:
        problems.append(f"matched {pct(matched_b, total_b):.2f}% < {args.min_matched}%")
    if pct(total_values - total_bad, total_values) < args.min_agree:
        problems.append(f"values agreeing {pct(total_values - total_bad, total_values):.2f}% < {args.min_agree}%")
    if total_known < args.min_known:
        problems.append(f"values known on both sides {total_known} < {args.min_known}")
    for spec in args.field_min:
        field, _, threshold = spec.partition("=")
        n, bad, _ = per_field.get(field, [0, 0, 0])
        if pct(n - bad, n) < float(threshold):
            problems.append(f"{field} agreeing {pct(n - bad, n):.2f}% < {threshold}%")
    if failures:
        problems.append(f"{len(failures)} files could not be modelled")
    for problem in problems:
        print("FAIL: " + problem)
    return 1 if problems else 0


def pct(part, whole):
    return 100.0 * part / whole if whole else 100.0


if __name__ == "__main__":
    sys.exit(main())
