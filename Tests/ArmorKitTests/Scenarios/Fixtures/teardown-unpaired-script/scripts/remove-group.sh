#!/usr/bin/env bash
# Deletes the whole resource group, then purges the soft-deleted vault: nothing is left to order,
# so armor says nothing even without a template.
set -euo pipefail
az group delete --name rg-fabrikam-dev --yes
az keyvault purge --name kv-fabrikam-dev
