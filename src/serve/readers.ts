// The readers' routes: one-click unsubscribe (RFC 8058), preferences, sign-up with double opt-in, confirmation.
// Every link is verified (HMAC, constant time) before anything is shown or changed; GET never changes anything.
import { isValidEmail } from "../send/subscribers.ts";
import { getSubscriber, setPreferences, setStatus, upsertSubscriber, type Store } from "../subscribers/store.ts";
import { signedLink, verifyLink, type TokenPurpose } from "../subscribers/tokens.ts";
import { html, text, type Answer } from "./http.ts";
import type { Pages } from "./pages.ts";
import type { RateLimiter } from "./rate-limit.ts";
import type { ConfirmMailer } from "./signup.ts";

export interface ReaderContext {
  store: Store;
  pages: Pages;
  secret: string;
  publicUrl: string;
  topics: { name: string; title: string }[];
  mailer: ConfirmMailer;
  signups: RateLimiter;
  now: () => Date;
  log: (event: string, fields: Record<string, unknown>) => void;
  /** Told when a reader may (or may no longer) be mailed, so queued messages on other machines follow at once. */
  changed: (email: string, mayMail: boolean) => Promise<void>;
}

const params = (url: URL) => ({ u: url.searchParams.get("u"), t: url.searchParams.get("t"), e: url.searchParams.get("e") });
const selfAction = (url: URL) => `${url.pathname}${url.search}`;

function invalid(ctx: ReaderContext): Answer {
  return html(403, ctx.pages.page("message", "Link not valid", {
    heading: "This link is not valid", isError: true,
    text: "It may have been changed or cut short, or it has expired. Use the link in your latest email, or subscribe again.",
    signupUrl: `${ctx.publicUrl}/subscribe`,
  }));
}

/** The topics ticked in a form, kept only when the briefing has them (lower case, no repeats). */
function chosenTopics(ctx: ReaderContext, form: URLSearchParams): string[] {
  const known = new Set(ctx.topics.map((t) => t.name));
  return [...new Set(form.getAll("topics").map((t) => t.toLowerCase()))].filter((t) => known.has(t));
}

function unsubscribedPage(ctx: ReaderContext, email: string): Answer {
  return html(200, ctx.pages.page("message", "Unsubscribed", {
    heading: "You are unsubscribed", text: `No more briefings will be sent to ${email}.`, signupUrl: `${ctx.publicUrl}/subscribe`,
  }));
}

function verified(ctx: ReaderContext, purpose: TokenPurpose, url: URL): string | null {
  return verifyLink(ctx.secret, purpose, params(url), ctx.now());
}

/** GET /unsubscribe: a page with one button. POST: unsubscribes at once (one-click or the button). */
export async function unsubscribe(ctx: ReaderContext, method: string, url: URL, form: URLSearchParams): Promise<Answer> {
  const email = verified(ctx, "unsubscribe", url);
  if (!email) return invalid(ctx);
  if (method === "GET") {
    return html(200, ctx.pages.page("unsubscribe", "Unsubscribe", {
      email, action: selfAction(url), preferencesUrl: signedLink(`${ctx.publicUrl}/preferences`, ctx.secret, "preferences", email),
    }));
  }
  const known = setStatus(ctx.store, email, "unsubscribed", form.get("List-Unsubscribe") === "One-Click" ? "one-click unsubscribe (RFC 8058)" : "unsubscribed from the link", ctx.now());
  ctx.log("subscriber.unsubscribed", { email, known });
  await ctx.changed(email, false);
  if (form.get("List-Unsubscribe") === "One-Click") return text(200, "Unsubscribed.\n");
  return unsubscribedPage(ctx, email);
}

/** GET /preferences: topics, pause and unsubscribe. POST: saves them (or unsubscribes). */
export async function preferences(ctx: ReaderContext, method: string, url: URL, form: URLSearchParams): Promise<Answer> {
  const email = verified(ctx, "preferences", url);
  if (!email) return invalid(ctx);
  let saved = false;
  if (method === "POST") {
    if (form.get("action") === "unsubscribe") {
      setStatus(ctx.store, email, "unsubscribed", "unsubscribed on the preferences page", ctx.now());
      ctx.log("subscriber.unsubscribed", { email, known: true });
      await ctx.changed(email, false);
      return unsubscribedPage(ctx, email);
    }
    const topics = chosenTopics(ctx, form);
    saved = setPreferences(ctx.store, email, { topics: topics.length === ctx.topics.length ? [] : topics, paused: form.get("paused") === "yes" });
    if (saved) await ctx.changed(email, form.get("paused") !== "yes");
  }
  const subscriber = getSubscriber(ctx.store, email);
  if (!subscriber || subscriber.status === "unsubscribed" || subscriber.status === "bounced") {
    return html(200, ctx.pages.page("message", "Not subscribed", {
      heading: "Not subscribed", text: `${email} does not receive the briefing now.`, signupUrl: `${ctx.publicUrl}/subscribe`,
    }));
  }
  const chosen = new Set(subscriber.topics);
  return html(200, ctx.pages.page("preferences", "Your briefing", {
    email, saved, action: selfAction(url), paused: subscriber.paused,
    topics: ctx.topics.map((t) => ({ ...t, checked: chosen.has(t.name) })),
  }));
}

/** GET /subscribe: the form. POST: a pending subscriber and a confirmation mail (rate-limited, bot trap). */
export async function subscribe(ctx: ReaderContext, method: string, form: URLSearchParams, client: string): Promise<Answer> {
  const view = (extra: Record<string, unknown>) => ctx.pages.page("subscribe", "Subscribe", {
    action: `${ctx.publicUrl}/subscribe`, topics: ctx.topics, archiveUrl: `${ctx.publicUrl}/archive/`,
    intro: "A short email every morning with the day's main developments, each story once.", ...extra,
  });
  if (method === "GET") return html(200, view({}));
  const email = (form.get("email") ?? "").trim();
  const name = (form.get("name") ?? "").replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, 100) || null;
  if (!ctx.signups.hit(client)) return html(429, view({ error: "Too many sign-ups from your network just now. Please try again in a while.", email }), { "retry-after": "600" });
  if (!isValidEmail(email)) return html(400, view({ error: "That does not look like an email address.", email, name }));
  const sent = html(200, ctx.pages.page("message", "Check your inbox", {
    heading: "Check your inbox", text: `We sent a link to ${email}. Open it to start the briefing; until then nothing is sent.`,
  }));
  if (form.get("website")) return sent; // the bot trap was filled in: answer as usual, add nothing
  const topics = chosenTopics(ctx, form);
  const existing = getSubscriber(ctx.store, email);
  if (existing?.status === "active") return sent; // say nothing that tells a stranger who is subscribed
  if (!existing || existing.status === "pending") upsertSubscriber(ctx.store, { email, name, topics }, { status: "pending", source: "signup", now: ctx.now() });
  await ctx.mailer.send(email, ctx.now());
  ctx.log("subscriber.pending", { email });
  return sent;
}

/** GET /confirm: one button. POST: the reader is active (a confirmed sign-up lifts an earlier unsubscribe). */
export async function confirm(ctx: ReaderContext, method: string, url: URL): Promise<Answer> {
  const email = verified(ctx, "confirm", url);
  if (!email) return invalid(ctx);
  if (method === "GET") return html(200, ctx.pages.page("confirm", "Confirm", { email, action: selfAction(url) }));
  const existing = getSubscriber(ctx.store, email);
  upsertSubscriber(ctx.store, { email, name: existing?.name ?? null, topics: existing?.topics ?? [] }, { status: "active", source: "signup", now: ctx.now(), resubscribe: true });
  ctx.log("subscriber.confirmed", { email });
  await ctx.changed(email, true);
  return html(200, ctx.pages.page("message", "Subscribed", {
    heading: "You are subscribed", text: `The next briefing goes to ${email}.`,
    preferencesUrl: signedLink(`${ctx.publicUrl}/preferences`, ctx.secret, "preferences", email),
  }));
}
