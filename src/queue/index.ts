// The queue step (with REDIS_URL): store the edition once and queue one job per subscriber for `npm run worker`.
// BullMQ and ioredis load only here, only when a run queues.
import type { Config } from "../config/index.ts";
import type { Logger } from "../log.ts";
import type { EditionEmail } from "../render/email.ts";
import { openSubscribers, sharedSettings } from "../send/index.ts";

/** Queues the edition for every subscriber not yet sent (everyone with `force`); says how many were added. */
export async function queueEdition(
  redisUrl: string,
  editionId: string,
  email: EditionEmail,
  config: Config,
  force: boolean,
  context: { log: Logger },
  subscribersFile: string,
): Promise<{ enqueued: number; alreadyQueued: number }> {
  const [{ enqueueEdition }, subscribers] = await Promise.all([import("./enqueue.ts"), openSubscribers(subscribersFile, config, context.log)]);
  const queued = await enqueueEdition(redisUrl, editionId, email, subscribers, {
    ...sharedSettings(config),
    force,
    log: (event, fields) => context.log.info(event, fields),
  });
  context.log.info("edition.queued", { editionId, ...queued });
  return queued;
}
