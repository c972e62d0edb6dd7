#!/usr/bin/env bash
# Inputs whose cost used to grow faster than their size (quadratic, cubic or exponential): each
# must now finish well inside a limit that the old behaviour exceeded many times over, and end
# with findings or a clean run (exit 0 or 1), never a crash, a hang or a usage error.
# Usage: Tests/bench/scaling.sh path/to/armor [seconds per case, default 5]
set -euo pipefail
armor=$1
limit=${2:-5}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" <<'PY'
import sys, os
d = sys.argv[1]
schema = '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", "contentVersion": "1.0.0.0", '
def write(name, text):
    with open(os.path.join(d, name), 'w', newline='') as f: f.write(text)
res = lambda i, extra='': f"resource sa{i} 'Microsoft.Storage/storageAccounts@2023-01-01' = {{\n  name: 'sa{i}x'\n  location: location\n{extra}}}\n"
write('independent-10000.bicep', "param location string = 'westeurope'\n" + ''.join(res(i) for i in range(10000)))
write('chain-10000.bicep', "param location string = 'westeurope'\n" + ''.join(res(i, f"  dependsOn: [ sa{i-1} ]\n" if i else '') for i in range(10000)))
arm = ', '.join('{"type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-01-01", "name": "sa%dx", "location": "westeurope", "dependsOn": [%s]}'
                % (i, f"\"[resourceId('Microsoft.Storage/storageAccounts', 'sa{i-1}x')]\"" if i else '') for i in range(10000))
write('chain-10000.json', schema + '"resources": [' + arm + ']}')
write('nested-100000.json', schema + '"resources": [], "variables": {"v": ' + '{"a": ' * 100000 + '1' + '}' * 100000 + '}}')
with open(os.path.join(d, 'nul-65536.bicep'), 'wb') as f: f.write(b'var x = 1\n' + b'\0' * 65536 + b'\n')
write('unclosed-loops-20000.sh', 'for x in a b; do\n' * 20000 + 'az keyvault delete -n kv\n')
os.makedirs(os.path.join(d, 'globs', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'))
write('globs/armor.json', '{"exclude": ["*a*a*a*a*a*a*a*a*b", "**/**/**/legacy/**"]}')
write('globs/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/main.bicep', "param location string = 'westeurope'\n")
PY

failed=0
run() {
  local label=$1; shift
  local start end status
  start=$(date +%s.%N)
  set +e
  timeout "$limit" "$armor" "$@" > /dev/null 2>&1
  status=$?
  set -e
  end=$(date +%s.%N)
  local took
  took=$(python3 -c "print(f'{$end - $start:.3f}')")
  if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    echo "FAIL $label: exit $status after ${took}s (limit ${limit}s)"
    failed=1
  else
    echo "ok   $label: ${took}s"
  fi
}
run "lint 10,000 independent resources (Bicep)" lint "$dir/independent-10000.bicep"
run "lint a 10,000-resource dependsOn chain (Bicep)" lint "$dir/chain-10000.bicep"
run "plan a 10,000-resource dependsOn chain (Bicep)" plan "$dir/chain-10000.bicep"
run "plan --teardown of 10,000 independent resources" plan "$dir/independent-10000.bicep" --teardown --format az
run "lint a 10,000-resource chain on one line (ARM)" lint "$dir/chain-10000.json"
run "lint 100,000 nested JSON objects" lint "$dir/nested-100000.json"
run "lint 64 KiB of NUL bytes on one line" lint "$dir/nul-65536.bicep"
run "lint a script of 20,000 loops that never close" lint "$dir/unclosed-loops-20000.sh"
run "exclude globs *a*a*…b and **/**/**/legacy/**" lint "$dir/globs"
exit $failed
