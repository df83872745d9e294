// A sample Slack action, written for the Pipedream sandbox: actions run in workflows, so it can
// be found in the registry and searched, but not deployed as a source.
import slack from "../../slack.app.mjs";

export default {
  key: "slack-send-message",
  name: "Send Message",
  version: "0.0.1",
  type: "action",
  description: "Send a message to a Slack channel.",
  props: {
    slack,
    channel: {
      type: "string",
      label: "Channel",
      description: "The channel to post to, e.g. #general.",
    },
    text: {
      type: "string",
      label: "Text",
      description: "The message.",
    },
  },
  async run({ $ }) {
    return this.slack.postMessage({ channel: this.channel, text: this.text });
  },
};
