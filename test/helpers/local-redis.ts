// A throw-away redis-server on 127.0.0.1 for tests and benchmarks: a free port, no persistence, stopped by its pid.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** A redis-server this process started. */
export interface LocalRedis {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** A TCP port free on 127.0.0.1 right now (redis-server cannot pick one itself). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts `redis-server` from PATH; rejects with a plain instruction when the binary is missing or will not start. */
export async function startLocalRedis(options: { maxMemoryMb?: number; binary?: string; persistDir?: string } = {}): Promise<LocalRedis> {
  for (let tries = 1; ; tries++) {
    const port = await freePort();
    try {
      return await startOn(port, options);
    } catch (error) {
      if ((error as { code?: string }).code === "ENOENT" || tries >= 3) throw error;
    }
  }
}

function startOn(port: number, options: { maxMemoryMb?: number; binary?: string; persistDir?: string }): Promise<LocalRedis> {
  // Volatile by default (fast); with `persistDir`, an append-only file there, as production needs.
  const persistence = options.persistDir ? ["--appendonly", "yes", "--dir", options.persistDir] : ["--appendonly", "no"];
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", ...persistence, "--protected-mode", "yes", "--loglevel", "warning"];
  if (options.maxMemoryMb) args.push("--maxmemory", `${options.maxMemoryMb}mb`);
  const binary = options.binary ?? "redis-server";
  const child: ChildProcess = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => { output += d.toString(); });
  child.stderr?.on("data", (d: Buffer) => { output += d.toString(); });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) => {
      reject(Object.assign(new Error(error.code === "ENOENT"
        ? `${binary} is not on PATH: install it (apt-get install redis-server); the queue tests and benchmark need a real Redis`
        : `cannot start redis-server: ${error.message}`), { code: error.code }));
    });
    child.once("exit", (code) => reject(new Error(`redis-server on port ${port} exited (${code}) before it was ready: ${output.trim().slice(-400)}`)));
    const started = Date.now();
    const poll = async () => {
      if (child.exitCode !== null) return;
      if (await ping(port)) return resolve({ url: `redis://127.0.0.1:${port}`, port, pid: child.pid!, stop });
      if (Date.now() - started > 10_000) {
        await stop();
        return reject(new Error(`redis-server on port ${port} did not answer PING within 10 s: ${output.trim().slice(-400)}`));
      }
      setTimeout(poll, 50);
    };
    void poll();
  });
}

/** True when something on 127.0.0.1:port answers PING with +PONG. */
async function ping(port: number): Promise<boolean> {
  const { connect } = await import("node:net");
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let reply = "";
    const done = (ok: boolean) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(500, () => done(false));
    socket.once("error", () => done(false));
    socket.on("data", (d) => { reply += d.toString(); if (reply.includes("\r\n")) done(reply.startsWith("+PONG")); });
    socket.once("connect", () => socket.write("PING\r\n"));
  });
}
