// A sample schedule source, written for the Pipedream sandbox: it emits on a timer.
// The sandbox reads its props; it never runs this code (timer sources do not fire locally).
export default {
  key: "schedule-every-x-minutes",
  name: "Every X Minutes",
  version: "0.0.1",
  type: "source",
  description: "Emit an event every few minutes.",
  props: {
    timer: {
      type: "$.interface.timer",
      default: { intervalSeconds: 60 * 5 },
    },
  },
  async run(event) {
    this.$emit({ timestamp: event.timestamp }, { summary: "tick" });
  },
};
