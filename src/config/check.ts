// Small validators for loadConfig: each failure names the key, the bad value and the fix.
import { validate } from "node-cron";
import { isZone } from "../day.ts";
import { DigestError } from "../errors.ts";

export function configFail(key: string, value: unknown, fix: string): never {
  const shown = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  throw new DigestError("ECONFIG", `config: ${key} = ${shown?.slice(0, 80)} is invalid: ${fix}`);
}

export function expectKeys(object: Record<string, unknown>, allowed: string[], where: string): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      const near = allowed.find((a) => closeEnough(a, key));
      configFail(`${where}: ${key}`, object[key], near ? `unknown key; did you mean "${near}"?` : `unknown key; known keys: ${allowed.join(", ")}`);
    }
  }
}

export function expectString(value: unknown, key: string): string {
  if (typeof value !== "string" || value.trim() === "") configFail(key, value, "give a non-empty string");
  return value.trim();
}

export function expectBoolean(value: unknown, key: string): boolean {
  if (typeof value !== "boolean") configFail(key, value, "give true or false");
  return value;
}

export function expectNumber(value: unknown, key: string, min: number, max: number): number {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n < min || n > max) {
    configFail(key, value, `give a number from ${min} to ${max}`);
  }
  return n;
}

export function expectInt(value: unknown, key: string, min: number, max: number): number {
  const n = expectNumber(value, key, min, max);
  if (!Number.isInteger(n)) configFail(key, value, `give a whole number from ${min} to ${max}`);
  return n;
}

export function checkZone(value: unknown, key: string): string {
  const zone = expectString(value, key);
  if (!isZone(zone)) configFail(key, value, 'use an IANA time zone such as "UTC", "Europe/London" or "America/New_York"');
  return zone;
}

export function checkCron(value: unknown, key: string): string {
  const expression = expectString(value, key);
  if (!validate(expression)) configFail(key, value, 'use a cron expression such as "0 7 * * *" (07:00 every day)');
  return expression;
}

/** A likely typo: edit distance of at most 2 (case-insensitive). */
function closeEnough(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[y.length]! <= 2;
}
