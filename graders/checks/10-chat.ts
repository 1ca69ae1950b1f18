// Grader for exercise 10: a line-based chat room. Scripted clients join under legal, illegal,
// taken and Korean names, talk, leave, reset mid-line, cut their lines into bytes or send two at
// once, and one of ten stops reading while the others keep talking. Every client's lines are
// compared in full at a barrier: a later line from another client that must reach it, so a line
// that should never have come (an echo, a notice about a stranger) would have come before it.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { DEADLINES, DeadlineExceeded } from "../harness/deadline.ts";
import { CAN_SEE_RECEIVE_QUEUES, socketQueues } from "../harness/kernel.ts";
import type { Conversation } from "../harness/wire.ts";
import { t } from "../i18n/index.ts";
import { ChatClient, matches, type ExpectedLine } from "../peers/chat-client.ts";
import { connectToServer, expectExplainsAPortInUse, expectCleanFailure, expectListensOnAFreePort, expectListensWith, expectNotePortByDefault, otherLoopbackHost, startStudentServer as startServerProgram, type StudentServer } from "./expect.ts";

/** A correct server answers within milliseconds; a server waiting for something that never comes fails after this long. */
const PROMPTLY_MS = 5_000;
/** The --max-queue-bytes of the slow-reader check: not the default, and well above one line. */
const SHORT_QUEUE_BYTES = 300_000;
/** The text of each line the talker sends while one client does not read (with "[c1] " and "\n" it is 16 KiB + 6). */
const FLOOD_LINE_BYTES = 16 * 1024;
/** What the kernel's two queue figures may miss of the bytes between the programs (a segment in flight, a probe). */
const KERNEL_SLACK_BYTES = 64 * 1024;
/** The text of each line while one member falls behind for a while. */
const BEHIND_LINE_BYTES = 64 * 1024;
/** What the server must keep for a member that falls behind, in its own memory: far below the default limit. */
const BEHIND_BYTES = 128 * 1024;
/** The default --max-queue-bytes the lesson states. */
const DEFAULT_QUEUE_BYTES = 1024 * 1024;
/** The kernel buffers a few MiB for a client that does not read (Linux: up to 4 MiB send buffer plus the receive buffer). */
const KERNEL_BUFFERS_BYTES = 16 * 2 ** 20;

const CHAT = "chat-server.ts";

function startChat(check: CheckContext, extra: string[] = [], host?: string): Promise<StudentServer> {
  return startServerProgram(check, CHAT, { host, defaultHost: "127.0.0.1", extra });
}

const relay = (name: string, text: string): ExpectedLine => ({ relay: name, text });
const about = (names: string[], notNames: string[] = []): ExpectedLine => ({ notice: "about", names, notNames });
const PROMPT: ExpectedLine = { notice: "prompt" };

/** One expected line as a person reads it in a failure. */
function describe(expected: ExpectedLine): string {
  if ("relay" in expected) return `[${expected.relay}] ${expected.text}`;
  if (expected.notice === "prompt") return t("(the prompt: any line)");
  const named = expected.names.length === 0 ? t("* … (naming no one)") : t("* … naming {names}", { names: expected.names.join(", ") });
  return expected.notNames?.length ? `${named} ${t("(not {names})", { names: expected.notNames.join(", ") })}` : named;
}

/**
 * `client` has received exactly the lines `expected` so far, within PROMPTLY_MS. From index
 * `anyOrderFrom` on, the lines may come in any order (two things that happen at once).
 */
async function expectLines(check: CheckContext, client: ChatClient, expected: ExpectedLine[], anyOrderFrom = expected.length): Promise<void> {
  const who = client.who;
  await check.expect(t("{who} has received exactly: {lines}", { who, lines: expected.map(describe).join(" | ") }), async () => {
    let lines: readonly string[];
    try {
      lines = await client.waitForLines(expected.length, t("the lines for {who}", { who }), PROMPTLY_MS);
    } catch (error) {
      if (!(error instanceof DeadlineExceeded)) throw error;
      lines = client.lines;
    }
    const fits =
      lines.length === expected.length &&
      expected.slice(0, anyOrderFrom).every((line, index) => matches(lines[index]!, line)) &&
      unorderedFits(lines.slice(anyOrderFrom), expected.slice(anyOrderFrom));
    if (fits) return;
    const shown = { expected: expected.map(describe).join("\n"), observed: lines.join("\n") };
    if (lines.length < expected.length) {
      throw new CheckFailure(
        t("{who} waited {seconds} s and got {count} of the {expected} lines it should have by now.", { who, seconds: PROMPTLY_MS / 1000, count: lines.length, expected: expected.length }),
        { mismatch: shown, trouble: client.conversation.ending ? undefined : "timeout" },
      );
    }
    // Failing already: a moment more tells whether the server closed it (a refused legal name).
    if (client.joinedAs !== undefined) await client.conversation.waitForEnding("", 1_000).catch(() => undefined);
    if (client.joinedAs !== undefined && client.conversation.ending) {
      throw new CheckFailure(
        t("Your server closed the connection of {name}, a legal name: 1 to 16 letters or digits of any alphabet, that no one in the room has.", { name: JSON.stringify(client.joinedAs) }),
        { mismatch: shown },
      );
    }
    throw new CheckFailure(
      t("{who} did not receive what the protocol says. A message reaches every other member as \"[name] text\", never its sender and never a client without a name; a line that starts with \"*\" tells who is in the room, who came and who left, naming only members.", { who }),
      { mismatch: shown },
    );
  });
}

/** Whether `lines` are `expected` in some order. */
function unorderedFits(lines: readonly string[], expected: ExpectedLine[]): boolean {
  if (lines.length !== expected.length) return false;
  const left = [...expected];
  for (const line of lines) {
    const index = left.findIndex((candidate) => matches(line, candidate));
    if (index < 0) return false;
    left.splice(index, 1);
  }
  return true;
}

/** Connects a client and waits for the prompt, the one line the server sends before it has a name. */
async function connectClient(check: CheckContext, server: StudentServer, who: string): Promise<ChatClient> {
  const conversation = await check.act(t("connect {who}", { who }), () => connectToServer(check, server));
  const client = new ChatClient(conversation, who);
  await check.expect(t("{who} is asked for a name: one line, before it has sent anything", { who }), async () => {
    const lines = await client.waitForLines(1, t("the prompt"), PROMPTLY_MS).catch((error: unknown) => {
      if (error instanceof DeadlineExceeded) return client.lines;
      throw error;
    });
    if (lines.length === 0) {
      throw new CheckFailure(
        t("{who} connected and waited {seconds} s for a line asking for its name, and got none. Send the prompt, ending with \"\\n\", as soon as a client connects.", { who, seconds: PROMPTLY_MS / 1000 }),
        { trouble: client.conversation.ending ? undefined : "timeout" },
      );
    }
  });
  return client;
}

/** Connects a client that joins as `name` (sent in `pieces` when given) and gets its presence line. */
async function join(check: CheckContext, server: StudentServer, name: string, pieces?: Uint8Array[]): Promise<ChatClient> {
  const client = await connectClient(check, server, name);
  await check.act(t("{who} sends its name {name}", { who: name, name: JSON.stringify(`${name}\n`) }), () =>
    pieces ? client.conversation.sendInPieces(pieces) : client.conversation.send(`${name}\n`),
  );
  client.joinedAs = name;
  await check.expect(t("{who} is let in: the next line lists who is in the room", { who: name }), async () => {
    const lines = await client.waitForLines(2, t("the presence line"), PROMPTLY_MS).catch((error: unknown) => {
      if (error instanceof DeadlineExceeded) return client.lines;
      throw error;
    });
    if (lines.length < 2 || !lines[1]!.startsWith("*")) {
      throw new CheckFailure(
        client.conversation.ending
          ? t("Your server closed the connection of {name}, a legal name: 1 to 16 letters or digits of any alphabet, that no one in the room has.", { name: JSON.stringify(name) })
          : t("{who} sent a legal name and got no line starting with \"*\" that lists who is in the room within {seconds} s.", { who: name, seconds: PROMPTLY_MS / 1000 }),
        { mismatch: { expected: `${describe(PROMPT)}\n* …`, observed: lines.join("\n") } },
      );
    }
  });
  return client;
}

/** `client` sends `line` (text and "\n", or `raw` bytes as they are). */
function say(check: CheckContext, client: ChatClient, text: string, raw?: string): Promise<void> {
  const bytes = raw ?? `${text}\n`;
  return check.act(t("{who} sends {text}", { who: client.who, text: JSON.stringify(bytes) }), () => client.conversation.send(bytes));
}

/** `client` sends a name the server must refuse: it gets one line that says why, then FIN. */
async function expectRefused(check: CheckContext, server: StudentServer, name: string, why: string): Promise<void> {
  const client = await connectClient(check, server, t("a client"));
  await say(check, client, name);
  await check.expect(t("your server refuses {name} ({why}): one line that says why, then it closes the connection", { name: JSON.stringify(name), why }), async () => {
    await client.conversation.waitForEnding(t("your server to close the connection"), PROMPTLY_MS).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
    });
    if (!client.conversation.ending) {
      throw new CheckFailure(t("Your server kept the connection open after the name {name} ({why}). Send one line that says why, then close: socket.end(reason + \"\\n\").", { name: JSON.stringify(name), why }), {
        trouble: "timeout",
      });
    }
    // Words are free, but a line with no letter or digit in it ("* ") says nothing.
    if (client.lines.length < 2 || !/[\p{L}\p{N}]/u.test(client.lines[1]!)) {
      throw new CheckFailure(t("Your server closed the connection after the name {name} without saying why. Send one line that explains it before you close.", { name: JSON.stringify(name) }), {
        mismatch: { expected: `${describe(PROMPT)}\n${t("(why the name is refused: any line)")}`, observed: client.lines.join("\n") },
      });
    }
  });
  await check.act(t("the client closes its side"), () => client.conversation.close());
}

/** A member leaves with FIN, and the server closes its side. */
async function leaveWithFin(check: CheckContext, client: ChatClient): Promise<void> {
  await check.act(t("{who} leaves: it sends FIN", { who: client.who }), () => client.conversation.endWriting());
  await check.expect(t("your server closes {who}'s connection", { who: client.who }), async () => {
    await client.conversation.waitForEnding(t("your server to close the connection"), PROMPTLY_MS).catch((error: unknown) => {
      if (!(error instanceof DeadlineExceeded)) throw error;
      throw new CheckFailure(t("{who} sent FIN and waited {seconds} s for your server to close too.", { who: client.who, seconds: PROMPTLY_MS / 1000 }), { trouble: "timeout" });
    });
  });
}

/** Once the server has caught up, it still runs; `after` (in t()) says after what. */
async function expectStillRunning(check: CheckContext, server: StudentServer, after: string): Promise<void> {
  await check.act(t("wait until your server has dealt with it"), () => server.program.caughtUp());
  await check.expect(t("your server is still running"), () => {
    if (server.program.exit) throw new CheckFailure(t("Your server stopped {after}. One client's trouble must not end the room for the others.", { after }), { trouble: "crash" });
  });
}

/** The bytes a relayed line takes on the wire. */
const relayedBytes = (name: string, text: string) => Buffer.byteLength(`[${name}] ${text}\n`);

export const checks: CheckDefinition[] = [
  {
    id: "asks-for-a-name-first",
    title: t("asks a new client for its name, and lets it in with a presence line, however the name ends (\\n or \\r\\n)"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const first = await join(check, server, "ann");
      await expectLines(check, first, [PROMPT, about([], ["ann"])]);
      const second = await connectClient(check, server, "bo");
      await say(check, second, "bo", "bo\r\n");
      await expectLines(check, second, [PROMPT, about(["ann"], ["bo"])]);
      await expectLines(check, first, [PROMPT, about([], ["ann"]), about(["bo"])]);
    },
  },
  {
    id: "refuses-illegal-names",
    title: t("refuses an empty name, a space, a sign and a 17th letter with a reason and a close, and lets in 1 and 16 letters and digits"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const watcher = await join(check, server, "watcher");
      await expectRefused(check, server, "", t("empty"));
      await expectRefused(check, server, "al ice", t("a space"));
      await expectRefused(check, server, "bob!", t("a sign"));
      await expectRefused(check, server, "abcdefghijklmnopq", t("17 letters"));
      await expectRefused(check, server, "민수 ", t("a space at the end"));
      for (const name of ["q", "abcdefghijklmnop", "R2D2"]) await join(check, server, name);
      // The refused ones never joined: no one hears of them.
      await expectLines(check, watcher, [PROMPT, about([], ["watcher"]), about(["q"]), about(["abcdefghijklmnop"]), about(["R2D2"])]);
    },
  },
  {
    id: "refuses-a-taken-name",
    title: t("refuses a name someone in the room has, lets in the same name in other case, and frees a name when its owner leaves"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const ann = await join(check, server, "ann");
      await expectRefused(check, server, "ann", t("taken"));
      const other = await join(check, server, "Ann");
      await expectLines(check, other, [PROMPT, about(["ann"], ["Ann"])]);
      await leaveWithFin(check, ann);
      const again = await join(check, server, "ann");
      await expectLines(check, again, [PROMPT, about(["Ann"], ["ann"])]);
      await expectLines(check, other, [PROMPT, about(["ann"], ["Ann"]), about(["ann"]), about(["ann"])]);
    },
  },
  {
    id: "lists-who-is-present",
    title: t("tells each newcomer who is in the room: no one at first, never the newcomer, never one who left"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const ann = await join(check, server, "ann");
      await expectLines(check, ann, [PROMPT, about([], ["ann"])]);
      const bo = await join(check, server, "bo");
      await expectLines(check, bo, [PROMPT, about(["ann"], ["bo"])]);
      const cy = await join(check, server, "cy");
      await expectLines(check, cy, [PROMPT, about(["ann", "bo"], ["cy"])]);
      await leaveWithFin(check, bo);
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), about(["cy"]), about(["bo"])]);
      const di = await join(check, server, "di");
      await expectLines(check, di, [PROMPT, about(["ann", "cy"], ["bo", "di"])]);
    },
  },
  {
    id: "announces-members-only-to-members",
    title: t("announces joins and leaves to the members only, and never a client that did not join"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const ann = await join(check, server, "ann");
      const waiting = await connectClient(check, server, t("the client without a name"));
      const bo = await join(check, server, "bo");
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"])]);
      await expectRefused(check, server, "x y", t("a space"));
      const shy = await connectClient(check, server, t("a client that leaves without a name"));
      await leaveWithFin(check, shy);
      const rude = await connectClient(check, server, t("a client that resets without a name"));
      await check.act(t("{who} resets the connection (RST)", { who: rude.who }), () => rude.conversation.reset());
      await leaveWithFin(check, bo);
      await check.act(t("wait until your server has dealt with it"), () => server.program.caughtUp());
      // The barrier: the client without a name joins now, and has heard nothing before its presence line.
      await say(check, waiting, "cy");
      await expectLines(check, waiting, [PROMPT, about(["ann"], ["bo", "cy"])]);
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), about(["bo"]), about(["cy"])]);
    },
  },
  {
    id: "relays-to-everyone-but-the-sender",
    title: t("relays each line as [name] text to every other member, never to its sender or to a client without a name"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const ann = await join(check, server, "ann");
      const bo = await join(check, server, "bo");
      const cy = await join(check, server, "cy");
      const waiting = await connectClient(check, server, t("the client without a name"));
      await say(check, ann, "hello, room");
      await expectLines(check, bo, [PROMPT, about(["ann"], ["bo"]), about(["cy"]), relay("ann", "hello, room")]);
      await say(check, bo, "hi ann", "hi ann\r\n");
      await expectLines(check, cy, [PROMPT, about(["ann", "bo"], ["cy"]), relay("ann", "hello, room"), relay("bo", "hi ann")]);
      await say(check, cy, "");
      // Only the "\r" just before the "\n" goes: one inside the line is part of it.
      await say(check, cy, "in\rside", "in\rside\r\n");
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), about(["cy"]), relay("bo", "hi ann"), relay("cy", ""), relay("cy", "in\rside")]);
      await say(check, waiting, "di");
      await expectLines(check, waiting, [PROMPT, about(["ann", "bo", "cy"], ["di"])]);
      await say(check, waiting, "am I late?");
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), about(["cy"]), relay("bo", "hi ann"), relay("cy", ""), relay("cy", "in\rside"), about(["di"]), relay("di", "am I late?")]);
      await say(check, ann, "welcome, di");
      await expectLines(check, waiting, [PROMPT, about(["ann", "bo", "cy"], ["di"]), relay("ann", "welcome, di")]);
      await expectLines(check, bo, [PROMPT, about(["ann"], ["bo"]), about(["cy"]), relay("ann", "hello, room"), relay("cy", ""), relay("cy", "in\rside"), about(["di"]), relay("di", "am I late?"), relay("ann", "welcome, di")]);
    },
  },
  {
    id: "drops-the-half-line-of-a-member-that-leaves",
    title: t("never relays the half line of a member that resets or sends FIN mid-line, and announces that it left"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const ann = await join(check, server, "ann");
      const bo = await join(check, server, "bo");
      await check.act(t("{who} sends {text}, half a line, and once your server has read it resets the connection (RST)", { who: "bo", text: JSON.stringify("half a li") }), async () => {
        await bo.conversation.send("half a li");
        await bo.conversation.settle();
        bo.conversation.reset();
      });
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), about(["bo"])]);
      const cy = await join(check, server, "cy");
      await check.act(t("{who} sends {text}, half a line", { who: "cy", text: JSON.stringify("never fini") }), async () => {
        await cy.conversation.send("never fini");
        await cy.conversation.settle();
      });
      await leaveWithFin(check, cy);
      await expectStillRunning(check, server, t("after a member reset its connection mid-line"));
      // The barrier: a newcomer's join comes after anything the server made of the half lines.
      await join(check, server, "di");
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), about(["bo"]), about(["cy"]), about(["cy"]), about(["di"])]);
    },
  },
  {
    id: "relays-lines-however-they-are-cut",
    title: t("relays two lines sent in one write, a name and a line in one write, a line sent one byte per write, and a 1000-character line"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const ann = await join(check, server, "ann");
      const bo = await join(check, server, "bo");
      await say(check, bo, "one\\ntwo", "one\ntwo\n");
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), relay("bo", "one"), relay("bo", "two")]);
      await check.act(t("{who} sends {text} one byte per write (each read by your server on its own)", { who: "bo", text: JSON.stringify("byte by byte\n") }), () =>
        bo.conversation.sendOneByteAtATime("byte by byte\n"),
      );
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), relay("bo", "one"), relay("bo", "two"), relay("bo", "byte by byte")]);
      const long = Array.from({ length: 100 }, (_, index) => `${String(index).padStart(3, "0")}456789`).join("");
      await say(check, bo, t("a line of {count} characters", { count: long.length }), `${long}\n`);
      const cy = await connectClient(check, server, "cy");
      await say(check, cy, "cy\\nhello from cy", "cy\nhello from cy\n");
      await expectLines(check, cy, [PROMPT, about(["ann", "bo"], ["cy"])]);
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), relay("bo", "one"), relay("bo", "two"), relay("bo", "byte by byte"), relay("bo", long), about(["cy"]), relay("cy", "hello from cy")]);
    },
  },
  {
    id: "keeps-non-ascii-names-and-text-whole",
    title: t("lets in names of any alphabet (민수, 16 Hangul letters) and keeps names and text whole when a character is cut between writes"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const ann = await join(check, server, "ann");
      const name = Buffer.from("민수\n", "utf8");
      // 민 is eb af bc: the first write ends after its first byte.
      const minsu = await join(check, server, "민수", [name.subarray(0, 1), name.subarray(1)]);
      await expectLines(check, minsu, [PROMPT, about(["ann"], ["민수"])]);
      const text = Buffer.from("안녕, café ☕\n", "utf8");
      const cut = text.indexOf(0xa9); // é is c3 a9
      await check.act(t("{who} sends {text} in two writes that cut é in two", { who: "민수", text: JSON.stringify("안녕, café ☕\n") }), () =>
        minsu.conversation.sendInPieces([text.subarray(0, cut), text.subarray(cut)]),
      );
      const long = "가나다라마바사아자차카타파하거너";
      const sixteen = await join(check, server, long);
      await expectLines(check, sixteen, [PROMPT, about(["ann", "민수"], [long])]);
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["민수"]), relay("민수", "안녕, café ☕"), about([long])]);
    },
  },
  {
    id: "serves-the-others-while-one-stops-reading",
    title: t("ten members: one stops reading, the eight listeners still get every line at once, and the slow one is dropped once more than --max-queue-bytes wait for it"),
    needs: ["startChat", "whyNotAName", "readOptions"],
    startsEarly: true, // it moves megabytes
    async run(check) {
      const server = await startChat(check, ["--max-queue-bytes", String(SHORT_QUEUE_BYTES)]);
      const members: ChatClient[] = [];
      for (let number = 1; number <= 10; number++) members.push(await join(check, server, `c${number}`));
      // Each member has heard of everyone who came after it: the room is complete for all.
      for (const [index, member] of members.entries()) {
        await expectLines(check, member, [PROMPT, about(members.slice(0, index).map((other) => other.who), [member.who]), ...members.slice(index + 1).map((other) => about([other.who]))]);
      }
      const [talker, ...others] = members;
      // The slow one sits in the middle: a server that removes it while walking the members skips the next.
      const slow = others.splice(3, 1)[0]!;
      const listeners = others;
      const baseline = listeners.map((listener) => listener.lines.length);
      await check.act(t("{who} stops reading (a slow reader): what your server sends it can only pile up", { who: slow.who }), () => slow.conversation.pauseReading());
      const serverSide = [server.port, slow.conversation.socket.localPort!] as const;
      const sent: string[] = [];
      let toSlow = 0;
      let unsentBefore = 0;
      let unread = 0;
      let dropped = false;
      const droppedNotice = about([slow.who]);
      const hasDropped = () => listeners[0]!.lines.slice(baseline[0]).some((line) => matches(line, droppedNotice));
      await check.act(
        t("{who} sends lines of {size} bytes, each once the listeners got the one before, until your server drops {slow} (--max-queue-bytes {limit})", {
          who: talker!.who,
          size: FLOOD_LINE_BYTES,
          slow: slow.who,
          limit: SHORT_QUEUE_BYTES,
        }),
        async () => {
          while (!dropped) {
            // Far below the limit, eight lines at a time: the megabytes the kernel buffers go by
            // faster, and a drop within such a batch is still plainly too early (75 + 131 KB < 236 KB).
            const batch = unsentBefore < SHORT_QUEUE_BYTES / 4 ? 8 : 1;
            const lines = Array.from({ length: batch }, () => `${sent.length} ${"x".repeat(FLOOD_LINE_BYTES - String(sent.length).length - 1)}`).map((line) => {
              sent.push(line);
              return line;
            });
            const batchBytes = lines.reduce((sum, line) => sum + relayedBytes(talker!.who, line), 0);
            await talker!.conversation.send(lines.map((line) => `${line}\n`).join(""));
            toSlow += batchBytes;
            for (const [index, listener] of listeners.entries()) {
              const relays = () => listener.lines.slice(baseline[index]).filter((line) => line.startsWith("[")).length;
              // A listener told that the slow one left has all it will get of this batch (the final look judges it).
              const told = () => listener.lines.slice(baseline[index]).some((line) => matches(line, droppedNotice));
              if (!(await listener.waitUntil(() => relays() >= sent.length || told(), t("the lines for {who}", { who: listener.who }), PROMPTLY_MS))) {
                throw new CheckFailure(
                  t("{who} waited {seconds} s for line {number} of {talker} while {slow} did not read, and got {count} lines. One member that does not read must not hold up the others: never wait for one socket's \"drain\" before you serve the rest.", {
                    who: listener.who,
                    seconds: PROMPTLY_MS / 1000,
                    number: sent.length,
                    talker: talker!.who,
                    slow: slow.who,
                    count: relays(),
                  }),
                  { trouble: "timeout" },
                );
              }
            }
            if (hasDropped()) {
              dropped = true;
              if (CAN_SEE_RECEIVE_QUEUES && unsentBefore + batchBytes < SHORT_QUEUE_BYTES - KERNEL_SLACK_BYTES) {
                throw new CheckFailure(
                  t("Your server dropped {slow} when at most {bytes} bytes could wait for it in its memory, below --max-queue-bytes {limit}. Drop a member only once socket.writableLength is above the limit it was given.", {
                    slow: slow.who,
                    bytes: unsentBefore + batchBytes,
                    limit: SHORT_QUEUE_BYTES,
                  }),
                );
              }
              break;
            }
            const measured = CAN_SEE_RECEIVE_QUEUES ? await stableQueues(slow.conversation, serverSide) : undefined;
            if (measured) {
              unread = measured.unread;
              unsentBefore = toSlow - measured.unread - measured.unsent;
            }
            const overLimit = measured ? unsentBefore > SHORT_QUEUE_BYTES + batchBytes + KERNEL_SLACK_BYTES : toSlow > SHORT_QUEUE_BYTES + KERNEL_BUFFERS_BYTES;
            if (!overLimit) continue;
            // The drop may trail the last line by a moment: wait for the notice before judging.
            if (await listeners[0]!.waitUntil(hasDropped, t("the notice that {slow} left", { slow: slow.who }), PROMPTLY_MS)) {
              dropped = true;
              break;
            }
            throw new CheckFailure(
              t("{slow} read nothing, and your server kept {bytes} bytes for it in its memory, more than --max-queue-bytes {limit}. After each write, look at socket.writableLength: above the limit, drop that member and announce that it left.", {
                slow: slow.who,
                bytes: measured ? unsentBefore : toSlow,
                limit: SHORT_QUEUE_BYTES,
              }),
            );
          }
        },
      );
      await check.expect(t("{slow} really did not read: the kernel held its bytes unread", { slow: slow.who }), () => {
        if (!CAN_SEE_RECEIVE_QUEUES) {
          check.transcript.note(t("this system does not show the kernel's queues: the check relies on the bytes sent"));
          return;
        }
        check.transcript.note(
          t("before the drop, {unread} bytes waited unread in {slow}'s receive queue, and at most {memory} in your server's memory; {total} bytes had been sent to it", {
            unread,
            slow: slow.who,
            memory: Math.max(0, unsentBefore),
            total: toSlow,
          }),
        );
        if (unread === 0) throw new Error(t("the grader could not stall the slow reader: its receive queue stayed empty; run the check again"));
      });
      for (const [index, listener] of listeners.entries()) {
        await check.expect(t("{who} got every line of {talker}, in order, and one notice that {slow} left", { who: listener.who, talker: talker!.who, slow: slow.who }), async () => {
          // The last line may still be on its way when the notice about an earlier one came.
          const allRelayed = () => listener.lines.slice(baseline[index]).filter((line) => line.startsWith("[")).length >= sent.length;
          const toldOfTheDrop = () => listener.lines.slice(baseline[index]).some((line) => matches(line, droppedNotice));
          await listener.waitUntil(() => allRelayed() && toldOfTheDrop(), t("the lines for {who}", { who: listener.who }), PROMPTLY_MS);
          const tail = listener.lines.slice(baseline[index]);
          const relays = tail.filter((line) => line.startsWith("["));
          const notices = tail.filter((line) => !line.startsWith("["));
          // Megabytes: name the first wrong line rather than show them all.
          const wrong = sent.findIndex((line, number) => relays[number] !== `[${talker!.who}] ${line}`);
          if (wrong >= 0 || relays.length !== sent.length) {
            throw new CheckFailure(
              t("{who} should have every line of {talker}, once each, in order: it got {count} of the {total}, and line {number} is not the one sent.", {
                who: listener.who,
                talker: talker!.who,
                count: relays.length,
                total: sent.length,
                number: (wrong >= 0 ? wrong : sent.length) + 1,
              }),
            );
          }
          if (notices.length !== 1 || !matches(notices[0]!, droppedNotice)) {
            throw new CheckFailure(t("{who} should have been told once that {slow} left, when your server dropped it.", { who: listener.who, slow: slow.who }), {
              mismatch: { expected: describe(droppedNotice), observed: notices.join("\n") },
            });
          }
        });
      }
      await check.act(t("{who} reads again", { who: slow.who }), () => slow.conversation.resumeReading());
      await check.expect(t("your server has closed {slow}'s connection", { slow: slow.who }), () =>
        slow.conversation.waitForEnding(t("your server to close the connection"), PROMPTLY_MS).catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
          throw new CheckFailure(t("Your server announced that {slow} left but kept its connection open. Destroy the socket of a member you drop.", { slow: slow.who }), { trouble: "timeout" });
        }),
      );
    },
  },
  {
    id: "keeps-a-member-that-falls-behind-within-the-limit",
    title: t("keeps a member that stops reading while less than --max-queue-bytes (by default 1 MiB) waits for it in memory, and it gets every line once it reads again"),
    needs: ["startChat", "whyNotAName", "readOptions"],
    startsEarly: true, // it moves megabytes
    async run(check) {
      const server = await startChat(check);
      const talker = await join(check, server, "ann");
      const lagging = await join(check, server, "bo");
      const listener = await join(check, server, "cy");
      const baseline = lagging.lines.length + 1; // cy's join comes before the lines
      await check.act(t("{who} stops reading (a slow reader): what your server sends it can only pile up", { who: lagging.who }), () => lagging.conversation.pauseReading());
      const serverSide = [server.port, lagging.conversation.socket.localPort!] as const;
      const sent: string[] = [];
      let toLagging = 0;
      let held = 0;
      // After cy's prompt and presence line (which names bo), a line about bo can only say that it left.
      const told = () => listener.lines.slice(2).some((line) => matches(line, about([lagging.who])));
      await check.act(
        t("{who} sends lines of {size} bytes until your server keeps {bytes} bytes for {slow} in its memory, well below the default --max-queue-bytes", {
          who: talker.who,
          size: BEHIND_LINE_BYTES,
          bytes: BEHIND_BYTES,
          slow: lagging.who,
        }),
        async () => {
          // Off Linux the kernel cannot be asked: a fixed amount below the limit, whatever the kernel holds.
          while (CAN_SEE_RECEIVE_QUEUES ? held <= BEHIND_BYTES : toLagging < BEHIND_BYTES) {
            const line = `${sent.length} ${"y".repeat(BEHIND_LINE_BYTES - String(sent.length).length - 1)}`;
            sent.push(line);
            await talker.conversation.send(`${line}\n`);
            toLagging += relayedBytes(talker.who, line);
            const relays = () => listener.lines.filter((received) => received.startsWith("[")).length;
            if (!(await listener.waitUntil(() => relays() >= sent.length || told(), t("the lines for {who}", { who: listener.who }), PROMPTLY_MS)) || told()) break;
            const measured = CAN_SEE_RECEIVE_QUEUES ? await stableQueues(lagging.conversation, serverSide) : undefined;
            if (measured) held = toLagging - measured.unread - measured.unsent;
            if (toLagging > KERNEL_BUFFERS_BYTES) throw new Error(t("the grader could not stall the slow reader: its receive queue stayed empty; run the check again"));
          }
        },
      );
      await check.expect(t("your server kept {slow} in the room", { slow: lagging.who }), () => {
        check.transcript.note(t("your server kept at most {memory} bytes for {slow} in its memory; {total} bytes had been sent to it", { memory: Math.max(0, held), slow: lagging.who, total: toLagging }));
        if (told() || lagging.conversation.ending) {
          throw new CheckFailure(
            t("Your server dropped {slow} when about {bytes} bytes waited for it, far below the default --max-queue-bytes ({limit}). A member that is only slow for a while must keep its place: drop it only above the limit.", {
              slow: lagging.who,
              bytes: Math.max(0, held),
              limit: DEFAULT_QUEUE_BYTES,
            }),
          );
        }
      });
      await check.act(t("{who} reads again", { who: lagging.who }), () => lagging.conversation.resumeReading());
      await check.expect(t("{who} gets every line of {talker}, in order", { who: lagging.who, talker: talker.who }), async () => {
        const relays = () => lagging.lines.slice(baseline).filter((line) => line.startsWith("["));
        await lagging.waitUntil(() => relays().length >= sent.length, t("the lines for {who}", { who: lagging.who }), PROMPTLY_MS);
        const got = relays();
        const wrong = sent.findIndex((line, number) => got[number] !== `[${talker.who}] ${line}`);
        if (wrong >= 0 || got.length !== sent.length) {
          throw new CheckFailure(
            t("{who} should have every line of {talker}, once each, in order: it got {count} of the {total}, and line {number} is not the one sent.", {
              who: lagging.who,
              talker: talker.who,
              count: got.length,
              total: sent.length,
              number: (wrong >= 0 ? wrong : sent.length) + 1,
            }),
          );
        }
      });
    },
  },
  {
    id: "survives-a-member-that-vanishes",
    title: t("goes on when a member that has unread lines resets while the others talk to it (EPIPE, ECONNRESET)"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const server = await startChat(check);
      const ann = await join(check, server, "ann");
      const bo = await join(check, server, "bo");
      const cy = await join(check, server, "cy");
      await check.act(t("{who} stops reading", { who: "cy" }), () => cy.conversation.pauseReading());
      await say(check, ann, "are you there, cy?");
      await expectLines(check, bo, [PROMPT, about(["ann"], ["bo"]), about(["cy"]), relay("ann", "are you there, cy?")]);
      await check.act(t("{who} resets the connection (RST) with the line unread, and {other} at once sends another", { who: "cy", other: "ann" }), async () => {
        const unread = await cy.conversation.unreadHere();
        if (unread !== undefined) check.transcript.note(t("{who} has {count} bytes unread when it resets", { who: "cy", count: unread }));
        cy.conversation.reset();
        await ann.conversation.send("cy?\n");
      });
      await expectStillRunning(check, server, t("after a member vanished while it was sent lines"));
      await expectLines(check, bo, [PROMPT, about(["ann"], ["bo"]), about(["cy"]), relay("ann", "are you there, cy?"), relay("ann", "cy?"), about(["cy"])], 4);
      await say(check, bo, "still here");
      await expectLines(check, ann, [PROMPT, about([], ["ann"]), about(["bo"]), about(["cy"]), about(["cy"]), relay("bo", "still here")]);
    },
  },
  {
    id: "explains-a-port-in-use",
    title: t("explains a port that is already in use and exits with an error code"),
    needs: ["startChat"],
    run: (check) => expectExplainsAPortInUse(check, CHAT),
  },
  {
    id: "uses-the-note-port-by-default",
    title: t("the server uses the note's port, 9999, when no --port is given"),
    needs: ["startChat", "readOptions"],
    run: (check) => expectNotePortByDefault(check, CHAT),
  },
  {
    id: "refuses-bad-options",
    title: t("refuses a bad --port or --max-queue-bytes with a message that names the option and the value, and accepts --max-queue-bytes 1 and 4294967296"),
    needs: ["startChat", "readOptions"],
    async run(check) {
      const cases = [["--port", "70000"], ["--port=-1"], ["--port", "abc"], ["--port", "80a"], ["--max-queue-bytes", "0"], ["--max-queue-bytes", "lots"], ["--max-queue-bytes", "1.5"], ["--max-queue-bytes", "1e3"], ["--max-queue-bytes", "9007199254740993"]];
      const programs = await Promise.all(
        cases.map((args) => {
          const all = args[0]!.startsWith("--port") ? args : ["--port", "0", ...args];
          return check.act(t("start your server with {args}", { args: all.join(" ") }), () => check.launch(CHAT, all));
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
      // A port of several digits: one the system just gave the grader, and took back.
      await expectListensOnAFreePort(check, CHAT);
      for (const limit of ["1", "4294967296"]) {
        await expectListensWith(check, CHAT, ["--port", "0", "--max-queue-bytes", limit], {
          start: t("start your server with --port 0 --max-queue-bytes {bytes}", { bytes: limit }),
          accepts: t("it accepts --max-queue-bytes {bytes} and listens", { bytes: limit }),
          refused: t("Your server refused --max-queue-bytes {bytes}, a good value: any whole number of bytes from 1 up is allowed, past 2^32 too.", { bytes: limit }),
        });
      }
    },
  },
  {
    id: "listens-on-the-host-it-is-given",
    title: t("listens on the address given with --host, and says so"),
    needs: ["startChat", "whyNotAName"],
    async run(check) {
      const host = await otherLoopbackHost(check);
      const server = await startChat(check, [], host);
      const ann = await join(check, server, "ann");
      await expectLines(check, ann, [PROMPT, about([], ["ann"])]);
    },
  },
];


/**
 * The slow client's unread bytes and the server's unsent bytes towards it, read until two looks
 * agree (bytes on their way from one queue to the other would be counted in neither).
 */
async function stableQueues(slowClient: Conversation, serverSide: readonly [number, number]): Promise<{ unread: number; unsent: number } | undefined> {
  let last: string | undefined;
  const end = Date.now() + PROMPTLY_MS;
  for (;;) {
    const [unread, server] = await Promise.all([slowClient.unreadHere(), socketQueues(...serverSide)]);
    if (unread === undefined || !server) return undefined;
    const now = { unread, unsent: server.unsent };
    const key = `${now.unread}/${now.unsent}`;
    if (key === last || Date.now() > end) return now;
    last = key;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
