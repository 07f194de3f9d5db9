#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs moto into .venv, starts it on a
# free loopback port, runs every Rust test against it and the memory store, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
MOTO_VERSION="5.1.22"
if [ ! -x "$VENV/bin/moto_server" ]; then
  echo "==> installing moto $MOTO_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
fi

# The SAM template is checked offline: sam validate with cfn-lint.
SAM_VENV=.venv-sam
SAM_CLI_VERSION="1.170.0"
if [ ! -x "$SAM_VENV/bin/sam" ]; then
  echo "==> installing aws-sam-cli $SAM_CLI_VERSION into $SAM_VENV"
  python3 -m venv "$SAM_VENV"
  "$SAM_VENV/bin/pip" install --quiet --disable-pip-version-check "aws-sam-cli==$SAM_CLI_VERSION"
fi
echo "==> sam validate --lint"
AWS_DEFAULT_REGION=us-east-1 SAM_CLI_TELEMETRY=0 "$SAM_VENV/bin/sam" validate --lint --template template.yaml

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
MOTO_LOG=$(mktemp -t moto.XXXXXX.log)
"$VENV/bin/moto_server" -H 127.0.0.1 -p "$PORT" >"$MOTO_LOG" 2>&1 &
MOTO_PID=$!
cleanup() { kill "$MOTO_PID" 2>/dev/null || true; wait "$MOTO_PID" 2>/dev/null || true; rm -f "$MOTO_LOG"; }
trap cleanup EXIT

for _ in $(seq 1 100); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/moto-api/')" 2>/dev/null; then break; fi
  if ! kill -0 "$MOTO_PID" 2>/dev/null; then echo "moto failed to start:"; cat "$MOTO_LOG"; exit 1; fi
  sleep 0.1
done
echo "==> moto on 127.0.0.1:$PORT"

export BOSES_TEST_DYNAMODB_ENDPOINT="http://127.0.0.1:$PORT"
export BOSES_TEST_SQS_ENDPOINT="http://127.0.0.1:$PORT"
export BOSES_REQUIRE_DYNAMODB=1
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1
# Tests never talk to real AWS: no profile, no IMDS.
export AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL || true

# Property tests draw from a fixed seed here so that a CI run can be reproduced exactly;
# cases they ever find are kept in the *.proptest-regressions files. Explore further with
# PROPTEST_RNG_SEED=<any u64> scripts/test.sh (or unset it for a random seed in plain cargo test).
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-20261202}"

mkdir -p target && : > target/test-figures.txt
cargo test --workspace --locked "$@"
if [ -s target/test-figures.txt ]; then
  echo
  echo "==> measured by the tests"
  cat target/test-figures.txt
fi
