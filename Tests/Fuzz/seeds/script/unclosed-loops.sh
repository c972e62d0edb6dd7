for x in a b; do
for y in c; do
  do
done
for z in d e; do az keyvault delete -n "kv-$x-$z"
for w in f; do
az keyvault delete -n kv
