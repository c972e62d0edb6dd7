#!/usr/bin/env bash
# Fuzzes armor's input paths with libFuzzer + AddressSanitizer, each target for a bounded time:
#   Tests/Fuzz/run.sh [seconds-per-target] [target…]     (default 45; all four targets)
# Targets (FuzzEntry.swift): bicep (lexer, parser, front end, graph, rules), json (JSON reader,
# ARM front end, graph, rules), arm-expression (the ARM expression parser), script (the
# teardown-script lexer and scanner). Seeds: Tests/Fuzz/seeds/<target>/ (hand seeds and past
# crash reproducers) plus a deterministic sample of ../shared/corpus when it is present.
# Fails on any crash, timeout (-timeout=10) or out-of-memory (-rss_limit_mb=2048); the input is
# kept as .build/fuzz/artifacts/<target>/crash-… (or timeout-…, oom-…). Rerun one with
#   ARMOR_FUZZ_TARGET=<target> .build/fuzz/armor-fuzz .build/fuzz/artifacts/<target>/crash-…
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/.build/fuzz"
corpus="$root/../shared/corpus"
seconds=${1:-45}
shift || true
targets=${*:-bicep json arm-expression script}
mkdir -p "$out"

# 1. The toolchain must have libFuzzer (swiftc -sanitize=fuzzer): say so plainly if not.
cat > "$out/probe.swift" <<'EOF'
@_cdecl("LLVMFuzzerTestOneInput")
public func probe(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { 0 }
EOF
if ! swiftc -parse-as-library -sanitize=fuzzer,address "$out/probe.swift" -o "$out/probe" > "$out/probe.log" 2>&1; then
    cat "$out/probe.log"
    echo "fuzz: this Swift toolchain cannot build with -sanitize=fuzzer,address (libFuzzer missing?)"
    exit 1
fi

# 2. One binary from the sources of the library targets the entry needs, as one module (their
#    `import Armor…` lines dropped: the entry calls package-level API), rebuilt only when a
#    source changed.
sources=$(find "$root/Sources/ArmorBase" "$root/Sources/ArmorSyntax" "$root/Sources/ArmorAnalysis" \
               "$root/Sources/ArmorRules" -name '*.swift' | LC_ALL=C sort)
flags="-parse-as-library -sanitize=fuzzer,address -O -num-threads 2 -module-name ArmorFuzz -package-name armor"
stamp=$( (echo "$flags"; swiftc --version 2>&1; cat $sources "$here/FuzzEntry.swift") | cksum)
if [ -x "$out/armor-fuzz" ] && [ "$(cat "$out/armor-fuzz.stamp" 2>/dev/null)" = "$stamp" ]; then
    echo "fuzz: armor-fuzz is up to date"
else
    rm -rf "$out/src" && mkdir -p "$out/src"
    for f in $sources; do
        grep -v '^import Armor' "$f" > "$out/src/$(echo "$f" | cksum | cut -d' ' -f1)-$(basename "$f")"
    done
    start=$(date +%s)
    # (gold's "Cannot export local symbol '__asan_…'" warnings are noise)
    # shellcheck disable=SC2086
    swiftc $flags "$out"/src/*.swift "$here/FuzzEntry.swift" -o "$out/armor-fuzz" 2>&1 \
        | { grep -v "warning: Cannot export local symbol" || true; }
    echo "$stamp" > "$out/armor-fuzz.stamp"
    echo "fuzz: armor-fuzz built in $(( $(date +%s) - start )) s"
fi

# 3. Seeds: the hand seeds plus an even sample of the corpus (every n-th of a sorted list).
sample() { # sample <count>: every n-th line of stdin, about <count> of them
    awk -v want="$1" '{ line[NR] = $0 } END { step = NR / want; if (step < 1) step = 1;
        for (i = 1; i <= NR; i += step) print line[int(i)] }'
}
seed() { # seed <target> < paths
    while read -r f; do cp "$f" "$out/seeds/$1/$(echo "$f" | cksum | cut -d' ' -f1)-$(basename "$f")"; done
}
rm -rf "$out/seeds"
for t in bicep json arm-expression script; do
    mkdir -p "$out/seeds/$t" "$out/work/$t" "$out/artifacts/$t"
    cp "$here/seeds/$t"/* "$out/seeds/$t/" 2>/dev/null || true
done
if [ -d "$corpus" ]; then
    find "$corpus" -name '*.bicep' -size -6k | LC_ALL=C sort | sample 120 | seed bicep
    find "$corpus" -name '*.bicepparam' -size -6k | LC_ALL=C sort | sample 10 | seed bicep
    find "$corpus" -name '*.json' -size -24k | LC_ALL=C sort \
        | { tr '\n' '\0' | xargs -0 grep -l '"resources"' || true; } | sample 80 | seed json
    find "$corpus" -name '*.sh' -o -name '*.ps1' -o -name '*.bash' | LC_ALL=C sort | seed script
    # Expressions: the distinct "[…]" strings of the sampled templates, without the brackets.
    cat "$out/seeds/json"/* | { grep -o '"\[[^"[][^"]*\]"' || true; } | sed 's/^"\[//; s/\]"$//' | LC_ALL=C sort -u \
        | sample 200 | awk -v dir="$out/seeds/arm-expression" '{ printf "%s", $0 > (dir "/corpus-" NR); close(dir "/corpus-" NR) }'
else
    echo "fuzz: $corpus is absent: hand seeds only"
fi

# 4. Each target for its share of the time; every failure reported, then a non-zero exit.
failed=""
for t in $targets; do
    case $t in
        bicep|json) len=16384 ;;
        *) len=4096 ;;
    esac
    log="$out/$t.log"
    rm -rf "$out/artifacts/$t" && mkdir -p "$out/artifacts/$t"
    set +e
    ARMOR_FUZZ_TARGET=$t ASAN_OPTIONS=detect_leaks=0 "$out/armor-fuzz" -max_total_time="$seconds" \
        -timeout=10 -rss_limit_mb=2048 -max_len=$len -detect_leaks=0 -print_final_stats=1 \
        -dict="$here/$t.dict" -artifact_prefix="$out/artifacts/$t/" \
        "$out/work/$t" "$out/seeds/$t" > "$log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    summary=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' || true)
    if [ "$status" -eq 0 ]; then
        echo "fuzz: $t: ${runs:-?} inputs in ${seconds} s, $summary, no crash"
    else
        failed="$failed $t"
        echo "fuzz: $t FAILED (exit $status); the end of $log:"
        tail -n 60 "$log"
        ls -1 "$out/artifacts/$t/" | sed "s|^|  $out/artifacts/$t/|"
        echo "  rerun: ARMOR_FUZZ_TARGET=$t $out/armor-fuzz <that file>"
    fi
done
if [ -n "$failed" ]; then
    echo "fuzz: crashes, timeouts or out-of-memory in:$failed"
    exit 1
fi
