#!/usr/bin/env bash
# Mutation testing with Stryker.NET, one namespace of src/OrgModel at a time, against that namespace's own tests
# (see docs/quality.md "Mutation testing").
#
#   eng/mutation.sh                    # every namespace, smallest first
#   eng/mutation.sh Tenures Calendar   # only these
#
# Each run builds artifacts/mutation/NS/project (the tests of tests/OrgModel.Tests/NS plus the shared helpers, compiled
# as an assembly named OrgModel.Tests), runs Stryker with eng/mutation/stryker-config.json, then re-runs every static
# mutant in a fresh test process (Stryker's MTP runner keeps one test host alive, so a mutant in a static initializer
# is never active when the initializer runs). Reports: artifacts/mutation/NS/{stryker,report.md,summary.json}.
# Prints one summary row per namespace. MUTATION_NO_STATIC_RERUN=1 skips the re-run; MUTATION_STATIC_TIMEOUT
# (seconds, default 300) bounds each re-run. MUTATION_ADDITIONAL_TIMEOUT (ms, default 60000) is the margin Stryker gives each mutant's tests.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/artifacts/mutation
all=(Utility Diagrams Text ReferenceData Serialization Calendar Reading Tenures Tasks Organisations Deadlines Personnel Documents)
namespaces=("$@")
[[ ${#namespaces[@]} -gt 0 ]] || namespaces=("${all[@]}")

# Test files outside a namespace's folder that its tests use, and its JSON tests in Serialization/ (JsonAssert and
# CostCurve are always compiled). Deadlines takes the labelled deadline corpus of Reading/ (DeadlineCorpus, its loader, and
# DeadlineCorpusTests, the extractor's precision and recall floors), which is about the extractor alone, and
# Reading/Findings.cs, the one-line view of what an extractor finds that the Deadlines rule tests compare with.
# Documents takes ReferenceData/ReferenceTermsAndDocumentsTests.cs, the tests of the shipped documents of
# VietnamDocuments (a Documents type: its 34 commune resolutions, each naming a province, were survivors without them).
helpers() {
  local json=''
  case $1 in
    Calendar|Deadlines|Documents|Organisations|Personnel) json=";\$(TestsDir)Serialization/$1JsonTests.cs" ;;
    Tenures) json=';$(TestsDir)Serialization/TenureFactsJsonTests.cs' ;;
  esac
  case $1 in
    Diagrams) echo '$(TestsDir)Tasks/RoadmapTests.cs;$(TestsDir)Deadlines/DeadlineTestArbitraries.cs' ;;
    Deadlines) echo "\$(TestsDir)Tasks/RoadmapTests.cs;\$(TestsDir)Text/ParseResultTests*.cs;\$(TestsDir)Reading/DeadlineCorpus.cs;\$(TestsDir)Reading/DeadlineCorpusTests.cs;\$(TestsDir)Reading/Findings.cs$json" ;;
    Tasks) echo '$(TestsDir)Deadlines/DeadlineTestArbitraries.cs' ;;
    ReferenceData) echo '$(TestsDir)Conventions/TypePerFileTests.cs' ;;
    Documents) echo "\$(TestsDir)ReferenceData/ReferenceTermsAndDocumentsTests.cs;\$(TestsDir)Conventions/TypePerFileTests.cs$json" ;;
    Personnel) echo "\$(TestsDir)ReferenceData/VietnamLeadersTests.cs$json" ;;
    *) echo "${json#;}" ;;
  esac
}

# Source files whose code runs once per process behind a lazy value rather than in a static initializer: every mutant
# of them is re-run in a fresh process (summary.py, MUTATION_FRESH_FILES). ReferenceData builds the reference chart once,
# in VietnamReferenceData's Lazy, so Stryker's long-lived test host answers every later mutant with the chart built
# first, and its per-test coverage gives the loader's mutants to the two or three tests that call the loader directly.
# Personnel builds the shipped leaders' record once, in VietnamLeaders' Lazy (which also caches an exception thrown
# while a mutant was active), from VietnamLeadersData: the same holds for the mutants of those two files.
once_per_process() {
  case $1 in
    ReferenceData) echo 'src/OrgModel/ReferenceData/' ;;
    Personnel) echo 'src/OrgModel/Personnel/VietnamLeaders' ;;
  esac
}

# The fuzz-style tests run 200 inputs instead of 20,000: enough to cover the code, short enough to repeat per mutant.
export ORGMODEL_FUZZ_INPUTS=${ORGMODEL_FUZZ_INPUTS:-200}
# Classes marked [ScaledProperties(n)] run at most 50 cases per property (Calendar took 30-47 s a property under mutation).
export ORGMODEL_PROPERTY_TESTS=${ORGMODEL_PROPERTY_TESTS:-50}
# Stryker gives each mutant's tests their average time plus this margin (milliseconds) before it calls the mutant a timeout and
# restarts the test host. 60 s suits Calendar's slow properties; a namespace of fast tests whose loops a mutant can make endless
# (Deadlines' scanners: its 1,041 tests take about 1.3 s in all) spends most of its run waiting: MUTATION_ADDITIONAL_TIMEOUT=10000.
additional_timeout=${MUTATION_ADDITIONAL_TIMEOUT:-60000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
mkdir -p "$out"
config=$out/stryker-config.json
sed "s/\"additional-timeout\": [0-9]*/\"additional-timeout\": $additional_timeout/" eng/mutation/stryker-config.json > "$config"
printf '<Project>\n  <Import Project="%s/tests/Directory.Build.props" />\n</Project>\n' "$root" > "$out/Directory.Build.props"
commit=$(git rev-parse --short HEAD)
echo "| namespace | mutants | killed | survived | timeout | no coverage | Stryker's score | score, static mutants re-run | static mutants | date | commit | run time |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"

for ns in "${namespaces[@]}"; do
  if [[ ! -d src/OrgModel/$ns ]]; then echo "mutation.sh: no namespace src/OrgModel/$ns" >&2; exit 1; fi
  if [[ ! -d tests/OrgModel.Tests/$ns ]]; then echo "$ns: no tests/OrgModel.Tests/$ns folder, skipped" >&2; continue; fi
  dir=$out/$ns
  project=$dir/project
  rm -rf "$dir/stryker"
  mkdir -p "$project"
  sed -e "s|NAMESPACE|$ns|" -e "s|REPO|$root|g" -e "s|;HELPERS|$(helpers "$ns" | sed 's/^./;&/')|" \
    eng/mutation/OrgModel.Tests.Namespace.csproj > "$project/OrgModel.Tests.$ns.csproj"
  start=$(date +%s)
  # Stryker writes the mutated assembly over the test project's OrgModel.dll and puts the original back at the end:
  # keep a copy for the static re-run.
  rm -f "$dir/OrgModel.mutated.dll"
  ( while sleep 10; do
      dll=$project/bin/Debug/net10.0/OrgModel.dll
      if [[ -f $dll ]] && grep -q MutantControl "$dll"; then sleep 5; cp "$dll" "$dir/OrgModel.mutated.dll"; break; fi
    done ) &
  keeper=$!
  (cd "$project" && nice -n 10 dotnet stryker --config-file "$config" \
     --test-runner mtp --test-project "OrgModel.Tests.$ns.csproj" --mutate "**/src/OrgModel/$ns/**/*.cs" \
     --output "$dir/stryker" --skip-version-check) > "$dir/stryker.log" 2>&1 \
    || { kill "$keeper" 2>/dev/null || true; echo "$ns: Stryker failed, see $dir/stryker.log" >&2; tail -20 "$dir/stryker.log" >&2; continue; }
  kill "$keeper" 2>/dev/null || true
  stryker_seconds=$(( $(date +%s) - start ))
  report=$(find "$dir/stryker" -name mutation-report.json | head -1)
  MUTATION_FRESH_FILES=$(once_per_process "$ns") python3 eng/mutation/summary.py "$ns" "$report" "$commit" "$stryker_seconds" "$dir"
done
