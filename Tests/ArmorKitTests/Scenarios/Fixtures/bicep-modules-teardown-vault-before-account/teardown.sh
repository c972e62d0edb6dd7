#!/usr/bin/env bash
set -euo pipefail
RG="rg-fabrikam-dev"
az cognitiveservices account connection delete -g "$RG" -n foundry-fabrikam-dev --connection-name search
az cognitiveservices account connection delete -g "$RG" -n foundry-fabrikam-dev --connection-name files
az cognitiveservices account connection delete -g "$RG" -n foundry-fabrikam-dev --connection-name keyvault
az keyvault delete -g "$RG" -n kv-foundry-fabrikam-dev # expect: reverse-order-deletion
az cognitiveservices account delete -g "$RG" -n foundry-fabrikam-dev
