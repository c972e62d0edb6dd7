#!/usr/bin/env bash
# The vault name comes from the environment: either vault of the template, so no verdict.
set -euo pipefail
az keyvault delete -g rg-app -n "$VAULT_NAME"
az cognitiveservices account delete -g rg-app -n foundry-app
