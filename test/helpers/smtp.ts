// A real SMTP sink on 127.0.0.1 (smtp-server, port 0) that keeps every message and can misbehave on purpose:
// 421 on connect, 451 on RCPT, 550 for an address, a connection dropped mid-DATA or after it, a slow reply.
import { SMTPServer, type SMTPServerSession } from "smtp-server";

/** Faults to inject; counts say how many times, then the sink behaves. Addresses are matched case-insensitively. */
export interface SinkFaults {
  /** The first N connections are greeted with 421 and closed. */
  rejectConnections?: number;
  /** Answer RCPT TO with 451 this many times per address. */
  tempFailRcpt?: Record<string, number>;
  /** Answer RCPT TO with 550 for these addresses, always. */
  rejectRcpt?: string[];
  /** Drop the connection after the first chunk of DATA this many times per address (nothing is delivered). */
  dropMidData?: Record<string, number>;
  /** Keep the message, then drop the connection without replying (the ambiguous window: a duplicate follows). */
  dropAfterData?: Record<string, number>;
  /** Wait this long before answering each DATA. */
  delayMs?: number;
}

/** One message as it arrived. */
export interface ReceivedMessage {
  from: string;
  to: string[];
  raw: Buffer;
  messageId: string | null;
}

export interface Sink {
  port: number;
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  messages: ReceivedMessage[];
  /** Messages received so far (also counted when `keepRaw` is false). */
  count(): number;
  /** How many messages arrived for `email`. */
  countFor(email: string): number;
  /** When each message arrived (performance.now(), taken by the sink as the data ends, not by a poll). */
  arrivals(): number[];
  connections(): number;
  close(): Promise<void>;
}

/** Starts the sink; `keepRaw: false` counts messages without keeping them (for benchmarks); `host` defaults to 127.0.0.1. */
export async function startSink(options: { faults?: SinkFaults; keepRaw?: boolean; host?: string } = {}): Promise<Sink> {
  const faults = options.faults ?? {};
  const keepRaw = options.keepRaw ?? true;
  const left = (table: Record<string, number> | undefined) =>
    new Map(Object.entries(table ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const tempFail = left(faults.tempFailRcpt);
  const dropMid = left(faults.dropMidData);
  const dropAfter = left(faults.dropAfterData);
  const rejected = new Set((faults.rejectRcpt ?? []).map((a) => a.toLowerCase()));
  const perAddress = new Map<string, number>();
  const messages: ReceivedMessage[] = [];
  let received = 0;
  const arrivals: number[] = [];
  let connections = 0;
  let rejectLeft = faults.rejectConnections ?? 0;

  const take = (table: Map<string, number>, session: SMTPServerSession): boolean => {
    for (const to of session.envelope.rcptTo) {
      const key = to.address.toLowerCase();
      const n = table.get(key) ?? 0;
      if (n > 0) {
        table.set(key, n - 1);
        return true;
      }
    }
    return false;
  };
  const dropConnection = (session: SMTPServerSession) => {
    const all = (server as unknown as { connections: Set<{ id: string; _socket: { destroy(): void } }> }).connections;
    for (const c of all) if (c.id === session.id) c._socket.destroy();
  };
  const coded = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 50 * 1024 * 1024,
    onConnect(_session, callback) {
      connections++;
      if (rejectLeft > 0) {
        rejectLeft--;
        return callback(coded(421, "4.3.2 Too busy, try again later"));
      }
      callback();
    },
    onRcptTo(address, session, callback) {
      const key = address.address.toLowerCase();
      if (rejected.has(key)) return callback(coded(550, "5.1.1 No such user here"));
      const n = tempFail.get(key) ?? 0;
      if (n > 0) {
        tempFail.set(key, n - 1);
        return callback(coded(451, "4.7.1 Greylisted, try again later"));
      }
      callback();
    },
    onData(stream, session, callback) {
      if (take(dropMid, session)) {
        stream.once("data", () => dropConnection(session));
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => { if (keepRaw) chunks.push(chunk); });
      stream.on("end", () => {
        received++;
        arrivals.push(performance.now());
        const to = session.envelope.rcptTo.map((a) => a.address);
        for (const address of to) perAddress.set(address.toLowerCase(), (perAddress.get(address.toLowerCase()) ?? 0) + 1);
        if (keepRaw) {
          const raw = Buffer.concat(chunks);
          const head = raw.subarray(0, Math.max(0, raw.indexOf("\r\n\r\n"))).toString("latin1");
          const messageId = /^Message-ID:\s*(.+)$/im.exec(head)?.[1]?.trim() ?? null;
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          messages.push({ from, to, raw, messageId });
        }
        if (take(dropAfter, session)) return dropConnection(session);
        if (faults.delayMs) setTimeout(() => callback(null, "2.0.0 Queued"), faults.delayMs);
        else callback(null, "2.0.0 Queued"); // setTimeout(0) would add a millisecond to every message
      });
    },
  });
  server.on("error", () => undefined); // dropped connections surface here; they are the point of the faults
  await new Promise<void>((resolve) => server.listen(0, options.host ?? "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://${options.host ?? "127.0.0.1"}:${port}`,
    messages,
    count: () => received,
    arrivals: () => [...arrivals],
    countFor: (email) => perAddress.get(email.toLowerCase()) ?? 0,
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
