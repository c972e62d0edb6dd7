#!/bin/sh
# Fuzzes the JSON reader, the ARM expression parser and the ARM front end + dependency graph
# with libFuzzer + AddressSanitizer.
#   Tests/Fuzz/run-json-fuzz.sh [seconds]     (default 180)
# Crashing inputs are written to .build/fuzz/ as crash-*; rerun one with
#   .build/fuzz/json-fuzz .build/fuzz/crash-…
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/.build/fuzz"
seconds=${1:-180}
mkdir -p "$out/corpus"

# One module from the library targets (their `import Armor…` lines dropped): the harness calls
# package-level API of several targets directly.
rm -rf "$out/src" && mkdir -p "$out/src"
for f in $(find "$root/Sources/ArmorBase" "$root/Sources/ArmorSyntax" "$root/Sources/ArmorAnalysis" \
               "$root/Sources/ArmorRules" "$root/Sources/ArmorKit" -name '*.swift' | sort); do
    grep -v '^import Armor' "$f" > "$out/src/$(echo "$f" | cksum | cut -d' ' -f1)-$(basename "$f")"
done
# The rule pages ArmorKit embeds are generated at build time (RulePagesPlugin): run the same generator.
swiftc -O "$root/Sources/RulePagesGenerator/main.swift" -o "$out/rule-pages-generator"
"$out/rule-pages-generator" "$root/Rules" "$root/Sources/ArmorBase/Diagnostics/RuleID.swift" \
    "$out/RulePages+Generated.swift"
grep -v '^import Armor' "$out/RulePages+Generated.swift" > "$out/src/RulePages+Generated.swift"
swiftc -parse-as-library -sanitize=fuzzer,address -O -module-name ArmorFuzz -package-name armor \
    "$out"/src/*.swift "$root/Tests/Fuzz/JSONFuzzEntry.swift" \
    -o "$out/json-fuzz"

# Seeds: the hand-written ones plus the small compiled templates of the corpus, if present.
cp "$root"/Tests/Fuzz/seeds/* "$out/corpus/" 2>/dev/null || true
if [ -d "$root/../shared/corpus/avm-res" ]; then
    find "$root/../shared/corpus/avm-res" -name main.json -size -24k | head -n 60 | while read -r f; do
        cp "$f" "$out/corpus/$(echo "$f" | cksum | cut -d' ' -f1).json"
    done
fi

cd "$out"
exec ./json-fuzz -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=4096 \
    -dict="$root/Tests/Fuzz/arm.dict" -print_final_stats=1 corpus
