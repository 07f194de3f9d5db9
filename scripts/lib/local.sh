# Sourced by scripts/fuzz.sh and scripts/sdk.sh: builds boses-local, starts it on a free
# loopback port with the memory store and the fixed sample key and project, exports
# URL (and BOSES_API_KEY, BOSES_PROJECT_ID), and stops it when the calling script exits.
# $LOCAL_LOG is its log, for callers that look for server errors in it.
cargo build --quiet --locked -p boses-local
export BOSES_API_KEY=boses_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
export BOSES_PROJECT_ID=0193a5b0-0000-7000-8000-000000000001
LOCAL_LOG=$(mktemp -t boses-local.XXXXXX.log)
RUST_LOG=warn target/debug/boses-local --port 0 >"$LOCAL_LOG" 2>&1 &
LOCAL_PID=$!
cleanup_local() { kill "$LOCAL_PID" 2>/dev/null || true; wait "$LOCAL_PID" 2>/dev/null || true; rm -f "$LOCAL_LOG"; }
trap cleanup_local EXIT
URL=""
for _ in $(seq 1 100); do
  URL=$(sed -n 's/^boses-local listening on \(http[^ ]*\).*/\1/p' "$LOCAL_LOG")
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "boses-local did not start"; cat "$LOCAL_LOG"; exit 1; }
export URL
