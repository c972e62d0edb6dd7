#!/usr/bin/env bash
# Checks the README's editor set-ups against armor's real `--format concise` output:
# the VS Code problem-matcher regex in Node (VS Code's own regex engine), the nvim-lint Lua
# pattern in Lua, and the Vim
# errorformat in Vim (`:cgetfile`, as `:make` and efm-langserver use it). Skips a tool that
# is not installed, and says so.
#
# Usage: Tests/precommit/editors.sh [path/to/armor]   (default: builds and uses .build/debug/armor)
set -euo pipefail

checkout="$(cd "$(dirname "$0")/../.." && pwd)"
armor="${1:-}"
if [ -z "$armor" ]; then
    swift build --package-path "$checkout" --product armor >/dev/null
    armor="$checkout/.build/debug/armor"
fi
armor="$(cd "$(dirname "$armor")" && pwd)/$(basename "$armor")"   # the script changes folder

work="$(mktemp -d "${TMPDIR:-/tmp}/armor-editors.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > main.bicep <<'BICEP'
resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'acct'
  location: 'eastus'
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: {}
}

resource kv 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'kv'
  properties: { category: 'AzureKeyVault', target: 'https://kv.vault.azure.net/', authType: 'AAD' }
}

#disable-next-line keyvault-frist
resource blob 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'blob'
  properties: { category: 'AzureBlob', target: 'https://st.blob.core.windows.net/', authType: 'AAD' }
}
BICEP
"$armor" lint --format concise --fail-level none main.bicep > out.txt
cat out.txt
expected=$(wc -l < out.txt)
if [ "$expected" -lt 3 ]; then echo "FAIL: expected an error, a warning and an info finding" >&2; exit 1; fi
for severity in error warning info; do
    grep -q ": $severity \[" out.txt || { echo "FAIL: no $severity finding to test with" >&2; exit 1; }
done

status=0
if command -v node >/dev/null; then
    node - out.txt <<'JS' || status=1
// README "Editors": the VS Code problem matcher's regexp, as written in tasks.json.
const tasks = {"regexp": "^(.*):(\\d+):(\\d+): (error|warning|info) \\[([^\\]]+)\\] (.*)$"};
const re = new RegExp(tasks.regexp);
const lines = require('fs').readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.length);
let bad = 0;
for (const line of lines) {
  const m = re.exec(line);
  if (!m || m[1] !== 'main.bicep' || !m[5] || !m[6]) { console.error('no match: ' + line); bad++; continue; }
  console.log(`vscode: ${m[1]} line ${m[2]} col ${m[3]} ${m[4]} [${m[5]}]`);
}
process.exit(bad ? 1 : 0);
JS
else
    echo "skip: node not installed (VS Code regex)"
fi

lua=$(command -v lua5.4 || command -v lua || command -v luajit || true)
if [ -n "$lua" ]; then
    # README "Editors": the nvim-lint pattern (Lua patterns are what nvim-lint's from_pattern uses).
    "$lua" - out.txt <<'LUA' || status=1
local pattern = '^(.+):(%d+):(%d+): (%a+) %[([^%]]+)%] (.*)$'
local bad, count = 0, 0
for line in io.lines(arg[1]) do
  if #line > 0 then
    count = count + 1
    local file, lnum, col, severity, code, message = line:match(pattern)
    local known = severity == 'error' or severity == 'warning' or severity == 'info'
    if file ~= 'main.bicep' or not tonumber(lnum) or not tonumber(col) or not known or not code or not message then
      io.stderr:write('no match: ' .. line .. '\n')
      bad = bad + 1
    else
      print(string.format('nvim-lint: %s line %s col %s %s [%s]', file, lnum, col, severity, code))
    end
  end
end
os.exit(bad == 0 and count > 0)
LUA
else
    echo "skip: lua not installed (nvim-lint pattern)"
fi

if command -v vim >/dev/null; then
    # README "Editors": the generic errorformat.
    cat > efm.vim <<'VIM'
set errorformat=%f:%l:%c:\ %t%*[a-z]\ %m
cgetfile out.txt
redir! > qf.txt
for e in getqflist()
  echo 'vim: ' . bufname(e.bufnr) . ' line ' . e.lnum . ' col ' . e.col . ' type ' . e.type . ' valid ' . e.valid . ' ' . e.text
endfor
redir END
qa!
VIM
    vim -Nu NONE -es -S efm.vim || true
    sed '/^$/d' qf.txt; echo
    valid=$(grep -c "^vim: main.bicep line [0-9]* col [0-9]* type [ewi] valid 1 \[" qf.txt || true)
    if [ "$valid" -ne "$expected" ]; then echo "FAIL: errorformat parsed $valid of $expected lines" >&2; status=1; fi
else
    echo "skip: vim not installed (errorformat)"
fi

if [ "$status" -ne 0 ]; then exit 1; fi
echo "editor patterns: OK"
