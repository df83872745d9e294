#!/usr/bin/env bash
# Generate the Python client from openapi.yaml into OUT_DIR/pipedream_rest_client (default: generated/),
# and the spec's JSON twin into JSON_OUT (default: openapi.json). Usage: generate.sh [OUT_DIR] [JSON_OUT]
# The folder is deleted first: the generator's --overwrite keeps stray files.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-generated}/pipedream_rest_client"
rm -rf "$out"
mkdir -p "$(dirname "$out")"
openapi-python-client generate --path openapi.yaml --config generator-config.yml \
  --meta none --output-path "$out" --fail-on-warning --custom-template-path templates
python scripts/spec_to_json.py openapi.yaml "${2:-openapi.json}"
