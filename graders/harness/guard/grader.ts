// The grading process itself. On POSIX, SIGUSR1 opens Node's inspector on 127.0.0.1:9229, and
// whoever connects runs code inside the grader: a student program that signals its parent could
// write its own verdict. A SIGUSR1 listener keeps the inspector closed (Node 20 and later);
// Node 22.14 / 23.7 and later also take --disable-sigusr1, which the kit passes to the Vitest
// and batch workers it starts (inspectorSignalFlags). The OS sandbox keeps signals from reaching
// the grader at all; this holds without it.

let installed = false;
let received = 0;

/** Makes SIGUSR1 harmless in this process; idempotent. */
export function keepTheInspectorClosed(): void {
  if (installed || process.platform === "win32") return;
  installed = true;
  process.on("SIGUSR1", () => {
    received++;
  });
}

/** How many SIGUSR1 this process received (and ignored). */
export function inspectorSignalsReceived(): number {
  return received;
}

/** Node options for a grading process the kit starts: --disable-sigusr1 where Node has it. */
export function inspectorSignalFlags(flags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): string[] {
  return flags.has("--disable-sigusr1") ? ["--disable-sigusr1"] : [];
}
