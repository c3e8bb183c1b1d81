// `npm run serve`: the readers' side on one port (PORT) behind a reverse proxy: sign-up, preferences, one-click
// unsubscribe (RFC 8058), the archive, and /healthz for the service manager. node:http, no framework.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "../config/index.ts";
import { openStore, type Store } from "../subscribers/store.ts";
import { archiveRoute } from "./archive.ts";
import { clientAddress, html, readForm, send, text, type Answer } from "./http.ts";
import { loadPages } from "./pages.ts";
import { createRateLimiter } from "./rate-limit.ts";
import { confirm, preferences, subscribe, unsubscribe, type ReaderContext } from "./readers.ts";
import { createConfirmMailer } from "./signup.ts";

export interface ServeOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  log?: (event: string, fields: Record<string, unknown>) => void;
  now?: () => Date;
  /** Sign-ups allowed per client address per window (default 5 per 10 minutes). */
  signupLimit?: { limit: number; windowMs: number };
  /** Take the client address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy?: boolean;
}

export interface Serving {
  url: string;
  server: Server;
  store: Store;
  close(): Promise<void>;
}

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const ARCHIVE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'none'; base-uri 'none'";

/** Starts the server; resolves once it listens. */
export async function startServer(config: Config, options: ServeOptions): Promise<Serving> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const store = openStore(config.stateDir);
  const site = "daily briefing";
  const pages = loadPages(config.templatesDir, site);
  const server = createServer();
  await new Promise<void>((ready) => server.listen(options.port, options.host ?? "127.0.0.1", ready));
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  const publicUrl = config.publicUrl ?? url;
  const limit = options.signupLimit ?? { limit: 5, windowMs: 10 * 60_000 };
  const mailer = createConfirmMailer(config, pages, publicUrl, site);
  const ctx: ReaderContext = {
    store, pages, secret: config.mail.secret, publicUrl, mailer, now, log,
    topics: config.topics.map((t) => ({ name: t.name, title: t.title })),
    signups: createRateLimiter(limit.limit, limit.windowMs),
    changed: async (email, mayMail) => {
      if (!config.redisUrl) return;
      const { setSuppressed } = await import("../queue/suppress.ts");
      await setSuppressed(config.redisUrl, email, !mayMail).catch((error: Error) => log("serve.redis-failed", { email, error: error.message }));
    },
  };
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    route(req, ctx, config, options.trustProxy ?? false)
      .then((answer) => send(res, answer, req.url?.startsWith("/archive") ? ARCHIVE_CSP : PAGE_CSP))
      .catch((error: Error & { status?: number }) => {
        log("serve.error", { path: req.url, error: error.message });
        send(res, text(error.status ?? 500, error.status ? `${error.message}\n` : "Something went wrong on our side; nothing was changed.\n"), PAGE_CSP);
      });
  });
  log("serve.started", { url, publicUrl });
  return {
    url, server, store,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await mailer.close();
      store.close();
    },
  };
}

async function route(req: IncomingMessage, ctx: ReaderContext, config: Config, trustProxy: boolean): Promise<Answer> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const method = req.method === "HEAD" ? "GET" : (req.method ?? "GET");
  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (method !== "GET" && method !== "POST") return text(405, "Method not allowed.\n");
  if (path === "/healthz") {
    ctx.store.db.prepare("SELECT 1").get();
    return text(200, "ok\n");
  }
  const form = method === "POST" ? await readForm(req) : new URLSearchParams();
  switch (path) {
    case "/": case "/subscribe": return subscribe(ctx, method, form, clientAddress(req, trustProxy));
    case "/unsubscribe": return unsubscribe(ctx, method, url, form);
    case "/preferences": return preferences(ctx, method, url, form);
    case "/confirm": return confirm(ctx, method, url);
  }
  if (method === "GET") {
    const archived = await archiveRoute(url.pathname, config.digestsDir, ctx.pages, ctx.publicUrl);
    if (archived) return archived;
  }
  return html(404, ctx.pages.page("message", "Not found", { heading: "Not found", text: "There is no page here.", archiveUrl: `${ctx.publicUrl}/archive/` }));
}
