// The grading process for one submission, started by the batch (see pool.ts). It receives one
// job, reports each graded exercise and every student program it starts, and exits. Whatever
// the submission does, at worst this process dies: the batch goes on with the next one.
import { stopStudentProcessesWhenThisProcessEnds, watchStudentProcesses } from "../../harness/launch.ts";
import { containmentReport } from "../../harness/sandbox.ts";
import { gradeSubmission } from "./grade-one.ts";
import type { WorkerJob, WorkerMessage } from "./types.ts";

function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

// Told to stop, or orphaned: stop every student program first, so none outlives the batch.
stopStudentProcessesWhenThisProcessEnds();
process.on("disconnect", () => process.exit(1));

watchStudentProcesses((pid, running) => void send({ type: "student-process", pid, running }));

process.once("message", (job: WorkerJob) => {
  containmentReport()
    .then((report) => send({ type: "containment", report }))
    .then(() => gradeSubmission(job, (grade) => void send({ type: "exercise", grade })))
    .then(() => send({ type: "done" }))
    .then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exit(1);
      },
    );
});
