#!/usr/bin/env bash
set -euo pipefail
RG=${RG:-rg-demo}
ACCOUNT="aoai-$ENV"
# armor-disable-next-line reverse-order-deletion
az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name conn1
for c in a b; do az cognitiveservices account connection delete -g "$RG" -n "$ACCOUNT" --connection-name "$c"; done
id=$(az keyvault show -g $RG -n kv-demo --query id -o tsv)
az resource delete --ids "$id" \
  --verbose
cat <<-EOT
	az keyvault delete -n not-a-command
	EOT
az keyvault delete -g "$RG" -n 'kv-demo' && az keyvault purge -n kv-demo || true
az group delete --name "$RG" --yes --no-wait
