#!/usr/bin/env bash
# Deletes the connections in a loop: the Key Vault connection comes first in the list.
set -euo pipefail
RG=rg-fabrikam-dev
ACCOUNT=foundry-fabrikam-dev
CONNECTIONS="keyvault search"

for connection in $CONNECTIONS; do
  az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name "$connection" # expect: reverse-order-deletion
done
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
for vault in kv-fabrikam-dev kv-logs-fabrikam-dev; do az keyvault delete -g "$RG" -n "$vault"; done
