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
import { connectFromKnownPort, ipv4MappedLoopbackWorks, otherLoopback, type BoundClient } from "../peers/bound-client.ts";
import { occupyPort } from "../peers/tcp-server.ts";
import type { ProbeOutcome } from "../probes/run-probe.ts";
import { expectCleanFailure, expectNotePortByDefault } from "./expect.ts";

const PROBE = join(KIT_ROOT, "graders", "probes", "02-addresses.ts");
/**
 * A correct server closes right after its one line: socket.end(line) sends the line and the FIN
 * together. 1.5 s after the line is plenty on a busy machine, and catches a server that closes
 * only when some timer of a few seconds fires.
 */
const PROMPTLY = 1_500;
/** A server that could not listen has nothing left to do once it has said why: it ends within this. */
const ENDS_AFTER_ITS_ERROR_MS = 3_000;
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
  /**
   * Inputs that must throw, the facts its message may name (it must contain at least one of them:
   * the offending text or part, a count; none listed: throwing is enough), and the problem (in t()).
   * Facts, never words: a message in any wording or language passes.
   */
  throws?: [input: unknown, facts: string[], problem: string][];
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
  for (const [index, [input, facts, problem]] of throws.entries()) {
    const says = facts.length === 0 ? "" : t(", naming {facts}", { facts: facts.map((fact) => JSON.stringify(fact)).join(` ${t("or")} `) });
    await check.expect(t("{call} throws an error{says}: {problem}", { call: call(name, input), says, problem }), () => {
      const outcome = outcomeOf(returns.length + index, input);
      if ("returned" in outcome) {
        throw new CheckFailure(
          t("{call} returned {value} instead of throwing an error: {problem}.", { call: call(name, input), value: JSON.stringify(outcome.returned), problem }),
        );
      }
      if (facts.length > 0 && !facts.some((fact) => outcome.threw.includes(fact))) {
        throw new CheckFailure(
          t('{call} threw "{error}", which does not name what is wrong ({problem}). Put {facts} in the message, so the user knows what to fix.', {
            call: call(name, input),
            error: outcome.threw,
            problem,
            facts: facts.map((fact) => JSON.stringify(fact)).join(` ${t("or")} `),
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
async function connectClient(check: CheckContext, port: number, who: string, refusedBecause: string, host = "127.0.0.1", from = "127.0.0.1", halfOpen = false): Promise<BoundClient> {
  const description = host === "127.0.0.1" && from === "127.0.0.1"
    ? t("connect {who} from 127.0.0.1 and a local port the grader picks", { who })
    : t("connect {who} to {host} from {from} and a local port the grader picks", { who, host, from });
  return check.act(description, async () => {
    try {
      return await connectFromKnownPort(check, port, host, from, halfOpen);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ECONNREFUSED") throw new CheckFailure(t("The connection of {who} was refused. {advice}", { who, advice: refusedBecause }), { code });
      throw error;
    }
  });
}

/** Expects the server to tell `client` exactly "you are ADDRESS:PORT" with the client's own address (127.0.0.1) and port. */
async function expectToldItsOwnAddress(check: CheckContext, client: BoundClient, serverPort: number, who: string, address = "127.0.0.1"): Promise<void> {
  const expected = `you are ${address}:${client.localPort}\n`;
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
          ["127.255.255.255", 2147483647],
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
          // How many parts there are, or the text itself: either tells the user what is wrong.
          ["10.20.40", ["10.20.40", "3"], t("it has 3 parts, not 4")],
          ["10.20.40.60.80", ["10.20.40.60.80", "5"], t("it has 5 parts, not 4")],
          ["1.2.3.4.", ["1.2.3.4.", "5"], t("a dot at the end makes a fifth, empty part")],
          ["4294967296", ["4294967296"], t("a plain number is not a dotted quad")],
          ["1..3.4", ["1..3.4", "2"], t("the second part is empty")],
          ["12abc.0.0.1", ["12abc"], t('the first part, "12abc", is not a number')],
          ["0x7f.0.0.1", ["0x7f"], t('the first part, "0x7f", is not a decimal number')],
          ["1e2.0.0.1", ["1e2"], t('the first part, "1e2", is not written in plain digits (Number() reads it as 100)')],
          ["1.2.3.-4", ["-4"], t('the last part, "-4", is not a number from 0 to 255')],
          ["1.2.3.\uff14", ["\uff14"], t('the last part, "\uff14", is a full-width digit, not one of 0-9')],
          ["256.0.0.1", ["256"], t("256 is more than 255")],
          ["01.2.3.4", ["01"], t('the first part, "01", has a leading zero')],
          [" 1.2.3.4", [], t("it starts with a space (Number() would ignore it)")],
          ["1.2.3.4 ", [], t("it ends with a space")],
          ["", [], t("the text is empty")],
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
          [2147483647, "127.255.255.255"],
          [2147483648, "128.0.0.0"],
          [3422392970, "203.253.146.138"],
          [4294967295, "255.255.255.255"],
        ],
        throws: [
          [-1, ["-1"], t("-1 is below 0")],
          [4294967296, ["4294967296"], t("4294967296 is 2^32, one more than the largest address")],
          [9007199254740992, ["9007199254740992"], t("9007199254740992 (2^53) is far past 32 bits")],
          [1.5, ["1.5"], t("1.5 is not a whole number")],
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
          ["65536", ["65536"], t("65536 does not fit in 16 bits")],
          ["99999", ["99999"], t("99999 does not fit in 16 bits")],
          ["2147483648", ["2147483648"], t("2147483648 (2^31) does not fit in 16 bits")],
          ["4294967296", ["4294967296"], t("4294967296 (2^32) does not fit in 16 bits, and would wrap to 0 if cut to 16 bits")],
          ["-1", ["-1"], t("-1 is not a port")],
          ["80a", ["80a"], t('"80a" is not a number')],
          ["8.5", ["8.5"], t("8.5 is not a whole number")],
          ["1e3", ["1e3"], t('"1e3" is not written in plain digits (Number() reads it as 1000)')],
          ["0x50", ["0x50"], t('"0x50" is not a decimal number (Number() reads it as 80)')],
          ["+80", ["+80"], t('"+80" has a sign')],
          [" 80", [], t("it starts with a space (Number() would ignore it)")],
          ["80 ", [], t("it ends with a space")],
          ["\uff18\uff10", ["\uff18\uff10"], t('"\uff18\uff10" is written in full-width digits, not 0-9')],
          ["", [], t("the text is empty")],
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
        throws: [
          [-1, [], t("-1 is not a port")],
          [65536, [], t("65536 does not fit in 16 bits")],
          [2147483648, [], t("2147483648 (2^31) is no port")],
          [80.5, [], t("80.5 is not a whole number")],
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
          ["::ffff:7f00:1", "::ffff:7f00:1"],
          ["::ffff:127.0.0.1234", "::ffff:127.0.0.1234"],
          ["1::ffff:127.0.0.1", "1::ffff:127.0.0.1"],
          ["", ""],
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
              "Your server answered, then kept the connection open for {seconds} s more. Send the line with socket.end(line): it writes, then closes at once. The client knows the answer is complete only when the connection ends.",
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
    id: "survives-a-client-that-resets",
    title: t("the server survives a client that resets its connection, and serves the next one"),
    needs: SERVER_NEEDS,
    async run(check) {
      const { server, port } = await startStudentServer(check);
      const rude = await connectClient(check, port, t("a client that resets"), t("Is your server listening on the port it printed?"), "127.0.0.1", "127.0.0.1", true);
      // This client never sends its own FIN, so the server's socket is still open, waiting for it,
      // when the RST comes: the server's socket reports ECONNRESET, however loaded the machine is.
      await check.act(t("read your server's line and its FIN, then reset the connection (RST) instead of closing it"), async () => {
        await rude.conversation.waitForEnding(t("your server to send its line and close its side"), DEADLINES.reply).catch(() => undefined);
        rude.conversation.reset();
      });
      const next = await connectClient(
        check,
        port,
        t("the next client"),
        t("Your server stopped listening after a client reset its connection: did it crash? Give each client's socket an \"error\" handler (socket.on(\"error\", …)), so one bad connection cannot take the server down."),
      );
      // A server that crashed on the reset drops the next client too: then the crash is the news.
      const answered = await expectToldItsOwnAddress(check, next, port, t("the next client")).then(
        () => undefined,
        async (failure: unknown) => {
          await server.waitForExit(DEADLINES.kill).catch(() => undefined);
          return failure;
        },
      );
      // It may answer the next client before it reads the reset: look once it has caught up.
      await check.act(t("wait until your server has dealt with the reset"), () => server.caughtUp());
      await check.expect(t("your server is still running"), () => {
        if (answered !== undefined && !server.exit) throw answered;
        if (server.exit) {
          throw new CheckFailure(t("Your server {how} after a client reset its connection. Give each client's socket an \"error\" handler, so ECONNRESET from one client cannot crash the server.", { how: server.exit.signal ? t("was killed by {signal}", { signal: server.exit.signal }) : t("exited with code {code}", { code: String(server.exit.code) }) }), { trouble: "crash" });
        }
      });
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
      await expectToEndAfterItsError(check, server);
      await expectCleanFailure(check, server, t("a port that is already in use"), { mentions: [{ text: String(port), what: t("the port") }] });
    },
  },
  {
    id: "uses-the-note-port-by-default",
    title: t("the server uses the note's port, 9999, when no --port is given"),
    needs: ["startWhoAmIServer", "parsePort"],
    run: (check) => expectNotePortByDefault(check, "whoami-server.ts"),
  },
  {
    id: "listens-on-the-host-it-is-given",
    title: t("the server listens on the address given with --host (127.0.0.2, or ::1), and only answers there"),
    needs: SERVER_NEEDS,
    async run(check) {
      const other = await check.act(t("find a loopback address other than 127.0.0.1 (127.0.0.2, else ::1)"), () => otherLoopback());
      if (!other) {
        check.transcript.note(t("skipped: this machine has no loopback address but 127.0.0.1 (neither 127.0.0.2 nor ::1)"));
        return;
      }
      const { port } = await startStudentServer(check, other.host);
      const client = await connectClient(
        check,
        port,
        t("a reference client"),
        t("Does your server pass --host to listen()? It was told --host {host}, and nothing listens there.", { host: other.host }),
        other.host,
        other.clientAddress,
      );
      await expectToldItsOwnAddress(check, client, port, t("the reference client"), other.clientAddress);
    },
  },
  {
    id: "refuses-a-bad-port",
    title: t("the server refuses --port 65536 and --port abc with a message that names the value"),
    needs: ["parsePort"],
    async run(check) {
      for (const value of ["65536", "abc"]) {
        const server = await check.act(t("start your server with --port {port}", { port: value }), () => check.launch("whoami-server.ts", ["--port", value]));
        await expectToEndAfterItsError(check, server);
        await expectCleanFailure(check, server, t("--port {value}", { value }), { mentions: [{ text: value, what: t("the value given") }] });
      }
    },
  },
];

/**
 * A server that cannot start says why and ends: it must exit within ENDS_AFTER_ITS_ERROR_MS of
 * printing its first line. (Startup, before that line, may take a while on a busy machine.)
 * TODO(issue 8): becomes the harness's shared "ends promptly after its work" step once it is on main.
 */
async function expectToEndAfterItsError(check: CheckContext, server: StudentProcess): Promise<void> {
  await check.act(t("wait for your server to print why it cannot start"), () =>
    server.waitForStdoutLines(() => server.lines.length > 0, t("your server to print a message"), DEADLINES.ready).catch(() => undefined),
  );
  if (server.exit || server.lines.length === 0) return; // expectCleanFailure says what is wrong
  await check.act(t("wait for your server to end, at most {seconds} s after its message", { seconds: ENDS_AFTER_ITS_ERROR_MS / 1000 }), async () => {
    try {
      await server.waitForExit(ENDS_AFTER_ITS_ERROR_MS);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      throw new CheckFailure(
        t(
          "Your server printed its message and was still running {seconds} s later, with nothing left to do. Something keeps it alive: a timer (a delay before exiting, a retry), an interval, or a server or socket left open. Set process.exitCode = 1 and let it end.",
          { seconds: ENDS_AFTER_ITS_ERROR_MS / 1000 },
        ),
        { trouble: "timeout" },
      );
    }
  });
}
