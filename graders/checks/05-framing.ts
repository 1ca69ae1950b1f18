// Grader for exercise 05: length-prefixed frames. The library runs in a probe, fed chunks cut
// wherever the grader likes; the echo server meets reference clients that write one byte at a
// time, coalesce frames, announce an oversized frame or reset; the echo client meets a reference
// echo server that cuts every echo into pieces, and one that closes early.
import { join } from "node:path";
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { showBytes } from "../harness/bytes.ts";
import { DEADLINES } from "../harness/deadline.ts";
import type { StudentProcess } from "../harness/launch.ts";
import { KIT_ROOT } from "../harness/static.ts";
import { t } from "../i18n/index.ts";
import { frame, frames, header, startEchoServer } from "../peers/framing.ts";
import type { Decoded, Encoded, PayloadSpec } from "../probes/05-framing.ts";
import type { ProbeOutcome } from "../probes/run-probe.ts";
import { expectCleanFailure, expectPrinted } from "./expect.ts";

const PROBE = join(KIT_ROOT, "graders", "probes", "05-framing.ts");
const GREETING = "Hello. Server.";
/** Every byte value once, shuffled (7 and 256 share no factor), so text-only code shows. */
const ALL_BYTE_VALUES = Uint8Array.from({ length: 256 }, (_, index) => (index * 7) % 256);
/** Words a clear "frame too large" message uses. */
const TOO_LARGE = /large|big|long|max|limit|exceed/i;
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

/** Starts the student's echo server on a port the system picks, and returns it with its port. */
async function startStudentServer(check: CheckContext): Promise<{ server: StudentProcess; port: number }> {
  const server = await check.act(t("start your echo server with --port 0 (any free port)"), () => check.launch("echo-server.ts", ["--port", "0"]));
  const ready = await check.act(t("wait for it to print listening on HOST:PORT"), () =>
    server.waitForLine(/listening on (.+):(\d+)$/, t("your server to print listening on HOST:PORT"), DEADLINES.ready),
  );
  if (!ready) throw new CheckFailure(t("Your server ended before it printed `listening on HOST:PORT`."), { trouble: "crash" });
  return { server, port: Number(ready[2]) };
}

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
      const how = server.exit.signal ? t("killed by {signal}", { signal: server.exit.signal }) : t("exit code {code}", { code: String(server.exit.code) });
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
      const limits = await probe<{ maxFrameBytes: number; encodeAtMax: Encoded; encodeOverMax: Encoded; decodeSmall: Decoded; decodeDefault: Decoded }>(
        check,
        "limits",
        { smallMax },
        t(
          "encodeFrame payloads of MAX_FRAME_BYTES and MAX_FRAME_BYTES + 1 bytes; push headers announcing {max} and {over} bytes into a FrameDecoder({max}), and MAX_FRAME_BYTES + 1 into a FrameDecoder()",
          { max: smallMax, over: smallMax + 1 },
        ),
      );
      const max = limits.maxFrameBytes;
      await check.expect(t("encodeFrame accepts a payload of exactly MAX_FRAME_BYTES ({max}) bytes", { max }), () => {
        if ("threw" in limits.encodeAtMax) {
          throw new CheckFailure(
            t("encodeFrame refused {max} bytes, which is allowed: refuse only MORE than MAX_FRAME_BYTES. It said: {error}", { max, error: limits.encodeAtMax.threw }),
          );
        }
      });
      await check.expect(t("encodeFrame throws a clear error for {over} bytes", { over: max + 1 }), () => {
        const over = limits.encodeOverMax;
        if (!("threw" in over)) {
          throw new CheckFailure(t("encodeFrame accepted a payload of {over} bytes, over MAX_FRAME_BYTES ({max}). Throw an Error instead.", { over: max + 1, max }));
        }
        if (!TOO_LARGE.test(over.threw)) throw new CheckFailure(t('encodeFrame threw "{error}", which does not say the payload is too large.', { error: over.threw }));
      });
      await check.expect(t("FrameDecoder({max}) accepts a frame of exactly {max} bytes", { max: smallMax }), () => {
        const small = limits.decodeSmall;
        if (small.threw?.atPush === 0) {
          throw new CheckFailure(
            t('push threw "{error}" on a frame of exactly {max} bytes, which is allowed: refuse only MORE than the maximum.', { error: small.threw.message, max: smallMax }),
          );
        }
        check.same(bytesOf(small.pushes[0]?.[0] ?? ""), Buffer.alloc(smallMax, "a"), t("push did not return the {max}-byte frame.", { max: smallMax }));
      });
      const refusedAtHeader = async (decoded: Decoded, announced: string, decoder: string) => {
        await check.expect(t("{decoder} throws a clear error as soon as a header announces {announced}, before any payload", { decoder, announced }), () => {
          if (!decoded.threw) {
            throw new CheckFailure(
              t(
                "push accepted a header announcing {announced} and would wait for them: a peer could make your program hold any amount of memory. Throw as soon as you read a length over the maximum.",
                { announced },
              ),
            );
          }
          if (!TOO_LARGE.test(decoded.threw.message)) {
            throw new CheckFailure(t('push threw "{error}", which does not say the frame is too large.', { error: decoded.threw.message }));
          }
        });
      };
      await refusedAtHeader(limits.decodeSmall, t("{count} bytes", { count: smallMax + 1 }), `FrameDecoder(${smallMax})`);
      await refusedAtHeader(limits.decodeDefault, t("MAX_FRAME_BYTES + 1 ({count}) bytes", { count: max + 1 }), "FrameDecoder()");
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
      await check.act(t("send {count} frames and half of a 5th in ONE write", { count: payloads.length }), () =>
        client.send(Buffer.concat([frames(payloads), fifth.subarray(0, 6)])),
      );
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
    title: t("the echo server echoes a frame whose bytes arrive one write at a time"),
    needs: ["encodeFrame", "FrameDecoder", "echoFrames"],
    async run(check) {
      const { port } = await startStudentServer(check);
      const client = await check.act(t("connect"), () => check.connect(port));
      const first = frame(GREETING);
      const second = frame("Hi, byte by byte.");
      await check.act(t("send the frame {frame} and the first byte of a second frame, in one write", { frame: showBytes(GREETING) }), () =>
        client.send(Buffer.concat([first, second.subarray(0, 1)])),
      );
      // The echo proves your server has read that whole write, so the rest of the second frame
      // reaches it in later reads: the frame is split for sure, with no timer involved.
      await check.expect(t("your server echoes the first frame"), async () => {
        await client.waitForBytes(first.length, t("the echo of the first frame"));
        check.same(client.received, first, t("Your server did not echo the first frame."));
      });
      await check.act(t("send the other {count} bytes of the second frame one byte per write (Nagle off), then FIN", { count: second.length - 1 }), async () => {
        for (const byte of second.subarray(1)) await client.send(Uint8Array.of(byte));
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
      await check.act(t("client A sends a header announcing 16 MiB (16777216 bytes), over the maximum, and 2 bytes"), () =>
        greedy.send(Buffer.concat([header(16 * 1024 * 1024), Buffer.from("ab")])),
      );
      await check.expect(t("your server closes client A's connection"), () => greedy.waitForEnding(t("your server to close client A's connection"), PROMPTLY));
      await check.expect(t("your server prints a line that says the frame was too large"), async () => {
        const line = await server.waitForLine(TOO_LARGE, t("your server to say the frame was too large"), PROMPTLY);
        if (!line) throw new CheckFailure(t("Your server stopped instead of printing a line about the frame that was too large and carrying on."), { trouble: "crash" });
      });
      const rude = await expectEchoOnNewConnection(check, server, port, GREETING, "B");
      await check.act(t("client B resets its connection (RST)"), () => rude.reset());
      await expectEchoOnNewConnection(check, server, port, "Still there?", "C");
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
        await client.waitForByteCount(sent, t("all the echoes"), PROMPTLY);
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
    title: t("the echo client prints each echo whole, however the server cuts it"),
    needs: ["encodeFrame", "FrameDecoder", "requestEchoes"],
    startsEarly: true, // it waits a settle window to provoke the split
    async run(check) {
      const messages = [GREETING, "안녕, 서버."];
      // Every echo is cut inside its header and after the payload's first byte (mid-character for 안).
      const server = await check.act(t("start a reference echo server that cuts every echo in 3 pieces: 2 bytes, 3 bytes, the rest"), () =>
        startEchoServer(check, (framed) => [framed.subarray(0, 2), framed.subarray(2, 5), framed.subarray(5)]),
      );
      const args = ["--port", String(server.port), ...messages.flatMap((message) => ["--message", message])];
      const client = await check.act(t("run your client with {args}", { args: `--port ${server.port} --message ${JSON.stringify(messages[0])} --message ${JSON.stringify(messages[1])}` }), () =>
        check.launch("echo-client.ts", args),
      );
      await check.act(t("wait for your client to finish"), () => client.waitForExit());
      await check.expect(t("the server received exactly 2 frames, one per message"), () => {
        check.same(
          server.conversations[0]?.received ?? "",
          frames(messages),
          t("Your client did not send each message as one frame: 4-byte big-endian length, then the UTF-8 bytes."),
        );
      });
      await expectPrinted(check, client, messages.map((message) => `${message}\n`).join(""));
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
      const client = await check.act(t("run your client with --port {port} and 2 messages", { port: server.port }), () =>
        check.launch("echo-client.ts", ["--port", String(server.port), "--message", "one", "--message", "two"]),
      );
      await expectCleanFailure(check, client, t("a server that closed after 1 of 2 echoes"));
    },
  },
];

