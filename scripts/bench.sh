#!/usr/bin/env bash
# The benchmark command (not part of the test command): builds release binaries,
# measures, and rewrites docs/PERFORMANCE.md with every figure and how to reproduce it.
# Takes 10-20 minutes on 2 cores, mostly compiling.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/PERFORMANCE.md
TMP=$(mktemp -d)
cleanup() { for p in ${PIDS:-}; do kill "$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT
PIDS=""

FUNCTIONS=$(ls functions)
echo "==> release build (host)"
cargo build --release --locked $(for f in $FUNCTIONS; do printf -- "-p %s " "$f"; done) -p boses-bench -p boses-local

echo "==> cold starts"
target/release/boses-bench cold-start target/release $FUNCTIONS > "$TMP/cold.md"
AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=bench AWS_SECRET_ACCESS_KEY=bench target/release/boses-bench sdk-init > "$TMP/sdk.md"

echo "==> arm64 bootstraps (cargo lambda build --release --arm64)"
VENV=.venv-sam
if [ ! -x "$VENV/bin/cargo-lambda" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "aws-sam-cli==1.170.0" "cargo-lambda==1.9.2" "ziglang==0.17.1"
fi
rustup target add aarch64-unknown-linux-gnu >/dev/null
PATH="$PWD/$VENV/bin:$PATH" cargo lambda build --release --arm64 $(for f in $FUNCTIONS; do printf -- "-p %s " "$f"; done)
target/release/boses-bench sizes target/lambda > "$TMP/sizes.md"

echo "==> handler overhead"
target/release/boses-bench handlers > "$TMP/handlers.md"

echo "==> engine and parser"
cargo bench --locked -p boses-core --bench engine 2>/dev/null | grep -E "budget" > "$TMP/engine.txt"

echo "==> load against boses-local"
LOG="$TMP/local.log"
# One key makes the whole load: the per-key rate limit is off so the server is measured.
RATE_LIMIT_PER_KEY=0 BOSES_API_KEY=boses_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef \
BOSES_PROJECT_ID=0193a5b0-0000-7000-8000-000000000001 RUST_LOG=warn \
  target/release/boses-local --port 0 > "$LOG" 2>&1 &
PIDS="$PIDS $!"
for _ in $(seq 1 100); do URL=$(sed -n 's/^boses-local listening on \(http[^ ]*\).*/\1/p' "$LOG"); [ -n "$URL" ] && break; sleep 0.1; done
target/release/boses-bench load "$URL" > "$TMP/load.md"

echo "==> end to end on moto"
if [ ! -x .venv/bin/moto_server ]; then
  python3 -m venv .venv && .venv/bin/pip install --quiet "moto[server]==5.1.22"
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
.venv/bin/moto_server -H 127.0.0.1 -p "$PORT" > "$TMP/moto.log" 2>&1 &
PIDS="$PIDS $!"
for _ in $(seq 1 100); do python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/moto-api/')" 2>/dev/null && break; sleep 0.1; done
target/release/boses-bench e2e "http://127.0.0.1:$PORT" > "$TMP/e2e.md"

echo "==> 200 concurrent clients on moto, then a consistency check"
: > target/test-figures.txt
# A failure here is a finding to report, not a reason to lose every other figure.
if BOSES_TEST_DYNAMODB_ENDPOINT="http://127.0.0.1:$PORT" AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_REGION=us-east-1 \
  cargo test --release --locked -p boses-tests --test suite -- --ignored hardening::two_hundred_concurrent_clients_on_moto \
  > "$TMP/load-moto.log" 2>&1; then
  grep "hardening/load" target/test-figures.txt > "$TMP/load-moto.txt" || true
else
  { echo "FAILED:"; grep -A2 -e "panicked" -e "^error" "$TMP/load-moto.log" | head -6 || true; } > "$TMP/load-moto.txt"
fi

CPU=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
{
  echo "# Performance"
  echo
  echo "Every figure below was written by \`scripts/bench.sh\` on $(date -u +%Y-%m-%d): $(nproc) cores ($CPU), $(rustc --version). Rerun it to reproduce; it rewrites this file."
  echo
  echo "## Cold start"
  echo
  echo "Each release binary (host architecture) is started under a small Lambda Runtime API emulator on loopback (\`bench/src/emulator.rs\`) and given the event in \`events/<name>.json\`; the time is from exec to the function posting its first response, median of 10 starts taken in rounds (one start of every binary, the baseline included, per round, so drift in the machine's state lands on all of them alike), with the process's peak RSS. The baseline is a hello-world \`lambda_http\` binary built with the same profile. Functions run with the memory store here, so creating a DynamoDB client is not in these figures (the SDK table below gives what it adds); generate-group creates its SQS client at init, so the SDK's one-time initialisation is in its figure. The environment is the template's: \`BOSES_AWS_TRUST_ROOTS=amazon\`, and one CA bundle file (\`SSL_CERT_FILE\`) for anything that reads the system store."
  echo
  cat "$TMP/cold.md"
  echo
  echo "AWS SDK configuration and client creation, measured separately in fresh processes (\`boses-bench sdk-init\`), for each trust store layout:"
  echo
  cat "$TMP/sdk.md"
  echo
  echo "## Binary size"
  echo
  echo "\`cargo lambda build --release --arm64\` (release profile: opt-level z, LTO, one codegen unit, stripped, panic=abort):"
  echo
  cat "$TMP/sizes.md"
  echo
  echo "## Handler overhead"
  echo
  echo "\`boses-bench handlers\`: \`App::handle\` in-process on the memory store, 2,000 requests per endpoint built like API Gateway events (authentication cached as on a warm Lambda). A criterion view of the same: \`cargo bench -p boses-bench --bench handlers\`."
  echo
  cat "$TMP/handlers.md"
  echo
  echo "## Persona engine and parse-prompt"
  echo
  echo "\`cargo bench -p boses-core --bench engine\`:"
  echo
  echo '```'
  cat "$TMP/engine.txt"
  echo '```'
  echo
  echo "## boses-local under load"
  echo
  echo "\`boses-bench load\`: release \`boses-local\` with the memory store, a closed-loop generator with 64 keep-alive connections, 5 s per scenario, on the same 2-core machine as the server."
  echo
  cat "$TMP/load.md"
  echo
  echo "## End to end on moto, and AWS calls per operation"
  echo
  echo "\`boses-bench e2e\`: the real DynamoDB and SQS clients against moto on loopback, with an SDK interceptor counting every call by operation; the API is driven in-process and the worker is fed through SQS as Lambda's event source mapping would."
  echo
    cat "$TMP/e2e.md"
  echo
  echo "## Mixed load on moto"
  echo
  echo "The hardening load test (\`tests/suite/hardening.rs\`) against moto: 200 concurrent clients, each making a fixed number of requests mixing create, get, patch, list, generate and delete, through \`boses-local\`'s server, then every listed group must be gettable, every complete group must have exactly its personas of one run, and no persona may exist outside a live group's visible run (or the run before it, kept until the next one completes):"
  echo
  echo '```'
  cat "$TMP/load-moto.txt"
  echo '```'
  echo
  cat docs/perf-notes.md
} > "$OUT"
echo "wrote $OUT"
