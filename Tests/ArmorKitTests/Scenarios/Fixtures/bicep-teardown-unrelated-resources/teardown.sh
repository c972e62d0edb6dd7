#!/usr/bin/env bash
# Removes only the test data stores; the Foundry resources stay.
set -e
az storage account delete -g rg-contoso-dev -n stcontosotest --yes
az search service delete -g rg-contoso-dev -n srch-contoso-test --yes
