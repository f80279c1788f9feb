#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser and JSON reader with AFL++ through SharpFuzz (see docs/quality.md).
#
#   eng/fuzz.sh                          # every target for 60 s each
#   FUZZ_SECONDS=3600 eng/fuzz.sh        # an hour of wall time per target
#   FUZZ_CPU_SECONDS=3600 eng/fuzz.sh    # the long run: a CPU-hour per target, however long that takes beside other work
#   eng/fuzz.sh tenure-tryparse json-orgchart …   # only these targets (tests/OrgModel.Fuzz --list names them)
#
# Needs afl-fuzz (Debian: apt-get install afl++) and the SharpFuzz tool of the repository's manifest (dotnet tool restore).
# Findings go to artifacts/fuzz/findings/TARGET; the corpus AFL++ grew is kept there and used as seeds by the next run.
# Prints a line per target (executions, corpus, edges covered, crashes, hangs) and fails when any target crashed or hung;
# replay a crash with: dotnet artifacts/fuzz/bin/OrgModel.Fuzz.dll --replay TARGET FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
cpu_budget=${FUZZ_CPU_SECONDS:-0}
if (( cpu_budget > 0 )); then
  seconds=$((cpu_budget * 20))  # the wall limit only stops a run that gets almost no CPU
fi
out=artifacts/fuzz
bin=$out/bin

command -v afl-fuzz >/dev/null || { echo "fuzz.sh: afl-fuzz not found (Debian: apt-get install afl++)" >&2; exit 1; }
dotnet tool restore >/dev/null
rm -rf "$bin"
dotnet publish tests/OrgModel.Fuzz -c Release -o "$bin" --nologo -v quiet
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
  mapfile -t targets < <(dotnet "$bin/OrgModel.Fuzz.dll" --list | cut -f1)
fi

seeds=$out/seeds
rm -rf "$seeds"
dotnet "$bin/OrgModel.Fuzz.dll" --seeds "$seeds"

# Instrumented last: an instrumented library faults outside AFL++'s loop, so the listing and the seeds come first.
# Only the library is instrumented: coverage of NodaTime or System.Text.Json would steer AFL++ toward their branches.
dotnet sharpfuzz "$bin/OrgModel.dll"

# AFL++ on a shared CI machine: no CPU binding or frequency checks, no UI, a .NET host is not an instrumented binary.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# A watcher sums the CPU seconds of each run's process tree every ten seconds (each process's own and its reaped children's,
# so a restarted harness still counts) and writes the sum to cpu.txt: `time` alone misses the harness processes afl-fuzz leaves
# unreaped when it stops. With FUZZ_CPU_SECONDS it stops afl-fuzz with SIGINT, which makes it write its statistics, once the sum
# reaches the budget.
tree() { local p; echo "$1"; for p in $(pgrep -P "$1"); do tree "$p"; done; }
watch_cpu() {
  local root=$1 budget=$2 out=$3 ticks total pid
  ticks=$(getconf CLK_TCK)
  while kill -0 "$root" 2>/dev/null; do
    sleep 10
    total=0
    for pid in $(tree "$root"); do
      total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo $((total / ticks)) > "$out"
    if (( budget > 0 && total / ticks >= budget )); then
      pkill -INT -P "$root" -x afl-fuzz || true
      return
    fi
  done
}

failed=0
printf '%-30s %12s %8s %8s %8s %6s %8s\n' target execs corpus edges crashes hangs cpu-s
for t in "${targets[@]}"; do
  findings=$out/findings/$t
  input=$seeds/$t
  # A previous run's queue is a better starting corpus than the seeds alone.
  if [[ -d $findings/default/queue ]]; then
    input=$out/resume/$t
    rm -rf "$input" && mkdir -p "$input"
    cp "$seeds/$t"/* "$input"/
    find "$findings/default/queue" -maxdepth 1 -type f -name 'id:*' -exec cp {} "$input"/ \;
  fi
  rm -rf "$findings"
  mkdir -p "$findings"
  # The log is capped: a target that cannot start makes afl-fuzz repeat its complaint without end.
  # -V counts wall seconds; the CPU seconds of afl-fuzz and the harness it waits for are what a "CPU-hour" means,
  # so the watcher measures them too (they differ when the run is niced beside other work).
  echo 0 > "$findings/cpu.txt"
  timeout $((seconds + 300)) afl-fuzz -i "$input" -o "$findings" -x eng/fuzz/orgmodel.dict -t 10000 -m none -V "$seconds" \
    -- dotnet "$bin/OrgModel.Fuzz.dll" "$t" > >(tail -c 200000 > "$findings/afl.log") 2>&1 &
  run=$!
  watch_cpu "$run" "$cpu_budget" "$findings/cpu.txt" &
  watcher=$!
  wait "$run" || true
  wait "$watcher" || true
  # afl-fuzz leaves its harness running when it stops: end it, so that the next target starts alone.
  pkill -f "OrgModel.Fuzz.dll $t\$" || true
  if [[ ! -s $findings/default/fuzzer_stats ]]; then
    echo "$t: afl-fuzz did not run, see $findings/afl.log" >&2
    failed=1
    continue
  fi
  stats=$findings/default/fuzzer_stats
  get() { sed -n "s/^$1 *: *//p" "$stats"; }
  cpu=$(cat "$findings/cpu.txt")
  printf '%-30s %12s %8s %8s %8s %6s %8s\n' "$t" "$(get execs_done)" "$(get corpus_count)" "$(get edges_found)/$(get total_edges)" "$(get saved_crashes)" "$(get saved_hangs)" "$cpu"
  if [[ "$(get saved_crashes)" != 0 || "$(get saved_hangs)" != 0 ]]; then
    failed=1
  fi
done
exit $failed
