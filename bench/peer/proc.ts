// The peer bench's measuring parts: a command timed with the peak memory of its whole process tree (from /proc,
// polled every 20 ms), and a fresh SMTP sink for each run (Postfix's smtp-sink, else the test suite's sink).
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from "node:fs";
import { connect, createServer, type AddressInfo } from "node:net";
import { startSink } from "../../test/helpers/smtp.ts";

export interface Usage { seconds: number; peakMb: number; cpuSeconds: number; code: number | null }

const TICKS = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in these

/** The process `pid` and all its descendants (from each process's parent in /proc/<pid>/stat). */
function tree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch { /* gone already */ }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) for (const [pid, ppid] of parent) if (ppid === found[i]) found.push(pid);
  return found;
}

/** Status fields in kB (VmRSS, VmHWM) and CPU ticks (utime + stime) of one process, or null once it is gone. */
function sample(pid: number): { rss: number; hwm: number; ticks: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    const stat = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
    return { rss: kb("VmRSS"), hwm: kb("VmHWM"), ticks: Number(stat[11]) + Number(stat[12]) };
  } catch {
    return null;
  }
}

/**
 * Runs a command (output to `logFile`) and measures it: wall time, peak memory (the larger of the tree's summed
 * VmRSS at any poll and any one process's VmHWM), and CPU time (user + system, all processes, as last seen).
 */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }): Promise<Usage> {
  const log = openSync(options.logFile, "a");
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", log, log] });
  let peakKb = 0;
  const ticks = new Map<number, number>();
  let pids: number[] = [];
  let polls = 0;
  const poll = () => {
    if (polls++ % 10 === 0) pids = tree(child.pid!); // the whole of /proc is read every 200 ms, the tree every 20 ms
    let sum = 0;
    for (const pid of pids) {
      const s = sample(pid);
      if (!s) continue;
      sum += s.rss;
      peakKb = Math.max(peakKb, s.hwm);
      ticks.set(pid, s.ticks);
    }
    peakKb = Math.max(peakKb, sum);
  };
  const timer = setInterval(poll, 20);
  poll();
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(timer);
      closeSync(log);
      const cpuTicks = [...ticks.values()].reduce((a, b) => a + b, 0);
      resolve({ seconds, peakMb: peakKb / 1024, cpuSeconds: cpuTicks / TICKS, code });
    });
  });
}

/** Which sink openSink() starts. */
export const sinkKind = () => (existsSync(SMTP_SINK) ? "Postfix smtp-sink" : "the test suite's Node SMTP sink: smtp-sink is not installed");
const SMTP_SINK = "/usr/sbin/smtp-sink";

export interface Sink { url: string; messages(): number; bytes(): number | null; close(): Promise<void> }

/** A fresh SMTP sink on 127.0.0.1: Postfix's smtp-sink when installed (bytes: what it read), else the test suite's. */
export async function openSink(): Promise<Sink> {
  if (!existsSync(SMTP_SINK)) {
    const sink = await startSink({ keepRaw: false });
    return { url: sink.url, messages: () => sink.count(), bytes: () => null, close: () => sink.close() };
  }
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  // `smtp-sink -c [-u nobody] 127.0.0.1:PORT 1024` (as root -u is required); -c prints a running "mesg=N" counter.
  const user = process.getuid?.() === 0 ? ["-u", "nobody"] : [];
  const proc = spawn(SMTP_SINK, ["-c", ...user, `127.0.0.1:${port}`, "1024"], { stdio: ["ignore", "pipe", "inherit"] });
  let counter = "";
  proc.stdout.on("data", (d: Buffer) => (counter = (counter + d.toString()).slice(-200)));
  for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((r) => setTimeout(r, 20));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages: () => Number([...counter.matchAll(/mesg=(\d+)/g)].at(-1)?.[1] ?? 0),
    // Everything the sink read from its sockets (the messages and the SMTP commands around them).
    bytes: () => Number(/^rchar: (\d+)/m.exec(readFileSync(`/proc/${proc.pid}/io`, "utf8"))?.[1] ?? NaN),
    close: () => new Promise<void>((r) => { proc.once("exit", () => r()); proc.kill("SIGTERM"); }),
  };
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.on("connect", () => { socket.destroy(); resolve(true); }).on("error", () => resolve(false));
  });
}
