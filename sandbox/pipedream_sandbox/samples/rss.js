// A sample RSS source, written for the Pipedream sandbox in the style of the 2020 registry.
// The sandbox reads its props; it never runs this code (timer sources do not fire locally).
const Parser = require("rss-parser");
const parser = new Parser();

module.exports = {
  key: "rss-new-item-in-feed",
  name: "rss",
  version: "0.0.1",
  description: "Emit new items from an RSS feed.",
  props: {
    url: {
      type: "string",
      label: "Feed URL",
      description: "Enter the URL for any public RSS feed.",
    },
    timer: {
      type: "$.interface.timer",
      default: { intervalSeconds: 60 * 15 },
    },
  },
  dedupe: "unique",
  async run() {
    const feed = await parser.parseURL(this.url);
    for (const item of feed.items.reverse()) {
      const id = item.guid || item.id || item.link;
      // dedupe: "unique" makes the platform drop items whose id was emitted before.
      this.$emit(item, { id, summary: item.title, ts: Date.parse(item.pubDate) || Date.now() });
    }
  },
};
