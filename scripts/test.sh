#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs moto into .venv, starts it on a
# free loopback port, runs every Rust test against it and the memory store, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

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

# The locale data is checked where it is made: the full packs' rules (check.py, no
# dependencies) and the derived packs' CLDR facts against babel (verify_derived.py).
DATA_VENV=.venv-data
if [ ! -x "$DATA_VENV/bin/python" ] || ! "$DATA_VENV/bin/python" -c 'import babel' 2>/dev/null; then
  echo "==> installing babel 2.19.0 into $DATA_VENV"
  python3 -m venv "$DATA_VENV"
  "$DATA_VENV/bin/pip" install --quiet --disable-pip-version-check "babel==2.19.0"
fi
echo "==> locale data checks"
python3 tools/locales/check.py | tail -n 1
"$DATA_VENV/bin/python" tools/locales/verify_derived.py

. scripts/lib/moto.sh
export BOSES_REQUIRE_DYNAMODB=1

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
