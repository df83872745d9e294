/**
 * Every operation of openapi.yaml, called from TypeScript through openapi-fetch.
 *
 * Why: other-language teams generate their clients from openapi.yaml. `make ts-check` generates
 * types with openapi-typescript and type-checks this file with `tsc --strict`, so a spec change
 * that would break a TypeScript user (a renamed field, a changed path or parameter) fails the build.
 *
 * Adding an operation to the spec: add an entry named after its operationId to `everyOperation`.
 * Until you do, tsc fails with "Property '<operationId>' is missing", naming it.
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, operations, paths } from "./generated/openapi";

export type PipedreamApi = Client<paths>;
type ErrorBody = components["schemas"]["Error"];

/** A client for the real API (or the sandbox, with its base URL). */
export function pipedreamApi(apiKey: string, baseUrl = "https://api.pipedream.com/v1"): PipedreamApi {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
}

/** Each error response carries the Error schema: one message for all of them. */
function describeError(status: number, body: ErrorBody): string {
  return `HTTP ${status}: ${body.error}${body.code === undefined ? "" : ` (${body.code})`}`;
}

/** IDs from the spec's examples. */
const SOURCE_ID = "dc_abc123";
const COMPONENT_ID = "sc_JDi8EB";
const WORKFLOW_ID = "p_abc123";
const EVENT_ID = "1589486981598-0";

/** One call per operationId; each reads typed fields of its answer and sums it up in a line. */
export const everyOperation: { [OperationId in keyof operations]: (api: PipedreamApi) => Promise<string> } = {
  get_current_user: async (api) => {
    const { data, error, response } = await api.GET("/users/me");
    if (error) return describeError(response.status, error);
    const user = data.data;
    const workspaces: string[] = (user.orgs ?? []).map((org) => org.orgname ?? org.id ?? "?");
    return `${user.username ?? "?"} <${user.email ?? "?"}> in ${workspaces.join(", ") || "no workspace"}`;
  },

  create_component: async (api) => {
    const { data, error, response } = await api.POST("/components", {
      body: { component_url: "https://github.com/PipedreamHQ/pipedream/components/rss/rss.js" },
    });
    if (error) return describeError(response.status, error);
    const props: string[] = (data.data.configurable_props ?? []).map((prop) => `${prop.name ?? "?"}: ${prop.type ?? "?"}`);
    return `component ${data.data.id ?? "?"} (${data.data.code_hash ?? "no hash"}) takes ${props.join(", ")}`;
  },

  get_component: async (api) => {
    const { data, error, response } = await api.GET("/components/{id}", {
      params: { path: { id: COMPONENT_ID }, query: { include: "name,version" } },
    });
    if (error) return describeError(response.status, error);
    const version: string | undefined = data.data.version;
    return `${data.data.name ?? "?"}@${version ?? "?"}`;
  },

  list_sources: async (api) => {
    const { data, error, response } = await api.GET("/users/me/sources", {
      params: { query: { limit: 10 } },
    });
    if (error) return describeError(response.status, error);
    const next: string | null | undefined = data.page_info.end_cursor;
    const names: string[] = data.data.map((source) => `${source.id ?? "?"} ${source.name ?? ""}`);
    return `${data.page_info.count ?? names.length} of ${data.page_info.total_count ?? "?"}: ${names.join("; ")} (next: ${next ?? "none"})`;
  },

  create_source: async (api) => {
    const { data, error, response } = await api.POST("/sources", {
      body: {
        key: "rss-new-item-in-feed",
        name: "rss-every-15-minutes",
        configured_props: { url: "https://rss.m.pipedream.net", timer: { intervalSeconds: 900 } },
      },
    });
    if (error) return describeError(response.status, error);
    const active: boolean | undefined = data.data.active;
    return `source ${data.data.id ?? "?"} from ${data.data.component_id ?? "?"}, active: ${String(active)}`;
  },

  update_source: async (api) => {
    const { data, error, response } = await api.PUT("/sources/{id}", {
      params: { path: { id: SOURCE_ID } },
      body: { active: false },
    });
    if (error) return describeError(response.status, error);
    const updatedAt: number | undefined = data.data.updated_at;
    return `source ${data.data.id ?? "?"} paused: ${String(data.data.active === false)} at ${updatedAt ?? "?"}`;
  },

  delete_source: async (api) => {
    const { error, response } = await api.DELETE("/sources/{id}", { params: { path: { id: SOURCE_ID } } });
    if (error) return describeError(response.status, error);
    return `source ${SOURCE_ID} deleted (HTTP ${response.status})`;
  },

  create_subscription: async (api) => {
    const { data, error, response } = await api.POST("/subscriptions", {
      params: { query: { emitter_id: SOURCE_ID, listener_id: WORKFLOW_ID, event_name: "$errors" } },
    });
    if (error) return describeError(response.status, error);
    const { id, emitter_id, listener_id, event_name } = data.data;
    return `subscription ${id ?? "?"}: ${emitter_id ?? "?"} -> ${listener_id ?? "?"} on "${event_name ?? ""}"`;
  },

  list_source_events: async (api) => {
    const { data, error, response } = await api.GET("/sources/{id}/event_summaries", {
      params: { path: { id: SOURCE_ID }, query: { expand: "event", limit: 2 } },
    });
    if (error) return describeError(response.status, error);
    const lines: string[] = data.data.map(
      (event) => `${event.id ?? "?"} at ${event.indexed_at_ms ?? "?"} ms from ${event.metadata?.emitter_id ?? "?"}`,
    );
    return lines.join("\n");
  },

  delete_source_events: async (api) => {
    const { error, response } = await api.DELETE("/sources/{id}/events", {
      params: { path: { id: SOURCE_ID }, query: { start_id: EVENT_ID, end_id: EVENT_ID } },
    });
    if (error) return describeError(response.status, error);
    return `deletion of event ${EVENT_ID} accepted (HTTP ${response.status})`;
  },
};
