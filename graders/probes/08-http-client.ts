// Probe for exercise 08: calls the student's one-shot get() against the grader's scripted web
// server, and reports what it returned. The body travels as hex, so JSON carries any byte.
import { get } from "student:http.ts";
import { runProbe } from "./run-probe.ts";

/** What get() resolved with. */
export interface Got {
  status: number;
  headers: Record<string, string>;
  bodyHex: string;
}

await runProbe({
  /** get(url, { timeoutMs }) once. */
  get: async ({ url, timeoutMs }: { url: string; timeoutMs: number }): Promise<Got> => {
    const response = await get(url, { timeoutMs });
    return { status: response.status, headers: { ...response.headers }, bodyHex: Buffer.from(response.body).toString("hex") };
  },
});
