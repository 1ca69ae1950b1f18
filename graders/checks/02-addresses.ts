// Grader for exercise 02: addresses. The library (IPv4 and port parsing, formatting and
// classifying) runs in a probe on typical, edge and malformed inputs. The who-am-I server meets
// reference clients bound to local ports the grader chose, so its answers can be checked:
// one client, client after client, several at once, and a client it sees as ::ffff:127.0.0.1.
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { t } from "../i18n/index.ts";
import { connectFromKnownPort, ipv4MappedLoopbackWorks, type BoundClient } from "../peers/bound-client.ts";
import { occupyPort } from "../peers/tcp-server.ts";
import type { ProbeOutcome } from "../probes/run-probe.ts";
import { expectCleanFailure } from "./expect.ts";

const PROBE = join(KIT_ROOT, "graders", "probes", "02-addresses.ts");
/** A correct server closes right after its one line, so 5 s is plenty even on a busy machine. */
const PROMPTLY = 5_000;
/** The server reads --port with parsePort and answers with normaliseAddress: it needs both. */
const SERVER_NEEDS = ["startWhoAmIServer", "parsePort", "normaliseAddress"];

type LibraryFunction = "parseIPv4" | "formatIPv4" | "parsePort" | "classifyPort" | "normaliseAddress";

/** How a call reads in the narrative: parseIPv4("127.0.0.1"). */
const call = (name: LibraryFunction, input: unknown) => `${name}(${JSON.stringify(input)})`;

/** Runs `name` on every input in one probe process; one outcome per input, in order. */
async function probeEach<T>(check: CheckContext, name: LibraryFunction, inputs: unknown[]): Promise<ProbeOutcome<T>[]> {
  const outcome = await check.act(t("call your {name} on {count} inputs", { name, count: inputs.length }), () =>
    check.probe<ProbeOutcome<ProbeOutcome<T>[]>>(PROBE, name, inputs),
  );
  if ("threw" in outcome) throw new CheckFailure(t("The grader could not run your {name}: {error}", { name, error: outcome.threw }), { trouble: "crash" });
  return outcome.returned;
}

interface LibraryCases<T> {
  /** Inputs and the value each must return. */
  returns?: [input: unknown, expected: T][];
  /** Inputs that must throw, a key word the message must match (not a sentence), and the problem (in t()). */
  throws?: [input: unknown, mentions: RegExp, problem: string][];
  /** Recognises a wrong value that a classic mistake gives, and says what causes it (in t()). */
  explain?: (got: unknown, expected: T) => string | undefined;
}

/** Calls `name` on every input of `cases` in one probe process, then checks each outcome in turn. */
async function expectLibrary<T>(check: CheckContext, name: LibraryFunction, cases: LibraryCases<T>): Promise<void> {
  const { returns = [], throws = [], explain = () => undefined } = cases;
  const outcomes = await probeEach<T>(check, name, [...returns.map(([input]) => input), ...throws.map(([input]) => input)]);
  const outcomeOf = (index: number, input: unknown) => {
    const outcome = outcomes[index];
    if (!outcome) throw new CheckFailure(t("Your {name} gave no result for {input}.", { name, input: JSON.stringify(input) }));
    return outcome;
  };
  for (const [index, [input, expected]] of returns.entries()) {
    await check.expect(t("{call} returns {value}", { call: call(name, input), value: JSON.stringify(expected) }), () => {
      const outcome = outcomeOf(index, input);
      if ("threw" in outcome) {
        throw new CheckFailure(
          t('{call} threw "{error}", but that input is fine: it should return {value}.', { call: call(name, input), error: outcome.threw, value: JSON.stringify(expected) }),
        );
      }
      const why = explain(outcome.returned, expected);
      check.sameValue(outcome.returned, expected, `${t("{call} returned the wrong value.", { call: call(name, input) })}${why ? ` ${why}` : ""}`);
    });
  }
  for (const [index, [input, mentions, problem]] of throws.entries()) {
    await check.expect(t("{call} throws an error that names the problem: {problem}", { call: call(name, input), problem }), () => {
      const outcome = outcomeOf(returns.length + index, input);
      if ("returned" in outcome) {
        throw new CheckFailure(
          t("{call} returned {value} instead of throwing an error: {problem}.", { call: call(name, input), value: JSON.stringify(outcome.returned), problem }),
        );
      }
      if (!mentions.test(outcome.threw)) {
        throw new CheckFailure(
          t('{call} threw "{error}", which does not say what is wrong ({problem}). Put the offending part in the message, so the user knows what to fix.', {
            call: call(name, input),
            error: outcome.threw,
            problem,
          }),
        );
      }
    });
  }
}

/** The four bytes of a 32-bit address in the other order: what a little-endian mistake gives. */
function byteSwapped(value: number): number {
  return (((value & 255) << 24) | (((value >>> 8) & 255) << 16) | (((value >>> 16) & 255) << 8) | (value >>> 24)) >>> 0;
}

/** Starts the student's server on a port the system picks, and returns it with that port. */
async function startStudentServer(check: CheckContext, host?: string): Promise<{ server: StudentProcess; port: number }> {
  const args = [...(host ? ["--host", host] : []), "--port", "0"];
  const server = await check.act(t("start your server with {args} (any free port)", { args: args.join(" ") }), () => check.launch("whoami-server.ts", args));
  const ready = await check.act(t("wait for it to print listening on HOST:PORT"), () =>
    server.waitForLine(/listening on (.+):(\d+)$/, t("your server to print listening on HOST:PORT"), DEADLINES.ready),
  );
  if (!ready) throw new CheckFailure(t("Your server ended before it printed `listening on HOST:PORT`."), { trouble: "crash" });
  return { server, port: Number(ready[2]) };
}

/** Connects a reference client (`who`, in t()) from a local port the grader picks; a refusal gets a clear message. */
async function connectClient(check: CheckContext, port: number, who: string, refusedBecause: string): Promise<BoundClient> {
  return check.act(t("connect {who} from 127.0.0.1 and a local port the grader picks", { who }), async () => {
    try {
      return await connectFromKnownPort(check, port);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ECONNREFUSED") throw new CheckFailure(t("The connection of {who} was refused. {advice}", { who, advice: refusedBecause }), { code });
      throw error;
    }
  });
}

/** Expects the server to tell `client` exactly "you are 127.0.0.1:PORT" with the client's own port. */
async function expectToldItsOwnAddress(check: CheckContext, client: BoundClient, serverPort: number, who: string): Promise<void> {
  const expected = `you are 127.0.0.1:${client.localPort}\n`;
  await check.expect(t("your server tells {who} {text}", { who, text: JSON.stringify(expected.trimEnd()) }), async () => {
    const received = (await client.conversation.waitForText("\n", t("your server's answer to {who}", { who }))).toString("utf8");
    const mismatch = { expected, observed: received };
    if (received === "") {
      throw new CheckFailure(t("Your server closed the connection of {who} without a word. It should send one line: {line}", { who, line: expected.trimEnd() }));
    }
    if (received.includes(`:${serverPort}`) && !received.includes(`:${client.localPort}`)) {
      throw new CheckFailure(
        t(
          "Your server told {who} the server's own port, {serverPort}, but {who} connects from port {clientPort}: that is socket.remotePort. socket.localPort is the server's side, the same for every client.",
          { who, serverPort, clientPort: client.localPort },
        ),
        { mismatch },
      );
    }
    if (/^you are ::ffff:/i.test(received)) {
      throw new CheckFailure(
        t(
          "Your server answered with the IPv4-mapped form of the address. Pass socket.remoteAddress through normaliseAddress, so ::ffff:127.0.0.1 is shown as 127.0.0.1.",
        ),
        { mismatch },
      );
    }
    check.same(received, expected, t("Your server did not tell {who} the address and port it connects from.", { who }));
  });
}

export const checks: CheckDefinition[] = [
  {
    id: "parses-a-dotted-quad",
    title: t("parseIPv4 turns a dotted quad into its 32-bit number, first part first"),
    needs: ["parseIPv4"],
    async run(check) {
      await expectLibrary<number>(check, "parseIPv4", {
        returns: [
          ["0.0.0.0", 0],
          ["127.0.0.1", 2130706433],
          ["1.2.3.4", 16909060],
          ["10.20.30.40", 169090600],
          ["127.255.255.254", 2147483646],
        ],
        explain: (got, expected) =>
          got === byteSwapped(expected)
            ? t("The bytes are in reverse order: the first part is the most significant byte (network byte order), so it goes in the top 8 bits.")
            : undefined,
      });
    },
  },
  {
    id: "stays-unsigned-from-128-0-0-0-up",
    title: t("parseIPv4 gives positive numbers for 128.0.0.0 and above (>>> 0)"),
    needs: ["parseIPv4"],
    async run(check) {
      await expectLibrary<number>(check, "parseIPv4", {
        returns: [
          ["128.0.0.0", 2147483648],
          ["192.168.0.1", 3232235521],
          ["203.253.146.138", 3422392970],
          ["255.255.255.255", 4294967295],
        ],
        explain: (got, expected) =>
          typeof got === "number" && got < 0 && got + 2 ** 32 === expected
            ? t("It is negative: JavaScript's bit operators (<<, |) give signed 32-bit numbers. Finish with >>> 0 to read the same bits as unsigned.")
            : undefined,
      });
    },
  },
  {
    id: "refuses-malformed-addresses",
    title: t("parseIPv4 refuses malformed addresses and names the offending part"),
    needs: ["parseIPv4"],
    async run(check) {
      await expectLibrary(check, "parseIPv4", {
        throws: [
          ["1.2.3", /parts?\b|\b4\b|four/i, t("it has 3 parts, not 4")],
          ["1.2.3.4.5", /parts?\b|\b4\b|four/i, t("it has 5 parts, not 4")],
          ["1..3.4", /empty|missing|nothing/i, t("the second part is empty")],
          ["12abc.0.0.1", /12abc/, t('the first part, "12abc", is not a number')],
          ["0x7f.0.0.1", /0x7f/i, t('the first part, "0x7f", is not a decimal number')],
          ["1.2.3.-4", /-4/, t('the last part, "-4", is not a number from 0 to 255')],
          ["256.0.0.1", /256/, t("256 is more than 255")],
          ["01.2.3.4", /01|leading|zero|octal/i, t('the first part, "01", has a leading zero')],
          ["", /empty|parts?\b|\b4\b|four/i, t("the text is empty")],
        ],
      });
    },
  },
  {
    id: "formats-a-number-as-a-dotted-quad",
    title: t("formatIPv4 turns a 32-bit number back into a dotted quad, and refuses others"),
    needs: ["formatIPv4"],
    async run(check) {
      await expectLibrary<string>(check, "formatIPv4", {
        returns: [
          [0, "0.0.0.0"],
          [2130706433, "127.0.0.1"],
          [16909060, "1.2.3.4"],
          [3422392970, "203.253.146.138"],
          [4294967295, "255.255.255.255"],
        ],
        throws: [
          [-1, /-1/, t("-1 is below 0")],
          [4294967296, /4294967296/, t("4294967296 is 2^32, one more than the largest address")],
          [1.5, /1\.5/, t("1.5 is not a whole number")],
        ],
        explain: (got) =>
          typeof got === "string" && got.startsWith("-")
            ? t("The first part is negative: >> keeps the sign of a 32-bit number. Shift with >>> instead.")
            : undefined,
      });
    },
  },
  {
    id: "parses-ports-from-0-to-65535",
    title: t("parsePort accepts 0 to 65535 and refuses anything else, naming it"),
    needs: ["parsePort"],
    async run(check) {
      await expectLibrary<number>(check, "parsePort", {
        returns: [
          ["0", 0],
          ["80", 80],
          ["9999", 9999],
          ["65535", 65535],
        ],
        throws: [
          ["65536", /65536/, t("65536 does not fit in 16 bits")],
          ["99999", /99999/, t("99999 does not fit in 16 bits")],
          ["-1", /-1/, t("-1 is not a port")],
          ["80a", /80a/, t('"80a" is not a number')],
          ["8.5", /8\.5/, t("8.5 is not a whole number")],
          ["", /empty|port|number|digit/i, t("the text is empty")],
        ],
      });
    },
  },
  {
    id: "classifies-ports-as-iana-does",
    title: t("classifyPort puts each port in IANA's range: well-known, registered, ephemeral"),
    needs: ["classifyPort"],
    async run(check) {
      await expectLibrary<string>(check, "classifyPort", {
        returns: [
          [0, "well-known"],
          [80, "well-known"],
          [1023, "well-known"],
          [1024, "registered"],
          [9999, "registered"],
          [32768, "registered"],
          [49151, "registered"],
          [49152, "ephemeral"],
          [54321, "ephemeral"],
          [65535, "ephemeral"],
        ],
        explain: (got, expected) =>
          expected === "registered" && got === "ephemeral"
            ? t("IANA's ephemeral range starts at 49152. Linux hands out ephemeral ports from 32768, but that is the machine's choice, not IANA's table.")
            : undefined,
      });
    },
  },
  {
    id: "unwraps-ipv4-mapped-addresses",
    title: t("normaliseAddress turns ::ffff:127.0.0.1 into 127.0.0.1 and leaves other addresses alone"),
    needs: ["normaliseAddress"],
    async run(check) {
      await expectLibrary<string>(check, "normaliseAddress", {
        returns: [
          ["::ffff:127.0.0.1", "127.0.0.1"],
          ["::ffff:203.253.146.138", "203.253.146.138"],
          ["::FFFF:10.0.0.1", "10.0.0.1"],
          ["127.0.0.1", "127.0.0.1"],
          ["::1", "::1"],
          ["fe80::1", "fe80::1"],
        ],
      });
    },
  },
  {
    id: "tells-a-client-its-own-address-and-port",
    title: t("the server tells a client its own IP and port: you are 127.0.0.1:PORT"),
    needs: SERVER_NEEDS,
    async run(check) {
      const { port } = await startStudentServer(check);
      const client = await connectClient(check, port, t("a reference client"), t("Is your server listening on the port it printed?"));
      await expectToldItsOwnAddress(check, client, port, t("the reference client"));
    },
  },
  {
    id: "closes-the-connection-after-answering",
    title: t("the server closes the connection after its one line"),
    needs: SERVER_NEEDS,
    async run(check) {
      const { port } = await startStudentServer(check);
      const client = await connectClient(check, port, t("a reference client"), t("Is your server listening on the port it printed?"));
      await check.act(t("read your server's line"), () => client.conversation.waitForText("\n", t("your server's answer")));
      await check.expect(t("your server then closes the connection"), async () => {
        try {
          await client.conversation.waitForEnding(t("your server to close the connection"), PROMPTLY);
        } catch (error) {
          if (!(error instanceof DeadlineExceeded)) throw error;
          throw new CheckFailure(
            t(
              "Your server answered, then kept the connection open for {seconds} s. Send the line with socket.end(line): it writes, then closes. The client knows the answer is complete only when the connection ends.",
              { seconds: PROMPTLY / 1000 },
            ),
          );
        }
      });
    },
  },
  {
    id: "serves-client-after-client",
    title: t("the server serves client after client, and several at once, each told its own port"),
    needs: SERVER_NEEDS,
    async run(check) {
      const { port } = await startStudentServer(check);
      const stillListening = t("Your server must keep listening after a client: do not close the server, only the client's socket.");
      for (const who of [t("the first client"), t("the second client")]) {
        const client = await connectClient(check, port, who, stillListening);
        await expectToldItsOwnAddress(check, client, port, who);
      }
      const names = [t("client {name}", { name: "A" }), t("client {name}", { name: "B" }), t("client {name}", { name: "C" })];
      const clients = await check.act(t("connect {names} at the same time, each from its own port", { names: names.join(", ") }), () =>
        Promise.all(names.map((who) => connectFromKnownPort(check, port).catch((error: NodeJS.ErrnoException) => {
          if (error.code === "ECONNREFUSED") throw new CheckFailure(t("The connection of {who} was refused. {advice}", { who, advice: stillListening }), { code: error.code });
          throw error;
        }))),
      );
      for (const [index, client] of clients.entries()) await expectToldItsOwnAddress(check, client, port, names[index]!);
    },
  },
  {
    id: "unwraps-an-ipv4-mapped-client-address",
    title: t("the server shows a client it sees as ::ffff:127.0.0.1 as 127.0.0.1"),
    needs: SERVER_NEEDS,
    async run(check) {
      const works = await check.act(t("see whether this machine has IPv6 (a server on ::ffff:127.0.0.1)"), () => ipv4MappedLoopbackWorks());
      if (!works) {
        check.transcript.note(t("skipped: this machine cannot listen on ::ffff:127.0.0.1 (no IPv6), so no server here sees an IPv4-mapped address"));
        return;
      }
      // An IPv6 socket bound to the IPv4-mapped loopback address: IPv4 clients show up as ::ffff:….
      const { port } = await startStudentServer(check, "::ffff:127.0.0.1");
      const client = await connectClient(check, port, t("a reference client (IPv4, to 127.0.0.1)"), t("Did your server pass --host to listen()?"));
      await expectToldItsOwnAddress(check, client, port, t("the reference client"));
    },
  },
  {
    id: "explains-a-port-already-in-use",
    title: t("the server explains a port that is already in use and exits with an error code"),
    needs: ["startWhoAmIServer", "parsePort"],
    async run(check) {
      const port = await check.act(t("keep a loopback port busy (the grader listens on it)"), () => occupyPort(check));
      const server = await check.act(t("start your server with --port {port}", { port }), () => check.launch("whoami-server.ts", ["--port", String(port)]));
      await expectCleanFailure(check, server, t("a port that is already in use"), { mentions: [{ text: String(port), what: t("the port") }] });
    },
  },
];
