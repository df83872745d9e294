// The smallest stand-in for the Pipedream runtime that lets @pipedream/pipedream run, unmodified,
// in plain Node against the sandbox:
//
// - Routing. The app builds every URL as `https://api.pipedream.com/v1<path>` and sends it with
//   `axios($, config)` from @pipedream/platform, which calls the default instance of the `axios`
//   that platform itself requires. `routeToSandbox` adds a request interceptor to that very
//   instance (reached with `createRequire` from platform's own folder, so it is the same CommonJS
//   module, not a second copy) that rewrites the base URL to the sandbox and refuses any other
//   host, so nothing leaves loopback. It also logs each request for the tests to read, and puts
//   the sandbox's answer into the stack of a failed call, so a failing test shows it.
// - Binding. On Pipedream an app prop becomes an object holding the app's methods and `$auth`;
//   `bindApp` builds that object. Actions get their props as `this` and a fake `$` (`fakeStep`)
//   that records `$.export`; sources get `db`, `http.respond`, `$emit` and `PD_COMPONENT`.

import { createRequire } from "node:module";

export const REST_API_BASE = "https://api.pipedream.com/v1";

const platformRequire = createRequire(import.meta.resolve("@pipedream/platform"));
const platformAxios = platformRequire("axios");

/**
 * Send the app's REST calls to `baseUrl` (the sandbox's `.../v1`) and refuse every other host.
 * Returns `{ requests, restore }`: the log of `{method, path, params, status}` sent (status once
 * answered), and a function that removes the interceptors.
 */
export function routeToSandbox(baseUrl) {
  const requests = [];
  const id = platformAxios.interceptors.request.use((config) => {
    const url = String(config.url ?? "");
    if (url !== REST_API_BASE && !url.startsWith(`${REST_API_BASE}/`)) {
      throw new Error(`compat: refused ${url}: only ${REST_API_BASE} is routed (to the sandbox)`);
    }
    const path = url.slice(REST_API_BASE.length);
    const record = { method: (config.method ?? "get").toUpperCase(), path, params: { ...config.params } };
    requests.push(record);
    // axios copies the config it dispatches, so the log entry travels inside it.
    return { ...config, url: `${baseUrl}${path}`, proxy: false, timeout: 10_000, compatRecord: record };
  });
  const noteStatus = (response) => {
    const record = response.config?.compatRecord;
    if (record) record.status = response.status;
  };
  // A failed call's stack (what the test runner prints) names the sandbox's status and answer.
  const answers = platformAxios.interceptors.response.use((response) => {
    noteStatus(response);
    return response;
  }, (error) => {
    if (error.response) {
      noteStatus(error.response);
      const { status, data, config } = error.response;
      error.stack = `${config.method?.toUpperCase()} ${config.url} answered ${status} ` +
        `${JSON.stringify(data)}\n${error.stack}`;
    }
    throw error;
  });
  return {
    requests,
    restore() {
      platformAxios.interceptors.request.eject(id);
      platformAxios.interceptors.response.eject(answers);
    },
  };
}

/**
 * The app as a component sees it in `this.pipedream`: its methods, bound, and `$auth`. The app
 * passes itself as platform's `$`, so platform's debug export of a failed call lands in
 * `debugExports` (not on the console, where it would print the request's Authorization header).
 */
export function bindApp(app, apiKey) {
  const debugExports = [];
  const bound = {
    $auth: { api_key: apiKey },
    debugExports,
    export: (key, value) => debugExports.push({ key, value }),
  };
  for (const [name, method] of Object.entries(app.methods)) {
    bound[name] = method.bind(bound);
  }
  bound.propOptions = (propName, context) =>
    app.propDefinitions[propName].options.call(bound, context);
  return bound;
}

/** A step's `$`: what the component exports is kept in `exports`. */
export function fakeStep() {
  const exports = {};
  return {
    exports,
    export(key, value) {
      exports[key] = value;
    },
  };
}

/** Run an action with its props (the app prop bound to `boundApp`); answers `{result, exports}`. */
export async function runAction(action, boundApp, props) {
  const $ = fakeStep();
  const self = { ...props };
  for (const [name, definition] of Object.entries(action.props)) {
    if (definition?.type === "app") self[name] = boundApp;
  }
  const result = await action.run.call(self, { $ });
  return { result, exports: $.exports };
}

/**
 * A deployed source as its `run` sees it: props, methods, an in-memory `db`, `http.respond`
 * recorded in `responses`, `$emit` handed to `emit(event, metadata)`, and `PD_COMPONENT` set to
 * `componentId` while `run` runs. `$emit` returns nothing, as on Pipedream; `flushEmits()`
 * resolves once every emit made so far has been handed over (and rejects if one failed).
 */
export function instantiateSource(source, boundApp, { componentId, props = {}, emit }) {
  const store = new Map();
  const responses = [];
  const emits = [];
  const self = {
    ...props,
    db: { get: (key) => store.get(key), set: (key, value) => store.set(key, value) },
    http: { respond: (response) => responses.push(response) },
    $emit: (event, metadata) => {
      emits.push(Promise.resolve().then(() => emit(structuredClone(event), metadata)));
    },
  };
  for (const [name, definition] of Object.entries(source.props)) {
    if (definition?.type === "app") self[name] = boundApp;
  }
  for (const [name, method] of Object.entries(source.methods)) {
    self[name] = method.bind(self);
  }
  return {
    responses,
    db: store,
    flushEmits: () => Promise.all(emits.splice(0)),
    async run(event) {
      const previous = process.env.PD_COMPONENT;
      process.env.PD_COMPONENT = componentId;
      try {
        return await source.run.call(self, event);
      } finally {
        if (previous === undefined) delete process.env.PD_COMPONENT;
        else process.env.PD_COMPONENT = previous;
      }
    },
  };
}
