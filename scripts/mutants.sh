#!/usr/bin/env bash
# Mutation testing (not part of CI; README and docs/TESTING.md): cargo-mutants changes
# the generation pipeline, auth, the cursors and the store contract one mutation at a
# time and reruns the service suite's tests for that module on the memory store. A
# surviving mutant is a behaviour no test pins. Results: target/mutants/<group>/.
# Takes about an hour on two cores; extra arguments go to cargo-mutants (e.g.
# `scripts/mutants.sh --shard 0/4`, or `--list`).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-mutants >/dev/null || { echo "cargo install cargo-mutants --locked"; exit 1; }
# The moto half is the DynamoDB store's own contract; these modules are pinned by the
# memory half (each skipped variant says so).
unset BOSES_TEST_DYNAMODB_ENDPOINT BOSES_REQUIRE_DYNAMODB || true

OUT=target/mutants
mkdir -p "$OUT"
# One run over every module (one copy of the tree), each mutant tested against the
# unit tests and the service-suite modules that pin these modules.
# cargo-mutants runs its baseline on the mutated package alone, which has no `suite`
# test; scripts/test.sh is the baseline, so it is skipped with explicit timeouts.
cargo mutants --no-shuffle -j 1 --copy-target=true --baseline=skip --timeout 300 --build-timeout 900 --output "$OUT" \
  -f shared/src/generation/mod.rs -f shared/src/auth.rs -f shared/src/store/cursor.rs \
  -f shared/src/store/mod.rs "$@" \
  --test-workspace=true -- --test suite --lib -- generation:: sqs:: events:: api:: store_contract:: auth:: cursor:: store:: || true
python3 - "$OUT/mutants.out/outcomes.json" <<'PY'
import collections, json, sys
o = json.load(open(sys.argv[1]))
rows = collections.defaultdict(collections.Counter)
for m in o["outcomes"]:
    if m.get("scenario") == "Baseline":
        continue
    mutant = m["scenario"]["Mutant"]
    summary = m["summary"]
    rows[mutant["file"]][summary] += 1
print("| file | mutants | caught | missed | timeout | unviable |")
print("|---|---|---|---|---|---|")
for f, c in sorted(rows.items()):
    print(f"| `{f}` | {sum(c.values())} | {c['CaughtMutant']} | {c['MissedMutant']} | {c['Timeout']} | {c['Unviable']} |")
PY
