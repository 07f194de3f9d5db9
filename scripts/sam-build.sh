#!/usr/bin/env bash
# Builds every function for Lambda (provided.al2023, arm64) with `sam build`, using
# cargo-lambda and zig from PyPI, and checks each bootstrap.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv-sam
if [ ! -x "$VENV/bin/sam" ] || [ ! -x "$VENV/bin/cargo-lambda" ]; then
  echo "==> installing aws-sam-cli, cargo-lambda and zig into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "aws-sam-cli==1.170.0" "cargo-lambda==1.9.2" "ziglang==0.17.1"
fi
rustup target add aarch64-unknown-linux-gnu >/dev/null
export PATH="$PWD/$VENV/bin:$PATH" AWS_DEFAULT_REGION=us-east-1 SAM_CLI_TELEMETRY=0
sam build --beta-features
status=0
for dir in functions/*/; do
  name=$(basename "$dir")
  f=".aws-sam/build/$(grep -B8 "CodeUri: functions/$name\$" template.yaml | sed -n 's/^  \([A-Za-z]*Function\):$/\1/p' | tail -1)/bootstrap"
    # ELF e_machine 0xB7 is AArch64.
  if [ -f "$f" ] && python3 -c 'import sys; d=open(sys.argv[1],"rb").read(20); sys.exit(0 if d[:4]==b"\x7fELF" and d[18]==0xB7 else 1)' "$f"; then
    printf '%-20s %9d bytes  arm64\n' "$name" "$(stat -c %s "$f")"
  else
    echo "missing or not arm64: $f"; status=1
  fi
done
exit $status
