// Check results as JSON and back. Bytes become escaped text a person can read plus exact hex,
// never a Uint8Array's {"0":72,"1":101,…}; reading them back gives the bytes again, so the
// feedback written from a stored result is the feedback the student would see in Vitest.
import { showBytes } from "../../harness/bytes.ts";
import type { CheckResult, TranscriptEvent } from "../../harness/types.ts";
import type { StoredBytes, StoredCheck, StoredEvent } from "./types.ts";

export function storeBytes(bytes: Uint8Array): StoredBytes {
  return { shown: showBytes(bytes), hex: Buffer.from(bytes).toString("hex") };
}

function loadBytes(stored: StoredBytes): Uint8Array {
  return new Uint8Array(Buffer.from(stored.hex, "hex"));
}

function storeValue(value: string | Uint8Array): string | StoredBytes {
  return typeof value === "string" ? value : storeBytes(value);
}

function loadValue(value: string | StoredBytes): string | Uint8Array {
  return typeof value === "string" ? value : loadBytes(value);
}

function storeEvent(event: TranscriptEvent): StoredEvent {
  const { bytes, ...rest } = event;
  return bytes ? { ...rest, bytes: storeBytes(bytes) } : rest;
}

function loadEvent(event: StoredEvent): TranscriptEvent {
  const { bytes, ...rest } = event;
  return bytes ? { ...rest, bytes: loadBytes(bytes) } : rest;
}

export function storeCheck(result: CheckResult): StoredCheck {
  return {
    id: result.id,
    title: result.title,
    points: result.points,
    earned: result.status === "passed" ? result.points : 0,
    status: result.status,
    message: result.message,
    steps: result.steps.map((step) => ({ ...step })),
    ...(result.mismatch && {
      mismatch: { expected: storeValue(result.mismatch.expected), observed: storeValue(result.mismatch.observed) },
    }),
    transcript: result.transcript.map(storeEvent),
    ...(result.hint && { hint: { ...result.hint } }),
    durationMs: result.durationMs,
    ...(result.compileErrors && { compileErrors: result.compileErrors }),
    ...(result.notRunBecauseOf && { notRunBecauseOf: result.notRunBecauseOf }),
  };
}

export function loadCheck(stored: StoredCheck): CheckResult {
  return {
    id: stored.id,
    title: stored.title,
    points: stored.points,
    status: stored.status,
    message: stored.message,
    steps: stored.steps,
    ...(stored.mismatch && {
      mismatch: { expected: loadValue(stored.mismatch.expected), observed: loadValue(stored.mismatch.observed) },
    }),
    transcript: stored.transcript.map(loadEvent),
    ...(stored.hint && { hint: stored.hint }),
    durationMs: stored.durationMs,
    ...(stored.compileErrors && { compileErrors: stored.compileErrors }),
    ...(stored.notRunBecauseOf && { notRunBecauseOf: stored.notRunBecauseOf }),
  };
}
