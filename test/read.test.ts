// readSource against a real node:http server on 127.0.0.1 and real files: every failure is one EREAD line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DigestError } from "../src/errors.ts";
import { decodeBytes, type ReadOptions, readSource } from "../src/read/index.ts";
import type { Source } from "../src/types.ts";

const OPTIONS: ReadOptions = {
  timeoutMs: 400,
  maxBytes: 64 * 1024,
  maxRedirects: 3,
  userAgent: "daily-briefing-test/1.0 (+https://example.org/bot)",
  now: () => new Date("2024-01-04T12:00:00Z"),
};

const ROUTES: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/ok": (req, res) => {
    res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
    res.end(`agent=${req.headers["user-agent"]}\nDéjà vu ✓`);
  },
  "/latin1": (_, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" });
    res.end(Buffer.from("<p>Caf\xe9 cr\xe8me</p>", "latin1"));
  },
  "/meta-charset": (_, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), Buffer.from([0x93, 0x41, 0x94]), Buffer.from("</p>")]));
  },
  "/bogus-charset": (_, res) => {
    res.writeHead(200, { "content-type": "text/plain; charset=x-made-up" });
    res.end("naïve text");
  },
  "/missing": (_, res) => {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("nope");
  },
  "/broken": (_, res) => {
    res.writeHead(500);
    res.end();
  },
  "/slow": (_, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.write("first bytes…");
    setTimeout(() => res.end("too late"), 3000).unref();
  },
  "/huge": (_, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    const chunk = Buffer.alloc(16 * 1024, "a");
    let sent = 0;
    const pump = () => {
      while (sent < 40 && res.write(chunk)) sent++;
      if (sent < 40) res.once("drain", pump);
      else res.end();
    };
    pump();
  },
  "/huge-declared": (_, res) => {
    res.writeHead(200, { "content-type": "text/plain", "content-length": String(10 * 1024 * 1024) });
    res.end();
  },
  "/loop-a": (_, res) => redirect(res, "/loop-b"),
  "/loop-b": (_, res) => redirect(res, "/loop-a"),
  "/hop1": (_, res) => redirect(res, "/hop2"),
  "/hop2": (_, res) => redirect(res, "/ok"),
  "/chain1": (_, res) => redirect(res, "/chain2"),
  "/chain2": (_, res) => redirect(res, "/chain3"),
  "/chain3": (_, res) => redirect(res, "/chain4"),
  "/chain4": (_, res) => redirect(res, "/chain5"),
  "/chain5": (_, res) => redirect(res, "/ok"),
};

function redirect(res: ServerResponse, to: string): void {
  res.writeHead(302, { location: to });
  res.end();
}

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => (ROUTES[req.url ?? ""] ?? ROUTES["/missing"]!)(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function source(location: string): Source {
  return { id: "s1", name: "Test Source", location, format: "auto", timezone: null, weight: 1, keyPoints: 3 };
}

async function readError(location: string): Promise<DigestError> {
  const error = await readSource(source(location), OPTIONS).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DigestError);
  const digestError = error as DigestError;
  expect(digestError.code).toBe("EREAD");
  expect(digestError.sourceId).toBe("s1");
  expect(digestError.message).toMatch(/^Test Source: /);
  expect(digestError.message).not.toContain("\n");
  return digestError;
}

describe("readSource over http", () => {
  it("reads a page, sends the User-Agent and stamps fetchedAt", async () => {
    const doc = await readSource(source(`${base}/ok`), OPTIONS);
    expect(doc.body).toBe(`agent=${OPTIONS.userAgent}\nDéjà vu ✓`);
    expect(doc.contentType).toBe("text/plain; charset=utf-8");
    expect(doc.fetchedAt).toBe("2024-01-04T12:00:00.000Z");
  });

  it("honours the Content-Type charset", async () => {
    expect((await readSource(source(`${base}/latin1`), OPTIONS)).body).toBe("<p>Café crème</p>");
  });

  it("falls back to a <meta charset> when the header names none", async () => {
    expect((await readSource(source(`${base}/meta-charset`), OPTIONS)).body).toContain("<p>“A”</p>");
  });

  it("reads an unknown charset label as UTF-8 instead of failing", async () => {
    expect((await readSource(source(`${base}/bogus-charset`), OPTIONS)).body).toBe("naïve text");
  });

  it("follows a bounded number of redirects and reports the final URL", async () => {
    const doc = await readSource(source(`${base}/hop1`), OPTIONS);
    expect(doc.location).toBe(`${base}/ok`);
  });

  it.each([
    ["/missing", /HTTP 404/],
    ["/broken", /HTTP 500/],
    ["/slow", /timed out after 400 ms/],
    ["/huge", /over the 64 KB limit/],
    ["/huge-declared", /10\.0 MB, over the 64 KB limit/],
    ["/loop-a", /redirect loop/],
    ["/chain1", /more than 3 redirects/],
  ])("fails %s with one clear line", async (path, reason) => {
    expect((await readError(`${base}${path}`)).message).toMatch(reason);
  });

  it("fails cleanly when nothing listens on the port", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect((await readError(`http://127.0.0.1:${port}/`)).message).toMatch(/network error ECONNREFUSED/);
  });
});

describe("readSource from disk", () => {
  const dir = mkdtempSync(join(tmpdir(), "read-test-"));

  it("reads a local file as UTF-8, dropping a BOM", async () => {
    writeFileSync(join(dir, "page.txt"), "\uFEFFHello — world");
    const doc = await readSource(source(join(dir, "page.txt")), OPTIONS);
    expect(doc.body).toBe("Hello — world");
    expect(doc.contentType).toBeNull();
  });

  it("fails on a missing file and on a file over the cap", async () => {
    expect((await readError(join(dir, "absent.txt"))).message).toMatch(/no such file/);
    writeFileSync(join(dir, "big.txt"), Buffer.alloc(OPTIONS.maxBytes + 1, "x"));
    expect((await readError(join(dir, "big.txt"))).message).toMatch(/over the 64 KB limit/);
  });
});

describe("decodeBytes", () => {
  it("prefers a BOM over the declared charset", () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("hi", "utf16le")]);
    expect(decodeBytes(bytes, "text/plain; charset=utf-8")).toBe("hi");
  });
});

describe("outbound fetches stay off this machine and its private network", () => {
  it("knows private, loopback, link-local and metadata addresses, IPv4 and IPv6", async () => {
    const { isPrivateAddress } = await import("../src/read/guard.ts");
    for (const ip of ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"]) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ["93.184.216.34", "1.1.1.1", "2606:4700::1111", "::ffff:8.8.8.8"]) expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it("refuses a redirect from a public source to an internal address, and reads nothing from it", async () => {
    // Two servers on this machine: one stands for the public site (127.0.0.1), one for an internal page (127.0.0.2).
    let internalHits = 0;
    const internal = createServer((_, res) => {
      internalHits++;
      res.end("internal admin page");
    });
    await new Promise<void>((r) => internal.listen(0, "127.0.0.2", r));
    const target = `http://127.0.0.2:${(internal.address() as AddressInfo).port}/admin`;
    const site = createServer((_, res) => {
      res.writeHead(302, { location: target });
      res.end();
    });
    await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/feed`;
    const isPrivate = (ip: string) => ip === "127.0.0.2";
    try {
      await expect(readSource(source(url), { ...OPTIONS, isPrivate })).rejects.toMatchObject({ code: "EREAD", message: expect.stringMatching(/refused: 127\.0\.0\.2:\d+ resolves to a private or local address/) });
      expect(internalHits).toBe(0);
      // The operator's own internal feed, configured as such, is read.
      const doc = await readSource(source(target), { ...OPTIONS, isPrivate });
      expect(doc.body).toBe("internal admin page");
    } finally {
      await new Promise<void>((r) => site.close(() => r()));
      await new Promise<void>((r) => internal.close(() => r()));
    }
  });
});
