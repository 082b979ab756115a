// What every JavaScript compatibility suite shares: the emulator's endpoint, client settings, unique names and the clock.
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";

export const endpoint = process.env.EMULATOR_URL;
assert.ok(endpoint, "EMULATOR_URL must name the emulator");

/** Settings for any @aws-sdk client: the emulator, one region, no retries that would hide an error, test credentials. */
export const clientConfig = {
  endpoint, region: "us-east-1", maxAttempts: 1,
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
};

export const unique = (prefix) => `${prefix}-${randomUUID()}`;

/** Moves the emulator's clock forward instead of waiting. */
export const advanceClock = async (seconds) => {
  const response = await fetch(`${endpoint}/_emulator/clock?seconds=${seconds}`, { method: "POST" });
  assert.equal(response.status, 200);
};
