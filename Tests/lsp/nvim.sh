#!/usr/bin/env bash
# `armor lsp` with a real client: headless Neovim's built-in LSP client opens a template with
# a mistake, prints armor's diagnostics, applies a quick fix (the count must drop), and times the
# diagnostics after an edit of a ~50 kB template. Installs neovim with apt-get when absent; skips
# (exit 0, with a message) only when it cannot be installed. Usage: Tests/lsp/nvim.sh [ARMOR_BINARY]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
armor=${1:-$root/.build/debug/armor}
[ -x "$armor" ] || { echo "nvim.sh: no armor binary at $armor (build first)"; exit 1; }

if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim.sh: installing neovim"
  sudo=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo="sudo -n"
  { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim; } >/dev/null 2>&1 || true
fi
if ! command -v nvim >/dev/null 2>&1; then
  echo "nvim.sh: SKIPPED: neovim is not installed and apt-get could not install it"
  exit 0
fi
nvim --version | head -1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The bad example of Rules/unnecessary-dependson.md: two unnecessary dependsOn entries.
sed -n '/^```bicep bad/,/^```$/p' Rules/unnecessary-dependson.md | sed '1d;$d' > "$work/main.bicep"
# ~50 kB: the same mistakes, then a chain of storage accounts.
{
  cat "$work/main.bicep"
  for i in $(seq 1 200); do
    cat <<BICEP
resource storage$i 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'stlspbench$i'
  location: location
  sku: { name: 'Standard_LRS' }
  kind: 'StorageV2'
  properties: { minimumTlsVersion: 'TLS1_2' }
  dependsOn: [$( [ "$i" -gt 1 ] && echo "storage$((i - 1))" || echo "account")]
}

BICEP
  done
} > "$work/large.bicep"

out=$(cd "$work" && ARMOR="$armor" SMALL="$work/main.bicep" LARGE="$work/large.bicep" \
  timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $root/Tests/lsp/client.lua" 2>&1) || {
  echo "$out"; echo "nvim.sh: FAILED (neovim exited with an error)"; exit 1; }
echo "$out"
grep -q '^OK$' <<<"$out" || { echo "nvim.sh: FAILED (no OK line)"; exit 1; }
# The finding sits on the redundant entry itself: the line of `dependsOn: [account]`.
entry=$(grep -n 'dependsOn: \[account\]' "$work/main.bicep" | head -1 | cut -d: -f1)
grep -Eq "main.bicep:$entry:[0-9]+: \[unnecessary-dependson\]" <<<"$out" \
  || { echo "nvim.sh: FAILED (the unnecessary-dependson finding on line $entry is missing)"; exit 1; }
grep -q '^diagnostics after the quick fix .*: 0 ' <<<"$out" \
  || { echo "nvim.sh: FAILED (the quick fix did not remove the last finding)"; exit 1; }
echo "nvim.sh: passed"
