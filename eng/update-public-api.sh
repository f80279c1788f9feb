#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, and removes the ones reported as gone (RS0017). Review the diff before committing:
# the files are the package's API contract.
# Usage: eng/update-public-api.sh [src/OrgModel] [src/OrgModel.Testing]
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(src/OrgModel src/OrgModel.Testing)
for p in "${projects[@]}"; do
  for round in 1 2 3; do
    log=$(mktemp)
    dotnet build "$p" -c Debug --no-incremental -p:TreatWarningsAsErrors=false -p:MSBuildTreatWarningsAsErrors=false >"$log" 2>&1 || true
    python3 - "$p" "$log" <<'PY'
import re, sys
proj, log = sys.argv[1], sys.argv[2]
text = open(log, encoding='utf-8').read()
add = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", text))
remove = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", text))
path = f"{proj}/PublicAPI.Unshipped.txt"
lines = [l.rstrip('\n') for l in open(path, encoding='utf-8')]
body = set(l for l in lines[1:] if l.strip())
new = (body | add) - remove
open(path, 'w', encoding='utf-8').write("#nullable enable\n" + "".join(l + "\n" for l in sorted(new)))
print(f"{path}: +{len(add - body)} -{len(remove & body)}")
PY
    grep -qE "RS001[67]" "$log" || break
  done
done
