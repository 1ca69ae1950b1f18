// The grading process itself. On POSIX, SIGUSR1 opens Node's inspector on 127.0.0.1:9229, and
// whoever connects runs code inside the grader: a student program that signals its parent could
// write its own verdict. A SIGUSR1 listener keeps the inspector closed (Node 20 and later);
// Node 22.14 / 23.7 and later also take --disable-sigusr1, which the kit passes to the Vitest
// and batch workers it starts (inspectorSignalFlags). The OS sandbox keeps signals from reaching
// the grader at all; this holds without it.

// Vitest's watch mode loads this module afresh for every run in the same process, so the state
// lives on globalThis: one listener per process, however often the module is loaded.
const globals = globalThis as { appLayerLabInspector?: { listening: boolean; received: number } };
const state = (globals.appLayerLabInspector ??= { listening: false, received: 0 });

/** Makes SIGUSR1 harmless in this process; idempotent. */
export function keepTheInspectorClosed(): void {
  if (state.listening || process.platform === "win32") return;
  state.listening = true;
  process.on("SIGUSR1", () => {
    state.received++;
  });
}

/** How many SIGUSR1 this process received (and ignored). */
export function inspectorSignalsReceived(): number {
  return state.received;
}

/** Node options for a grading process the kit starts: --disable-sigusr1 where Node has it. */
export function inspectorSignalFlags(flags: ReadonlySet<string> = process.allowedNodeEnvironmentFlags): string[] {
  return flags.has("--disable-sigusr1") ? ["--disable-sigusr1"] : [];
}
