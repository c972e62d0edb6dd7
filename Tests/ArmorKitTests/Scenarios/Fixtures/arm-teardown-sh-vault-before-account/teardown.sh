#!/bin/bash
# Removes the vault first to stop secrets being read, then the account.
RG=rg-northwind-dev
az keyvault delete -n kv-foundry-northwind -g $RG # expect: reverse-order-deletion
az cognitiveservices account delete -n foundry-northwind-dev -g $RG
