// The send step: hand a rendered edition to every subscriber from this process, over SMTP or into the outbox.
// Heavy parts (nodemailer, the subscriber reader) load only when a run really sends.
import type { Config } from "../config/index.ts";
import type { Logger } from "../log.ts";
import type { EditionEmail } from "../render/email.ts";
import type { DeliverySummary } from "./deliver.ts";
import type { MessageSettings } from "./message.ts";

export type { DeliverySummary } from "./deliver.ts";

/** What a send needs from the process around it. */
export interface SendContext {
  log: Logger;
  signal?: AbortSignal;
  progress?: NodeJS.WritableStream;
}

/** Sends the edition to each subscriber of `subscribersFile` not yet sent (everyone with `force`). */
export async function sendEdition(
  editionId: string,
  email: EditionEmail,
  config: Config,
  force: boolean,
  context: SendContext,
  subscribersFile: string,
): Promise<DeliverySummary> {
  const [{ deliverEdition }, { countRows }, { personalise }] = await Promise.all([
    import("./deliver.ts"),
    import("./subscribers.ts"),
    import("../render/email.ts"),
  ]);
  const expectedTotal = await countRows(subscribersFile).catch(() => undefined);
  const subscribers = await openSubscribers(subscribersFile, config, context.log);
  const summary = await deliverEdition(subscribers, (recipient) => personalise(email, recipient), {
    ...sharedSettings(config),
    editionId,
    smtpUrl: config.mail.smtpUrl,
    outboxDir: config.outboxDir,
    stateDir: config.stateDir,
    force,
    maxConnections: config.mail.maxConnections,
    maxMessages: config.mail.maxMessages,
    rateLimit: config.mail.rateLimit,
    dkim: config.mail.dkim,
    progress: context.progress,
    expectedTotal,
    log: (event, fields) => context.log.info(event, fields),
    signal: context.signal,
  });
  context.log.info("edition.sent", { ...summary, failures: summary.failures.length });
  return summary;
}

/** The subscriber stream both ways of sending read: topics checked against the config, skipped rows logged. */
export async function openSubscribers(file: string, config: Pick<Config, "topics">, log: Pick<Logger, "warn">) {
  const { readSubscribers } = await import("./subscribers.ts");
  return readSubscribers(file, config.topics.map((t) => t.name), (problem) => log.warn("subscribers.skipped", { problem }));
}

/** What every message of every edition shares, from the mail config (both ways of sending hand these on). */
export function sharedSettings(config: Pick<Config, "mail">): Pick<MessageSettings, "from" | "secret" | "unsubscribeMailto" | "unsubscribeUrl"> {
  const { from, secret, unsubscribeMailto, unsubscribeUrl } = config.mail;
  return { from, secret, unsubscribeMailto, unsubscribeUrl };
}
