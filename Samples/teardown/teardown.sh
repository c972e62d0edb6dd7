#!/usr/bin/env bash
# Removes the Foundry demo deployed from main.bicep, resource by resource, so that the resource
# group and anything else in it survive.
# MISTAKES (reverse-order-deletion):
#   - the Key Vault connection is deleted while the search connection still exists;
#   - the vault is deleted while the account that stores its connection secrets in it still exists.
# Correct order: search connection, Key Vault connection, account, vault
# (or simply the account, which takes its connections with it, then the vault).
set -euo pipefail

RG=rg-adventure-dev
ACCOUNT=foundry-adventure-dev
VAULT=kv-foundry-adventure-dev

echo "Deleting connections of $ACCOUNT"
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name keyvault
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name search

echo "Deleting vault $VAULT and account $ACCOUNT"
az keyvault delete -g "$RG" -n "$VAULT"
az cognitiveservices account delete -g "$RG" -n "$ACCOUNT"
