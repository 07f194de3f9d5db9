#!/usr/bin/env bash
# Mutation testing (not part of CI; README and docs/TESTING.md): cargo-mutants changes
# the generation pipeline, auth, the cursors and the store contract one mutation at a
# time and reruns the service suite's tests for that module on the memory store. A
# surviving mutant is a behaviour no test pins. Results: target/mutants/<group>/.
# Takes about an hour on two cores; `scripts/mutants.sh cursor` runs one group.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo-mutants >/dev/null || { echo "cargo install cargo-mutants --locked"; exit 1; }
# The moto half is the DynamoDB store's own contract; these modules are pinned by the
# memory half (each skipped variant says so).
unset BOSES_TEST_DYNAMODB_ENDPOINT BOSES_REQUIRE_DYNAMODB || true

run() {
  local name=$1 file=$2
  shift 2
  echo "==> $name: $file"
  cargo mutants --no-shuffle -j 1 --copy-target=true --output "target/mutants/$name" \
    -f "$file" --test-package boses-tests -- --test suite -- "$@" || true
}

groups="${*:-generation auth cursor store}"
for g in $groups; do
  case $g in
    generation) run generation shared/src/generation/mod.rs generation:: sqs:: events:: ;;
    auth) run auth shared/src/auth.rs api:: ;;
    cursor) run cursor shared/src/store/cursor.rs api:: generation::persona_pages ;;
    store) run store shared/src/store/mod.rs store_contract:: generation:: api:: ;;
    *) echo "unknown group $g"; exit 1 ;;
  esac
done
for g in $groups; do
  f="target/mutants/$g/mutants.out/outcomes.json"
  [ -f "$f" ] && python3 - "$g" "$f" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
o = json.load(open(path))
print(f"{name}: total {o.get('total_mutants')}, caught {o.get('caught')}, missed {o.get('missed')}, "
      f"timeout {o.get('timeout')}, unviable {o.get('unviable')}")
PY
done
