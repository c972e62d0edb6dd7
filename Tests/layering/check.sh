#!/usr/bin/env bash
# The pipeline's layering, checked on the sources: a target imports only the targets below it
# (Package.swift declares the same chain, so SwiftPM refuses a back-edge at build time; this check
# says which file holds it, without a build). Exit 1 on a back-edge.
set -euo pipefail
cd "$(dirname "$0")/../.."
chain=(ArmorBase ArmorSyntax ArmorAnalysis ArmorRules ArmorKit)
status=0
for i in "${!chain[@]}"; do
  target=${chain[$i]}
  for j in "${!chain[@]}"; do
    [ "$j" -ge "$i" ] || continue
    [ "$j" -eq "$i" ] && continue
    above=${chain[$j]}
    if hits=$(grep -rln "^\(@testable \)\?import $above\$" "Sources/$target"); then
      echo "back-edge: $target imports $above in:"; echo "$hits" | sed 's/^/  /'; status=1
    fi
  done
done
[ "$status" -eq 0 ] && echo "layering: ${chain[*]} (no back-edge)"
exit $status
