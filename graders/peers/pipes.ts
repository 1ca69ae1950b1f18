// The peers of exercise 01, where the "wire" is a pair of pipes: the grader acting as the
// parent of the student's child (writing its stdin, reading its stdout), and a reference child
// (pipes-child.ts) that the student's parent starts and talks to. The reference child reports
// every read and write to the grader over loopback, so the transcript shows both pipes.
import { createServer, type Server, type Socket } from "node:net";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { buildProbe } from "../harness/build.ts";
import type { CheckContext } from "../harness/check.ts";
import { Conditions, DEADLINES } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { t } from "../i18n/index.ts";
import type { ChildBehaviour, ChildReport } from "./pipes-child-spec.ts";

export type { ChildBehaviour } from "./pipes-child-spec.ts";

const REFERENCE_CHILD = fileURLToPath(new URL("pipes-child.ts", import.meta.url));

/** A piece of a request: text, or raw bytes (to cut a UTF-8 character in two). */
export type Piece = string | Uint8Array;

const bytesOf = (piece: Piece) => (typeof piece === "string" ? Buffer.from(piece, "utf8") : Buffer.from(piece));

/** Writes `piece` into the student's program's stdin, and records it as the grader's bytes. */
export function writeToStdin(check: CheckContext, program: StudentProcess, piece: Piece): void {
  const bytes = bytesOf(piece);
  check.transcript.record({ from: "grader", to: "student", kind: "data", bytes });
  program.writeStdin(bytes);
}

/** How many requests `sent` completes that get a reply: every whole line but an empty one ("\n" or "\r\n"). */
function answerable(sent: Buffer): number {
  const lines = [];
  for (let start = 0, end = sent.indexOf(0x0a); end >= 0; start = end + 1, end = sent.indexOf(0x0a, start)) lines.push(sent.subarray(start, end));
  return lines.filter((line) => !(line.length === 0 || (line.length === 1 && line[0] === 0x0d))).length;
}

/**
 * Writes each piece with its own write, and each reaches the program as a read of its own: before
 * the next piece, the program must have answered every whole request sent so far. A pipe hands a
 * small write to the reader whole, so those answers prove it read the piece before; the split does
 * not depend on timing. (A piece that completes no request falls back to Transcript.settle; the
 * checks of exercise 01 start every later piece after a request, so none relies on it.)
 */
export async function writeInPieces(check: CheckContext, program: StudentProcess, pieces: readonly Piece[]): Promise<void> {
  const before = stdoutLines(program).length;
  let sent = Buffer.alloc(0);
  let answeredBefore = -1;
  for (const [index, piece] of pieces.entries()) {
    const wanted = answerable(sent);
    if (index > 0 && wanted > answeredBefore) {
      await program
        .waitForStdoutLines((lines) => lines.length - before >= wanted, t("your program to answer the requests so far"))
        .catch(() => undefined); // a program that does not answer fails the check's own expectation
      answeredBefore = wanted;
    } else if (index > 0) {
      await check.transcript.settle();
    }
    writeToStdin(check, program, piece);
    sent = Buffer.concat([sent, bytesOf(piece)]);
  }
}

/** Closes the program's stdin, as a parent does when it has nothing more to ask, or exits. */
export function closeStdin(check: CheckContext, program: StudentProcess): void {
  check.transcript.record({ from: "grader", to: "student", kind: "fin", text: t("closed your program's stdin: no more requests") });
  program.endStdin();
}

/** The lines the program printed on stdout so far. */
export function stdoutLines(program: StudentProcess): string[] {
  return program.lines.filter((line) => line.stream === "stdout").map((line) => line.text);
}

/**
 * Waits for the replies to requests just written: the stdout lines after the first `from`.
 * It stops as soon as there are `expected.length` of them, one of them differs from what is
 * expected (so a wrong reply shows at once, not after a timeout), or the program exits.
 * `matches` compares one reply with what is expected (exact by default).
 */
export async function waitForReplies(
  program: StudentProcess,
  from: number,
  expected: readonly string[],
  matches: (reply: string, expected: string) => boolean = (reply, wanted) => reply === wanted,
): Promise<string[]> {
  const what = expected.length === 1 ? t("your child's reply") : t("your child's {count} replies", { count: expected.length });
  const lines = await program.waitForStdoutLines((printed) => {
    const replies = printed.slice(from);
    return replies.length >= expected.length || replies.some((reply, index) => !matches(reply, expected[index]!));
  }, what);
  return lines.slice(from);
}

/** Functions, so each note is in the learner's language when the check runs. */
const BEHAVIOUR_TEXT: Record<ChildBehaviour, () => string> = {
  "answer-normally": () => t("the reference child answers each request in one write and exits with 0 when its stdin ends"),
  "answer-in-pieces": () =>
    t("the reference child writes each reply one byte at a time, and sends the \"\\n\" that ends a reply in one write with the first bytes of the next reply"),
  "crash-after-the-first-request": () => t("the reference child answers the first request, then exits with code 3 on the second without answering"),
  "end-at-once": () => t("the reference child exits with code 0 at once, before reading anything"),
  "go-silent-after-the-first-reply": () =>
    t("the reference child answers the first request, closes its stdin (so writing to it fails with EPIPE), and never answers or ends again"),
  "exit-with-5-at-the-end": () => t("the reference child answers each request, then exits with code 5 when its stdin ends"),
  "killed-at-the-end": () => t("the reference child answers each request, then is killed by SIGKILL when its stdin ends"),
  "never-end": () => t("the reference child answers each request, but does not end when its stdin ends"),
};

/** What the reference child reported, in order, with the moment each report arrived. */
export interface ReportedEvent {
  report: ChildReport;
  /** Date.now() when the grader received it. */
  at: number;
}

/**
 * The grader's end of the reference child's report: a loopback server the child connects to.
 * Each report goes into the transcript (reads and writes as bytes on the pipes).
 */
export class ReferenceChildReports {
  readonly events: ReportedEvent[] = [];
  /** Report connections still open: a child that has ended has closed its own. */
  open = 0;
  /** Connections ever made: one per reference child started. */
  started = 0;
  private readonly conditions = new Conditions();

  private constructor(
    private readonly check: CheckContext,
    readonly server: Server,
    readonly port: number,
  ) {}

  static async start(check: CheckContext): Promise<ReferenceChildReports> {
    let reports: ReferenceChildReports | undefined;
    const server = createServer((socket) => reports?.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host: "127.0.0.1", port: 0 }, () => resolve());
    });
    const address = server.address();
    reports = new ReferenceChildReports(check, server, typeof address === "object" && address ? address.port : 0);
    check.defer(() => new Promise<void>((resolve) => server.close(() => resolve())));
    return reports;
  }

  private accept(socket: Socket): void {
    this.open += 1;
    this.started += 1;
    this.check.defer(() => socket.destroy());
    let buffered = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk: string) => {
      const lines = (buffered + chunk).split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) this.receive(line);
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      this.open -= 1;
      this.conditions.changed();
    });
  }

  private receive(line: string): void {
    let report: ChildReport;
    try {
      report = JSON.parse(line) as ChildReport;
    } catch {
      return; // not from the reference child
    }
    this.events.push({ report, at: Date.now() });
    const transcript = this.check.transcript;
    switch (report.event) {
      case "start":
        transcript.note(t("the reference child started (pid {pid})", { pid: report.pid }));
        break;
      case "read":
        transcript.record({ from: "student", to: "peer", kind: "data", bytes: Buffer.from(report.bytes, "base64") });
        break;
      case "write":
        transcript.record({ from: "peer", to: "student", kind: "data", bytes: Buffer.from(report.bytes, "base64") });
        break;
      case "stdin-ended":
        transcript.record({ from: "peer", kind: "fin", text: t("the reference child read the end of its stdin") });
        break;
      case "closed-stdin":
        transcript.record({ from: "peer", kind: "close", text: t("the reference child closed its stdin: it reads nothing more") });
        break;
      case "exit":
        transcript.note(
          typeof report.code === "number"
            ? t("the reference child exits with code {code}", { code: report.code })
            : t("the reference child is killed by {signal}", { signal: report.code }),
        );
        break;
    }
    this.conditions.changed();
  }

  /** Waits for the first report that `matches`; undefined when none came within `ms`. */
  async waitFor(matches: (report: ChildReport) => boolean, what: string, ms: number = DEADLINES.reply): Promise<ReportedEvent | undefined> {
    return this.conditions.waitFor(ms, what, () => this.events.find((event) => matches(event.report))).catch(() => undefined);
  }

  /** Waits until every reference child started so far has closed its report (it ended), at most `ms`. */
  async waitUntilEnded(ms: number): Promise<void> {
    await this.conditions.waitFor(ms, t("the reference child's report"), () => (this.open === 0 ? true : undefined)).catch(() => undefined);
  }
}

/** Starts the student's parent.ts with `--child` pointing at the reference child, set to `behaviour`. */
export async function startParentWith(
  check: CheckContext,
  behaviour: ChildBehaviour,
  extraArgs: string[] = [],
): Promise<{ parent: StudentProcess; reports: ReferenceChildReports }> {
  // Built once (the peers folder does not change during a run) and run with plain node.
  const childProgram = await buildProbe(REFERENCE_CHILD, dirname(REFERENCE_CHILD));
  const reports = await ReferenceChildReports.start(check);
  check.transcript.note(BEHAVIOUR_TEXT[behaviour]());
  const parent = await check.launch("parent.ts", ["--child", childProgram, ...extraArgs], {
    LAB_REFERENCE_CHILD: behaviour,
    LAB_REFERENCE_CHILD_REPORT: String(reports.port),
  });
  return { parent, reports };
}
