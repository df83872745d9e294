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
type ErrorBody = components["schemas"]["ErrorBody"];

/** A client for the real API (or the sandbox, with its base URL). */
export function pipedreamApi(apiKey: string, baseUrl = "https://api.pipedream.com/v1"): PipedreamApi {
  return createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
}

/** Each error response carries the ErrorBody schema: one message for all of them. */
function describeError(status: number, body: ErrorBody): string {
  return `HTTP ${status}: ${body.error}${body.code === undefined ? "" : ` (${body.code})`}`;
}

/** IDs from the spec's examples. */
const SOURCE_ID = "dc_abc123";
const COMPONENT_ID = "sc_JDi8EB";
const WORKFLOW_ID = "p_abc123";
const EVENT_ID = "1589486981598-0";
const WEBHOOK_ID = "wh_Rz5Tq1";
const WORKSPACE_ID = "o_Qa8I1Z";
const ACCOUNT_ID = "apn_abc123";

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
    const props: string[] = data.data.configurable_props.map((prop) => `${prop.name ?? "?"}: ${prop.type ?? "?"}`);
    return `component ${data.data.id} (${data.data.code_hash}) takes ${props.join(", ")}`;
  },

  get_component: async (api) => {
    const { data, error, response } = await api.GET("/components/{id}", {
      params: { path: { id: COMPONENT_ID }, query: { include: "name,version" } },
    });
    if (error) return describeError(response.status, error);
    const version: string | undefined = data.data.version;
    return `${data.data.name}@${version ?? "?"}`;
  },

  list_sources: async (api) => {
    const { data, error, response } = await api.GET("/users/me/sources", {
      params: { query: { limit: 10 } },
    });
    if (error) return describeError(response.status, error);
    const next: string | null | undefined = data.page_info.end_cursor;
    const names: string[] = data.data.map((source) => `${source.id} ${source.name}`);
    return `${data.page_info.count} of ${data.page_info.total_count ?? "?"}: ${names.join("; ")} (next: ${next ?? "none"})`;
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
    const active: boolean = data.data.active;
    return `source ${data.data.id} from ${data.data.component_id}, active: ${String(active)}`;
  },

  update_source: async (api) => {
    const { data, error, response } = await api.PUT("/sources/{id}", {
      params: { path: { id: SOURCE_ID } },
      body: { active: false },
    });
    if (error) return describeError(response.status, error);
    const updatedAt: number = data.data.updated_at;
    return `source ${data.data.id} paused: ${String(!data.data.active)} at ${updatedAt}`;
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
    // 204 carries nothing; 200 carries one subscription or a list of them (docs/evidence.md).
    const answer = data?.data;
    const subscriptions = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
    const lines = subscriptions.map(
      ({ id, emitter_id, listener_id, event_name }) =>
        `subscription ${id}: ${emitter_id} -> ${listener_id} on "${event_name}"`,
    );
    return lines.join("\n") || `subscribed (HTTP ${response.status})`;
  },

  list_source_events: async (api) => {
    const { data, error, response } = await api.GET("/sources/{id}/event_summaries", {
      params: { path: { id: SOURCE_ID }, query: { expand: "event", limit: 2, event_name: "$logs" } },
    });
    if (error) return describeError(response.status, error);
    const lines: string[] = data.data.map(
      (event) =>
        `${event.id} at ${event.indexed_at_ms} ms from ${event.metadata.emitter_id ?? "?"}: ` +
        `${event.metadata.summary ?? ""} (emitted id ${String(event.metadata.id ?? "?")})`,
    );
    return lines.join("\n");
  },

  delete_source_events: async (api) => {
    const { error, response } = await api.DELETE("/sources/{id}/events", {
      params: { path: { id: SOURCE_ID }, query: { start_id: EVENT_ID, end_id: EVENT_ID, event_name: "$logs" } },
    });
    if (error) return describeError(response.status, error);
    return `deletion of event ${EVENT_ID} accepted (HTTP ${response.status})`;
  },

  stream_source_events: async (api) => {
    // Served outside /v1 (the spec's path-level server): read the first chunk, then hang up.
    const { data, error, response } = await api.GET("/sources/{id}/sse", {
      baseUrl: "https://api.pipedream.com",
      params: { path: { id: SOURCE_ID }, header: { "Last-Event-ID": EVENT_ID } },
      parseAs: "stream",
    });
    if (error) return describeError(response.status, error);
    const reader = data?.getReader();
    const first = await reader?.read();
    await reader?.cancel();
    return `stream open (${response.headers.get("content-type") ?? "?"}): ${first?.value?.length ?? 0} bytes first`;
  },

  // The operations later editions added around the same resources.
  get_registry_component: async (api) => {
    const { data, error, response } = await api.GET("/components/registry/{key}", {
      params: { path: { key: "rss-new-item-in-feed" } },
    });
    if (error) return describeError(response.status, error);
    const key: string | undefined = data.data.key;
    return `registry ${key ?? "?"}: ${data.data.name}@${data.data.version}`;
  },

  search_components: async (api) => {
    const { data, error, response } = await api.GET("/components/search", {
      params: { query: { query: "new item in rss feed", app: "rss", similarity_threshold: 0.5, debug: false } },
    });
    if (error) return describeError(response.status, error);
    const sources: string[] = data.sources;
    const actions: string[] = data.actions;
    return `sources: ${sources.join(", ")}; actions: ${actions.join(", ")}`;
  },

  delete_subscription: async (api) => {
    const { error, response } = await api.DELETE("/subscriptions", {
      params: { query: { emitter_id: SOURCE_ID, listener_id: WORKFLOW_ID, event_name: "" } },
    });
    if (error) return describeError(response.status, error);
    return `unsubscribed ${WORKFLOW_ID} from ${SOURCE_ID} (HTTP ${response.status})`;
  },

  create_auto_subscription: async (api) => {
    const { data, error, response } = await api.POST("/auto_subscriptions", {
      params: { query: { event_name: "$errors", listener_id: WEBHOOK_ID } },
    });
    if (error) return describeError(response.status, error);
    // 200 may carry the auto-subscription; 204 carries nothing.
    const auto = data?.data;
    return `auto-subscription ${auto?.id ?? "?"}: ${auto?.event_name ?? "?"} -> ${auto?.listener_id ?? "?"} (HTTP ${response.status})`;
  },

  list_subscriptions: async (api) => {
    const { data, error, response } = await api.GET("/users/me/subscriptions");
    if (error) return describeError(response.status, error);
    return data.data.map((sub) => `${sub.emitter_id} -> ${sub.listener_id}`).join("; ");
  },

  list_webhooks: async (api) => {
    const { data, error, response } = await api.GET("/users/me/webhooks", { params: { query: { limit: 10 } } });
    if (error) return describeError(response.status, error);
    const urls: string[] = data.data.map((hook) => `${hook.name ?? "(unnamed)"} ${hook.url}`);
    return `${urls.join("; ")} (next: ${data.page_info.end_cursor ?? "none"})`;
  },

  create_webhook: async (api) => {
    const { data, error, response } = await api.POST("/webhooks", {
      params: { query: { url: "https://example.com/pipedream-errors", name: "Error alerts" } },
    });
    if (error) return describeError(response.status, error);
    const description: string | null | undefined = data.data.description;
    return `webhook ${data.data.id} -> ${data.data.url} (${description ?? "no description"})`;
  },

  delete_webhook: async (api) => {
    const { error, response } = await api.DELETE("/webhooks/{id}", { params: { path: { id: WEBHOOK_ID } } });
    if (error) return describeError(response.status, error);
    return `webhook ${WEBHOOK_ID} deleted (HTTP ${response.status})`;
  },

  list_workspace_sources: async (api) => {
    const { data, error, response } = await api.GET("/orgs/{org_id}/sources", {
      params: { path: { org_id: WORKSPACE_ID }, query: { limit: 10 } },
    });
    if (error) return describeError(response.status, error);
    return data.data.map((source) => `${source.id} owned by ${source.owner_id ?? "?"}`).join("; ");
  },

  get_workspace: async (api) => {
    const { data, error, response } = await api.GET("/workspaces/{id}", { params: { path: { id: WORKSPACE_ID } } });
    if (error) return describeError(response.status, error);
    const used: number | undefined = data.data.daily_credits_used;
    return `${data.data.orgname}: ${used ?? "?"} of ${data.data.daily_credits_quota ?? "?"} credits used today`;
  },

  list_workspace_subscriptions: async (api) => {
    const { data, error, response } = await api.GET("/workspaces/{id}/subscriptions", {
      params: { path: { id: WORKSPACE_ID } },
    });
    if (error) return describeError(response.status, error);
    return `${data.data.length} subscriptions in ${WORKSPACE_ID}`;
  },

  list_workspaces: async (api) => {
    const { data, error, response } = await api.GET("/users/me/workspaces");
    if (error) return describeError(response.status, error);
    return data.data.map((workspace) => `${workspace.id} ${workspace.name}`).join("; ");
  },

  list_workflow_events: async (api) => {
    const { data, error, response } = await api.GET("/workflows/{workflow_id}/event_summaries", {
      params: { path: { workflow_id: WORKFLOW_ID }, query: { expand: "event", limit: 5 } },
    });
    if (error) return describeError(response.status, error);
    return data.data.map((event) => `${event.id} at ${event.indexed_at_ms} ms`).join("\n");
  },

  list_workflow_errors: async (api) => {
    const { data, error, response } = await api.GET("/workflows/{workflow_id}/$errors/event_summaries", {
      params: { path: { workflow_id: WORKFLOW_ID }, query: { limit: 5 } },
    });
    if (error) return describeError(response.status, error);
    const failures: string[] = data.data.map(
      (summary) =>
        `${summary.event.error.code} in step ${summary.event.error.cellId ?? "?"} ` +
        // The 2021 edition puts metadata beside `event`, the current docs inside it.
        `(${(summary.metadata ?? summary.event.metadata)?.emit_id ?? "?"})`,
    );
    return failures.join("\n");
  },

  create_oauth_token: async (api) => {
    // The token endpoint takes client credentials, not the Bearer key.
    const { data, error, response } = await api.POST("/oauth/token", {
      body: { grant_type: "client_credentials", client_id: "oa_abc123", client_secret: "pd_secret_abc123" },
      headers: { Authorization: null },
    });
    if (error) return describeError(response.status, error);
    const expiresIn: number | undefined = data.expires_in;
    return `a ${data.token_type ?? "?"} token, valid for ${expiresIn ?? "?"} s`;
  },

  // Issue 10: the rest of the documented API, and the older forms tools still call.
  revoke_oauth_token: async (api) => {
    const { error, response } = await api.POST("/oauth/revoke", {
      body: { token: "pd_at_4b5f6e7d8c9a0b1c2d3e4f5a6b7c8d9e", client_id: "oa_abc123", client_secret: "pd_secret_abc123" },
      headers: { Authorization: null },
    });
    if (error) return describeError(response.status, error);
    return `token revoked (HTTP ${response.status})`;
  },

  create_workflow: async (api) => {
    const { data, error, response } = await api.POST("/workflows", {
      body: {
        project_id: "proj_wx9sgy",
        org_id: "o_BYDI5y",
        template_id: "tch_3BXfWO",
        steps: [{ namespace: "code", props: { stringProp: "asdf" } }],
        settings: { name: "example workflow name", auto_deploy: true },
      },
    });
    if (error) return describeError(response.status, error);
    const triggers: string[] = (data.data.triggers ?? []).map((trigger) => trigger.endpoint_url ?? trigger.id ?? "?");
    return `workflow ${data.data.id ?? "?"} (${data.data.name ?? "?"}), active: ${String(data.data.active)}, triggers: ${triggers.join(", ")}`;
  },

  update_workflow: async (api) => {
    const { data, error, response } = await api.PUT("/workflows/{workflow_id}", {
      params: { path: { workflow_id: WORKFLOW_ID } },
      body: { active: false, org_id: WORKSPACE_ID },
    });
    if (error) return describeError(response.status, error);
    return `workflow ${data?.data?.id ?? WORKFLOW_ID} active: ${String(data?.data?.active ?? false)} (HTTP ${response.status})`;
  },

  get_workflow: async (api) => {
    const { data, error, response } = await api.GET("/workflows/{workflow_id}", {
      params: { path: { workflow_id: WORKFLOW_ID }, query: { org_id: WORKSPACE_ID } },
    });
    if (error) return describeError(response.status, error);
    // Not wrapped in `data`: the docs print `{triggers, steps}`.
    const steps: string[] = (data.steps ?? []).map((step) => `${step.namespace ?? "?"} (${step.lang ?? "?"})`);
    return `${(data.triggers ?? []).length} triggers; steps: ${steps.join(", ")}`;
  },

  list_apps: async (api) => {
    const { data, error, response } = await api.GET("/apps", {
      params: { query: { q: "Slack", has_actions: true, limit: 10 } },
    });
    if (error) return describeError(response.status, error);
    const apps: string[] = data.data.map((app) => `${app.name_slug ?? "?"} (${app.auth_type ?? "no auth"})`);
    return `${apps.join(", ")} (next: ${data.page_info.end_cursor ?? "none"})`;
  },

  get_app: async (api) => {
    const { data, error, response } = await api.GET("/apps/{app_id}", { params: { path: { app_id: "slack" } } });
    if (error) return describeError(response.status, error);
    const categories: string[] = data.data.categories ?? [];
    return `${data.data.name ?? "?"} in ${categories.join(", ")}, proxy: ${String(data.data.connect?.proxy_enabled ?? false)}`;
  },

  list_app_categories: async (api) => {
    const { data, error, response } = await api.GET("/app_categories");
    if (error) return describeError(response.status, error);
    // A bare array, not wrapped in `data`.
    return data.map((category) => category.name ?? "?").join(", ");
  },

  get_app_category: async (api) => {
    const { data, error, response } = await api.GET("/app_categories/{id}", {
      params: { path: { id: "appcat_Communication" } },
    });
    if (error) return describeError(response.status, error);
    const description: string | null | undefined = data.description;
    return `${data.name ?? "?"}: ${description ?? "no description"}`;
  },

  list_accounts: async (api) => {
    const { data, error, response } = await api.GET("/accounts", { params: { query: { app: "google_sheets" } } });
    if (error) return describeError(response.status, error);
    return data.data
      .map((account) => `${account.id ?? "?"} ${account.app?.name ?? "?"} healthy: ${String(account.healthy)}`)
      .join("; ");
  },

  get_account: async (api) => {
    const { data, error, response } = await api.GET("/accounts/{account_id}", {
      params: { path: { account_id: ACCOUNT_ID }, query: { include_credentials: true } },
    });
    if (error) return describeError(response.status, error);
    // Credentials are secrets: name the fields, never print their values.
    const fields: string[] = Object.keys(data.data.credentials ?? {});
    return `${data.data.name ?? "?"} expires ${data.data.expires_at ?? "never"}; credential fields: ${fields.join(", ")}`;
  },

  list_workspace_accounts: async (api) => {
    const { data, error, response } = await api.GET("/workspaces/{id}/accounts", {
      params: { path: { id: WORKSPACE_ID }, query: { query: "google_sheets", limit: 10 } },
    });
    if (error) return describeError(response.status, error);
    return `${data.data.map((account) => account.name ?? "?").join(", ")} (next: ${data.page_info.end_cursor ?? "none"})`;
  },

  list_workspace_projects: async (api) => {
    const { data, error, response } = await api.GET("/workspaces/{id}/projects", {
      params: { path: { id: WORKSPACE_ID } },
    });
    if (error) return describeError(response.status, error);
    return data.data.map((project) => `${project.id ?? "?"} ${project.name ?? ""}`).join("; ");
  },

  list_source_events_legacy: async (api) => {
    const { data, error, response } = await api.GET("/sources/{id}/events", {
      params: { path: { id: SOURCE_ID }, query: { n: 2 } },
    });
    if (error) return describeError(response.status, error);
    // Either shape: an event summary (`indexed_at_ms`) or an emitted event (`ts`).
    return data.data.map((event) => `${event.id ?? "?"} at ${event.indexed_at_ms ?? event.ts ?? "?"} ms`).join("\n");
  },

  list_org_subscriptions: async (api) => {
    const { data, error, response } = await api.GET("/orgs/{org_id}/subscriptions", {
      params: { path: { org_id: WORKSPACE_ID } },
    });
    if (error) return describeError(response.status, error);
    return `${data.data.length} subscriptions in ${WORKSPACE_ID} (older path)`;
  },
};
