// What the instructor sees while a batch runs: in a terminal, one live line (a bar, counts and
// the time left) with notable submissions printed above it; in a log, one plain line per
// submission. Rendering lives here only; the batch just reports events.
import { t } from "../../i18n/index.ts";
import type { StudentGrade } from "./types.ts";

export interface Progress {
  start(total: number, jobs: number): void;
  began(id: string): void;
  finished(student: StudentGrade, seconds?: number): void;
  note(text: string): void;
  stop(): void;
}

const SILENT: Progress = { start() {}, began() {}, finished() {}, note() {}, stop() {} };

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes}m ${String(Math.round(seconds % 60)).padStart(2, "0")}s` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

function describe(student: StudentGrade): string {
  const points = t("{id}: {total}/{max} points", { id: student.id, total: student.total, max: student.max });
  return student.fromCache ? `${points} ${t("(stored earlier)")}` : points;
}

function details(student: StudentGrade): string[] {
  return [...student.problems.map((problem) => `  ! ${problem}`), ...student.gradingErrors.map((error) => `  ✗ ${t("not graded: {error}", { error })}`)];
}

export function createProgress(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  if (options.quiet) return SILENT;
  const stream = options.stream ?? process.stderr;
  return stream.isTTY ? live(stream) : plain(stream);
}

function plain(stream: NodeJS.WriteStream): Progress {
  let total = 0;
  let done = 0;
  return {
    start(count) {
      total = count;
    },
    began() {},
    finished(student) {
      done++;
      stream.write(`[${done}/${total}] ${describe(student)}\n`);
      for (const line of details(student)) stream.write(`${line}\n`);
    },
    note(text) {
      stream.write(`${text}\n`);
    },
    stop() {},
  };
}

function live(stream: NodeJS.WriteStream): Progress {
  let total = 0;
  let jobs = 1;
  let done = 0;
  let stored = 0;
  let failed = 0;
  const running = new Set<string>();
  const seconds: number[] = [];
  let lastFinish = performance.now();
  let started = false;
  let timer: NodeJS.Timeout | undefined;

  const bar = (): string => {
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
    const filled = total === 0 ? width : Math.round((width * done) / total);
    const parts = [`${"█".repeat(filled)}${"░".repeat(width - filled)} ${done}/${total}`];
    if (stored > 0) parts.push(t("{count} stored earlier", { count: stored }));
    if (running.size > 0) parts.push(t("{count} grading", { count: running.size }));
    if (failed > 0) parts.push(t("{count} not graded", { count: failed }));
    const left = total - done;
    if (left > 0 && seconds.length > 0) {
      const average = seconds.reduce((a, b) => a + b, 0) / seconds.length;
      const since = (performance.now() - lastFinish) / 1000;
      parts.push(t("about {time} left", { time: duration(Math.max(1, (average * left) / Math.max(1, Math.min(jobs, left)) - since)) }));
    }
    return parts.join(" · ");
  };
  const draw = () => started && stream.write(`\r\x1b[2K${bar()}`);
  const above = (lines: string[]) => {
    stream.write(`\r\x1b[2K${lines.join("\n")}\n`);
    draw();
  };

  return {
    start(count, parallel) {
      total = count;
      jobs = parallel;
      started = true;
      lastFinish = performance.now();
      draw();
      timer = setInterval(draw, 1_000);
      timer.unref();
    },
    began(id) {
      running.add(id);
      draw();
    },
    finished(student, took) {
      running.delete(student.id);
      done++;
      if (student.fromCache) stored++;
      if (student.gradingErrors.length > 0) failed++;
      if (took !== undefined) {
        seconds.push(took);
        lastFinish = performance.now();
      }
      const extra = details(student);
      if (extra.length > 0) above([describe(student), ...extra]);
      else draw();
    },
    note(text) {
      above([text]);
    },
    stop() {
      clearInterval(timer);
      stream.write(`\r\x1b[2K`);
    },
  };
}
