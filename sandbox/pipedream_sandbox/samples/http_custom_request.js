// A sample HTTP action, written for the Pipedream sandbox: actions run in workflows, so it can be
// found in the registry and searched, but not deployed as a source.
export default {
  key: "http-custom-request",
  name: "Send any HTTP Request",
  version: "0.0.1",
  type: "action",
  description: "Send an HTTP request to any URL.",
  props: {
    url: {
      type: "string",
      label: "URL",
    },
    method: {
      type: "string",
      label: "Method",
      options: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      default: "POST",
    },
    body: {
      type: "string",
      label: "Body",
      optional: true,
    },
  },
  async run({ $ }) {
    const response = await fetch(this.url, { method: this.method, body: this.body });
    return response.status;
  },
};
