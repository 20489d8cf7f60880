#!/usr/bin/env bash
# The smoke walk (smoke-built-service.ts) against a production install: a copy of this checkout's
# tracked files with its built dist/ and models/, installed with `npm ci --omit=dev` (no tsx, no
# TypeScript, no vitest), as an operator deploys it. Run `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f dist/cli/main.js ] || { echo "dist/ is missing: run npm run build first" >&2; exit 1; }

copy="$(mktemp -d "${TMPDIR:-/tmp}/policy-qa-production-XXXXXX")"
trap 'rm -rf "$copy"' EXIT
echo "production install in $copy"
# Tracked files keep their mtimes older than dist/.built, so the copy starts without a rebuild.
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$copy"
cp -a dist models "$copy/"
(cd "$copy" && ONNXRUNTIME_NODE_INSTALL_CUDA=skip npm ci --omit=dev --no-audit --no-fund --loglevel=error)
for dev in tsx typescript vitest; do
  if [ -e "$copy/node_modules/$dev" ]; then echo "the production install has $dev" >&2; exit 1; fi
done
npx tsx test/smoke/smoke-built-service.ts --app "$copy"
