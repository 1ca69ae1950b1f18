// Exercise 13's STUN checks: the grader is the STUN server the student's stun.ts asks
// (graders/peers/stun-server.ts). Each scripted server answers in a shape that breaks a classic
// STUN-client bug: XOR-MAPPED-ADDRESS with a port and an address whose XOR matters, MAPPED-ADDRESS
// alone (old servers, stund), both (different, in either order), an unknown attribute of odd
// length (padding), a decoy with another transaction id, garbage and a stranger first, lost
// requests, silence, an error response; and the Binding request itself is read byte by byte.
import type { CheckContext, CheckDefinition } from "../../harness/check.ts";
import { CheckFailure } from "../../harness/check.ts";
import { showEndpoint, unusedUdpPort, type Endpoint } from "../../harness/datagram.ts";
import { DEADLINES, DeadlineExceeded } from "../../harness/deadline.ts";
import type { StudentProcess } from "../../harness/launch.ts";
import { t } from "../../i18n/index.ts";
import { decoyEndpoint, MAGIC_COOKIE, mapped, startStunServer, STUN_TYPES, unknownOptional, xorMapped, type StunRequest, type StunScript, type StunServer } from "../../peers/stun-server.ts";
import { describeExit, expectCleanFailure, expectEndsPromptly, otherLoopbackHost } from "../expect.ts";

const FILE = "stun.ts";
/** Every check runs the CLI: main → discover → retransmit, bindingRequest and (when answered) parseBindingResponse. */
const NEEDS = ["bindingRequest", "parseBindingResponse", "retransmit", "discover"];
/** Checks whose server never answers need no parser. */
const NEEDS_NO_PARSER = ["bindingRequest", "retransmit", "discover"];
/** How long a program may take to end once its work is done: far below the --rto-ms of the checks that answer. */
const ENDS_AFTER_WORK_MS = 3_000;
/**
 * The --rto-ms of the checks where the server answers the first request: far above
 * ENDS_AFTER_WORK_MS, so a program that leaves its retransmit timer running is still alive when
 * it should have ended, and far above any round trip on a busy machine, so no retransmit is
 * needed.
 */
const LONG_RTO_MS = 20_000;
/** The address the grader's server claims where the check needs one nobody could guess: its port's and address's XOR both matter. */
const CLAIMED: Endpoint = { address: "127.45.67.89", port: 54321 };
/**
 * A timer may fire up to a millisecond early by the wall clock (Node rounds to whole
 * milliseconds and reads its loop's clock): the bounds below allow that much per timer.
 */
const TIMER_SLACK_MS = 2;
/** A second claimed address, for the attribute the program must not take. */
const OTHER: Endpoint = { address: "127.98.76.54", port: 1234 };

/** The command line as a person would type it. */
function commandLine(args: string[]): string {
  return args.map((arg) => (/^[\w.:/=-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(" ") || t("no arguments");
}

interface StunRun {
  program: StudentProcess;
  server: StunServer;
  /** performance.now() just before the program was started: no request can have left before it. */
  launchedAt: number;
  args: string[];
}

/** Starts the scripted STUN server (`describe`d, in t()), then the student's stun.ts pointed at it with `extra` options. */
async function stunAgainst(check: CheckContext, script: StunScript, describe: string, extra: string[], serverHost?: string): Promise<StunRun> {
  const server = await check.act(describe, () => startStunServer(check, script, { host: serverHost }));
  const args = ["--server", server.address, ...extra];
  const launchedAt = performance.now();
  const program = await check.act(t("run your STUN client with {args}", { args: commandLine(args) }), () => check.launch(FILE, args));
  return { program, server, launchedAt, args };
}

/** Every ip:port in a text. */
function addressesIn(text: string): string[] {
  return text.match(/\b\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}\b/g) ?? [];
}

/**
 * The program prints `expected` (ip:port) on stdout, not any of `wrong` (what a buggy reading
 * gives), ends promptly, and exits with 0. `why` (in t()) explains a wrong answer.
 */
async function expectReports(check: CheckContext, run: StunRun, expected: Endpoint, wrong: { endpoint: Endpoint; why: string }[]): Promise<void> {
  const { program, server } = run;
  const want = showEndpoint(expected);
  // Starting may take long on a busy machine; once the request is out, the answer comes at once.
  await check.act(t("wait for your program's Binding request"), () =>
    Promise.race([server.whenRequests(1, DEADLINES.ready), program.waitForExit(DEADLINES.ready)]).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }),
  );
  await check.act(t("wait for your program to print the mapped address"), () =>
    program.waitForStdoutLines((lines) => lines.length > 0, t("your program to print the mapped address"), DEADLINES.reply).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }),
  );
  if (program.stdout === "" && !program.exit) {
    const seconds = (DEADLINES.reply / 1000).toFixed(1);
    throw new CheckFailure(
      server.requests.length === 0
        ? t("Your program sent no Binding request to {server} in {seconds} s.", { server: server.address, seconds: (DEADLINES.ready / 1000).toFixed(1) })
        : t("The server answered (see the transcript), but your program printed nothing for {seconds} s and is still waiting: it did not take that answer for its own. Check the header (cookie, transaction id, length), then walk every attribute, padding included, and read XOR-MAPPED-ADDRESS or MAPPED-ADDRESS.", { seconds }),
      { trouble: "timeout" },
    );
  }
  const status = await expectEndsPromptly(check, program, { ms: ENDS_AFTER_WORK_MS, after: program.stdout === "" ? t("the server answered") : t("it printed the mapped address") });
  await check.expect(t("it prints {address} on stdout, and exits with code 0", { address: want }), () => {
    for (const { endpoint, why } of wrong) {
      if (program.stdout.includes(showEndpoint(endpoint)) && !program.stdout.includes(want)) {
        throw new CheckFailure(why, { mismatch: { expected: want, observed: program.stdout.trimEnd() } });
      }
    }
    if (!program.stdout.includes(want) && status.code !== 0 && addressesIn(program.stdout).length === 0) {
      throw new CheckFailure(t("Your program {how} without printing a mapped address, though the server answered (see the transcript). A datagram that is not the answer must be ignored, never end the discovery.", { how: describeExit(status) }), {
        trouble: "crash",
      });
    }
    if (!program.stdout.includes(want)) {
      const seen = addressesIn(program.stdout);
      const local = run.server.requests[0]?.source;
      if (local && seen.includes(showEndpoint(local)) && showEndpoint(local) !== want) {
        throw new CheckFailure(
          t("Your program printed {local}, the address its own socket has, but the server said it saw {address}. Print what the server says: behind a NAT, your own address is not the one the world sees.", { local: showEndpoint(local), address: want }),
          { mismatch: { expected: want, observed: program.stdout.trimEnd() } },
        );
      }
      throw new CheckFailure(
        seen.length === 0
          ? t("Your program printed no ip:port on stdout: print the mapped address the server sent, as ip:port ({address}).", { address: want })
          : t("Your program printed {seen}, but the server's answer says {address}.", { seen: seen.join(", "), address: want }),
        { mismatch: { expected: want, observed: program.stdout.trimEnd() } },
      );
    }
    if (status.code !== 0) throw new CheckFailure(t("Your program {how} after printing the address: exit with code 0 when the server answered.", { how: describeExit(status) }), { trouble: "crash" });
  });
}

/** The requests that arrived were Binding requests, all with the same transaction id. */
function expectSameTransactionId(check: CheckContext, requests: StunRequest[]): Promise<void> {
  return check.expect(t("every retransmit carries the same transaction id as the first request"), () => {
    const first = requests[0]!.transactionId;
    const other = requests.find((request) => !request.transactionId.equals(first));
    if (other) {
      throw new CheckFailure(
        t("Request {n} carries transaction id {id}, request 1 carried {first}. A retransmit is the same request sent again: make the id once, before the first send, and send the same bytes each time. A server answers each copy with its id, and a late answer to the first copy must still count.", {
          n: requests.indexOf(other) + 1,
          id: other.transactionId.toString("hex"),
          first: first.toString("hex"),
        }),
        { mismatch: { expected: first.toString("hex"), observed: other.transactionId.toString("hex") } },
      );
    }
  });
}

/**
 * The schedule, counted from the launch: request k+1 cannot come before rtoMs·(2^k − 1) after
 * the program was started, nor can it give up before rtoMs·(2^(retries+1) − 1). Why from the
 * launch, and not between arrivals: a program's timer starts from its event loop's clock, read
 * when the loop woke, so a program held up by a busy machine just before a send sends late and
 * then retransmits early, and one interval between arrivals can shrink to nothing for a correct
 * program. But each timer starts no earlier than the one before it was due, so the sum of the
 * waits always holds from the first send, and the first send comes after the launch. These bounds
 * only loosen when the machine is busy; the gaps are shown in the transcript.
 */
async function expectScheduleFromLaunch(check: CheckContext, run: StunRun, requests: StunRequest[], rtoMs: number, gaveUpAt: number): Promise<void> {
  const gaps = requests.slice(1).map((request, index) => Math.round(request.at - requests[index]!.at));
  check.transcript.note(t("the requests arrived {gaps} ms apart", { gaps: gaps.join(", ") }));
  const cumulative = (sends: number) => rtoMs * (2 ** sends - 1);
  const bounds = requests.slice(1).map((_, index) => cumulative(index + 1));
  const giveUp = cumulative(requests.length);
  await check.expect(
    t("counted from its launch, request 2, 3, … comes no sooner than {bounds} ms, and it gives up no sooner than {giveUp} ms (each wait twice the one before, from {rto} ms)", { bounds: bounds.join(", "), giveUp, rto: rtoMs }),
    () => {
      for (const [index, bound] of bounds.entries()) {
        const after = requests[index + 1]!.at - run.launchedAt;
        if (after + TIMER_SLACK_MS * (index + 1) < bound) {
          throw new CheckFailure(
            t("Request {n} came {ms} ms after your program was started, but with a first wait of {rto} ms, doubled after every send ({waits} ms), it cannot come before {least} ms. Wait rtoMs before the first retransmit, and twice the last wait before each next one (RFC 8489 §6.2.1): a congested network gets more room, not more datagrams.", {
              n: index + 2,
              ms: Math.round(after),
              rto: rtoMs,
              waits: bounds.map((_, wait) => rtoMs * 2 ** wait).join(", "),
              least: bound,
            }),
            { mismatch: { expected: bounds.join(", "), observed: requests.slice(1).map((request) => Math.round(request.at - run.launchedAt)).join(", ") } },
          );
        }
      }
      const ended = gaveUpAt - run.launchedAt;
      if (ended + TIMER_SLACK_MS * requests.length < giveUp) {
        throw new CheckFailure(
          t("Your program gave up {ms} ms after it was started, but after its last request it must wait one more doubled interval: not before {least} ms in all.", { ms: Math.round(ended), least: giveUp }),
        );
      }
    },
  );
}

/** Waits for the program to give up on a silent server (within `ms`), then expects exactly `count` requests, and a clean failure naming the server. */
async function expectGivesUp(check: CheckContext, run: StunRun, count: number, ms: number): Promise<{ requests: StunRequest[]; gaveUpAt: number }> {
  const { program, server } = run;
  // When the grader saw the exit: never before the program's own end, so a floor stays a floor.
  let gaveUpAt = Number.POSITIVE_INFINITY;
  void program.whenExited().then(() => (gaveUpAt = performance.now()));
  await check.act(t("wait for your program's {count} requests", { count }), () =>
    Promise.race([server.whenRequests(count, DEADLINES.ready + ms), program.waitForExit(DEADLINES.ready + ms)]).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
    }),
  );
  await check.expect(t("it sent at least {count} Binding requests", { count }), () => {
    if (server.requests.length < count) {
      throw new CheckFailure(
        t("The server received {received} Binding requests, but with --retries {retries} your program should send {count}: the first, then one after each wait. UDP loses datagrams; a client that sends once and waits may wait forever.", {
          received: server.requests.length,
          retries: count - 1,
          count,
        }),
      );
    }
  });
  const last = server.requests[count - 1]!;
  // After the last request: one more doubled wait, then give up.
  const waitAfterLast = ms;
  const left = Math.max(0, last.at + waitAfterLast - performance.now());
  await expectCleanFailure(check, program, t("a STUN server that never answers"), {
    mentions: [{ text: server.address, what: t("the server's address") }],
    ms: left + ENDS_AFTER_WORK_MS,
  });
  await check.expect(t("it sent exactly {count} Binding requests, then gave up", { count }), () => {
    if (server.requests.length !== count) {
      throw new CheckFailure(
        t("The server received {received} Binding requests, but --retries {retries} allows {count}: the first and {retries} retransmits. Then wait one more doubled interval and give up.", {
          received: server.requests.length,
          retries: count - 1,
          count,
        }),
      );
    }
  });
  return { requests: server.requests, gaveUpAt };
}

/** The bytes of the first request: 20, type 0x0001, length 0, the cookie; its id 12 bytes. */
function expectBindingRequestHeader(check: CheckContext, bytes: Buffer): Promise<void> {
  return check.expect(t("the request is 20 bytes: type 0x0001, length 0, the magic cookie 0x2112A442, a 12-byte transaction id"), () => {
    const expected = Buffer.alloc(20);
    expected.writeUInt16BE(STUN_TYPES.bindingRequest, 0);
    expected.writeUInt32BE(MAGIC_COOKIE, 4);
    // The id is the program's own choice: whatever it sent at bytes 8–19 is right.
    bytes.subarray(8, 20).copy(expected, 8);
    check.same(bytes, expected, t("Your Binding request is not the 20-byte header RFC 8489 asks for: 0x0001 (2 bytes, big-endian), length 0 (2 bytes), 0x2112A442 (4 bytes, big-endian), then the 12 bytes of the transaction id."));
  });
}

export const checks: CheckDefinition[] = [
  {
    id: "stun-sends-a-binding-request",
    title: t("sends a Binding request: type 0x0001, length 0, the magic cookie, a 12-byte transaction id"),
    needs: NEEDS_NO_PARSER,
    async run(check) {
      const run = await stunAgainst(check, { silent: true }, t("start a STUN server that answers nothing"), ["--rto-ms", "200", "--retries", "0"]);
      // Any first datagram: one the server does not take for a Binding request is shown byte by byte too.
      const first = await check.act(t("wait for your program's first datagram"), () => run.server.peer.whenReceived(1, DEADLINES.ready));
      await expectBindingRequestHeader(check, first.bytes);
      await check.expect(t("the transaction id is not all zeros"), () => {
        if (first.bytes.subarray(8, 20).every((byte) => byte === 0)) throw new CheckFailure(t("Your transaction id is 12 zero bytes: take 12 random bytes, crypto.randomBytes(12), so that an answer can be told apart from answers to other requests."));
      });
    },
  },
  {
    id: "stun-uses-a-fresh-transaction-id",
    title: t("uses a new random transaction id on every run"),
    needs: NEEDS_NO_PARSER,
    async run(check) {
      const server = await check.act(t("start a STUN server that answers nothing"), () => startStunServer(check, { silent: true }));
      const args = ["--server", server.address, "--rto-ms", "200", "--retries", "0"];
      const ids: Buffer[] = [];
      for (const run of [1, 2]) {
        const program = await check.act(t("run your STUN client (run {n}) with {args}", { n: run, args: commandLine(args) }), () => check.launch(FILE, args));
        const requests = await check.act(t("wait for its Binding request"), () => server.whenRequests(run, DEADLINES.ready));
        ids.push(requests[run - 1]!.transactionId);
        await program.waitForExit(DEADLINES.exit).catch(() => undefined);
      }
      await check.expect(t("the two runs use different transaction ids"), () => {
        if (ids[0]!.equals(ids[1]!)) {
          throw new CheckFailure(
            t("Both runs sent transaction id {id}. An id that never changes lets an answer to an old request, or to someone else's, pass for the answer to this one: take crypto.randomBytes(12) for every new request.", { id: ids[0]!.toString("hex") }),
          );
        }
      });
    },
  },
  {
    id: "stun-reports-the-xor-mapped-address",
    title: t("decodes XOR-MAPPED-ADDRESS: the port XOR 0x2112 and the address XOR 0x2112A442"),
    needs: NEEDS,
    async run(check) {
      const run = await stunAgainst(
        check,
        { attributes: [xorMapped()], reportAs: () => CLAIMED },
        t("start a STUN server that answers with XOR-MAPPED-ADDRESS {address} only (it plays a NAT)", { address: showEndpoint(CLAIMED) }),
        ["--rto-ms", String(LONG_RTO_MS)],
      );
      const portOnlyAddress = { address: CLAIMED.address, port: CLAIMED.port ^ 0x2112 };
      await expectReports(check, run, CLAIMED, [
        {
          endpoint: portOnlyAddress,
          why: t("Your program printed port {port}, the port still XORed: undo the XOR of the port too, port = value XOR 0x2112 (the cookie's top 16 bits).", { port: portOnlyAddress.port }),
        },
      ]);
    },
  },
  {
    id: "stun-accepts-a-mapped-address-alone",
    title: t("accepts MAPPED-ADDRESS alone, as stund and other RFC 3489 servers send it"),
    needs: NEEDS,
    async run(check) {
      const run = await stunAgainst(
        check,
        { attributes: [mapped()], reportAs: () => CLAIMED },
        t("start a STUN server that answers with MAPPED-ADDRESS {address} only, no XOR", { address: showEndpoint(CLAIMED) }),
        ["--rto-ms", String(LONG_RTO_MS)],
      );
      await expectReports(check, run, CLAIMED, []);
    },
  },
  {
    id: "stun-prefers-the-xor-mapped-address",
    title: t("takes XOR-MAPPED-ADDRESS over a different MAPPED-ADDRESS, in either order"),
    needs: NEEDS,
    async run(check) {
      const orders: { attributes: StunScript["attributes"]; describe: string }[] = [
        { attributes: [mapped(OTHER), xorMapped(CLAIMED)], describe: t("start a STUN server that answers MAPPED-ADDRESS {other} first, then XOR-MAPPED-ADDRESS {address}", { other: showEndpoint(OTHER), address: showEndpoint(CLAIMED) }) },
        { attributes: [xorMapped(CLAIMED), mapped(OTHER)], describe: t("start a STUN server that answers XOR-MAPPED-ADDRESS {address} first, then MAPPED-ADDRESS {other}", { other: showEndpoint(OTHER), address: showEndpoint(CLAIMED) }) },
      ];
      for (const order of orders) {
        const run = await stunAgainst(check, { attributes: order.attributes }, order.describe, ["--rto-ms", String(LONG_RTO_MS)]);
        await expectReports(check, run, CLAIMED, [
          {
            endpoint: OTHER,
            why: t("Your program took MAPPED-ADDRESS, though XOR-MAPPED-ADDRESS came too. A NAT that rewrites addresses it sees in packets can spoil the plain one; the XORed one survives. Look at every attribute, and prefer XOR-MAPPED-ADDRESS whatever the order."),
          },
        ]);
      }
    },
  },
  {
    id: "stun-skips-unknown-attributes",
    title: t("skips an unknown attribute of odd length, with its padding, before the address"),
    needs: NEEDS,
    async run(check) {
      const run = await stunAgainst(
        check,
        { attributes: [unknownOptional(5), unknownOptional(2, 0x8022), xorMapped(CLAIMED)] },
        t("start a STUN server that answers with two unknown attributes (5 and 2 bytes, padded to 8 and 4) and then XOR-MAPPED-ADDRESS {address}", { address: showEndpoint(CLAIMED) }),
        ["--rto-ms", String(LONG_RTO_MS)],
      );
      await expectReports(check, run, CLAIMED, []);
    },
  },
  {
    id: "stun-ignores-a-wrong-transaction-id",
    title: t("ignores a success response with another transaction id, and takes the right one after it"),
    needs: NEEDS,
    async run(check) {
      const run = await stunAgainst(check, { before: ["decoy"] }, t("start a STUN server that first answers with a decoy: another transaction id, another address"), ["--rto-ms", String(LONG_RTO_MS)]);
      const [request] = await check.act(t("wait for your program's Binding request"), () => run.server.whenRequests(1, DEADLINES.ready));
      await expectReports(check, run, request!.source, [
        {
          endpoint: decoyEndpoint(request!.source),
          why: t("Your program took the decoy, an answer with another transaction id. An answer is yours only when bytes 8–19 equal the id you sent: anyone can send you a datagram."),
        },
      ]);
    },
  },
  {
    id: "stun-ignores-garbage-and-strangers",
    title: t("ignores garbage datagrams and a response from another port, and takes the server's"),
    needs: NEEDS,
    async run(check) {
      const run = await stunAgainst(
        check,
        { before: ["garbage", "stranger"] },
        t("start a STUN server that first sends garbage (empty, 3 bytes, text, no magic cookie, a length longer than the datagram), and lets a stranger answer from another port"),
        ["--rto-ms", String(LONG_RTO_MS)],
      );
      const [request] = await check.act(t("wait for your program's Binding request"), () => run.server.whenRequests(1, DEADLINES.ready));
      await expectReports(check, run, request!.source, [
        {
          endpoint: decoyEndpoint(request!.source),
          why: t("Your program took a stranger's answer, from another port than the server's. Compare the sender (rinfo.address and rinfo.port) with the server you asked before you read the datagram."),
        },
      ]);
    },
  },
  {
    id: "stun-retransmits-a-lost-request",
    title: t("sends the request again, with the same transaction id, when the first two are lost"),
    needs: NEEDS,
    async run(check) {
      const rtoMs = 150;
      const run = await stunAgainst(check, { dropFirst: 2 }, t("start a STUN server that drops the first two Binding requests and answers the third"), ["--rto-ms", String(rtoMs), "--retries", "6"]);
      await check.act(t("wait for your program's third Binding request"), () =>
        Promise.race([run.server.whenRequests(3, DEADLINES.ready + 7 * rtoMs), run.program.waitForExit(DEADLINES.ready + 7 * rtoMs)]).catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
        }),
      );
      await check.expect(t("it sent the request again after the first two were lost"), () => {
        if (run.server.requests.length < 3) {
          throw new CheckFailure(
            t("The server received {count} Binding requests and then nothing: a lost request must be sent again after --rto-ms ({rto} ms), then after twice that, and so on. UDP gives no sign that a datagram was lost; only the silence tells you.", { count: run.server.requests.length, rto: rtoMs }),
          );
        }
      });
      await expectSameTransactionId(check, run.server.requests.slice(0, 3));
      await expectReports(check, run, run.server.requests[0]!.source, []);
    },
  },
  {
    id: "stun-retransmits-from-500-ms-by-default",
    title: t("without --rto-ms and --retries, sends 5 requests, 0.5, 1.5, 3.5 and 7.5 s after the first at the earliest, and gives up after 15.5 s"),
    needs: NEEDS_NO_PARSER,
    async run(check) {
      const run = await stunAgainst(check, { silent: true }, t("start a STUN server that answers nothing"), []);
      const { requests, gaveUpAt } = await expectGivesUp(check, run, 5, 8_000);
      await expectSameTransactionId(check, requests);
      await expectScheduleFromLaunch(check, run, requests, 500, gaveUpAt);
    },
  },
  {
    id: "stun-waits-the-rto-ms-it-is-given",
    title: t("with --rto-ms 1200 --retries 2, waits 1.2 s, then 2.4 s, sends exactly 3 requests, and gives up after 4.8 s more"),
    needs: NEEDS_NO_PARSER,
    async run(check) {
      const rtoMs = 1_200;
      const retries = 2;
      const run = await stunAgainst(check, { silent: true }, t("start a STUN server that answers nothing"), ["--rto-ms", String(rtoMs), "--retries", String(retries)]);
      const { requests, gaveUpAt } = await expectGivesUp(check, run, retries + 1, rtoMs * 2 ** retries);
      await expectScheduleFromLaunch(check, run, requests, rtoMs, gaveUpAt);
    },
  },
  {
    id: "stun-gives-up-on-a-silent-server",
    title: t("with --retries 0, sends one request, waits --rto-ms, and gives up naming the server"),
    needs: NEEDS_NO_PARSER,
    async run(check) {
      const rtoMs = 300;
      const run = await stunAgainst(check, { silent: true }, t("start a STUN server that answers nothing"), ["--rto-ms", String(rtoMs), "--retries", "0"]);
      await expectGivesUp(check, run, 1, rtoMs);
    },
  },
  {
    id: "stun-reports-an-error-response",
    title: t("reports a Binding error response with its code and reason, and stops"),
    needs: NEEDS,
    async run(check) {
      const code = 401;
      const reason = "Unauthorized";
      const run = await stunAgainst(check, { error: { code, reason } }, t("start a STUN server that answers with a Binding error response, ERROR-CODE {code} {reason}", { code, reason }), ["--rto-ms", String(LONG_RTO_MS)]);
      await check.act(t("wait for your program's Binding request"), () => run.server.whenRequests(1, DEADLINES.ready));
      await expectCleanFailure(check, run.program, t("an error response"), {
        mentions: [{ text: reason, what: t("the reason phrase") }],
        printsWithin: DEADLINES.ready,
        ms: ENDS_AFTER_WORK_MS,
      });
      await check.expect(t("its message names the code {code}", { code }), () => {
        if (!new RegExp(`(?<!\\d)${code}(?!\\d)`).test(run.program.output)) {
          throw new CheckFailure(
            t("Your message does not name the error code {code}. ERROR-CODE holds it in two bytes: the class (byte 2, the hundreds: 4) and the number (byte 3: 1); the code is class × 100 + number.", { code }),
          );
        }
      });
    },
  },
  {
    id: "stun-ends-once-answered",
    title: t("ends as soon as it has its answer, with a long --rto-ms still pending"),
    needs: NEEDS,
    async run(check) {
      const run = await stunAgainst(check, {}, t("start a STUN server that answers at once"), ["--rto-ms", "60000", "--retries", "10"]);
      const [request] = await check.act(t("wait for your program's Binding request"), () => run.server.whenRequests(1, DEADLINES.ready));
      await expectReports(check, run, request!.source, []);
    },
  },
  {
    id: "stun-binds-the-host-and-port-it-is-given",
    title: t("sends from the --host and --port it is given"),
    needs: NEEDS,
    async run(check) {
      const host = await otherLoopbackHost(check);
      const port = await check.act(t("find a free UDP port on {host}", { host }), () => unusedUdpPort(check.transcript, host));
      const run = await stunAgainst(check, {}, t("start a STUN server"), ["--host", host, "--port", String(port), "--rto-ms", String(LONG_RTO_MS)]);
      const [request] = await check.act(t("wait for your program's Binding request"), () => run.server.whenRequests(1, DEADLINES.ready));
      await check.expect(t("the request came from {address}", { address: showEndpoint({ address: host, port }) }), () => {
        if (request!.source.address !== host || request!.source.port !== port) {
          throw new CheckFailure(t("Your request came from {source}, not from --host {host} --port {port}: bind the socket to them before the first send.", { source: showEndpoint(request!.source), host, port }));
        }
      });
      await expectReports(check, run, { address: host, port }, []);
    },
  },
  {
    id: "stun-refuses-bad-options",
    title: t("refuses a bad --server, --host, --port, --rto-ms or --retries with a message that names the option"),
    needs: NEEDS_NO_PARSER,
    async run(check) {
      const server = await check.act(t("start a STUN server that answers nothing"), () => startStunServer(check, { silent: true }));
      const good = ["--server", server.address, "--retries", "0", "--rto-ms", "100"];
      const cases = [
        { args: ["--server", "127.0.0.1", "--retries", "0"], option: "--server", value: "127.0.0.1" },
        { args: ["--server", "stun.example:3478", "--retries", "0"], option: "--server", value: "stun.example:3478" },
        { args: ["--server", "127.0.0.1:0", "--retries", "0"], option: "--server", value: "127.0.0.1:0" },
        { args: [...good, "--host", "localhost"], option: "--host", value: "localhost" },
        { args: [...good, "--port", "65536"], option: "--port", value: "65536" },
        { args: [...good, "--rto-ms", "0"], option: "--rto-ms", value: "0" },
        { args: [...good, "--rto-ms", "60001"], option: "--rto-ms", value: "60001" },
        { args: [...good, "--rto-ms", "2.5"], option: "--rto-ms", value: "2.5" },
        { args: [...good, "--retries", "11"], option: "--retries", value: "11" },
        { args: [...good, "--retries=-1"], option: "--retries", value: "-1" },
      ];
      const programs = await Promise.all(cases.map((bad) => check.act(t("run your STUN client with {args}", { args: commandLine(bad.args) }), () => check.launch(FILE, bad.args))));
      for (const [index, bad] of cases.entries()) {
        await expectCleanFailure(check, programs[index]!, t("a bad value for {option}", { option: bad.option }), {
          mentions: [
            { text: bad.option, what: t("the option") },
            { text: bad.value, what: t("the value it was given") },
          ],
        });
      }
      await check.expect(t("no bad option reached the server"), () => {
        if (server.requests.length > 0) throw new CheckFailure(t("A Binding request reached the server from a run with a bad option: check every option before you send anything."));
      });
    },
  },
];
