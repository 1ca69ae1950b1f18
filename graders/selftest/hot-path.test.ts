// The grading hot path keeps its promises while it gets faster: the library checks of a grading
// share one probe process, yet a case that crashes, exits or hangs it fails alone. (How long a
// turn of the grader's event loop takes is a figure, not a test: npm run bench prints it.)
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { checksFor } from "../checks/index.ts";
import { formatFeedback } from "../frontends/feedback.ts";
import { gradeAll } from "../harness/grade.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { formatTranscript } from "../harness/transcript.ts";
import { materialise } from "../harness/variants.ts";
import { findExercise } from "../manifest.ts";
import { processesMentioning } from "./processes.ts";

const framing = findExercise("05");
const LIBRARY_CHECKS = ["encodes-the-length-in-bytes-big-endian", "decodes-frames-split-into-single-bytes", "decodes-several-frames-in-one-chunk", "keeps-payloads-as-bytes", "refuses-frames-over-the-maximum"];

describe("shared probe process", () => {
  test("a case that exits the probe, or hangs it, fails alone; the other library checks of the grading pass", async () => {
    const checks = checksFor("05");
    for (const id of LIBRARY_CHECKS) expect(checks.map((check) => check.id), "the library checks of 05 changed: update this test").toContain(id);
    // The decoder exits the process on a one-byte chunk (only the byte-by-byte case sends one)
    // and never returns from its constructor when given a limit of 16 (only the limits case does).
    const { directory, remove } = materialise(
      {
        name: "crashes-and-hangs-the-probe",
        bug: "exits the process in one case and loops forever in another",
        caughtBy: "decodes-frames-split-into-single-bytes",
        file: "framing.ts",
        replace: [
          ["  push(chunk: Uint8Array): Buffer[] {", "  push(chunk: Uint8Array): Buffer[] {\n    if (chunk.length === 1) process.exit(3);"],
          ["constructor(readonly maxFrameBytes: number = MAX_FRAME_BYTES) {}", "constructor(readonly maxFrameBytes: number = MAX_FRAME_BYTES) {\n    while (maxFrameBytes === 16) {}\n  }"],
        ],
      },
      join(KIT_ROOT, "solutions", framing.slug),
    );
    try {
      const results = new Map((await gradeAll(framing, checks, directory, { only: LIBRARY_CHECKS })).map((result) => [result.id, result]));
      const crashed = results.get("decodes-frames-split-into-single-bytes")!;
      expect(crashed.status, formatFeedback(crashed)).toBe("failed");
      expect(crashed.message).toContain('"decode"');
      const story = formatTranscript(crashed.transcript);
      expect(story, "the transcript shows the call the process ended in").toContain("frameDecoder.push(<00>)");
      expect(story).toContain("exit code 3");
      const hung = results.get("refuses-frames-over-the-maximum")!;
      expect(hung.status, formatFeedback(hung)).toBe("failed");
      expect(hung.message).toContain('"limits"');
      for (const id of ["encodes-the-length-in-bytes-big-endian", "decodes-several-frames-in-one-chunk", "keeps-payloads-as-bytes"]) {
        const result = results.get(id)!;
        expect(result.status, `${id}\n${formatFeedback(result)}`).toBe("passed");
      }
      // Once the grading is done, no probe process is left (the grader's flags name the folder).
      expect(processesMentioning(directory)).toEqual([]);
    } finally {
      remove();
    }
  });
});
