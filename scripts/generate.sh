#!/usr/bin/env bash
# Generate the Python client from openapi.yaml into OUT_DIR/pipedream_rest_client (default: generated/).
# The folder is deleted first: the generator's --overwrite keeps stray files.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-generated}/pipedream_rest_client"
rm -rf "$out"
mkdir -p "$(dirname "$out")"
openapi-python-client generate --path openapi.yaml --config generator-config.yml \
  --meta none --output-path "$out" --fail-on-warning
