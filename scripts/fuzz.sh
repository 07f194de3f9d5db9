#!/usr/bin/env bash
# HTTP-level fuzzing: schemathesis generates requests from openapi.yaml (valid and
# invalid) against boses-local with the memory store, and fails on any 5xx or on a
# response that does not match the documented status codes, content types and schemas.
# Usage: scripts/fuzz.sh [MAX_EXAMPLES_PER_OPERATION]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_EXAMPLES="${1:-300}"
VENV=.venv-st
ST_VERSION="4.32.5"
if [ ! -x "$VENV/bin/schemathesis" ]; then
  echo "==> installing schemathesis $ST_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi

# Thousands of requests from one key in minutes: with the per-key limit on, most would
# stop at 429 before reaching the validators this run is for (the limit is tested in
# tests/suite/api.rs).
export RATE_LIMIT_PER_KEY=0
. scripts/lib/local.sh
echo "==> schemathesis against $URL ($MAX_EXAMPLES examples per operation)"
SCHEMATHESIS_HOOKS="" "$VENV/bin/schemathesis" run openapi.yaml \
  --url "$URL" \
  --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
  --phases examples,coverage,fuzzing \
  --max-examples "$MAX_EXAMPLES" \
  --workers 1 \
  --seed 20261128 \
  2>&1 | tee /tmp/schemathesis.out | tail -n 40
status=${PIPESTATUS[0]}
cases=$(sed -n 's/^ *\([0-9][0-9]*\) generated.*/\1/p' /tmp/schemathesis.out | tail -1)
echo "fuzz: ${cases:-0} requests generated from openapi.yaml, checks: not_a_server_error, status/content-type/schema conformance; exit status $status"
if grep -qE "server error|500 Internal" "$LOCAL_LOG"; then
  echo "boses-local logged server errors"; status=1
fi
exit "$status"
