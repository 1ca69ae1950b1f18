// Grader for exercise 05: length-prefixed frames. The library runs in a probe, fed chunks cut
// wherever the grader likes; the echo server meets reference clients that write one byte at a
// time, coalesce frames, announce an oversized frame or reset; the echo client meets a reference
// echo server that cuts every echo into pieces, and one that closes early.
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { showBytes } from "../harness/bytes.ts";
import { DEADLINES, DeadlineExceeded, pollUntil } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { t } from "../i18n/index.ts";
import { frame, frames, header, MAX_FRAME_BYTES, startEchoServer, startOversizedEchoServer } from "../peers/framing.ts";
import { ipv6LoopbackWorks, occupyPort, refusedPort, referenceServer, startReferenceServer, type ReferenceServer } from "../peers/tcp-server.ts";
import type { Decoded, Encoded, PayloadSpec } from "../probes/05-framing.ts";
import type { ProbeOutcome } from "../probes/run-probe.ts";
import { exitText, expectCleanFailure, expectNotePortByDefault, expectPrinted, waitForListening } from "./expect.ts";

const PROBE = join(KIT_ROOT, "graders", "probes", "05-framing.ts");
const GREETING = "Hello. Server.";
/** Every byte value once, shuffled (7 and 256 share no factor), so text-only code shows. */
const ALL_BYTE_VALUES = Uint8Array.from({ length: 256 }, (_, index) => (index * 7) % 256);
/**
 * The echo client's --timeout where it should never fire. Long, so that a client that lingers
 * until it fires lingers long after its work even when a busy machine made that work slow.
 */
const LONG_TIMEOUT_MS = 20_000;
/** The echo client's --timeout against a silent server: far below its default (5000), so a client that ignores it shows, and short, since the whole grading waits for it (as 03's 300 ms). */
const SHORT_TIMEOUT_MS = 300;
/** The echo client's documented default --timeout. */
const DEFAULT_TIMEOUT_MS = 5_000;
/** A misbehaving program is told to close; a correct one does it at once, so 5 s is plenty. */
const PROMPTLY = 5_000;
/** More than every buffer between the two programs can hold, so only a server that keeps reading takes it all. */
const FLOOD_LIMIT = 64 * 2 ** 20;
/** The client counts as held back when nothing it sent was taken for this long. */
const HELD_BACK_MS = 300;

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const bytesOf = (hexText: string) => Buffer.from(hexText, "hex");

/** Runs one case of the probe (`describe`d in t()); an error the case did not expect fails the check. */
async function probe<T>(check: CheckContext, caseName: string, input: unknown, describe: string): Promise<T> {
  const outcome = await check.act(describe, () => check.probe<ProbeOutcome<T>>(PROBE, caseName, input));
  if ("threw" in outcome) throw new CheckFailure(t("Your code threw an error the grader did not expect: {error}", { error: outcome.threw }), { trouble: "crash" });
  return outcome.returned;
}

/** Payloads as a student reads them: ["Hello. Server.", ""]. */
function showList(payloads: readonly Uint8Array[]): string {
  return payloads.length === 0 ? t("nothing") : payloads.map((payload) => showBytes(payload)).join(", ");
}

/**
 * Expects every push to have returned exactly the payloads in `expected` (one list per chunk),
 * and nothing to have thrown. `chunkName(i)` says what chunk i was, for the message (in t()).
 */
async function expectPushes(check: CheckContext, decoded: Decoded, expected: Uint8Array[][], chunkName: (index: number) => string): Promise<void> {
  await check.expect(t("each push returns exactly the frames that chunk completed"), () => {
    for (const [index, wanted] of expected.entries()) {
      if (decoded.threw?.atPush === index) {
        throw new CheckFailure(
          t('push threw an error on {chunk}: "{error}". Those bytes are valid frames: does your decoder lose or change bytes before it reads a header?', {
            chunk: chunkName(index),
            error: decoded.threw.message,
          }),
        );
      }
      const got = (decoded.pushes[index] ?? []).map(bytesOf);
      if (got.length !== wanted.length) {
        throw new CheckFailure(
          t("After {chunk}, push returned {count} payload(s): {got}. It should return {wanted}: {expected}.", {
            chunk: chunkName(index),
            count: got.length,
            got: showList(got),
            wanted: wanted.length,
            expected: showList(wanted),
          }),
          // Missing payloads with bytes in them: the decoder stopped at part of the stream.
          { trouble: wanted.slice(got.length).some((payload) => payload.length > 0) ? "partial" : undefined },
        );
      }
      for (const [position, payload] of wanted.entries()) {
        check.same(got[position]!, payload, t("After {chunk}, payload {n} is not the one that was sent.", { chunk: chunkName(index), n: position + 1 }));
      }
    }
  });
}

/** What the "limits" case of the probe returns. */
interface Limits {
  maxFrameBytes: number;
  encodeUnderMax: Encoded;
  encodeAtMax: Encoded;
  encodeOverMax: Encoded;
  decodeSmall: Decoded;
  decodeDefault: Decoded;
}

/** An error message must state these numbers (the size, the maximum): facts, in any language. */
function expectNumbers(message: string, numbers: readonly number[], said: string): void {
  const missing = numbers.filter((number) => !new RegExp(`(^|[^0-9])${number}([^0-9]|$)`).test(message));
  if (missing.length > 0) {
    throw new CheckFailure(
      t("{said}, which does not give {numbers}. Say how large it is and what the maximum is, so whoever reads it knows what went wrong.", { said, numbers: missing.join(` ${t("and")} `) }),
    );
  }
}

/** The decoder threw, at the push of the header announcing `announced` bytes (over `max`), an error that names both. */
async function expectRefusedAtHeader(check: CheckContext, decoded: Decoded, announced: number, max: number, decoder: string): Promise<void> {
  await check.expect(t("{decoder} throws an error that names {announced} and {max} as soon as a header announces {announced} bytes, before any payload", { decoder, announced, max }), () => {
    if (!decoded.threw) {
      const returned = decoded.pushes.at(-1) ?? [];
      throw new CheckFailure(
        returned.length > 0
          ? t("push returned {count} payload(s) for a header announcing {announced} bytes that were never sent: is the length read as a signed number? Use readUInt32BE, and throw when it is over the maximum.", { count: returned.length, announced })
          : t(
              "push accepted a header announcing {announced} bytes and would wait for them: a peer could make your program hold any amount of memory. Throw as soon as you read a length over the maximum.",
              { announced },
            ),
      );
    }
    expectNumbers(decoded.threw.message, [announced, max], t('push threw "{error}"', { error: decoded.threw.message }));
  });
}

/** Starts the student's echo server on a port the system picks (on `host` when given), and returns it with its port. */
async function startStudentServer(check: CheckContext, host?: string): Promise<{ server: StudentProcess; port: number }> {
  const args = [...(host ? ["--host", host] : []), "--port", "0"];
  const server = await check.act(t("start your echo server with {args} (any free port)", { args: args.join(" ") }), () => check.launch("echo-server.ts", args));
  return { server, port: await waitForListening(check, server, host) };
}

/** The IPv6 loopback when this machine has it (a non-default --host), else 127.0.0.1, with a note. */
async function loopbackHost(check: CheckContext): Promise<string> {
  if (await ipv6LoopbackWorks()) return "::1";
  check.transcript.note(t("this machine has no IPv6 loopback (::1), so --host is given 127.0.0.1"));
  return "127.0.0.1";
}

/** Runs the student's echo client with `args`, described in the step. */
function runClient(check: CheckContext, args: string[]): Promise<StudentProcess> {
  const shown = args.map((arg) => (/^[\w.:-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(" ");
  return check.act(t("run your client with {args}", { args: shown }), () => check.launch("echo-client.ts", args));
}

/** Waits until `server` accepted a connection, or the client exited first. */
async function waitForAccept(check: CheckContext, server: ReferenceServer, client: StudentProcess): Promise<void> {
  await pollUntil(DEADLINES.ready, t("your client to connect"), () => (server.conversations.length > 0 || client.exit ? true : undefined));
}

/**
 * The provocation happened: the reference server had received `expected` from the client before
 * it misbehaved. A client that fails at once without connecting would pass an error-path check
 * otherwise.
 */
async function expectServerReceived(check: CheckContext, server: ReferenceServer, expected: Buffer, what: string): Promise<void> {
  await check.expect(t("the server received {what} before it misbehaved", { what }), () => {
    const received = server.conversations[0]?.received ?? Buffer.alloc(0);
    if (server.conversations.length === 0) throw new CheckFailure(t("Your client never connected, yet it reported a failure: connect first, and report only what really happened."));
    check.same(received.subarray(0, expected.length), expected, t("Your client did not send {what} as frames before the server misbehaved.", { what }));
  });
}

/** A client that has done its work ends well within its own --timeout: a quarter of it, so waiting for that timeout fails. */
const endsWithin = (timeoutMs: number) => timeoutMs / 4;
/** A client that meets a failure says so well before its own --timeout would fire. */
const saysWithin = (timeoutMs: number) => timeoutMs / 2;

/** Sends one frame on a new connection and expects the same frame back from the still-running server. */
async function expectEchoOnNewConnection(check: CheckContext, server: StudentProcess, port: number, payload: string, name: string) {
  const who = t("client {name}", { name });
  const conversation = await check.act(t("connect {who}", { who }), () => check.connect(port));
  await check.act(t("{who} sends the frame {frame}", { who, frame: showBytes(payload) }), () => conversation.send(frame(payload)));
  await check.expect(t("your server echoes it to {who}", { who }), async () => {
    const received = await conversation.waitForBytes(frame(payload).length, t("the echo to {who}", { who }));
    // Only when the echo is missing: give the exit of a crashed server a moment to show, for the message.
    if (!received.equals(frame(payload))) await server.waitForExit(1_000).catch(() => undefined);
    if (server.exit && !received.equals(frame(payload))) {
      const how = exitText(server.exit);
      throw new CheckFailure(t("Your server stopped ({exit}) before it echoed to {who}: one client's trouble must not end the server.", { exit: how, who }), { trouble: "crash" });
    }
    check.same(received, frame(payload), t("Your server did not echo the frame to {who}.", { who }));
  });
  return conversation;
}

export const checks: CheckDefinition[] = [
  {
    id: "encodes-the-length-in-bytes-big-endian",
    title: t("encodeFrame puts the payload's length in bytes, as 4 big-endian bytes, in front of it"),
    needs: ["encodeFrame"],
    async run(check) {
      const cases: { spec: PayloadSpec; expected: string; why: string }[] = [
        { spec: { text: "Hi" }, expected: "000000024869", why: t("2 is 00 00 00 02 in big-endian: the most significant byte first") },
        { spec: { text: "" }, expected: "00000000", why: t("an empty payload is a frame with length 0 and nothing after it") },
        { spec: { text: "안녕" }, expected: "00000006ec9588eb8595", why: t('"안녕" is 2 characters but 6 bytes in UTF-8: count bytes') },
        {
          spec: { hex: hex(ALL_BYTE_VALUES) },
          expected: `00000100${hex(ALL_BYTE_VALUES)}`,
          why: t("256 is 00 00 01 00 (the length needs more than one byte), and the payload's bytes stay as they are"),
        },
      ];
      const results = await probe<Encoded[]>(
        check,
        "encode",
        cases.map(({ spec }) => spec),
        t('call encodeFrame("Hi"), encodeFrame(""), encodeFrame("안녕") and encodeFrame(the 256 byte values 00–ff)'),
      );
      for (const [index, { spec, expected, why }] of cases.entries()) {
        const shown = "text" in spec ? JSON.stringify(spec.text) : t("the 256 byte values");
        const bytes = `${showBytes(bytesOf(expected).subarray(0, 12))}${expected.length > 24 ? "…" : ""}`;
        await check.expect(t("encodeFrame({payload}) returns {bytes}", { payload: shown, bytes }), () => {
          const result = results[index];
          if (!result || !("frame" in result)) {
            throw new CheckFailure(t("encodeFrame({payload}) threw an error: {error}.", { payload: shown, error: result && "threw" in result ? result.threw : t("no result") }));
          }
          check.same(bytesOf(result.frame), bytesOf(expected), t("encodeFrame({payload}) returned the wrong bytes: {why}.", { payload: shown, why }));
        });
      }
    },
  },
  {
    id: "decodes-frames-split-into-single-bytes",
    title: t("FrameDecoder puts a frame back together when it arrives one byte at a time"),
    needs: ["FrameDecoder"],
    async run(check) {
      const stream = frames([GREETING, "Hi"]);
      const firstEnds = frame(GREETING).length - 1;
      const decoded = await probe<Decoded>(
        check,
        "decode",
        { chunks: [...stream].map((byte) => hex(Uint8Array.of(byte))) },
        t('push the frames {frame} and "Hi" one byte per push ({count} pushes, headers split too)', { frame: showBytes(GREETING), count: stream.length }),
      );
      const expected = [...stream].map((_, index) =>
        index === firstEnds ? [Buffer.from(GREETING)] : index === stream.length - 1 ? [Buffer.from("Hi")] : [],
      );
      await expectPushes(check, decoded, expected, (index) =>
        t("push {n} of {total} ({what})", {
          n: index + 1,
          total: stream.length,
          what:
            index === firstEnds
              ? t("the last byte of the first frame")
              : index === stream.length - 1
                ? t("the last byte of the second frame")
                : t("byte {n}", { n: index + 1 }),
        }),
      );
    },
  },
  {
    id: "decodes-several-frames-in-one-chunk",
    title: t("FrameDecoder returns every frame when several arrive in one chunk, empty frames too"),
    needs: ["FrameDecoder"],
    async run(check) {
      const fourth = frame("four");
      const chunks = [Buffer.concat([frames(["one", "", "two", "three"]), fourth.subarray(0, 2)]), fourth.subarray(2), frame("")];
      const decoded = await probe<Decoded>(
        check,
        "decode",
        { chunks: chunks.map(hex) },
        t('push one chunk holding the frames "one", "" (empty), "two", "three" and half a header; then the rest of the frame "four"; then an empty frame alone (00 00 00 00)'),
      );
      const names = [
        t('the first chunk (frames "one", "", "two", "three" and half a header)'),
        t('the second chunk (the rest of the frame "four")'),
        t("the third chunk (00 00 00 00: an empty frame, alone)"),
      ];
      const expected = [["one", "", "two", "three"], ["four"], [""]].map((payloads) => payloads.map((text) => Buffer.from(text)));
      await expectPushes(check, decoded, expected, (index) => names[index]!);
    },
  },
  {
    id: "keeps-payloads-as-bytes",
    title: t("FrameDecoder keeps payloads as bytes: a UTF-8 character cut between chunks, and all 256 byte values"),
    needs: ["FrameDecoder"],
    async run(check) {
      const text = "안녕, Server.";
      const textFrame = frame(text); // 안 is ec 95 88: cut after ec, then after 95 88 eb
      const binary = Buffer.from(ALL_BYTE_VALUES);
      const binaryFrame = frame(binary);
      const chunks = [
        textFrame.subarray(0, 5),
        textFrame.subarray(5, 8),
        Buffer.concat([textFrame.subarray(8), binaryFrame.subarray(0, 100)]),
        binaryFrame.subarray(100, 200),
        binaryFrame.subarray(200),
      ];
      const decoded = await probe<Decoded>(
        check,
        "decode",
        { chunks: chunks.map(hex) },
        t("push the frame {frame} cutting 안 and 녕 in the middle of their bytes, then a 256-byte frame holding every byte value 00–ff, in 5 chunks", { frame: showBytes(text) }),
      );
      const names = [
        t("the first chunk (the header and the first byte of 안)"),
        t("the second chunk (the rest of 안 and the first byte of 녕)"),
        t("the third chunk (the rest of the text, and the start of the binary frame)"),
        t("the fourth chunk (more of the binary frame)"),
        t("the last chunk (the end of the binary frame)"),
      ];
      await expectPushes(check, decoded, [[], [], [Buffer.from(text)], [], [binary]], (index) => names[index]!);
    },
  },
  {
    id: "refuses-frames-over-the-maximum",
    title: t("refuses a frame over MAX_FRAME_BYTES on both sides, as soon as its header arrives"),
    needs: ["encodeFrame", "FrameDecoder"],
    async run(check) {
      const smallMax = 16;
      const limits = await probe<Limits>(
        check,
        "limits",
        { smallMax },
        t(
          "encodeFrame payloads of MAX_FRAME_BYTES - 1, MAX_FRAME_BYTES and MAX_FRAME_BYTES + 1 bytes; push frames of {under} and {max} bytes, then a header announcing {over}, into a FrameDecoder({max}); and a header announcing MAX_FRAME_BYTES + 1 into a FrameDecoder()",
          { under: smallMax - 1, max: smallMax, over: smallMax + 1 },
        ),
      );
      const max = limits.maxFrameBytes;
      for (const [size, encoded] of [
        [max - 1, limits.encodeUnderMax],
        [max, limits.encodeAtMax],
      ] as const) {
        await check.expect(t("encodeFrame accepts a payload of {size} bytes (MAX_FRAME_BYTES is {max}), with the header {header}", { size, max, header: showBytes(header(size)) }), () => {
          if ("threw" in encoded) {
            throw new CheckFailure(t("encodeFrame refused {size} bytes, which is allowed: refuse only MORE than MAX_FRAME_BYTES ({max}). It said: {error}", { size, max, error: encoded.threw }));
          }
          const got = "frameLength" in encoded ? encoded : { frameLength: bytesOf("frame" in encoded ? encoded.frame : "").length, header: "" };
          if (got.frameLength !== size + 4) {
            throw new CheckFailure(t("encodeFrame returned {length} bytes for a {size}-byte payload: a frame is the 4-byte header and then the payload, {expected} bytes.", { length: got.frameLength, size, expected: size + 4 }));
          }
          check.same(bytesOf(got.header), header(size), t("encodeFrame wrote the wrong header for a {size}-byte payload.", { size }));
        });
      }
      await check.expect(t("encodeFrame throws an error for {over} bytes that names the size and the maximum", { over: max + 1 }), () => {
        const over = limits.encodeOverMax;
        if (!("threw" in over)) {
          throw new CheckFailure(t("encodeFrame accepted a payload of {over} bytes, over MAX_FRAME_BYTES ({max}). Throw an Error instead.", { over: max + 1, max }));
        }
        expectNumbers(over.threw, [max + 1, max], t("encodeFrame threw \"{error}\"", { error: over.threw }));
      });
      await check.expect(t("FrameDecoder({max}) returns the frames of {under} and {max} bytes", { max: smallMax, under: smallMax - 1 }), () => {
        const small = limits.decodeSmall;
        if (small.threw && small.threw.atPush < 2) {
          throw new CheckFailure(
            t('push threw "{error}" on a frame of {size} bytes, which is allowed: refuse only MORE than the maximum ({max}).', {
              error: small.threw.message,
              size: small.threw.atPush === 0 ? smallMax - 1 : smallMax,
              max: smallMax,
            }),
          );
        }
        check.same(bytesOf(small.pushes[0]?.[0] ?? ""), Buffer.alloc(smallMax - 1, "b"), t("push did not return the {size}-byte frame.", { size: smallMax - 1 }));
        check.same(bytesOf(small.pushes[1]?.[0] ?? ""), Buffer.alloc(smallMax, "a"), t("push did not return the {size}-byte frame.", { size: smallMax }));
      });
      await expectRefusedAtHeader(check, limits.decodeSmall, smallMax + 1, smallMax, `FrameDecoder(${smallMax})`);
      await expectRefusedAtHeader(check, limits.decodeDefault, max + 1, max, "FrameDecoder()");
    },
  },
  {
    id: "refuses-lengths-past-2-to-the-31",
    title: t("FrameDecoder refuses a header announcing 2^31 or 2^32 - 1 bytes: the length is unsigned"),
    needs: ["FrameDecoder"],
    async run(check) {
      const lengths = [2 ** 31, 2 ** 32 - 1];
      const decoded = await check
        .act(t("push a header announcing {first} bytes (80 00 00 00), and one announcing {last} (ff ff ff ff), each into a new FrameDecoder()", { first: lengths[0]!, last: lengths[1]! }), () =>
          check.probe<ProbeOutcome<Decoded[]>>(PROBE, "hugeHeaders", { lengths }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof DeadlineExceeded)) throw error;
          throw new CheckFailure(
            t("push never returned on a header past 2^31: read as a signed number (readInt32BE), 80 00 00 00 is negative, and the loop never ends. A length is unsigned: read it with readUInt32BE."),
            { trouble: "timeout" },
          );
        });
      if ("threw" in decoded) throw new CheckFailure(t("Your code threw an error the grader did not expect: {error}", { error: decoded.threw }), { trouble: "crash" });
      const max = MAX_FRAME_BYTES;
      for (const [index, length] of lengths.entries()) await expectRefusedAtHeader(check, decoded.returned[index]!, length, max, "FrameDecoder()");
    },
  },
  {
    id: "server-echoes-coalesced-frames",
    title: t("the echo server echoes every frame when several arrive in one write"),
    needs: ["encodeFrame", "FrameDecoder", "echoFrames"],
    async run(check) {
      const { port } = await startStudentServer(check);
      const payloads = [GREETING, "", "안녕", Uint8Array.of(0x00, 0xff, 0x0a, 0x80)];
      const fifth = frame("fifth");
      const client = await check.act(t("connect"), () => check.connect(port));
      const first = Buffer.concat([frames(payloads), fifth.subarray(0, 6)]);
      await check.act(t("send {count} frames and half of a 5th in ONE write", { count: payloads.length }), () => client.send(first));
      // The half frame must arrive alone: the next write goes out only once the server has read this one.
      await check.act(t("wait until your server has read all {count} bytes of that write", { count: first.length }), async () => {
        const read = await client.settle();
        if (read === "unread") throw new Error(t("the grader could not make the first write arrive alone: {count} bytes still wait unread in your server's receive queue", { count: first.length }));
        check.transcript.note(
          read === "read"
            ? t("the kernel shows your server's receive queue empty: it has read all {count} bytes, so the rest of the 5th frame arrives in a later read", { count: first.length })
            : t("waited a moment for your server to read all {count} bytes (the kernel's queues cannot be seen here)", { count: first.length }),
        );
      });
      await check.act(t("send the rest of the 5th frame, the start of a 6th that never completes, then FIN"), async () => {
        await client.send(Buffer.concat([fifth.subarray(6), header(10), Buffer.from("inc")]));
        client.endWriting();
      });
      await check.expect(t("your server echoes the 5 whole frames, in order, nothing else, then closes"), async () => {
        await client.waitForEnding(t("your server to echo and close"), PROMPTLY);
        check.same(client.received, frames([...payloads, "fifth"]), t("Your server did not echo exactly the 5 whole frames: an unfinished frame is not echoed."));
      });
    },
  },
  {
    id: "server-echoes-a-frame-sent-one-byte-at-a-time",
    title: t("the echo server echoes a frame whose bytes arrive one write at a time (and listens on --host)"),
    needs: ["encodeFrame", "FrameDecoder", "echoFrames"],
    async run(check) {
      const host = await loopbackHost(check);
      const { port } = await startStudentServer(check, host);
      const client = await check.act(t("connect to {host}", { host }), () =>
        check.connect(port, host).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== "ECONNREFUSED") throw error;
          throw new CheckFailure(t("Nothing listens on {host}:{port}: did your server pass --host to listen()?", { host, port }), { code: error.code });
        }),
      );
      const first = frame(GREETING);
      const text = "안녕, byte by byte.";
      const second = frame(text);
      await check.act(t("send the frame {frame} and the first byte of a second frame, in one write", { frame: showBytes(GREETING) }), () =>
        client.send(Buffer.concat([first, second.subarray(0, 1)])),
      );
      // The echo proves your server has read that whole write, so the rest of the second frame
      // reaches it in later reads: the frame is split for sure, with no timer involved.
      await check.expect(t("your server echoes the first frame"), async () => {
        await client.waitForBytes(first.length, t("the echo of the first frame"));
        check.same(client.received, first, t("Your server did not echo the first frame."));
      });
      await check.act(t("send the other {count} bytes of the frame {frame} one byte per write (Nagle off: every character cut), then FIN", { count: second.length - 1, frame: showBytes(text) }), async () => {
        // Each byte only once your server has read the one before (settle): bytes sent back to
        // back may wait in its receive queue and arrive as one read, 안 whole, and a decoder that
        // breaks a character cut between reads would pass or fail on timing.
        await client.sendOneByteAtATime(second.subarray(1));
        client.endWriting();
      });
      await check.expect(t("your server echoes the second frame once, then closes"), async () => {
        await client.waitForEnding(t("your server to echo and close"), PROMPTLY);
        check.same(
          client.received,
          Buffer.concat([first, second]),
          t('Your server did not echo the frame whose bytes came in separate writes: the bytes of an unfinished frame must wait for the next "data" event.'),
        );
      });
    },
  },
  {
    id: "server-drops-a-bad-client-and-keeps-serving",
    title: t("the echo server closes a client that announces an oversized frame, survives a reset, and keeps serving"),
    needs: ["encodeFrame", "FrameDecoder", "echoFrames"],
    async run(check) {
      const { server, port } = await startStudentServer(check);
      const greedy = await check.act(t("connect client A"), () => check.connect(port));
      const announced = 16 * 1024 * 1024;
      await check.act(t("client A sends a header announcing 16 MiB ({announced} bytes), over the maximum, and 2 bytes", { announced }), () =>
        greedy.send(Buffer.concat([header(announced), Buffer.from("ab")])),
      );
      await check.expect(t("your server closes client A's connection"), () => greedy.waitForEnding(t("your server to close client A's connection"), PROMPTLY));
      const clientA = `${greedy.socket.localAddress}:${greedy.socket.localPort}`;
      await check.expect(t("your server prints a line that names client A ({client}) and the announced size ({announced})", { client: clientA, announced }), async () => {
        const names = (line: string) => line.includes(String(greedy.socket.localPort)) && line.includes(String(announced));
        const lines = await server.waitForStdoutLines((printed) => printed.some(names), t("your server to print a line about client A"), PROMPTLY).catch((error: unknown) => {
          if (error instanceof DeadlineExceeded) return undefined;
          throw error;
        });
        if (lines?.some(names)) return;
        if (server.exit) throw new CheckFailure(t("Your server stopped instead of printing a line about the frame that was too large and carrying on."), { trouble: "crash" });
        throw new CheckFailure(
          t("Your server printed no line that names client A ({client}) and the size its header announced ({announced}). Log the client's address:port and the decoder's error message.", { client: clientA, announced }),
        );
      });
      const rude = await expectEchoOnNewConnection(check, server, port, GREETING, "B");
      await check.act(t("client B resets its connection (RST)"), () => rude.reset());
      await expectEchoOnNewConnection(check, server, port, "Still there?", "C");
      // It may echo to C before it reads B's reset: look once it has caught up.
      await check.act(t("wait until your server has dealt with the reset"), () => server.caughtUp());
      await check.expect(t("your server is still running"), () => {
        if (!server.exit) return;
        const how = exitText(server.exit);
        throw new CheckFailure(t("Your server stopped ({exit}) after client B reset its connection: give every connection socket an \"error\" handler, so one client's trouble cannot end the server.", { exit: how }), {
          trouble: "crash",
        });
      });
    },
  },
  {
    id: "server-holds-back-a-client-that-does-not-read",
    title: t("the echo server stops reading from a client that does not read its echoes (backpressure)"),
    needs: ["encodeFrame", "FrameDecoder", "echoFrames"],
    startsEarly: true, // it waits for the sender to be held back
    async run(check) {
      const { server, port } = await startStudentServer(check);
      const client = await check.act(t("connect"), () => check.connect(port));
      await check.act(t("stop reading (a slow reader): the echoes can only pile up"), () => client.pauseReading());
      const block = frame(Buffer.alloc(60 * 1024, "a"));
      const { sent, heldBack } = await check.act(t("send 60 KiB frames as fast as your server takes them, up to {limit} MiB", { limit: FLOOD_LIMIT / 2 ** 20 }), () =>
        client.flood(block, FLOOD_LIMIT, HELD_BACK_MS, server.pid),
      );
      await check.expect(t("your server stops reading once its echoes pile up, so the client is held back"), () => {
        if (!heldBack) {
          throw new CheckFailure(
            t(
              'Your server took all {limit} MiB although the client read none of its echoes: it kept every echo in memory. When socket.write() returns false, pause() the socket until "drain".',
              { limit: FLOOD_LIMIT / 2 ** 20 },
            ),
          );
        }
      });
      await check.act(t("read again"), () => client.resumeReading());
      await check.expect(t("every frame comes back: {count} bytes", { count: sent }), async () => {
        // Up to 64 MiB come back: wait as long as they keep coming, and give up only when nothing
        // arrives for PROMPTLY (a busy machine slows the flow, it does not stop it).
        for (let seen = -1; client.receivedLength < sent && client.receivedLength > seen && !client.ending; ) {
          seen = client.receivedLength;
          await client.waitForByteCount(seen + 1, t("all the echoes"), PROMPTLY).catch((error: unknown) => {
            if (!(error instanceof DeadlineExceeded)) throw error;
          });
        }
        if (client.receivedLength !== sent) {
          throw new CheckFailure(
            t('Only {received} of the {sent} bytes came back: after "drain", resume() the socket so it reads again.', { received: client.receivedLength, sent }),
          );
        }
      });
    },
  },
  {
    id: "client-prints-echoes-that-arrive-in-pieces",
    title: t("the echo client prints each echo whole, however the server cuts it, then ends (--host, --timeout)"),
    needs: ["encodeFrame", "FrameDecoder", "requestEchoes"],
    startsEarly: true, // it waits a settle window to provoke the split
    async run(check) {
      const messages = [GREETING, "안녕, 서버."];
      const host = await loopbackHost(check);
      // Every echo is cut inside its header and after the payload's first byte (mid-character for 안).
      const server = await check.act(t("start a reference echo server on {host} that cuts every echo in 3 pieces: 2 bytes, 3 bytes, the rest", { host }), () =>
        startEchoServer(check, (framed) => [framed.subarray(0, 2), framed.subarray(2, 5), framed.subarray(5)], Infinity, host),
      );
      const timeout = LONG_TIMEOUT_MS;
      const client = await runClient(check, ["--host", host, "--port", String(server.port), "--timeout", String(timeout), ...messages.flatMap((message) => ["--message", message])]);
      await expectPrinted(check, client, messages.map((message) => `${message}\n`).join(""), { ms: endsWithin(timeout) });
      await check.expect(t("the server received exactly 2 frames, one per message"), () => {
        check.same(
          server.conversations[0]?.received ?? "",
          frames(messages),
          t("Your client did not send each message as one frame: 4-byte big-endian length, then the UTF-8 bytes."),
        );
      });
    },
  },
  {
    id: "client-reports-a-server-that-closes-early",
    title: t("the echo client says so, and exits with an error code, when the server closes before every echo came"),
    needs: ["encodeFrame", "FrameDecoder", "requestEchoes"],
    async run(check) {
      const server = await check.act(t("start a reference echo server that echoes one frame, then closes"), () =>
        startEchoServer(check, (framed) => [framed], 1),
      );
      const timeout = LONG_TIMEOUT_MS;
      const client = await runClient(check, ["--port", String(server.port), "--timeout", String(timeout), "--message", "one", "--message", "two"]);
      await expectCleanFailure(check, client, t("a server that closed after 1 of 2 echoes"), { printsWithin: saysWithin(timeout), ms: endsWithin(timeout) });
      await expectServerReceived(check, server, frame("one"), t("your first message"));
    },
  },
  {
    id: "client-explains-a-refused-connection",
    title: t("the echo client explains a refused connection, naming the port, and exits with an error code"),
    needs: ["encodeFrame", "FrameDecoder", "requestEchoes"],
    async run(check) {
      const port = await check.act(t("find a port where nothing listens"), () => refusedPort());
      const timeout = LONG_TIMEOUT_MS;
      const client = await runClient(check, ["--port", String(port), "--timeout", String(timeout)]);
      await expectCleanFailure(check, client, t("a refused connection"), {
        mentions: [{ text: String(port), what: t("the port") }],
        printsWithin: saysWithin(timeout),
        ms: endsWithin(timeout),
      });
    },
  },
  {
    id: "client-gives-up-on-a-silent-server",
    title: t("the echo client gives up on a server that never answers, after its --timeout"),
    needs: ["encodeFrame", "FrameDecoder", "requestEchoes"],
    async run(check) {
      const server = await check.act(t("start a reference server that accepts and never answers"), () => startReferenceServer(check, referenceServer.staySilent()));
      const timeout = SHORT_TIMEOUT_MS;
      const client = await runClient(check, ["--port", String(server.port), "--timeout", String(timeout)]);
      await check.act(t("wait for your client to connect"), () => waitForAccept(check, server, client));
      const conversation = server.conversations[0];
      if (conversation) {
        // Timed between two events the grader saw the same way (the accept and the client's
        // close), so a busy grader delays both alike: the verdict does not depend on the load.
        await check.expect(t("your client gives up after its --timeout of {ms} ms, not after its default of 5000 ms", { ms: timeout }), async () => {
          await conversation.waitForEnding(t("your client to give up and close the connection"), DEADLINES.reply);
          const events = check.transcript.events;
          const accepted = events.find((event) => event.kind === "accept")?.at ?? 0;
          const ended = events.find((event) => event.at >= accepted && event.from === "student" && (event.kind === "fin" || event.kind === "reset"))?.at;
          const waited = ended === undefined ? undefined : ended - accepted;
          if (waited !== undefined && waited > (timeout + DEFAULT_TIMEOUT_MS) / 2) {
            throw new CheckFailure(t("Your client gave up after {waited} ms, not after the --timeout of {ms} ms it was given: pass --timeout on to socket.setTimeout.", { waited, ms: timeout }));
          }
        });
      }
      await expectCleanFailure(check, client, t("a server that stayed silent for --timeout {ms} ms", { ms: timeout }), { printsWithin: DEADLINES.reply, ms: PROMPTLY });
    },
  },
  {
    id: "client-reports-a-reset",
    title: t("the echo client reports a connection the server resets, and exits with an error code"),
    needs: ["encodeFrame", "FrameDecoder", "requestEchoes"],
    async run(check) {
      // No --message and no --timeout: the client uses its defaults, the note's greeting and 5 s.
      const greeting = frame(GREETING);
      const server = await check.act(t("start a reference server that reads the frame {frame}, then resets the connection", { frame: showBytes(GREETING) }), () =>
        startReferenceServer(check, referenceServer.resetInsteadOfAnswering(greeting.length)),
      );
      const client = await runClient(check, ["--port", String(server.port)]);
      await expectCleanFailure(check, client, t("a reset connection"), { printsWithin: DEADLINES.reply, ms: PROMPTLY });
      await check.expect(t("the server received the default message, {frame}, before it reset", { frame: showBytes(GREETING) }), () => {
        check.same(server.conversations[0]?.received ?? "", greeting, t("Your client did not send the default message {frame} as one frame: without --message it sends the note's greeting.", { frame: showBytes(GREETING) }));
      });
    },
  },
  {
    id: "client-prints-one-echo-per-message",
    title: t("the echo client prints one echo per message, even when the server sends a frame more"),
    needs: ["encodeFrame", "FrameDecoder", "requestEchoes"],
    async run(check) {
      const messages = ["one", "two"];
      const unasked = frame("unasked");
      const server = await check.act(t("start a reference echo server that sends a frame nobody asked for in the same write as the last echo"), () =>
        startEchoServer(check, (framed, index) => [index === messages.length - 1 ? Buffer.concat([framed, unasked]) : framed]),
      );
      const timeout = LONG_TIMEOUT_MS;
      const client = await runClient(check, ["--port", String(server.port), "--timeout", String(timeout), ...messages.flatMap((message) => ["--message", message])]);
      await expectPrinted(check, client, messages.map((message) => `${message}\n`).join(""), { ms: endsWithin(timeout) });
    },
  },
  {
    id: "client-refuses-an-oversized-echo",
    title: t("the echo client refuses an echo whose header announces more than MAX_FRAME_BYTES, at once"),
    needs: ["encodeFrame", "FrameDecoder", "requestEchoes"],
    async run(check) {
      const announced = MAX_FRAME_BYTES + 1;
      const server = await check.act(t("start a reference server that answers with a header announcing {announced} bytes, and nothing after it", { announced }), () =>
        startOversizedEchoServer(check, 1),
      );
      const timeout = LONG_TIMEOUT_MS;
      const client = await runClient(check, ["--port", String(server.port), "--timeout", String(timeout), "--message", "big?"]);
      // Refused at the header, the client ends at once; one that waits for the body waits for its --timeout.
      await expectCleanFailure(check, client, t("a header announcing {announced} bytes", { announced }), {
        mentions: [{ text: String(announced), what: t("the announced size") }],
        printsWithin: saysWithin(timeout),
        ms: endsWithin(timeout),
      });
      await expectServerReceived(check, server, frame("big?"), t("your message"));
    },
  },
  {
    id: "server-explains-a-port-in-use",
    title: t("the echo server explains a port that is already in use, naming it, and exits with an error code"),
    needs: ["echoFrames"],
    async run(check) {
      const port = await check.act(t("occupy a port"), () => occupyPort(check));
      const server = await check.act(t("start your echo server with --port {port}", { port }), () => check.launch("echo-server.ts", ["--port", String(port)]));
      await expectCleanFailure(check, server, t("a port that is already in use"), { mentions: [{ text: String(port), what: t("the port") }], printsWithin: DEADLINES.exit, ms: PROMPTLY });
    },
  },
  {
    id: "server-uses-the-note-port-by-default",
    title: t("the echo server uses the note's port, 9999, when no --port is given"),
    needs: ["echoFrames"],
    run: (check) => expectNotePortByDefault(check, "echo-server.ts"),
  },
  {
    id: "refuses-bad-options",
    title: t("the echo client and server refuse a bad --port or --timeout with a message that names it"),
    needs: ["echoFrames", "requestEchoes"],
    async run(check) {
      const nowhere = await check.act(t("find a port where nothing listens"), () => refusedPort());
      const runs: { file: string; args: string[]; bad: string }[] = [
        { file: "echo-client.ts", args: ["--port", "abc"], bad: "abc" },
        { file: "echo-client.ts", args: ["--port", String(nowhere), "--timeout", "soon"], bad: "soon" },
        { file: "echo-server.ts", args: ["--port", "abc"], bad: "abc" },
        { file: "echo-server.ts", args: ["--port=-1"], bad: "-1" },
        { file: "echo-server.ts", args: ["--port", "65536"], bad: "65536" },
      ];
      // Started together: each should end at once.
      const programs = await check.act(t("run each with one bad option: {runs}", { runs: runs.map((run) => `${run.file} ${run.args.join(" ")}`).join("; ") }), () =>
        Promise.all(runs.map((run) => check.launch(run.file, run.args))),
      );
      for (const [index, run] of runs.entries()) {
        await expectCleanFailure(check, programs[index]!, t("{args} given to {file}", { args: run.args.join(" "), file: run.file }), {
          mentions: [{ text: run.bad, what: t("the bad value") }],
          printsWithin: DEADLINES.exit,
          ms: PROMPTLY,
        });
      }
    },
  },
];

