// Exercise 08: the command line of the HTTP client, in the shape of `curl -i`.
//
// It fetches each URL in turn, on one kept-alive connection per server, and prints each
// response as it came: the status line, the headers, a blank line, and the body's bytes as
// they are. Errors go to stderr, with exit code 1.
//
// Run it by hand against any web server on this machine, for instance Python's:
//   python3 -m http.server 8080 --bind 127.0.0.1        (in one terminal)
//   npx tsx exercises/08-http-client/client.ts http://127.0.0.1:8080/
//   npx tsx exercises/08-http-client/client.ts --head http://127.0.0.1:8080/ http://127.0.0.1:8080/missing
import { parseArgs } from "node:util";
import { DEFAULT_MAX_REDIRECTS, DEFAULT_TIMEOUT_MS, HttpClient, type HttpResponse } from "./http.ts";

export interface CliOptions {
  urls: string[];
  head: boolean;
  maxRedirects: number;
  timeoutMs: number;
}

/** Reads the URLs and --head, --max-redirects and --timeout-ms; throws a sentence naming a bad option. */
export function readOptions(args: string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      head: { type: "boolean", default: false },
      "max-redirects": { type: "string", default: String(DEFAULT_MAX_REDIRECTS) },
      "timeout-ms": { type: "string", default: String(DEFAULT_TIMEOUT_MS) },
    },
  });
  const maxRedirects = Number(values["max-redirects"]);
  const timeoutMs = Number(values["timeout-ms"]);
  if (positionals.length === 0) throw new Error("give at least one URL, e.g. http://127.0.0.1:8080/");
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0) throw new Error(`--max-redirects must be a whole number from 0, not "${values["max-redirects"]}"`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 2 ** 31 - 1) {
    throw new Error(`--timeout-ms must be a whole number of milliseconds from 1 to 2147483647, not "${values["timeout-ms"]}"`);
  }
  return { urls: positionals, head: values.head, maxRedirects, timeoutMs };
}

/**
 * The response as `curl -i` prints it: the status line, each header as `Name: value`, a blank
 * line, then the body's bytes untouched (never decoded: a body may be an image).
 *
 * @exercise
 * 1. Join the status line and one `${name}: ${value}` line per raw header, each ending in
 *    "\r\n", then one more "\r\n".
 * 2. Append the body as bytes: `Buffer.concat([Buffer.from(head, "latin1"), response.body])`.
 */
export function formatResponse(response: HttpResponse): Buffer {
  const lines = [response.statusLine, ...response.rawHeaders.map(([name, value]) => `${name}: ${value}`)];
  return Buffer.concat([Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "latin1"), response.body]);
}

async function main(): Promise<void> {
  let client: HttpClient | undefined;
  try {
    const options = readOptions(process.argv.slice(2));
    client = new HttpClient(options);
    for (const url of options.urls) {
      const response = await client.get(url, { head: options.head });
      process.stdout.write(formatResponse(response));
    }
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    client?.close();
  }
}

await main();
