// A sample HTTP source, written for the Pipedream sandbox: every request to its endpoint
// becomes an event. The sandbox records the requests itself; it never runs this code.
module.exports = {
  key: "http-new-requests",
  name: "http",
  version: "0.0.1",
  description: "Emit every HTTP request sent to the source's endpoint.",
  props: {
    http: {
      type: "$.interface.http",
      customResponse: false,
    },
  },
  async run(event) {
    const { method, path, query, headers, body } = event;
    this.$emit({ method, path, query, headers, body }, { summary: `${method} ${path}` });
  },
};
