#!/usr/bin/env bash
# Checks what CI delivery ships, as far as this machine can: the one-file binary runs from a
# copy outside the build folder with an empty environment (version with its commit, a lint, an
# LSP session), the YAML files parse and name only existing steps and inputs, the Dockerfile is
# two stages shipping the binary alone (and builds, when a Docker daemon is available).
# Usage: Tests/delivery/check.sh ARMOR_BINARY (built by ci/build-binary.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
built=${1:?usage: Tests/delivery/check.sh ARMOR_BINARY}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$built" "$work/armor"
cd "$work"

echo "-- the binary alone, env -i, from $work"
version=$(env -i ./armor --version)
echo "$version"
[[ "$version" =~ ^armor\ [0-9]+\.[0-9]+\.[0-9]+\ \(commit\ [0-9a-f]{7,40}\)$ ]] \
  || { echo "check.sh: '--version' does not name a version and a commit"; exit 1; }
if [ "$(uname -s)" = Linux ]; then
  if ldd ./armor >/dev/null 2>&1; then echo "check.sh: the Linux binary is not static:"; ldd ./armor; exit 1; fi
  echo "static executable (ldd: not a dynamic executable)"
fi
set +e
env -i ./armor lint "$root/Samples" --format concise > lint.txt
status=$?
set -e
[ "$status" -eq 1 ] || { echo "check.sh: lint of Samples exited $status, expected 1"; exit 1; }
echo "lint Samples: $(wc -l < lint.txt) findings, exit 1"
frame() { printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"; }
{ frame '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
  frame '{"jsonrpc":"2.0","id":2,"method":"shutdown"}'
  frame '{"jsonrpc":"2.0","method":"exit"}'; } > session.bin
set +e
env -i ./armor lsp < session.bin > replies.bin
status=$?
set -e
[ "$status" -eq 0 ] && grep -q '"hoverProvider":true' replies.bin \
  || { echo "check.sh: armor lsp session failed (exit $status)"; cat replies.bin; exit 1; }
echo "lsp: initialize/shutdown/exit, exit 0"
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --warmup 20 --runs 200 --style basic './armor --version' 2>/dev/null | grep -E 'Time' || true
fi

echo "-- YAML"
cd "$root"
python3 -c 'import yaml' 2>/dev/null \
  || python3 -m pip install --quiet --disable-pip-version-check pyyaml >/dev/null 2>&1 \
  || python3 -m pip install --quiet --break-system-packages pyyaml
python3 Tests/delivery/check_yaml.py "$root"

echo "-- Dockerfile"
[ "$(grep -c '^FROM ' Dockerfile)" -eq 2 ] || { echo "check.sh: the Dockerfile is not two stages"; exit 1; }
grep -q '^COPY --from=build /out/armor /armor$' Dockerfile || { echo "check.sh: the final stage does not ship /armor"; exit 1; }
grep -q 'ci/build-binary.sh' Dockerfile && [ -x ci/build-binary.sh ] || { echo "check.sh: the Dockerfile's build script is missing"; exit 1; }
if [ "${ARMOR_DOCKER_BUILD:-}" = 1 ] && docker info >/dev/null 2>&1; then
  docker build -t armor-check --build-arg ARMOR_COMMIT="$(git rev-parse --short=12 HEAD)" .
  docker run --rm armor-check --version
else
  echo "docker build skipped (set ARMOR_DOCKER_BUILD=1 with a Docker daemon to run it)"
fi
echo "delivery checks passed"
