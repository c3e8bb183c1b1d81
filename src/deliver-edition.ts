// The send step of a run, for pipeline.ts: hand a rendered edition to the subscribers, from this process
// (SMTP or the outbox) or through Redis for `npm run worker`. Senders and readers are loaded only when used.
import { resolve } from "node:path";
import type { Config } from "./config.ts";
import { DigestError } from "./errors.ts";
import { PROJECT_ROOT } from "./paths.ts";
import type { Deps, RunOptions } from "./pipeline.ts";
import type { EditionEmail } from "./render/email.ts";
import type { DeliverySummary } from "./send/deliver.ts";
import type { MessageSettings } from "./send/message.ts";

/** The subscribers file a run sends to: the configured one, else (outbox only) the samples' list. */
export function subscribersFileFor(config: Config): string {
  if (config.subscribersFile) return config.subscribersFile;
  if (config.mail.smtpUrl) {
    throw new DigestError("ECONFIG", "config: SUBSCRIBERS_FILE is unset and no subscribers.csv exists: create one before sending over SMTP_URL (the sample list is only used for the outbox)");
  }
  return resolve(PROJECT_ROOT, "samples/subscribers.csv");
}

/** With REDIS_URL: store the edition once and queue one job per subscriber for `npm run worker`. */
export async function queueEdition(
  redisUrl: string,
  editionId: string,
  email: EditionEmail,
  config: Config,
  options: Pick<RunOptions, "force">,
  deps: Pick<Deps, "log">,
  subscribersFile: string,
): Promise<{ enqueued: number; alreadyQueued: number }> {
  const [{ enqueueEdition }, subscribers] = await Promise.all([import("./queue/enqueue.ts"), openSubscribers(subscribersFile, config, deps)]);
  const queued = await enqueueEdition(redisUrl, editionId, email, subscribers, {
    ...sharedSettings(config),
    force: options.force,
    log: (event, fields) => deps.log.info(event, fields),
  });
  deps.log.info("edition.queued", { editionId, ...queued });
  return queued;
}

/** Without REDIS_URL: send from this process, over SMTP_URL or to `.eml` files in the outbox. */
export async function sendEdition(
  editionId: string,
  email: EditionEmail,
  config: Config,
  options: Pick<RunOptions, "force">,
  deps: Deps,
  subscribersFile: string,
): Promise<DeliverySummary> {
  const [{ deliverEdition }, { countRows }, { personalise }] = await Promise.all([
    import("./send/deliver.ts"),
    import("./send/subscribers.ts"),
    import("./render/email.ts"),
  ]);
  const expectedTotal = await countRows(subscribersFile).catch(() => undefined);
  const subscribers = await openSubscribers(subscribersFile, config, deps);
  const summary = await deliverEdition(subscribers, (recipient) => personalise(email, recipient), {
    ...sharedSettings(config),
    editionId,
    smtpUrl: config.mail.smtpUrl,
    outboxDir: config.outboxDir,
    stateDir: config.stateDir,
    force: options.force,
    maxConnections: config.mail.maxConnections,
    maxMessages: config.mail.maxMessages,
    rateLimit: config.mail.rateLimit,
    dkim: config.mail.dkim,
    progress: deps.progress,
    expectedTotal,
    log: (event, fields) => deps.log.info(event, fields),
    signal: deps.signal,
  });
  deps.log.info("edition.sent", { ...summary, failures: summary.failures.length });
  return summary;
}

/** The subscriber stream both paths read: topics checked against the config, skipped rows logged. */
async function openSubscribers(file: string, config: Config, deps: Pick<Deps, "log">) {
  const { readSubscribers } = await import("./send/subscribers.ts");
  return readSubscribers(file, config.topics.map((t) => t.name), (problem) => deps.log.warn("subscribers.skipped", { problem }));
}

/** What every message of every edition shares, from the mail config (both paths hand these on). */
function sharedSettings(config: Config): Pick<MessageSettings, "from" | "secret" | "unsubscribeMailto" | "unsubscribeUrl"> {
  const { from, secret, unsubscribeMailto, unsubscribeUrl } = config.mail;
  return { from, secret, unsubscribeMailto, unsubscribeUrl };
}
