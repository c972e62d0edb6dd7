#!/bin/sh
# Drops the whole resource group; the later cleanup lines are leftovers that never matter.
RG=rg-adventure-dev
az group delete --name "$RG" --yes --no-wait
az keyvault delete -g "$RG" -n kv-foundry-adventure
az cognitiveservices account delete -g "$RG" -n foundry-adventure-dev
