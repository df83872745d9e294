// A sample GitHub source, written for the Pipedream sandbox in the style of the registry.
// The sandbox reads its props; it never runs this code (timer sources do not fire locally).
import github from "../../github.app.mjs";

export default {
  key: "github-new-repository",
  name: "New Repository",
  version: "0.0.1",
  type: "source",
  description: "Emit an event when a repository is created in your GitHub account.",
  props: {
    github,
    timer: {
      type: "$.interface.timer",
      default: { intervalSeconds: 60 * 15 },
    },
    db: "$.service.db",
  },
  dedupe: "unique",
  async run() {
    const repos = await this.github.listRepos({ sort: "created" });
    for (const repo of repos) {
      this.$emit(repo, { id: repo.id, summary: repo.full_name, ts: Date.parse(repo.created_at) });
    }
  },
};
