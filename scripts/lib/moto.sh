# Sourced by scripts/test.sh and scripts/mutants.sh: installs moto into .venv (first
# run only), starts it on a free loopback port, exports the endpoints the tests read,
# and stops it when the calling script exits.
MOTO_VERSION="5.1.22"
if [ ! -x .venv/bin/moto_server ]; then
  echo "==> installing moto $MOTO_VERSION into .venv"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION"
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
MOTO_LOG=$(mktemp -t moto.XXXXXX.log)
.venv/bin/moto_server -H 127.0.0.1 -p "$PORT" >"$MOTO_LOG" 2>&1 &
MOTO_PID=$!
cleanup_moto() { kill "$MOTO_PID" 2>/dev/null || true; wait "$MOTO_PID" 2>/dev/null || true; rm -f "$MOTO_LOG"; }
trap cleanup_moto EXIT
for _ in $(seq 1 100); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/moto-api/')" 2>/dev/null; then break; fi
  if ! kill -0 "$MOTO_PID" 2>/dev/null; then echo "moto failed to start:"; cat "$MOTO_LOG"; exit 1; fi
  sleep 0.1
done
echo "==> moto on 127.0.0.1:$PORT"
export BOSES_TEST_DYNAMODB_ENDPOINT="http://127.0.0.1:$PORT"
export BOSES_TEST_SQS_ENDPOINT="http://127.0.0.1:$PORT"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1
# Tests never talk to real AWS: no profile, no IMDS.
export AWS_EC2_METADATA_DISABLED=true
unset AWS_PROFILE AWS_SESSION_TOKEN AWS_ENDPOINT_URL || true
