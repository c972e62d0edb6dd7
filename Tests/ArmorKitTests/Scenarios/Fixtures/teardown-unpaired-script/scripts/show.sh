#!/usr/bin/env bash
# Lists what the deployment created; deletes nothing, so armor has nothing to say.
set -euo pipefail
az resource list -g rg-fabrikam-dev -o table
az keyvault show -n kv-fabrikam-dev --query properties.vaultUri -o tsv
