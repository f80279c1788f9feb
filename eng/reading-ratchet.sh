#!/usr/bin/env bash
# Records each development set's right findings and false finds per kind in tests/OrgModel.Tests/Reading/CorpusRatchet.txt,
# which the corpus tests then hold (a pass may gain right findings and lose false finds, never the reverse unrecorded; see
# docs/reading.md, "The ratchet"). Run it after a pass whose tables were checked by hand, and commit the file with the pass.
# The sealed sets (13 and 31) are never recorded. Builds the test project first unless NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ ${NO_BUILD:-} == 1 ]] || dotnet build tests/OrgModel.Tests -v q --nologo
lines=$(mktemp -d)
trap 'rm -rf "$lines"' EXIT
ORGMODEL_RATCHET_LINES=$lines dotnet test --project tests/OrgModel.Tests --no-build -- \
  --filter-class "*HeldOutSetTests*" --filter-class "*ReadingCorpusTests*" --filter-class "*HeldOutReadingTests*" > "$lines/run.log" 2>&1 || { tail -20 "$lines/run.log"; exit 1; }
rm -f "$lines"/heldout13.txt "$lines"/heldout31.txt "$lines/run.log"
{
  echo "# set kind right false-finds: written by eng/reading-ratchet.sh on $(git rev-parse --short HEAD) ($(date -u +%F)); held by CorpusRatchet"
  cat "$lines"/*.txt | sort -k1,1V -k2,2
} > tests/OrgModel.Tests/Reading/CorpusRatchet.txt
wc -l < tests/OrgModel.Tests/Reading/CorpusRatchet.txt
