#!/usr/bin/env bash
# armor against what users would otherwise run (checkov; tree-sitter-bicep for parsing), on the
# shared corpus: wall time (hyperfine) and peak RSS (/usr/bin/time), then one Markdown table.
#
# NOT part of CI: it installs heavy tools (checkov, hyperfine). It is the source of the README
# numbers. Run from anywhere:   Tests/bench/compare.sh
#
# Environment (all optional):
#   ARMOR_CORPUS   corpus folder            (default: <package>/../shared/corpus/avm-res)
#   BENCH_OUT      results folder           (default: <package>/.build/bench)
#   BENCH_VENV     Python venv for checkov  (default: ~/.cache/armor-bench/venv)
#   BENCH_RUNS     hyperfine runs, fast cases (default 20); BENCH_SLOW_RUNS for checkov (default 5);
#   BENCH_CORPUS_RUNS  checkov whole-corpus runs (default 3)
#   BENCH_SKIP_INSTALL=1  use what is installed; skip tools that are missing
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CORPUS="$(cd "${ARMOR_CORPUS:-$ROOT/../shared/corpus/avm-res}" && pwd)"
OUT="${BENCH_OUT:-$ROOT/.build/bench}"
VENV="${BENCH_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/armor-bench/venv}"
RUNS="${BENCH_RUNS:-20}"
SLOW_RUNS="${BENCH_SLOW_RUNS:-5}"
CORPUS_RUNS="${BENCH_CORPUS_RUNS:-3}"
ARMOR="$ROOT/.build/release/armor"
BENCH="$ROOT/.build/release/armor-bench"
# Checkov must never wait on its SaaS: --skip-download stops the guideline/policy download.
CHECKOV_FLAGS=(--skip-download --quiet --compact)

mkdir -p "$OUT"
rm -f "$OUT"/rows.tsv
say() { printf '\n== %s\n' "$*"; }

# ---------------------------------------------------------------- build and install
say "build (release)"
(cd "$ROOT" && swift build -c release --product armor && swift build -c release --product armor-bench)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

if ! command -v hyperfine >/dev/null; then
    [ "${BENCH_SKIP_INSTALL:-}" = 1 ] && { echo "hyperfine missing"; exit 2; }
    say "install hyperfine"
    as_root apt-get install -y hyperfine || { as_root apt-get update && as_root apt-get install -y hyperfine; }
fi

if [ "${BENCH_SKIP_INSTALL:-}" != 1 ]; then
    say "install checkov and tree-sitter-bicep into $VENV"
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q checkov
    "$VENV/bin/pip" install -q tree-sitter tree-sitter-bicep \
        || echo "tree-sitter-bicep not installable: its parse rate is skipped"
fi
CHECKOV="$VENV/bin/checkov"
[ -x "$CHECKOV" ] || CHECKOV="$(command -v checkov || true)"

# ---------------------------------------------------------------- machine facts
say "machine"
{
    echo "date:    $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "cpu:     $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), nproc $(nproc)"
    echo "memory:  $(free -g | awk '/Mem:/ {print $2}') GiB"
    echo "kernel:  $(uname -sr)"
    echo "swift:   $(swift --version 2>&1 | head -1)"
    echo "armor:   $("$ARMOR" version) ($(du -h "$ARMOR" | cut -f1) binary; $(ldd "$ARMOR" | grep -c '=>') shared libraries)"
    [ -n "$CHECKOV" ] && echo "checkov: $("$CHECKOV" --version 2>/dev/null)"
    echo "hyperfine: $(hyperfine --version)"
    echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

# ---------------------------------------------------------------- inputs
# Fixed, reproducible inputs. The named module file is one checkov cannot parse (it reports a
# parsing error and runs no check), so a file checkov does parse is measured as well.
ONE_A="$CORPUS/avm/res/cognitive-services/account/main.bicep"
ONE_B="$CORPUS/avm/res/cdn/profile/tests/e2e/waf-aligned/main.test.bicep"
mapfile -t FIFTY < <(find "$CORPUS" -name '*.bicep' | LC_ALL=C sort | head -50)
find "$CORPUS" -name '*.bicep' -print0 | LC_ALL=C sort -z > "$OUT/bicep.list0"
# Every Bicep file and every ARM template (any deployment scope) for 'armor graph'.
{ cat "$OUT/bicep.list0"
  find "$CORPUS" -name '*.json' -print0 | xargs -0 grep -ilZ 'DeploymentTemplate.json#' | LC_ALL=C sort -z
} > "$OUT/graph.list0"
GRAPH_COUNT=$(tr -cd '\0' < "$OUT/graph.list0" | wc -c)
kib() { echo $(( $(stat -c %s "$1") / 1024 )); }

# ---------------------------------------------------------------- measuring
# bench TOOL CASE RUNS WARMUP COMMAND...: hyperfine (no shell when the command is one program)
# plus one /usr/bin/time run for peak RSS (the largest single process, children included).
bench() {
    local tool="$1" label="$2" runs="$3" warmup="$4"; shift 4
    local slug; slug="$(echo "$tool-$label" | tr -c 'A-Za-z0-9\n' '-' | tr -s '-')"
    local shell_opt=(-N)
    [ "$1" = sh ] && shell_opt=()
    local quoted; quoted="$(printf '%q ' "$@")"
    [ "$1" = sh ] && quoted="$3"
    hyperfine "${shell_opt[@]}" -i --style basic --warmup "$warmup" --runs "$runs" \
        --export-json "$OUT/$slug.json" --command-name "$tool: $label" "$quoted"
    local rss
    /usr/bin/time -o "$OUT/$slug.rss" -f '%M' "$@" >/dev/null 2>&1 || true
    rss="$(tail -1 "$OUT/$slug.rss")"
    python3 - "$OUT/$slug.json" "$tool" "$label" "$rss" >> "$OUT/rows.tsv" <<'EOF'
import json, sys
path, tool, label, rss = sys.argv[1:]
r = json.load(open(path))["results"][0]
mean, sd = r["mean"], r["stddev"] or 0.0
fmt = (lambda s: f"{s:.2f} s") if mean >= 1 else (lambda s: f"{s * 1000:.1f} ms")
print(f"{tool}\t{label}\t{fmt(mean)} ± {fmt(sd)}\t{fmt(r['min'])}\t{int(rss) / 1024:.1f} MiB\t{len(r['times'])}")
EOF
}

say "one file"
bench armor "one file: cognitive-services/account ($(kib "$ONE_A") KiB)" "$RUNS" 5 "$ARMOR" lint "$ONE_A"
bench armor "one file: cdn/profile waf test ($(kib "$ONE_B") KiB)" "$RUNS" 5 "$ARMOR" lint "$ONE_B"
if [ -n "$CHECKOV" ]; then
    bench checkov "one file: cognitive-services/account ($(kib "$ONE_A") KiB; parse error, 0 checks)" \
        "$SLOW_RUNS" 1 "$CHECKOV" "${CHECKOV_FLAGS[@]}" --framework bicep -f "$ONE_A"
    bench checkov "one file: cdn/profile waf test ($(kib "$ONE_B") KiB)" \
        "$SLOW_RUNS" 1 "$CHECKOV" "${CHECKOV_FLAGS[@]}" --framework bicep -f "$ONE_B"
fi

say "50 files (a pre-commit run)"
bench armor "50 .bicep files" "$RUNS" 3 "$ARMOR" lint "${FIFTY[@]}"
[ -n "$CHECKOV" ] && bench checkov "50 .bicep files" "$SLOW_RUNS" 1 \
    "$CHECKOV" "${CHECKOV_FLAGS[@]}" --framework bicep -f "${FIFTY[@]}"

say "whole corpus"
bench armor "whole corpus (Bicep + ARM)" "$RUNS" 2 "$ARMOR" lint "$CORPUS"
if [ -n "$CHECKOV" ]; then
    bench checkov "whole corpus, --framework bicep" "$CORPUS_RUNS" 1 \
        "$CHECKOV" "${CHECKOV_FLAGS[@]}" --framework bicep -d "$CORPUS"
    bench checkov "whole corpus, --framework bicep arm" "$CORPUS_RUNS" 1 \
        "$CHECKOV" "${CHECKOV_FLAGS[@]}" --framework bicep arm -d "$CORPUS"
fi
bench armor "graph, one process per file ($GRAPH_COUNT files)" "$SLOW_RUNS" 1 \
    sh -c "xargs -0 -n1 '$ARMOR' graph --format json < '$OUT/graph.list0' > /dev/null"

say "start-up: armor lint of a one-line file vs cat"
printf "param location string = 'westeurope'\n" > "$OUT/one-line.bicep"
bench cat "one-line file" 200 20 cat "$OUT/one-line.bicep"
bench armor "one-line file" 200 20 "$ARMOR" lint "$OUT/one-line.bicep"

# ---------------------------------------------------------------- parse failures
say "parse failures over the corpus .bicep files"
GRAPH_FAILS=0
while IFS= read -r -d '' file; do
    "$ARMOR" graph "$file" >/dev/null 2>&1 || { GRAPH_FAILS=$((GRAPH_FAILS + 1)); echo "$file"; }
done < "$OUT/bicep.list0" > "$OUT/parse-failures-armor.txt"
BICEP_COUNT=$(tr -cd '\0' < "$OUT/bicep.list0" | wc -c)
{
    echo "armor: $GRAPH_FAILS of $BICEP_COUNT .bicep files have errors ('armor graph' exit status 1)"
    if [ -x "$VENV/bin/python" ]; then
        "$VENV/bin/python" "$ROOT/Tests/bench/parse_failures.py" "$CORPUS" --list-dir "$OUT"
    else
        echo "tree-sitter-bicep, pycep: skipped (no venv)"
    fi
} | tee "$OUT/parse-failures.txt"

# ---------------------------------------------------------------- stage throughput
say "armor-bench (stage throughput)"
(cd "$ROOT" && "$BENCH" "$CORPUS" --armor "$ARMOR" --rounds 3) | tee "$OUT/armor-bench.txt"

# ---------------------------------------------------------------- table
say "results"
{
    echo "Machine: $(sed -n 's/^cpu: *//p' "$OUT/machine.txt"); load average at start $(sed -n 's/^load: *//p' "$OUT/machine.txt")"
    echo
    echo "| tool | case | wall time (mean ± σ) | min | peak RSS | runs |"
    echo "|---|---|---|---|---|---|"
    awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "$OUT/rows.tsv"
    echo
    sed 's/^/- /' "$OUT/parse-failures.txt"
} | tee "$OUT/results.md"
echo
echo "Raw hyperfine JSON, failure lists and armor-bench output: $OUT"
