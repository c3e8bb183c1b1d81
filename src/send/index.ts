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
  subscribersFile: string | null,
): Promise<DeliverySummary> {
  const [{ deliverEdition }, { personalise }] = await Promise.all([import("./deliver.ts"), import("../render/email.ts")]);
  const list = await openList(subscribersFile, config, context.log);
  try {
    const summary = await deliverEdition(list.subscribers, (recipient) => personalise(email, recipient), {
      ...sharedSettings(config),
      editionId,
      smtpUrl: config.mail.smtpUrl,
      outboxDir: config.outboxDir,
      stateDir: config.stateDir,
      force,
      maxConnections: config.mail.maxConnections,
      maxMessages: config.mail.maxMessages,
      dataTimeoutMs: config.mail.dataTimeoutMs,
      rateLimit: config.mail.rateLimit,
      dkim: config.mail.dkim,
      progress: context.progress,
      expectedTotal: list.active,
      log: (event, fields) => context.log.info(event, fields),
      signal: context.signal,
      mayMail: list.mayMail,
      onPermanentFailure: list.permanentFailure,
    });
    context.log.info("edition.sent", { ...summary, failures: summary.failures.length });
    return summary;
  } finally {
    list.close();
  }
}

/** The subscriber store with SUBSCRIBERS_FILE imported (topics checked against the config, skipped rows logged). */
export async function openList(file: string | null, config: Pick<Config, "topics" | "stateDir" | "bounces">, log: Logger) {
  const { openSendList } = await import("../subscribers/index.ts");
  return openSendList(config.stateDir, file, config.topics.map((t) => t.name), log, () => new Date(), config.bounces);
}

/** What every message of every edition shares, from the mail config (both ways of sending hand these on). */
export function sharedSettings(config: Pick<Config, "mail">): Pick<MessageSettings, "from" | "secret" | "unsubscribeMailto" | "unsubscribeUrl" | "preferencesUrl"> {
  const { from, secret, unsubscribeMailto, unsubscribeUrl, preferencesUrl } = config.mail;
  return { from, secret, unsubscribeMailto, unsubscribeUrl, preferencesUrl };
}
