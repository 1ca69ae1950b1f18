// Grader for exercise 06: a line server (each line comes back in upper case) that serves many
// clients at once. Reference clients interleave their lines, open five connections and speak
// from the last one, come 120 at a time (one cut into single bytes, one with two lines in a
// write), stay idle or keep talking past --idle-ms, stop reading their answers, leave or reset
// mid-line, or drip one byte every 200 ms while others are served.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../harness/deadline.ts";
import { CAN_SEE_RECEIVE_QUEUES, unreadBytes } from "../harness/kernel.ts";
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { connectToServer, expectExplainsAPortInUse, expectCleanFailure, expectListensWith, expectNotePortByDefault, otherLoopbackHost, startStudentServer as startServerProgram, type StudentServer } from "./expect.ts";

/** A correct server answers within milliseconds; a server waiting for something that never comes fails after this long. */
const PROMPTLY_MS = 5_000;
/** A short --idle-ms: long enough that a busy grader still talks well within it, short enough to wait for. */
const SHORT_IDLE_MS = 2_000;
/** How often the active client speaks during the idle check: far below SHORT_IDLE_MS. */
const ACTIVE_EVERY_MS = 250;
/** More than every buffer between the two programs can hold, so only a server that keeps reading takes it all. */
const FLOOD_LIMIT = 64 * 2 ** 20;
/** The flooding client counts as held back when nothing it sent was taken for this long (off Linux, with no process to look at). */
const HELD_BACK_MS = 300;
/** The slow sender's pace, as the textbook client that types by hand. */
const DRIP_MS = 200;

/** Starts the student's server with `extra` options; without --host it must listen on loopback, and say so. */
function startStudentServer(check: CheckContext, extra: string[] = [], host?: string): Promise<StudentServer> {
  return startServerProgram(check, "server.ts", { host, defaultHost: "127.0.0.1", extra });
}

/** What the server must send back for `lines`: each in upper case, with "\n". */
function answersTo(lines: readonly string[]): string {
  return lines.map((line) => `${line.toUpperCase()}\n`).join("");
}

/**
 * `client` has received exactly `expected` so far (every answer it should have, in order, and
 * nothing else), within `ms`. `who` names the client in the message (in t()).
 */
async function expectReceived(check: CheckContext, client: Conversation, expected: string, who: string, ms = PROMPTLY_MS): Promise<void> {
  const length = Buffer.byteLength(expected);
  try {
    await client.waitForByteCount(length, t("the answers to {who}", { who }), ms);
  } catch (error) {
    if (!(error instanceof DeadlineExceeded)) throw error;
    throw new CheckFailure(
      t("{who} waited {seconds} s for its answer and got {count} of the {expected} bytes it should have by now. Is your server busy with another client, or waiting for more than one line?", {
        who,
        seconds: ms / 1000,
        count: client.receivedLength,
        expected: length,
      }),
      { mismatch: { expected, observed: client.received }, trouble: "timeout" },
    );
  }
  check.same(
    client.received,
    expected,
    t("{who} should have received exactly its own answers so far, each line in upper case with \"\\n\", in the order it sent them, and nothing else.", { who }),
  );
}

/** Sends `text` from `client` and expects `after` to be everything it has received by then. */
async function say(check: CheckContext, client: Conversation, who: string, text: string, after: string): Promise<void> {
  await check.act(t("{who} sends {text}", { who, text: JSON.stringify(text) }), () => client.send(text));
  await check.expect(t("{who} has received {text}", { who, text: JSON.stringify(after) }), () => expectReceived(check, client, after, who));
}

/** Once the server has caught up, it still runs; `after` (in t()) says after what. */
async function expectStillRunning(check: CheckContext, server: StudentServer, after: string): Promise<void> {
  await check.act(t("wait until your server has dealt with it"), () => server.program.caughtUp());
  await check.expect(t("your server is still running"), () => {
    if (server.program.exit) throw new CheckFailure(t("Your server stopped {after}. One client's trouble must not end the server for the others.", { after }), { trouble: "crash" });
  });
}

/**
 * The server printed a line (stdout or stderr) that names `address` (IP:port), within
 * PROMPTLY_MS: the person running it learns which client it dropped, and why is the student's
 * to word. `what` describes the line, `silence` explains a server that printed none (both in t()).
 */
async function expectLogNames(check: CheckContext, server: StudentServer, address: string, what: string, silence: string): Promise<void> {
  await check.expect(t("your server prints {what}", { what }), async () => {
    // The port must end there: 127.0.0.1:5001 is not 127.0.0.1:50012.
    const named = new RegExp(`${address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\d)`);
    const found = await Promise.any(
      (["stdout", "stderr"] as const).map((stream) =>
        server.program.waitForLine(named, t("your server to print {what}", { what }), PROMPTLY_MS, stream).then((match) => match ?? Promise.reject(new Error("ended"))),
      ),
    ).catch(() => undefined);
    if (!found) throw new CheckFailure(silence);
  });
}

/** The client's side is closed by the server within `ms`; `why` explains a server that does not. */
async function expectClosedWithin(check: CheckContext, client: Conversation, ms: number, why: string): Promise<void> {
  try {
    await client.waitForEnding(t("your server to close the connection"), ms);
  } catch (error) {
    if (!(error instanceof DeadlineExceeded)) throw error;
    throw new CheckFailure(why, { trouble: "timeout" });
  }
}

export const checks: CheckDefinition[] = [
  {
    id: "answers-each-line-and-nothing-else",
    title: t("answers each line in upper case, sends nothing before it and nothing extra after"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check);
      const client = await check.act(t("connect a client and say nothing yet"), () => connectToServer(check, server));
      // Anything sent on connecting (a greeting, a prompt) arrives before the first answer.
      await say(check, client, t("the client"), "hello, server.\n", answersTo(["hello, server."]));
      await say(check, client, t("the client"), "Are you there?\n", answersTo(["hello, server.", "Are you there?"]));
      await check.act(t("the client sends FIN and waits"), () => client.endWriting());
      await check.expect(t("your server closes the connection, having sent nothing more"), async () => {
        await expectClosedWithin(
          check,
          client,
          PROMPTLY_MS,
          t("The client sent FIN and waited {seconds} s for your server to close too. When a client has nothing more to say, end your side once its answers are out.", {
            seconds: PROMPTLY_MS / 1000,
          }),
        );
        check.same(client.received, answersTo(["hello, server.", "Are you there?"]), t("Your server should send one answer per line and nothing else: no greeting, no prompt, no goodbye."));
      });
    },
  },
  {
    id: "keeps-interleaved-clients-apart",
    title: t("two clients that take turns (1, 2, 1, 1, 2) each get exactly their own answers, in order"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check);
      const a = await check.act(t("connect client {number}", { number: 1 }), () => connectToServer(check, server));
      const b = await check.act(t("connect client {number}", { number: 2 }), () => connectToServer(check, server));
      const A = t("client {number}", { number: 1 });
      const B = t("client {number}", { number: 2 });
      // Client 1's first line comes in two parts with client 2's line in between: a buffer shared by both shows.
      await check.act(t("{who} sends {text}, half a line", { who: A, text: JSON.stringify("alpha ") }), () => a.send("alpha "));
      await check.act(t("wait until your server has read it"), () => a.settle());
      await say(check, b, B, "bravo one\n", answersTo(["bravo one"]));
      await say(check, a, A, "one\n", answersTo(["alpha one"]));
      await say(check, a, A, "alpha two\n", answersTo(["alpha one", "alpha two"]));
      await say(check, b, B, "bravo two\n", answersTo(["bravo one", "bravo two"]));
      await check.expect(t("client 1 got nothing of client 2's answers, and client 2 nothing of client 1's"), () => {
        check.same(a.received, answersTo(["alpha one", "alpha two"]), t("Client {number} should have exactly its own two answers.", { number: 1 }));
        check.same(b.received, answersTo(["bravo one", "bravo two"]), t("Client {number} should have exactly its own two answers.", { number: 2 }));
      });
    },
  },
  {
    id: "serves-the-last-connection-first",
    title: t("five clients connect, and the last one to connect is answered first"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check);
      const clients: Conversation[] = [];
      for (let number = 1; number <= 5; number++) clients.push(await check.act(t("connect client {number}", { number }), () => connectToServer(check, server)));
      // The kernel completes every connection before the server accepts it (the listen backlog),
      // so connecting proves nothing: the order of the answers does. Client 5 speaks first.
      for (let number = 5; number >= 1; number--) {
        const who = t("client {number}", { number });
        await say(check, clients[number - 1]!, who, `line from client ${number}\n`, answersTo([`line from client ${number}`]));
      }
    },
  },
  {
    id: "serves-120-clients-at-once",
    title: t("120 clients at once each get their own answers, one of them sending its line one byte at a time and one two lines in one write"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const COUNT = 120;
      const server = await startStudentServer(check);
      const clients = await check.act(t("connect {count} clients, all at once", { count: COUNT }), async () => {
        // The first alone: it proves the port is the server's, and the rest need not look again.
        const first = await connectToServer(check, server);
        return [first, ...(await Promise.all(Array.from({ length: COUNT - 1 }, () => connectToServer(check, server))))];
      });
      const lines = clients.map((_, index) => [`client ${index + 1} of ${COUNT}`]);
      lines[1] = ["first of two lines", "second of two lines"];
      const sliced = `client 1 one byte at a time\n`;
      lines[0] = ["client 1 one byte at a time"];
      await check.act(
        t("client 1 sends its line one byte per write (each read by your server on its own), client 2 sends two lines in one write, and the others one line each, all at the same time"),
        () =>
          Promise.all(
            clients.map((client, index) => (index === 0 ? client.sendOneByteAtATime(sliced) : client.send(lines[index]!.map((line) => `${line}\n`).join("")))),
          ),
      );
      await check.expect(t("every client gets exactly its own answers within {seconds} s", { seconds: PROMPTLY_MS / 1000 }), async () => {
        // One deadline for all of them: a server that never answers costs 5 s, not 120 times 5 s.
        const end = Date.now() + PROMPTLY_MS;
        for (const [index, client] of clients.entries()) {
          await expectReceived(check, client, answersTo(lines[index]!), t("client {number}", { number: index + 1 }), Math.max(1, end - Date.now()));
        }
      });
    },
  },
  {
    id: "keeps-utf8-characters-whole",
    title: t("keeps a character whole when its bytes arrive in two pieces, and upper-cases beyond ASCII"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check);
      const client = await check.act(t("connect a client"), () => connectToServer(check, server));
      const line = Buffer.from("café 안녕\n", "utf8"); // é is c3 a9: cut between them
      const cut = line.indexOf(0xa9);
      await check.act(t("send {text} in two writes that cut é in two", { text: JSON.stringify("café 안녕\n") }), () =>
        client.sendInPieces([line.subarray(0, cut), line.subarray(cut)]),
      );
      await check.expect(t("your server answers {text}", { text: JSON.stringify("CAFÉ 안녕\n") }), () => expectReceived(check, client, "CAFÉ 안녕\n", t("the client")));
    },
  },
  {
    id: "handles-crlf-and-empty-lines",
    title: t("answers a line that ends with CRLF without its last \\r, and an empty line with an empty line"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check);
      const client = await check.act(t("connect a client"), () => connectToServer(check, server));
      await say(check, client, t("the client"), "windows line\r\n", "WINDOWS LINE\n");
      await say(check, client, t("the client"), "\n", "WINDOWS LINE\n\n");
      await say(check, client, t("the client"), "\r\nafter  two  spaces \n", "WINDOWS LINE\n\n\nAFTER  TWO  SPACES \n");
      // Only the "\r" just before the "\n" goes: one inside the line is part of it.
      await say(check, client, t("the client"), "in\rside\r\n", "WINDOWS LINE\n\n\nAFTER  TWO  SPACES \nIN\rSIDE\n");
    },
  },
  {
    id: "ignores-a-half-line-from-a-client-that-leaves",
    title: t("never answers the half line of a client that sends FIN or resets mid-line, and serves the others on"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check);
      const first = t("client {number}", { number: 1 });
      const steady = await check.act(t("connect client {number}, which stays", { number: 1 }), () => connectToServer(check, server));
      await say(check, steady, first, "before\n", answersTo(["before"]));
      const leaver = await check.act(t("connect client {number}", { number: 2 }), () => connectToServer(check, server));
      await check.act(t("client {number} sends {text}, half a line, and FIN", { number: 2, text: JSON.stringify("half a li") }), async () => {
        await leaver.send("half a li");
        leaver.endWriting();
      });
      await check.expect(t("your server closes client {number}'s connection without answering the half line", { number: 2 }), async () => {
        await expectClosedWithin(check, leaver, PROMPTLY_MS, t("Client {number} sent FIN and waited {seconds} s for your server to close too.", { number: 2, seconds: PROMPTLY_MS / 1000 }));
        check.same(leaver.received, "", t("A line is complete only with its \"\\n\". Client {number} left before it finished its line: do not answer the half line.", { number: 2 }));
      });
      const rude = await check.act(t("connect client {number}", { number: 3 }), () => connectToServer(check, server));
      const rudeAddress = `${rude.socket.localAddress}:${rude.socket.localPort}`;
      await check.act(
        t("client {number} sends {text}, half a line, and once your server has read it resets the connection (RST)", { number: 3, text: JSON.stringify("never fini") }),
        async () => {
          await rude.send("never fini");
          await rude.settle();
          rude.reset();
        },
      );
      await say(check, steady, first, "after\n", answersTo(["before", "after"]));
      await expectStillRunning(check, server, t("after a client reset its connection mid-line"));
      await expectLogNames(check, server, rudeAddress, t("a line that names the client that reset, {client}", { client: rudeAddress }), t("A client reset its connection, and your server said nothing about it. In the \"error\" handler, log one line that names the client ({client}), then carry on.", { client: rudeAddress }));
      await say(check, steady, first, "still here\n", answersTo(["before", "after", "still here"]));
    },
  },
  {
    id: "is-not-slowed-by-a-slow-sender",
    title: t("serves five clients while another sends its line one byte every 200 ms"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const server = await startStudentServer(check);
      const slow = await check.act(t("connect the slow client"), () => connectToServer(check, server));
      const text = "slow and steady\n";
      let dripped = 0;
      let stop = false;
      // Every byte but the last "\n" drips while the others are served, so the slow line stays
      // unfinished the whole time, however long the machine takes.
      let dripping: Promise<void> = Promise.resolve();
      check.defer(() => {
        stop = true;
      });
      await check.act(t("the slow client starts sending {text}, one byte every {ms} ms", { text: JSON.stringify(text), ms: DRIP_MS }), async () => {
        await slow.send(text.slice(0, 1));
        dripped = 1;
        dripping = (async () => {
          for (const byte of Buffer.from(text.slice(1, -1))) {
            await new Promise((resolve) => setTimeout(resolve, DRIP_MS));
            if (stop) break;
            await slow.send(Uint8Array.of(byte));
            dripped++;
          }
        })();
      });
      for (let number = 1; number <= 5; number++) {
        const client = await check.act(t("connect fast client {number}", { number }), () => connectToServer(check, server));
        await say(check, client, t("fast client {number}", { number }), `fast line ${number}\n`, answersTo([`fast line ${number}`]));
      }
      await check.expect(t("the slow client's line was still unfinished all that time"), () => {
        if (dripped >= text.length - 1) throw new Error(t("the grader was too slow: the slow client finished its line before the fast clients were served; run the check again"));
        check.transcript.note(t("the fast clients were served while the slow client had sent {count} of its {total} bytes", { count: dripped, total: text.length }));
      });
      stop = true;
      await dripping;
      await check.act(t("the slow client sends the rest of its line at once"), () => slow.send(text.slice(dripped)));
      await check.expect(t("the slow client gets its whole line back"), () => expectReceived(check, slow, answersTo(["slow and steady"]), t("the slow client")));
    },
  },
  {
    id: "closes-an-idle-client",
    title: t("closes a client that says nothing for --idle-ms, but not one of the same age that keeps talking"),
    needs: ["startServer", "serveClient", "readOptions"],
    startsEarly: true, // it waits for the idle timer
    async run(check) {
      const server = await startStudentServer(check, ["--idle-ms", String(SHORT_IDLE_MS)]);
      // The server's timer starts when it accepts, after this moment: it cannot fire sooner after it.
      const connectingAt = Date.now();
      const [idle, active] = await check.act(t("connect two clients at the same moment: one stays silent, the other will talk"), () =>
        Promise.all([connectToServer(check, server), connectToServer(check, server)]),
      );
      // And it accepted by now: a timer that counts age, not silence, fires within --idle-ms of this.
      const connectedAt = Date.now();
      const silentAddress = `${idle.socket.localAddress}:${idle.socket.localPort}`;
      let closedAt: number | undefined;
      void idle.waitForEnding("", SHORT_IDLE_MS + PROMPTLY_MS).then(
        () => (closedAt = Date.now()),
        () => undefined,
      );
      // The active client speaks every ACTIVE_EVERY_MS until one and a half --idle-ms have passed.
      const sent: string[] = [];
      let longestGap = 0;
      let last = Date.now();
      await check.act(t("the talking client sends a line every {ms} ms for {seconds} s (one and a half times --idle-ms)", { ms: ACTIVE_EVERY_MS, seconds: (1.5 * SHORT_IDLE_MS) / 1000 }), async () => {
        while (Date.now() - connectedAt < 1.5 * SHORT_IDLE_MS && !active.ending) {
          const line = `still talking ${sent.length + 1}`;
          sent.push(line);
          await active.send(`${line}\n`);
          await active.waitForByteCount(Buffer.byteLength(answersTo(sent)), t("the answer to the talking client"), PROMPTLY_MS).catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, ACTIVE_EVERY_MS));
          longestGap = Math.max(longestGap, Date.now() - last);
          last = Date.now();
        }
      });
      await check.expect(t("the talking client is still connected and got every answer"), () => {
        if (active.ending) {
          // A grader that could not keep its own pace proves nothing about the server.
          if (longestGap >= SHORT_IDLE_MS) throw new Error(t("the grader was too slow: the talking client was silent for {ms} ms; run the check again", { ms: longestGap }));
          throw new CheckFailure(
            t("Your server closed the client that sent a line every {ms} ms. The idle timer must start again whenever data comes: it measures silence, not age.", { ms: ACTIVE_EVERY_MS }),
          );
        }
        check.same(active.received, answersTo(sent), t("The talking client should get one answer per line."));
      });
      await check.expect(t("the silent client was closed after --idle-ms ({ms} ms), not before", { ms: SHORT_IDLE_MS }), async () => {
        await expectClosedWithin(
          check,
          idle,
          SHORT_IDLE_MS + PROMPTLY_MS - (Date.now() - connectedAt),
          t("The silent client was still connected {seconds} s after it connected, with --idle-ms {ms}. Call socket.setTimeout(idleMs) with the option's value and destroy the socket on \"timeout\".", {
            seconds: (SHORT_IDLE_MS + PROMPTLY_MS) / 1000,
            ms: SHORT_IDLE_MS,
          }),
        );
        await check.transcript.settle();
        const after = (closedAt ?? Date.now()) - connectingAt;
        check.transcript.note(t("the silent client was closed {ms} ms after it connected", { ms: after }));
        if (after < SHORT_IDLE_MS - 20) { // 20 ms: a timer counts from its loop's cached clock
          throw new CheckFailure(t("Your server closed the silent client after {after} ms, before --idle-ms ({ms} ms) had passed.", { after, ms: SHORT_IDLE_MS }));
        }
      });
      await expectLogNames(
        check,
        server,
        silentAddress,
        t("a line that names the client it closed, {client}", { client: silentAddress }),
        t("Your server closed an idle client without a word. Log one line that names the client ({client}), so the person running the server knows whom it dropped and why.", { client: silentAddress }),
      );
    },
  },
  {
    id: "leaves-no-timer-behind",
    title: t("keeps no idle timer running for clients that have left"),
    needs: ["startServer", "serveClient", "readOptions"],
    async run(check) {
      // A long --idle-ms: a timer left behind is surely still waiting when the grader looks.
      const server = await startStudentServer(check, ["--idle-ms", "60000"]);
      for (const number of [1, 2, 3]) {
        const client = await check.act(t("connect client {number}", { number }), () => connectToServer(check, server));
        await say(check, client, t("client {number}", { number }), `line ${number}\n`, answersTo([`line ${number}`]));
        await check.act(t("client {number} sends FIN", { number }), () => client.endWriting());
        await check.expect(t("your server closes client {number}'s connection", { number }), () =>
          expectClosedWithin(check, client, PROMPTLY_MS, t("The client sent FIN and waited {seconds} s for your server to close too.", { seconds: PROMPTLY_MS / 1000 })),
        );
      }
      await check.act(t("wait until your server has dealt with the closes"), () => server.program.caughtUp());
      await check.expect(t("your server holds no timer: none can fire later for a client that left"), async () => {
        const alive = await server.program.whatKeepsItAlive();
        if (alive === undefined) {
          check.transcript.note(t("this system cannot tell what keeps your server alive: the check looks no further"));
          return;
        }
        check.transcript.note(t("what keeps your server alive: {what}", { what: alive.join(", ") }));
        const timers = alive.filter((name) => name === "Timeout").length;
        if (timers > 0) {
          throw new CheckFailure(
            t("Every client has left, and your server still holds {count} timer(s). An idle timer of a client that left fires later, on a socket that is gone. Use socket.setTimeout, or clearTimeout on \"close\".", {
              count: timers,
            }),
            { trouble: "lingers" },
          );
        }
      });
    },
  },
  {
    id: "holds-back-a-client-that-does-not-read",
    title: t("stops reading from a client that does not read its answers, and serves the others meanwhile (backpressure)"),
    needs: ["startServer", "serveClient"],
    startsEarly: true, // it waits for the sender to be held back
    async run(check) {
      const server = await startStudentServer(check);
      const flooder = await check.act(t("connect a client"), () => connectToServer(check, server));
      await check.act(t("it stops reading (a slow reader): the answers can only pile up"), () => flooder.pauseReading());
      const line = Buffer.from(`${"abcdefgh".repeat(1023)}\n`);
      const { sent, heldBack } = await check.act(t("send 8 KiB lines as fast as your server takes them, up to {limit} MiB", { limit: FLOOD_LIMIT / 2 ** 20 }), () =>
        flooder.flood(line, FLOOD_LIMIT, HELD_BACK_MS, server.program.pid),
      );
      await check.expect(t("your server stops reading once its answers pile up, so the client is held back"), () => {
        if (!heldBack) {
          throw new CheckFailure(
            t('Your server took all {limit} MiB although the client read none of its answers: it kept every answer in memory. When socket.write() returns false, pause() the socket until "drain".', {
              limit: FLOOD_LIMIT / 2 ** 20,
            }),
          );
        }
      });
      // The server's side of the flooding connection: its local port is the client's remote port.
      const serverSide = [flooder.socket.remotePort!, flooder.socket.localPort!] as const;
      const unreadBefore = await unreadBytes(...serverSide);
      const other = await check.act(t("connect another client"), () => connectToServer(check, server));
      await say(check, other, t("the other client"), "am I served?\n", answersTo(["am I served?"]));
      // Serving the other client proves its event loop ran: a server that still reads the first
      // client (and only looked asleep, in a long garbage collection, say) has taken bytes by now.
      if (CAN_SEE_RECEIVE_QUEUES && unreadBefore !== undefined) {
        await check.expect(t("meanwhile your server read nothing more from the first client: its bytes still wait unread"), async () => {
          const unreadAfter = (await unreadBytes(...serverSide)) ?? 0;
          check.transcript.note(t("the kernel holds {before} bytes unread for your server before the other client, {after} after", { before: unreadBefore, after: unreadAfter }));
          // A paused server leaves its receive queue as the proof found it: full, and untouched.
          if (unreadBefore === 0 || unreadAfter < unreadBefore) {
            throw new CheckFailure(
              t('Your server went on reading from the client that reads none of its answers: the kernel held {before} bytes unread for it once the client was held back, and {after} after the other client was served. When socket.write() returns false, pause() that socket until "drain", and only then resume().', {
                before: unreadBefore,
                after: unreadAfter,
              }),
            );
          }
        });
      }
      await check.act(t("the first client reads again"), () => flooder.resumeReading());
      await check.expect(t("every answer comes back: {count} bytes", { count: sent }), async () => {
        // Megabytes come back: wait as long as they keep coming, and give up only when nothing
        // arrives for PROMPTLY_MS (a busy machine slows the flow, it does not stop it).
        for (let seen = -1; flooder.receivedLength < sent && flooder.receivedLength > seen && !flooder.ending; ) {
          seen = flooder.receivedLength;
          await flooder.waitForByteCount(seen + 1, t("all the answers"), PROMPTLY_MS).catch((error: unknown) => {
            if (!(error instanceof DeadlineExceeded)) throw error;
          });
        }
        if (flooder.receivedLength !== sent) {
          throw new CheckFailure(t('Only {received} of the {sent} bytes came back: after "drain", resume() the socket so it reads again.', { received: flooder.receivedLength, sent }));
        }
      });
    },
  },
  {
    id: "explains-a-port-in-use",
    title: t("explains a port that is already in use and exits with an error code"),
    needs: ["startServer"],
    run: (check) => expectExplainsAPortInUse(check, "server.ts"),
  },
  {
    id: "uses-the-note-port-by-default",
    title: t("the server uses the note's port, 9999, when no --port is given"),
    needs: ["startServer", "readOptions"],
    run: (check) => expectNotePortByDefault(check, "server.ts"),
  },
  {
    id: "refuses-bad-options",
    title: t("refuses a bad --port or --idle-ms with a message that names the option and the value, and accepts --idle-ms 1 and 2147483647"),
    needs: ["startServer", "readOptions"],
    async run(check) {
      const cases = [["--port", "70000"], ["--port=-1"], ["--port", "abc"], ["--idle-ms", "0"], ["--idle-ms", "soon"], ["--idle-ms", "2147483648"]];
      // Side by side: each is a separate run of the server. A bad --idle-ms comes with a good --port.
      const programs = await Promise.all(
        cases.map((args) => {
          const all = args[0]!.startsWith("--port") ? args : ["--port", "0", ...args];
          return check.act(t("start your server with {args}", { args: all.join(" ") }), () => check.launch("server.ts", all));
        }),
      );
      for (const [index, args] of cases.entries()) {
        const [option, value] = args.length === 2 ? args : args[0]!.split("=");
        await expectCleanFailure(check, programs[index]!, t("a bad value for {option}: {args}", { option: option!, args: args.join(" ") }), {
          mentions: [
            { text: option!, what: t("the option") },
            { text: value!, what: t("the bad value") },
          ],
          printsWithin: DEADLINES.ready,
          ms: 4_000,
        });
      }
      // The limits themselves are good values: the server listens.
      for (const limit of ["1", "2147483647"]) {
        await expectListensWith(check, "server.ts", ["--port", "0", "--idle-ms", limit], {
          start: t("start your server with --port 0 --idle-ms {ms}, the limit", { ms: limit }),
          accepts: t("it accepts --idle-ms {ms} and listens", { ms: limit }),
          refused: t("Your server refused --idle-ms {ms}, a good value: from 1 to 2147483647 ms is allowed, both ends included.", { ms: limit }),
        });
      }
    },
  },
  {
    id: "listens-on-the-host-it-is-given",
    title: t("listens on the address given with --host, and says so"),
    needs: ["startServer", "serveClient"],
    async run(check) {
      const host = await otherLoopbackHost(check);
      const server = await startStudentServer(check, [], host);
      const client = await check.act(t("connect a client to {host}", { host }), () => connectToServer(check, server));
      await say(check, client, t("the client"), "which host?\n", answersTo(["which host?"]));
    },
  },
];
