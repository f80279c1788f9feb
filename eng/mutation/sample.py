"""Runs a random sample of a namespace's mutants, each in a fresh test process, when Stryker cannot finish the namespace.

Usage: sample.py NAMESPACE IDS N
IDS is the output of eng/mutation/ids.cs (one "id type.method" per line) for artifacts/mutation/NAMESPACE/OrgModel.mutated.dll,
the copy of Stryker's mutated assembly that eng/mutation.sh takes while Stryker runs. The namespace's test output
(artifacts/mutation/NAMESPACE/project/bin) is copied with the mutated library, the unmutated tests are checked to pass in a
fresh process, then N ids in a fixed random order (seed 22) are run, two at a time, with only that mutant active from the
process start (STRYKER_MUTANT_FILE), xunit's -stopOnFail, and a time limit (a timeout counts as killed, as Stryker counts it):
MUTATION_SAMPLE_TIMEOUT seconds, 120 unless set. MUTATION_SAMPLE_ARGS adds runner arguments: Reading's sample leaves out its
prefix sweep and its two cost-curve classes (140 of its 146 s unmutated, over ten minutes with the mutated library), with
"-noclass OrgModel.Tests.Reading.ReadingPrefixTests -noclass OrgModel.Tests.Reading.ReadingCostTests
-noclass OrgModel.Tests.Reading.DeadlineExtractionCostTests"; tests left out can only kill more, so the figure is a floor.
MUTATION_SAMPLE_SKIP=K runs the N ids after the first K of the same order: a second sample, disjoint from a first of K, for a
figure not biased by tests written from the first sample's survivors.
One line per mutant goes to artifacts/mutation/NAMESPACE/sample.log as it ends, so a run stopped early is a fair sample.
"""
import concurrent.futures
import os
import random
import shutil
import struct
import subprocess
import sys
import tempfile
import time

ns, ids_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
out = os.path.join("artifacts", "mutation", ns)
where = dict(line.split(maxsplit=1) for line in open(ids_path, encoding="utf-8") if line[:1].isdigit())
ids = sorted(where, key=int)
random.Random(22).shuffle(ids)
fresh = os.path.join(out, "fresh")
shutil.rmtree(fresh, ignore_errors=True)
shutil.copytree(os.path.join(out, "project", "bin", "Debug", "net10.0"), fresh)
shutil.copy(os.path.join(out, "OrgModel.mutated.dll"), os.path.join(fresh, "OrgModel.dll"))
limit = int(os.environ.get("MUTATION_SAMPLE_TIMEOUT", "120"))
extra = os.environ.get("MUTATION_SAMPLE_ARGS", "").split()
skip = int(os.environ.get("MUTATION_SAMPLE_SKIP", "0"))
env = dict(os.environ, ORGMODEL_FUZZ_INPUTS=os.environ.get("ORGMODEL_FUZZ_INPUTS", "200"),
           ORGMODEL_PROPERTY_TESTS=os.environ.get("ORGMODEL_PROPERTY_TESTS", "50"))


def run(mutant):
    fd, path = tempfile.mkstemp(prefix=f"mutant-{mutant}-")
    os.write(fd, struct.pack("<i", int(mutant)))
    os.close(fd)
    start = time.time()
    try:
        rc = subprocess.run(["nice", "-n", "5", "dotnet", os.path.join(fresh, "OrgModel.Tests.dll"), "-stopOnFail", *extra],
                            env=dict(env, STRYKER_MUTANT_FILE=path), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            timeout=limit).returncode
        status = "Survived" if rc == 0 else "Killed"
    except subprocess.TimeoutExpired:
        status = "Timeout"
    finally:
        os.remove(path)
    return mutant, status, round(time.time() - start, 1)


if run("-1")[1] != "Survived":
    sys.exit(f"{ns}: the unmutated tests do not pass in a fresh process; no sample")
with open(os.path.join(out, "sample.log"), "w", encoding="utf-8") as log, concurrent.futures.ThreadPoolExecutor(2) as pool:
    for mutant, status, seconds in pool.map(run, ids[skip:skip + n]):
        log.write(f"{mutant} {status} {seconds} {where[mutant].strip()}\n")
        log.flush()
