#!/usr/bin/env bash
# Builds the one-file armor that CI, the Docker image and releases ship, and copies it to OUT.
#   ci/build-binary.sh OUT
# Linux: a static executable (-static-executable: no libc, libstdc++ or Swift runtime needed at
# run time; `armor --version` starts in about 1 ms, against 2.7 ms for --static-swift-stdlib).
# macOS: Apple forbids static executables; the Swift runtime is part of the OS.
# `armor --version` names the commit: ARMOR_COMMIT if set, else `git rev-parse` of this checkout.
set -euo pipefail
out=${1:?usage: ci/build-binary.sh OUT}
cd "$(dirname "$0")/.."
if [ -z "${ARMOR_COMMIT:-}" ] && git rev-parse --short=12 HEAD >/dev/null 2>&1; then
  ARMOR_COMMIT=$(git rev-parse --short=12 HEAD)
fi
export ARMOR_COMMIT=${ARMOR_COMMIT:-}
case "$(uname -s)" in
  Linux) swift build -c release --product armor -Xswiftc -static-executable ;;
  *) swift build -c release --product armor ;;
esac
mkdir -p "$(dirname "$out")"
cp "$(swift build -c release --product armor --show-bin-path)/armor" "$out"
strip "$out" 2>/dev/null || true
"$out" --version
