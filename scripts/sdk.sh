#!/usr/bin/env bash
# Clients generate from openapi.yaml, as a new user would make them:
# - openapi-python-client (pinned, default settings) generates a Python client without
#   warnings, and tools/sdk/drive.py drives boses-local with it through the whole flow;
# - openapi-typescript generates types without warnings, and tsc accepts them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=.venv-sdk
PY_GENERATOR="openapi-python-client==0.29.1"
RUFF="ruff==0.17.6"   # the generator's default post-hooks run ruff
TS_GENERATOR="openapi-typescript@7.13.0"
TYPESCRIPT="typescript@5.9.3"
if [ ! -x "$VENV/bin/openapi-python-client" ] || [ ! -x "$VENV/bin/ruff" ]; then
  echo "==> installing $PY_GENERATOR and $RUFF into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "$PY_GENERATOR" "$RUFF"
fi
WORK=$(mktemp -d -t boses-sdk.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

echo "==> Python client (openapi-python-client, default settings)"
(cd "$WORK" && PATH="$ROOT/$VENV/bin:$PATH" openapi-python-client generate \
  --path "$ROOT/openapi.yaml" --output-path boses-client) >"$WORK/python-gen.log" 2>&1 \
  || { cat "$WORK/python-gen.log"; exit 1; }
if grep -qiE "warning|error" "$WORK/python-gen.log"; then
  echo "openapi-python-client reported problems:"; cat "$WORK/python-gen.log"; exit 1
fi
# Reinstalled every run: the client must be the one generated from today's document.
"$VENV/bin/pip" install --quiet --disable-pip-version-check --force-reinstall --no-deps "$WORK/boses-client"
"$VENV/bin/pip" install --quiet --disable-pip-version-check "$WORK/boses-client"

. scripts/lib/local.sh
trap 'cleanup_local; rm -rf "$WORK"' EXIT
"$VENV/bin/python" tools/sdk/drive.py "$URL" "$BOSES_API_KEY" "$BOSES_PROJECT_ID"

echo "==> TypeScript types ($TS_GENERATOR)"
mkdir -p "$WORK/ts"
(cd "$WORK/ts" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund "$TS_GENERATOR" "$TYPESCRIPT") \
  || { echo "npm install failed"; exit 1; }
(cd "$WORK/ts" && npx --no-install openapi-typescript "$ROOT/openapi.yaml" -o boses.d.ts) >"$WORK/ts-gen.log" 2>&1 \
  || { cat "$WORK/ts-gen.log"; exit 1; }
if grep -qiE "warn|error" "$WORK/ts-gen.log"; then
  echo "openapi-typescript reported problems:"; cat "$WORK/ts-gen.log"; exit 1
fi
(cd "$WORK/ts" && npx --no-install tsc --noEmit --strict boses.d.ts)
echo "sdk: openapi-typescript generated $(wc -l <"$WORK/ts/boses.d.ts") lines of types without warnings; tsc --strict accepts them"
