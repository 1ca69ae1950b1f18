// Runs inside the probe process. A probe imports the student's module as `student:file.ts`; the
// build hands it this module's wrappers of those exports instead (build.ts), so every call the
// grader makes into the student's code is written down: what it called, with which values, and
// what came back or was thrown. The grader shows that list in the transcript. Calls the student's
// code makes to itself use the real functions and are not listed.

/** A value as the grader shows it: bytes are cut to their first few, and lists to their first items. */
export type ShownValue =
  | { bytes: string; size: number }
  | { text: string }
  | { number: number | string }
  | { other: string }
  | { list: ShownValue[]; length: number }
  | { object: string; fields?: [string, ShownValue][] };

/** One call the grader made into the student's code. */
export interface ObservedCall {
  /** `encodeFrame`, `new FrameDecoder`, `frameDecoder.push`. */
  call: string;
  args: ShownValue[];
}

/** How a call ended: what it returned, or the message of what it threw. */
export type CallResult = { returned?: ShownValue; threw?: string };

/** Where the calls go: the host sends each to the grader as it happens, so a crash mid-call still shows it. */
export interface CallSink {
  started(call: ObservedCall): number;
  finished(index: number, result: CallResult): void;
}

const SINK = Symbol.for("app-layer-lab.probe.calls");
const SHOWN_BYTES = 32;
const SHOWN_ITEMS = 12;

const sink = () => (globalThis as { [SINK]?: CallSink })[SINK];

/** The host sets where the calls of the coming case go. */
export function setCallSink(next: CallSink): void {
  (globalThis as { [SINK]?: CallSink })[SINK] = next;
}

export function show(value: unknown, depth = 0): ShownValue {
  if (value instanceof Uint8Array) return { bytes: Buffer.from(value.subarray(0, SHOWN_BYTES)).toString("hex"), size: value.length };
  if (typeof value === "string") return { text: value.length > 200 ? `${value.slice(0, 200)}…` : value };
  if (typeof value === "number") return { number: Number.isFinite(value) ? value : String(value) };
  if (typeof value === "bigint") return { other: `${value}n` };
  if (value === null || value === undefined || typeof value === "boolean") return { other: String(value) };
  if (typeof value === "function") return { other: `function ${value.name}` };
  if (Array.isArray(value)) return { list: depth > 2 ? [] : value.slice(0, SHOWN_ITEMS).map((item) => show(item, depth + 1)), length: value.length };
  if (typeof value === "object") {
    const name = (value as object).constructor?.name ?? "Object";
    if (name !== "Object" || depth > 2) return { object: name };
    return { object: name, fields: Object.entries(value as object).slice(0, SHOWN_ITEMS).map(([key, field]) => [key, show(field, depth + 1)]) };
  }
  return { other: typeof value };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Calls `body`, writing down the call as `name(args)` and what came of it. */
function observed<T>(name: string, args: unknown[], body: () => T, showResult = true): T {
  const calls = sink();
  const index = calls?.started({ call: name, args: args.map((arg) => show(arg)) });
  const finish = (result: CallResult) => index !== undefined && calls?.finished(index, result);
  try {
    const result = body();
    if (showResult && result instanceof Promise) {
      // What an async function finally gives, once it settles.
      result.then(
        (value: unknown) => finish({ returned: show(value) }),
        (error: unknown) => finish({ threw: message(error) }),
      );
    } else finish(showResult ? { returned: show(result) } : {});
    return result;
  } catch (error) {
    finish({ threw: message(error) });
    throw error;
  }
}

/** `frameDecoder` for an instance of FrameDecoder. */
const instanceName = (className: string) => className.charAt(0).toLowerCase() + className.slice(1);

/** An instance whose method calls are written down; methods run on the real instance (private fields work). */
function observeInstance<T extends object>(instance: T, className: string): T {
  return new Proxy(instance, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== "function" || typeof property !== "string" || property === "constructor") return value;
      return (...args: unknown[]) => observed(`${instanceName(className)}.${property}`, args, () => Reflect.apply(value, target, args));
    },
  });
}

/** A function or class export whose calls (and constructions) are written down. */
function observeFunction(name: string, real: (...args: unknown[]) => unknown): unknown {
  return new Proxy(real, {
    apply(target, thisArgument, args: unknown[]) {
      return observed(name, args, () => Reflect.apply(target, thisArgument, args));
    },
    construct(target, args: unknown[], newTarget) {
      const instance = observed(`new ${name}`, args, () => Reflect.construct(target, args, newTarget) as object, false);
      return observeInstance(instance, name);
    },
  });
}

/** The export `name` of the student's module, observed when it is a function or a class. */
export function observeExport(name: string, value: unknown): unknown {
  return typeof value === "function" ? observeFunction(name, value as (...args: unknown[]) => unknown) : value;
}
