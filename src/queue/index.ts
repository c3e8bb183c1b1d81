// The queue step (with REDIS_URL): store the edition once and queue one job per subscriber for `npm run worker`.
// BullMQ and ioredis load only here, only when a run queues.
import type { Config } from "../config/index.ts";
import type { Logger } from "../log.ts";
import type { EditionEmail } from "../render/email.ts";
import { openList, sharedSettings } from "../send/index.ts";

/** Queues the edition for every subscriber not yet sent (everyone with `force`); says how many were added. */
export async function queueEdition(
  redisUrl: string,
  editionId: string,
  email: EditionEmail,
  config: Config,
  force: boolean,
  context: { log: Logger },
  subscribersFile: string | null,
): Promise<{ enqueued: number; alreadyQueued: number }> {
  const { checkPersistence } = await import("./persistence.ts");
  await checkPersistence(redisUrl, config.redisAllowVolatile, (event, fields) => context.log.warn(event, fields));
  const [{ enqueueEdition }, list, { importWorkerBounces }] = await Promise.all([import("./enqueue.ts"), openList(subscribersFile, config, context.log), import("./suppress.ts")]);
  // Earlier editions' permanent failures at the workers count towards the bounce policy before this list is read.
  const bounced = await importWorkerBounces(redisUrl, list.permanentFailure).catch((error: Error) => {
    context.log.warn("queue.bounces-unread", { error: error.message });
    return 0;
  });
  if (bounced > 0) context.log.info("queue.bounces-imported", { count: bounced });
  const queued = await enqueueEdition(redisUrl, editionId, email, list.subscribers, {
    ...sharedSettings(config),
    force,
    log: (event, fields) => context.log.info(event, fields),
  }).finally(list.close);
  context.log.info("edition.queued", { editionId, ...queued });
  return queued;
}
