#!/usr/bin/env bash
# CI: the Bicep/ARM differential oracle over the avm-res corpus (see compare.py). Every main.bicep
# and its compiled main.json must give armor the same model, declaration by declaration: once
# with required parameters synthesized, once "rich" (nullable parameters, one-element arrays and
# typed object properties too, so loops and lambdas are exercised).
# Usage: Tests/oracle/run.sh [ARMOR] [extra compare.py options]
set -euo pipefail
cd "$(dirname "$0")/../.."
armor="${1:-$PWD/.build/release/armor}"
shift || true
corpus=../shared/corpus/avm-res
if [ ! -d "$corpus" ]; then
  echo "oracle skipped: $corpus is absent"
  exit 0
fi
# Thresholds are what holds now. Every field is exact but two: output (the evaluator does not
# know managementGroup().id inside extensionResourceId(); registry modules, which the compiler
# inlines and Bicep cannot read offline) and properties (the same registry modules, Bicep's
# loadTextContent() of a script the corpus leaves out, two main.json older than their main.bicep).
# --min-known: values known on both sides, so that the oracle cannot go blind and still pass.
exact=()
for field in type existing name parent condition deployed scope loop loopCount elementNames batchSize roleId principalId \
             principalType category authType target identity.type location kind publicNetworkAccess variable \
             enableSoftDelete \
             enablePurgeProtection addressPrefixes privateLinkService virtualNetwork; do
  exact+=(--field-min "$field=100")
done
python3 Tests/oracle/compare.py "$corpus" --armor "$armor" --jobs 2 --examples 3 "${exact[@]}" \
  --min-files 98.3 --min-matched 100 --min-agree 99.97 --min-known 35000 "$@"
python3 Tests/oracle/compare.py "$corpus" --armor "$armor" --jobs 2 --examples 3 --rich "${exact[@]}" \
  --min-files 98.3 --min-matched 100 --min-agree 99.97 --min-known 35000 "$@"
