// `npm run subscribers -- list|add|remove|import FILE|export`: the operator's view of the store.
import { DigestError } from "../errors.ts";
import { isValidEmail } from "../send/subscribers.ts";
import { importFile } from "./index.ts";
import { allSubscribers, countByStatus, getSubscriber, openStore, setStatus, upsertSubscriber } from "./store.ts";

const USAGE = "npm run subscribers -- list | add ADDRESS [--name NAME] [--topics a;b] | remove ADDRESS | import FILE | export";

/** Runs one subscriber command against the store in `stateDir`; writes its answer through `out`. */
export async function subscribersCommand(
  args: { verb: string | undefined; target: string | undefined; name?: string; topics?: string },
  stateDir: string,
  knownTopics: string[],
  out: (line: string) => void,
  now = new Date(),
): Promise<number> {
  const store = openStore(stateDir);
  try {
    switch (args.verb) {
      case "list": {
        for (const s of allSubscribers(store)) {
          out([s.email, s.status + (s.paused ? " (paused)" : ""), s.topics.join(";") || "all topics", s.statusAt, s.statusReason ?? ""].join("\t"));
        }
        const c = countByStatus(store);
        out(`# ${c.active} active (${c.paused} paused), ${c.pending} pending, ${c.unsubscribed} unsubscribed, ${c.bounced} bounced`);
        return 0;
      }
      case "add": {
        const email = requireAddress(args.target);
        const topics = (args.topics ?? "").split(";").map((t) => t.trim().toLowerCase()).filter(Boolean);
        const unknown = topics.filter((t) => !knownTopics.includes(t));
        if (unknown.length) throw new DigestError("EUSAGE", `unknown topic(s) ${unknown.join(", ")}: use ${knownTopics.join(", ")}`);
        // The operator adding someone by hand is a deliberate act: it lifts an earlier unsubscribe or bounce.
        const result = upsertSubscriber(store, { email, name: args.name?.trim() || null, topics }, { status: "active", source: "operator", now, resubscribe: true });
        out(`${email}: ${result === "added" ? "added" : "updated"} (active)`);
        return 0;
      }
      case "remove": {
        const email = requireAddress(args.target);
        if (!getSubscriber(store, email)) throw new DigestError("EUSAGE", `${email} is not in the store`);
        setStatus(store, email, "unsubscribed", "removed by the operator", now);
        out(`${email}: unsubscribed (kept as a suppression, so a file import cannot add it back)`);
        return 0;
      }
      case "import": {
        if (!args.target) throw new DigestError("EUSAGE", `import needs a CSV file: ${USAGE}`);
        let skipped = 0;
        const counts = await importFile(store, args.target, knownTopics, (problem) => {
          if (/row skipped$/.test(problem)) skipped++;
          out(`warning: ${problem}`);
        }, now);
        out(`${args.target}: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.suppressed} kept unsubscribed/bounced, ${skipped} rows skipped`);
        return 0;
      }
      case "export": {
        out("email,name,topics,status");
        for (const s of allSubscribers(store)) out([s.email, s.name ?? "", s.topics.join(";"), s.status].map(csvField).join(","));
        return 0;
      }
      default:
        throw new DigestError("EUSAGE", `unknown subscribers command "${args.verb ?? ""}": ${USAGE}`);
    }
  } finally {
    store.close();
  }
}

function requireAddress(value: string | undefined): string {
  if (!value || !isValidEmail(value.trim())) throw new DigestError("EUSAGE", `"${value ?? ""}" is not an email address: ${USAGE}`);
  return value.trim();
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
