#!/usr/bin/env bash
# Deletes the vault by name before the account: a finding. The second script reads the vault
# name at run time, which could be the shared vault too: no verdict.
set -euo pipefail
az keyvault delete -g rg-app -n kv-app # expect: reverse-order-deletion
az cognitiveservices account delete -g rg-app -n foundry-app
