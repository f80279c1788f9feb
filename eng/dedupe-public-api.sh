#!/usr/bin/env bash
# After a union merge of PublicAPI.*.txt (see .gitattributes), removes repeated lines and sorts the file the way
# the analyzer's code fix does, keeping "#nullable enable" first.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in src/*/PublicAPI.Unshipped.txt src/*/PublicAPI.Shipped.txt; do
  [[ -e "$f" ]] || continue
  { { grep -x '#nullable enable' "$f" || true; } | head -1; { grep -vx "#nullable enable" "$f" || true; } | { grep -v "^$" || true; } | LC_ALL=C sort -u; } > "$f.tmp"
  mv "$f.tmp" "$f"
done
