"""Reads a Stryker mutation-report.json, re-runs its static mutants in fresh test processes, and writes the figures.

Usage: summary.py NAMESPACE REPORT COMMIT STRYKER_SECONDS DIR
Writes DIR/summary.json and DIR/report.md and prints the namespace's summary row. Stryker's MTP runner switches
mutants inside one long-lived test host, so a mutant in a static initializer (a static table, a static constructor)
is never active when that initializer runs: its result is whatever the unmutated code gives. Each static mutant is
therefore run again in a new test process whose injected MutantControl reads the active mutant id from
STRYKER_MUTANT_FILE (a 4-byte little-endian int) from the start.

MUTATION_FRESH_FILES (comma-separated parts of source paths) names code that runs once per process without being a
static initializer (a lazily built value such as the reference chart): Stryker neither flags its mutants static nor
attributes them to the tests that read the value, so every mutant of those files, whatever Stryker reported (killed,
survived, timed out or not covered), is run again in a fresh process too.
"""
import concurrent.futures
import datetime
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time

ns, report_path, commit, stryker_seconds, out_dir = sys.argv[1:6]
stryker_seconds = int(stryker_seconds)
rerun = os.environ.get("MUTATION_NO_STATIC_RERUN", "") != "1"
limit = int(os.environ.get("MUTATION_STATIC_TIMEOUT", "300"))
workers = int(os.environ.get("MUTATION_STATIC_CONCURRENCY", "2"))
fresh_files = [p for p in os.environ.get("MUTATION_FRESH_FILES", "").split(",") if p]
test_dll = os.path.join(out_dir, "project", "bin", "Debug", "net10.0", "OrgModel.Tests.dll")

with open(report_path, encoding="utf-8") as f:
    report = json.load(f)

mutants = []
for path, file in report["files"].items():
    for m in file["mutants"]:
        m["file"] = os.path.relpath(path, os.getcwd()) if os.path.isabs(path) else path
        mutants.append(m)

TESTED = ("Killed", "Survived", "Timeout", "NoCoverage")


def counts(status_of):
    c = {s: 0 for s in TESTED}
    for m in mutants:
        s = status_of(m)
        if s in c:
            c[s] += 1
    detected = c["Killed"] + c["Timeout"]
    total = sum(c.values())
    c["mutants"] = total
    c["score"] = round(100.0 * detected / total, 1) if total else None
    return c


def run_in_fresh_process(mutant_id, stop_on_fail=True):
    """Runs the namespace's tests once with only this mutant active from process start: Killed, Survived or Timeout.
    The first failing test decides (xunit's -stopOnFail), so a killed mutant does not pay for the whole run."""
    fd, path = tempfile.mkstemp(prefix=f"stryker-static-{mutant_id}-")
    try:
        os.write(fd, struct.pack("<i", int(mutant_id)))
        os.close(fd)
        env = dict(os.environ, STRYKER_MUTANT_FILE=path)
        try:
            args = ["nice", "-n", "10", "dotnet", test_dll] + (["-stopOnFail"] if stop_on_fail else [])
            rc = subprocess.run(args, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, timeout=limit).returncode
        except subprocess.TimeoutExpired:
            return "Timeout", None
        return ("Survived" if rc == 0 else "Killed"), rc
    finally:
        os.remove(path)


stryker = counts(lambda m: m["status"])
def once_per_process(m):
    return any(part in m["file"] for part in fresh_files)


static = [m for m in mutants if (m.get("static") and m["status"] in ("Killed", "Survived", "Timeout"))
          or (once_per_process(m) and m["status"] in TESTED)]
rerun_seconds = 0
changed = []
if rerun and static:
    start = time.time()
    mutated = os.path.join(out_dir, "OrgModel.mutated.dll")
    if not os.path.exists(mutated):
        sys.exit(f"{ns}: no copy of Stryker's mutated assembly ({mutated}); no re-run")
    # A private copy of the test output with the mutated library, so that a later build cannot change it mid-run.
    fresh = os.path.join(out_dir, "fresh")
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.copytree(os.path.dirname(test_dll), fresh)
    shutil.copy(mutated, os.path.join(fresh, "OrgModel.dll"))
    test_dll = os.path.join(fresh, "OrgModel.Tests.dll")
    baseline, rc = run_in_fresh_process(-1, stop_on_fail=False)
    if baseline != "Survived":
        sys.exit(f"{ns}: the unmutated tests do not pass in a fresh process ({baseline}, exit code {rc}); no re-run")
    # In a fixed random order, one line per mutant in rerun.log as it ends: a re-run stopped early is a fair sample.
    random.Random(22).shuffle(static)
    with open(os.path.join(out_dir, "rerun.log"), "w", encoding="utf-8") as progress, \
            concurrent.futures.ThreadPoolExecutor(workers) as pool:
        for m, (status, rc) in zip(static, pool.map(lambda m: run_in_fresh_process(m["id"]), static)):
            m["freshStatus"] = status
            progress.write(f"{m['id']} {m['file']} {m['status']} {status}\n")
            progress.flush()
            if status != m["status"]:
                changed.append(m)
    rerun_seconds = int(time.time() - start)
corrected = counts(lambda m: m.get("freshStatus", m["status"]))

summary = {
    "namespace": ns, "date": datetime.date.today().isoformat(), "commit": commit,
    "strykerSeconds": stryker_seconds, "staticRerunSeconds": rerun_seconds,
    "staticMutants": len([m for m in mutants if m.get("static")]), "staticRerun": len(static) if rerun else 0,
    "freshFiles": fresh_files, "oncePerProcessMutants": len([m for m in mutants if once_per_process(m) and m["status"] in TESTED]),
    "staticChanged": {f"{m['status']}->{m['freshStatus']}": sum(1 for x in changed if (x['status'], x['freshStatus']) == (m['status'], m['freshStatus'])) for m in changed},
    "stryker": stryker, "corrected": corrected,
}
with open(os.path.join(out_dir, "summary.json"), "w", encoding="utf-8") as f:
    json.dump(summary, f, indent=2)


def where(m):
    loc = m["location"]["start"]
    return f"{m['file']}:{loc['line']}:{loc['column']}"


with open(os.path.join(out_dir, "report.md"), "w", encoding="utf-8") as f:
    c = corrected
    f.write(f"# Mutation testing: {ns}\n\ncommit {commit}, {summary['date']}, Stryker {stryker_seconds} s, "
            f"static re-run {rerun_seconds} s\n\n")
    f.write("| figures | mutants | killed | survived | timeout | no coverage | score |\n|---|---|---|---|---|---|---|\n")
    for name, x in (("Stryker", stryker), ("static mutants re-run", corrected)):
        f.write(f"| {name} | {x['mutants']} | {x['Killed']} | {x['Survived']} | {x['Timeout']} | {x['NoCoverage']} | {x['score']}% |\n")
    f.write(f"\n{summary['staticMutants']} static mutants, {summary['staticRerun']} re-run in a fresh process "
            f"(with every tested mutant of {', '.join(fresh_files) or 'no file'}: {summary['oncePerProcessMutants']}, code "
            f"run once per process); changed: {summary['staticChanged']}\n")
    for status in ("Survived", "NoCoverage", "Timeout"):
        rows = [m for m in mutants if m.get("freshStatus", m["status"]) == status]
        f.write(f"\n## {status} ({len(rows)})\n\n")
        for m in sorted(rows, key=where):
            rep = m.get("replacement", "").replace("\n", " ")[:120]
            f.write(f"- `{where(m)}` {m['mutatorName']}{' (static)' if m.get('static') else ''}: `{rep}`\n")

s, c = stryker, corrected
print(f"| {ns} | {c['mutants']} | {c['Killed']} | {c['Survived']} | {c['Timeout']} | {c['NoCoverage']} | "
      f"{s['score']}% | {c['score']}% | {summary['staticMutants']} | {summary['date']} | {commit} | "
      f"{(stryker_seconds + rerun_seconds + 30) // 60} min |")
