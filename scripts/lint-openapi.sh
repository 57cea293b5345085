#!/usr/bin/env bash
# `npm run lint:openapi`: the OpenAPI document generated from the contracts, linted with Redocly's
# recommended rules (redocly.yaml); any error fails. Redocly runs offline: no telemetry, no update check.
set -euo pipefail
document="$(mktemp --suffix=.json)"
trap 'rm -f "$document"' EXIT
npx tsx scripts/write-openapi.ts "$document"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true npx redocly lint --config redocly.yaml --format stylish "$document"
