// Starts the project's sandbox for one test run: `python -m pipedream_sandbox`'s own command line
// and app, through sandbox_with_runtime.py, which adds only the runtime's `$emit` link (see
// there); a free loopback port, a fresh database in a temporary folder, a random API key.
// `stop()` ends it and removes the folder; it is also called if the Node process exits or is
// interrupted first, so no sandbox outlives a run.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const PYTHON = join(REPO, ".venv", "bin", "python");
const LAUNCHER = fileURLToPath(new URL("sandbox_with_runtime.py", import.meta.url));
const HOST = "127.0.0.1";

/** A port nobody listens on now (the sandbox refuses port 0, so we pick one for it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The second user's key, as the sandbox prints it ("Second user ... (u_...): KEY, OAuth ..."). */
function otherKeyFrom(output) {
  return output.match(/Second user[^(]*\((u_\w+)\): ([^,\s]+),/)?.slice(1) ?? [];
}

/**
 * Start a sandbox and wait until it answers. Resolves to `{ baseUrl, rootUrl, apiKey, userId,
 * otherApiKey, otherUserId, output, stop }` (`rootUrl` is the server's, without `/v1`).
 */
export async function startSandbox({ readyTimeoutMs = 30_000 } = {}) {
  if (!existsSync(PYTHON)) {
    throw new Error(`${PYTHON} is missing: run \`make setup\` first (make compat does)`);
  }
  const port = await freePort();
  const folder = mkdtempSync(join(tmpdir(), "pipedream-compat-"));
  const apiKey = `compat-${randomBytes(12).toString("hex")}`;
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith("PIPEDREAM_") || name === "PORT") delete env[name];
  }
  const child = spawn(
    PYTHON,
    [LAUNCHER, "--host", HOST, "--port", String(port),
      "--db", join(folder, "sandbox.db"), "--api-key", apiKey, "--log-level", "warning"],
    // Its own process group: the sandbox starts worker processes (component parsing), and
    // `stop()` must end them too.
    { cwd: REPO, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let output = "";
  child.stdout.on("data", (chunk) => { output += chunk; });
  child.stderr.on("data", (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => child.once("exit", resolve));

  let stopped = false;
  /** SIGKILL whatever is left of the sandbox's process group (its leader is `child`). */
  const killGroup = () => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // the group is gone already
    }
  };
  const killOnExit = () => killGroup();
  const killOnSignal = (signal) => {
    killGroup();
    rmSync(folder, { recursive: true, force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("exit", killOnExit);
  process.once("SIGINT", killOnSignal);
  process.once("SIGTERM", killOnSignal);
  async function stop() {
    if (stopped) return;
    stopped = true;
    process.removeListener("exit", killOnExit);
    process.removeListener("SIGINT", killOnSignal);
    process.removeListener("SIGTERM", killOnSignal);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM"); // the server's own clean shutdown
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    // Workers the server left behind would hold its output pipes open (and Node with them).
    killGroup();
    child.stdout.destroy();
    child.stderr.destroy();
    rmSync(folder, { recursive: true, force: true });
  }

  const rootUrl = `http://${HOST}:${port}`;
  const baseUrl = `${rootUrl}/v1`;
  const deadline = Date.now() + readyTimeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`the sandbox exited with ${child.exitCode} before answering:\n${output}`);
      }
      try {
        const answer = await fetch(`${baseUrl}/users/me`, {
          headers: { Authorization: `Bearer ${apiKey}` },
          signal: AbortSignal.timeout(2_000),
        });
        if (answer.ok) {
          const { data } = await answer.json();
          const [otherUserId, otherApiKey] = otherKeyFrom(output);
          return { baseUrl, rootUrl, apiKey, userId: data.id, otherApiKey, otherUserId, output, stop };
        }
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        throw new Error(`the sandbox did not answer within ${readyTimeoutMs} ms:\n${output}`);
      }
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }
}
