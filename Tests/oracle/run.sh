#!/usr/bin/env bash
# CI: the Bicep/ARM differential oracle over the avm-res corpus (see compare.py). Every main.bicep
# and its compiled main.json must give armor the same model, declaration by declaration.
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
python3 Tests/oracle/compare.py "$corpus" --armor "$armor" --jobs 2 \
  --min-files 100 --min-matched 100 --min-agree 100 --min-known 21000 "$@"
