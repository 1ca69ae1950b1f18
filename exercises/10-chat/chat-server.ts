// Exercise 10: a chat room on one TCP server.
//
// Everyone who connects is asked for a name. Once a client has a name it has joined the room:
// it is told who is there, the others are told it came, every line it sends goes to all the
// others as "[name] text", and when it leaves the others are told that too. The server is the
// only one who sees every client: the clients never talk to each other directly (the
// client-server architecture of lessons/00-overview.md).
//
// The protocol, exactly (the grader holds your server to it; the words of the lines that start
// with "*" are yours to choose, in any language, as long as they keep the shape below, and each
// name they mention stands apart from other letters and digits: "* 민수 님" names 민수, "* 민수님"
// does not):
//   - Every line ends with "\n"; a "\r" just before it is removed. Text is UTF-8.
//   - On connecting, the server sends one line: the prompt that asks for a name.
//   - The client's first line is its name. A legal name is 1 to 16 letters or digits, any
//     alphabet (/^[\p{L}\p{N}]{1,16}$/u: "alice", "R2D2", "민수" and "é" are legal; "", "al ice",
//     "bob!" and a 17th letter are not), and no one in the room has it yet. Names are compared
//     exactly: "Alice" and "alice" are two people. A name is free again once its owner leaves.
//   - An illegal or taken name: the server sends one line that says why, and closes (FIN).
//   - A legal name: the server's next line to the newcomer lists who is in the room, newcomer
//     left out: a line that starts with "*" and names each of them (reference:
//     "* in the room: alice, bob", or "* the room is empty").
//   - Then every client already in the room gets a line that starts with "*" and names the
//     newcomer (reference: "* carol has entered the room").
//   - Each line a member sends reaches every other member as "[name] text" (exactly that), never
//     the sender, and never a client that has not given a name yet. An empty line too: "[name] ".
//   - When a member leaves (FIN, a reset, or dropped), the others get a line that starts with "*"
//     and names it (reference: "* carol has left the room"). A client that never joined is never
//     announced. A half line (no "\n" yet) of a client that leaves is never relayed.
//   - A member that does not read what it is sent is dropped once more than --max-queue-bytes
//     wait unsent to it in the server's memory, and its leave is announced.
//
// Run it by hand, then chat from two or three other terminals:
//   npx tsx exercises/10-chat/chat-server.ts
//   nc 127.0.0.1 9999        (type your name, press Enter, then type lines)
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { parseArgs } from "node:util";

/** How many bytes may wait unsent to one member before the server drops it, unless --max-queue-bytes says otherwise. */
export const DEFAULT_MAX_QUEUE_BYTES = 1024 * 1024;

export interface ChatOptions {
  host: string;
  port: number;
  /** Bytes waiting unsent to one member (socket.writableLength) above which it is dropped. */
  maxQueueBytes: number;
}

/** A client that has given a legal name: it is in the room. */
interface Member {
  name: string;
  socket: Socket;
}

/**
 * Why `name` cannot be used, in one sentence for the client, or undefined when it is legal:
 * 1 to 16 letters or digits of any alphabet, and none of `present` (the names in the room).
 */
export function whyNotAName(name: string, present: readonly string[]): string | undefined {
  // TODO: write whyNotAName. Read lessons/10-chat.md first; these steps get you there:
  //   1. Test it with one regular expression: `/^[\p{L}\p{N}]{1,16}$/u`. \p{L} is any letter, \p{N}
  //      any digit, of any alphabet. Without the `u` flag \p{L} does not work at all, and with it
  //      {1,16} counts characters, not UTF-16 units (a letter past U+FFFF, like 𠀀, is two units).
  //      Count characters, not bytes: "민수" is 2 characters but 6 bytes in UTF-8.
  //   2. Return a sentence for each reason: empty or too long, a character that is not a letter or
  //      digit, or already taken (`present.includes(name)`; compare exactly, case included).
  throw new Error("TODO: write whyNotAName (see lessons/10-chat.md)");
}

/**
 * Listens on `host` and `port` and runs one chat room for every client that connects (see the
 * protocol at the top of this file). Resolves with the server once it listens; rejects with an
 * Error a person understands when it cannot listen (another program already uses the port).
 * It may print a line for the person running the server (a member joined, left, was dropped, a
 * connection failed): the protocol says nothing of those lines, and no check reads them.
 */
export function startChat(options: ChatOptions): Promise<Server> {
  // TODO: write startChat. Read lessons/10-chat.md first; these steps get you there:
  //   1. Keep the room in ONE array of members, `{ name, socket }`, shared by every connection.
  //      A client joins the array only once its name is accepted: before that it gets nothing.
  //   2. For each connection (the handler of createServer): `socket.setEncoding("utf8")`, send the
  //      prompt, and keep a `pending` string of its own. On "data", add the chunk and take out every
  //      complete line (a while loop over indexOf("\n"): one chunk may hold several lines, the name
  //      and the first message too, or only a byte of one). Remove one "\r" at the end of each line.
  //   3. The first line is the name: whyNotAName. Refused: `socket.end(reason + "\n")` and read no
  //      more lines from it. Accepted: send the presence line, announce the newcomer to the members,
  //      THEN add it to the array (so neither list nor announcement is about the newcomer itself).
  //   4. Every later line: write `[name] text\n` to each member except the sender.
  //   5. A slow member: after writing to a member, `socket.writableLength` is what waits in your
  //      memory because it does not read. Above maxQueueBytes, drop it (destroy, remove, announce),
  //      but only after the loop over the members: removing from an array while a for-of walks it
  //      skips the next member, who then misses the line.
  //   6. On "close" (after FIN, a reset, or destroy): if it was a member, remove it and announce the
  //      leave. Drop its `pending` half line: it was never a line.
  //   7. Handle "error" on every connection: a write to a client that just vanished fails with
  //      EPIPE or ECONNRESET, and without a handler Node stops the server, and the room with it.
  //   8. Handle the server's "error" too: EADDRINUSE when another program uses the port. Reject with
  //      a sentence that names the port and says what to try.
  throw new Error("TODO: write startChat (see lessons/10-chat.md)");
}

/** Reads --host, --port and --max-queue-bytes, with loopback, the note's port and DEFAULT_MAX_QUEUE_BYTES as defaults. */
export function readOptions(args: string[]): ChatOptions {
  const { values } = parseArgs({
    args,
    options: {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "9999" },
      "max-queue-bytes": { type: "string", default: String(DEFAULT_MAX_QUEUE_BYTES) },
    },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535 (0 lets the system choose), not "${values.port}"`);
  }
  const maxQueueBytes = Number(values["max-queue-bytes"]);
  // Past 2^53 a number is no longer exact: 9007199254740993 would silently become ...992.
  if (!/^\d+$/.test(values["max-queue-bytes"]) || !Number.isSafeInteger(maxQueueBytes) || maxQueueBytes < 1) {
    throw new Error(`--max-queue-bytes must be a whole number of bytes from 1 to 9007199254740991, not "${values["max-queue-bytes"]}"`);
  }
  return { host: values.host, port, maxQueueBytes };
}

async function main(): Promise<void> {
  try {
    const server = await startChat(readOptions(process.argv.slice(2)));
    // The real address: with --port 0 the system picked the port.
    const { address, port } = server.address() as AddressInfo;
    console.log(`listening on ${address}:${port}`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

await main();
