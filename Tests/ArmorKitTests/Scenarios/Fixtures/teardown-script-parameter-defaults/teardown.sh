#!/usr/bin/env bash
# Usage: RG=… ACCOUNT=… VAULT=… ./teardown.sh (the defaults are the dev environment's).
set -euo pipefail
: "${RG:=rg-fabrikam-dev}"
ACCOUNT="${ACCOUNT:-foundry-fabrikam-dev}"

az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search
az keyvault delete -g "$RG" -n "${VAULT:-kv-fabrikam-dev}" # expect: reverse-order-deletion
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
