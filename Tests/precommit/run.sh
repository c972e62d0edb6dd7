#!/usr/bin/env bash
# Tries armor's pre-commit hook the way a template repository would use it: installs pre-commit
# from PyPI into a throw-away venv, makes a throw-away git repository with a good and a bad
# Bicep template, points its .pre-commit-config.yaml at this checkout (at its current HEAD:
# pre-commit clones a committed revision, so uncommitted changes are not tested), and checks
# that the hook passes on the good template and fails, showing the finding, on the bad one.
#
# Usage: Tests/precommit/run.sh        (PRE_COMMIT_HOME=... reuses a hook build cache)
set -euo pipefail

checkout="$(cd "$(dirname "$0")/../.." && pwd)"
rev="$(git -C "$checkout" rev-parse HEAD)"
if [ -n "$(git -C "$checkout" status --porcelain --untracked-files=no)" ]; then
    echo "note: uncommitted changes in $checkout are not part of the test (pre-commit uses $rev)" >&2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/armor-precommit.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
export PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$work/cache}"

echo "== installing pre-commit from PyPI"
python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check pre-commit
precommit="$work/venv/bin/pre-commit"
"$precommit" --version

repo="$work/templates"
mkdir -p "$repo"
cd "$repo"
git init --quiet .
git config user.email "ci@example.invalid"
git config user.name "armor CI"

cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $checkout
    rev: $rev
    hooks:
      - id: armor
YAML

# Both templates: a Foundry account with a Key Vault connection (and the grant that lets the
# account use the vault) and an ordinary connection. In the good one the ordinary connection
# waits for both; in the bad one it does not, which is keyvault-first's error.
template() {
    local depends="$1"
    cat <<BICEP
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-precommit-test'
  location: 'eastus'
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource account 'Microsoft.CognitiveServices/accounts@2025-04-01-preview' = {
  name: 'foundry-precommit-test'
  location: 'eastus'
  kind: 'AIServices'
  sku: { name: 'S0' }
  identity: { type: 'SystemAssigned' }
  properties: { customSubDomainName: 'foundry-precommit-test', disableLocalAuth: true }
}

resource kvGrant 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, account.id, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: account.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource kvConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'keyvault'
  properties: {
    category: 'AzureKeyVault'
    target: vault.id
    authType: 'AccountManagedIdentity'
    metadata: { ApiType: 'Azure', ResourceId: vault.id, location: 'eastus' }
  }
}

resource blobConnection 'Microsoft.CognitiveServices/accounts/connections@2025-04-01-preview' = {
  parent: account
  name: 'files'
  properties: {
    category: 'AzureBlob'
    target: 'https://stprecommit.blob.core.windows.net/files'
    authType: 'AAD'
    metadata: { ApiType: 'Azure', ResourceId: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/stprecommit', location: 'eastus' }
  }
$depends}
BICEP
}
template "  dependsOn: [kvConnection, kvGrant]
" > good.bicep
template "" > bad.bicep
git add -A
git commit --quiet -m "templates"

failed=0
echo "== pre-commit run --files good.bicep (must pass; builds the hook the first time)"
if "$precommit" run --files good.bicep > "$work/good.log" 2>&1; then
    cat "$work/good.log"
else
    cat "$work/good.log"
    echo "FAIL: the hook rejected the good template" >&2
    failed=1
fi

echo "== pre-commit run --files bad.bicep (must fail and show keyvault-first)"
if "$precommit" run --files bad.bicep > "$work/bad.log" 2>&1; then
    cat "$work/bad.log"
    echo "FAIL: the hook passed the bad template" >&2
    failed=1
else
    cat "$work/bad.log"
    if ! grep -q "bad.bicep:[0-9]*:[0-9]*: error \[keyvault-first\]" "$work/bad.log"; then
        echo "FAIL: the hook failed, but without the keyvault-first finding" >&2
        failed=1
    fi
fi

if [ "$failed" -ne 0 ]; then exit 1; fi
echo "pre-commit hook: OK"
