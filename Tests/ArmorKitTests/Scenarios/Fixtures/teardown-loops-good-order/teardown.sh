#!/usr/bin/env bash
# Deletes the connections in a loop, ordinary ones first, then the account and the vaults.
set -euo pipefail
RG=rg-fabrikam-dev
ACCOUNT=foundry-fabrikam-dev

for connection in search keyvault; do
  az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name "$connection"
done
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
for vault in kv-fabrikam-dev kv-logs-fabrikam-dev; do az keyvault delete -g "$RG" -n "$vault"; done
