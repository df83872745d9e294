// Checks an answer against the response schema that openapi.json (generated from openapi.yaml by
// `make generate`) gives for an operation and status, with Ajv (JSON Schema 2020-12, which
// OpenAPI 3.1 schemas are). Every `#/...` reference is made absolute first, so that any schema
// inside the document can be compiled on its own.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const SPEC_ID = "https://compat.invalid/openapi.json";
const spec = JSON.parse(readFileSync(new URL("../../openapi.json", import.meta.url), "utf8"));

function absoluteRefs(node) {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? `${SPEC_ID}${value}`
        : absoluteRefs(value),
    ]),
  );
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema({ ...absoluteRefs(spec), $id: SPEC_ID });

const validators = new Map();

function resolve(node) {
  let current = node;
  while (current?.$ref) {
    const pointer = current.$ref.replace(/^#\//, "").split("/");
    current = pointer.reduce(
      (at, part) => at[part.replaceAll("~1", "/").replaceAll("~0", "~")],
      spec,
    );
  }
  return current;
}

/** The spec's schema for `method path` answering `status` with JSON, or undefined for no body. */
function responseSchema(method, path, status) {
  const operation = spec.paths[path]?.[method.toLowerCase()];
  assert.ok(operation, `openapi.yaml has no operation ${method} ${path}`);
  const response = resolve(operation.responses[String(status)]);
  assert.ok(response, `openapi.yaml does not document ${status} for ${method} ${path}`);
  return response.content?.["application/json"]?.schema;
}

/** Assert that `body` is what openapi.yaml documents for `method path` answering `status`. */
export function assertMatchesSpec(method, path, status, body) {
  const key = `${method} ${path} ${status}`;
  if (!validators.has(key)) {
    const schema = responseSchema(method, path, status);
    validators.set(key, schema === undefined ? null : ajv.compile(absoluteRefs(schema)));
  }
  const validate = validators.get(key);
  if (validate === null) return;
  assert.ok(
    validate(body),
    `${key}: the answer does not match openapi.yaml: ${ajv.errorsText(validate.errors)}\n` +
      JSON.stringify(body).slice(0, 2_000),
  );
}

