#!/usr/bin/env bash
# `npm test`: every check the project has, in order of speed; stops at the first failure.
set -euo pipefail
export CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1

step() { printf '\n=== %s ===\n' "$1"; }

step "lint";              npx eslint . --max-warnings=0
step "type check";        npx tsc --noEmit -p .
step "OpenAPI lint";      bash scripts/lint-openapi.sh
step "unit tests";        npx vitest run --project unit
step "integration tests"; npx vitest run --project integration
step "build";             npx next build
step "two instances";     npx vitest run --project instances
step "end-to-end tests";  npx playwright test
