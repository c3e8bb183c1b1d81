// Where the subscriber store lives, answerable without loading SQLite (commands that never send stay light).
import { existsSync } from "node:fs";
import { join } from "node:path";

export function storePath(stateDir: string): string {
  return join(stateDir, "subscribers.db");
}

/** True when a subscriber store exists in `stateDir` (nothing is created). */
export function hasStore(stateDir: string): boolean {
  return existsSync(storePath(stateDir));
}
