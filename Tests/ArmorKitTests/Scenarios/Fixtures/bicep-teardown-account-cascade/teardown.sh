#!/usr/bin/env bash
# Deleting the account removes its projects and connections; the vault goes last.
set -euo pipefail
az cognitiveservices account delete -g rg-adventure-dev -n foundry-adventure-dev
az keyvault delete -g rg-adventure-dev -n kv-foundry-adventure
az keyvault purge -n kv-foundry-adventure
