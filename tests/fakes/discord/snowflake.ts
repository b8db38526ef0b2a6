/** Discord-shaped ids for the fake: real snowflakes (timestamp in the top bits) so discord.js can read times from them. */

const DISCORD_EPOCH = 1_420_070_400_000n;
let counter = 0n;

/** A fresh snowflake for "now"; unique within the process. */
export function snowflake(at: number = Date.now()): string {
  counter = (counter + 1n) & 0xfffn;
  return ((BigInt(at) - DISCORD_EPOCH) << 22n | (1n << 17n) | counter).toString();
}

/** A random-looking interaction token, like Discord's (long, URL-safe). */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb24${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
