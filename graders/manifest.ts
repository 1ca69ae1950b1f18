// The one list of exercises. Adding an exercise means adding an entry here, a grader in
// graders/checks/, its buggy variants in graders/fixtures/, a lesson, and a solution.

export interface CheckSpec {
  points: number;
  /** What to try when this check fails, for a beginner. */
  hint: string;
  /** Anchor of the lesson section that explains what this check tests. */
  section: string;
}

export interface ExerciseSpec {
  /** Two digits, as typed in `npm test exercises/05`. */
  number: string;
  /** Folder name in lessons/, exercises/ and solutions/. */
  slug: string;
  title: string;
  /** The files the student edits, each with the exports the grader uses. */
  files: Record<string, string[]>;
  /** Modules the student may not import, because the exercise is to do their job by hand. */
  refusedModules?: string[];
  /** Globals the student may not use, for the same reason (`fetch` where HTTP is written by hand on node:net). */
  refusedGlobals?: string[];
  /** The student's programs start child processes (the permission model forbids it otherwise). */
  needsChildProcesses?: boolean;
  checks: Record<string, CheckSpec>;
  /** Nudges that reveal a little at a time, from the first to the last. */
  hints: string[];
}

export const EXERCISES: ExerciseSpec[] = [
  // ── 01 01-processes: BEGIN (exercise 01 owns this block) ──
  {
    number: "01",
    slug: "01-processes",
    needsChildProcesses: true,
    title: "Processes and pipes",
    files: {
      "lines.ts": ["splitLines", "readLines"],
      "child.ts": ["answer", "serve"],
      "parent.ts": ["talkToChild", "readOptions", "REQUESTS"],
    },
    checks: {
      "splits-text-into-lines": {
        points: 1,
        hint: "splitLines: split at \"\\n\" only, take the last piece off as rest (it is \"\" when the text ended with \"\\n\"), and remove one \"\\r\" at the end of each line, nothing else: spaces belong to the request.",
        section: "a-pipe-carries-bytes-not-messages",
      },
      "reads-lines-from-a-stream": {
        points: 1,
        hint: "readLines: call stream.setEncoding(\"utf8\") first, keep the rest of each chunk in front of the next one, yield every line (empty ones too), and after the loop yield what is left if it is not \"\".",
        section: "a-pipe-carries-bytes-not-messages",
      },
      "answers-each-request": {
        points: 1,
        hint: "Write exactly one line on stdout for every request: \"pong TEXT\" for \"ping TEXT\", and for an unknown request the line error: unknown request \"…\" (on stdout too, not stderr, and without throwing). End each reply with \"\\n\".",
        section: "every-request-gets-exactly-one-reply",
      },
      "reads-requests-split-across-writes": {
        points: 2,
        hint: "One \"data\" chunk is not one request. Keep what follows the last \"\\n\" in a buffer and put it in front of the next chunk: splitLines returns it as `rest`, and readLines keeps it between chunks.",
        section: "a-pipe-carries-bytes-not-messages",
      },
      "reads-a-character-split-across-writes": {
        points: 1,
        hint: "Call stream.setEncoding(\"utf8\") in readLines before reading: the stream then keeps the bytes of a character that is cut between two chunks until the rest arrives. Decoding each chunk on its own (String(chunk) of a Buffer) breaks it.",
        section: "a-pipe-carries-bytes-not-messages",
      },
      "ignores-carriage-returns-and-empty-lines": {
        points: 1,
        hint: "splitLines removes a \"\\r\" at the end of each line (\"count\\r\" is \"count\"). In serve, skip an empty line before calling answer: it gets no reply and is not counted.",
        section: "lines-that-break-beginners",
      },
      "reads-a-very-long-request": {
        points: 1,
        hint: "A request has no length limit: keep adding chunks to the buffer until its \"\\n\" arrives, however long it gets. Do not cut or drop an unfinished line.",
        section: "lines-that-break-beginners",
      },
      "keeps-its-own-memory": {
        points: 1,
        hint: "Create the memory ({ seen: 0 }) once, before the loop in serve, not inside it; add 1 for every request (count included) in answer.",
        section: "each-process-has-its-own-memory",
      },
      "exits-with-the-code-it-is-asked-for": {
        points: 1,
        hint: "For \"exit 7\", write \"bye 7\" and return 7 from serve; main puts it in process.exitCode. Leaving the loop stops reading stdin, so the process ends.",
        section: "exit-codes-tell-how-a-process-ended",
      },
      "exits-only-with-codes-from-0-to-255": {
        points: 1,
        hint: "Accept \"exit\" only with a whole number from 0 to 255 in plain digits (exit 256 or exit 7abc is an unknown request): an exit code is one byte, and the system would quietly keep only its lowest 8 bits.",
        section: "exit-codes-tell-how-a-process-ended",
      },
      "exits-when-the-parent-goes-away": {
        points: 2,
        hint: "When stdin ends, the for await loop ends: return 0 and let the process finish. Nothing else (a timer, an interval) may keep it running, and the end of input is not an error.",
        section: "no-orphans-end-when-your-input-ends",
      },
      "answers-a-last-request-without-a-newline": {
        points: 1,
        hint: "When the stream ends, readLines must yield what is left in its buffer: the other side may end without a last \"\\n\" (a user who types a line and presses Ctrl-D).",
        section: "lines-that-break-beginners",
      },
      "parent-prints-the-childs-replies": {
        points: 2,
        hint: "Write each request with a \"\\n\" (the child waits for it), print \"REQUEST -> REPLY\", then call child.stdin.end() so the child can finish, and wait for its \"close\" event. Then nothing may keep the parent alive: clear every timer (withTimeout's clearTimeout).",
        section: "the-api-in-typescript",
      },
      "parent-reads-replies-split-into-bytes": {
        points: 2,
        hint: "Read the child's stdout with one readLines for the whole conversation: a reply is complete only at its \"\\n\", however many chunks it came in, and the bytes after it are the start of the next reply: keep them.",
        section: "a-pipe-carries-bytes-not-messages",
      },
      "parent-passes-on-the-exit-code": {
        points: 1,
        hint: "talkToChild returns the code from the child's \"close\" event; main sets process.exitCode to it, so whoever started the parent learns how the child ended.",
        section: "exit-codes-tell-how-a-process-ended",
      },
      "parent-reports-a-crashed-child": {
        points: 2,
        hint: "When replies.next() says done, the child's output has ended: there is no reply. Wait for \"close\" and throw an Error like child exited with code 3 before answering \"ping 2\"; main prints it and exits with 1.",
        section: "when-the-child-crashes",
      },
      "parent-reports-a-child-that-ends-at-once": {
        points: 1,
        hint: "A child that exits without answering has failed, whatever its exit code, even 0: when replies.next() says done, throw an Error that says how the child ended before answering; main prints it and exits with 1.",
        section: "when-the-child-crashes",
      },
      "parent-reports-a-child-killed-by-a-signal": {
        points: 1,
        hint: "When a signal killed the child, \"close\" gives code null and the signal's name (SIGKILL). That is no exit code to pass on: throw an Error that names the signal (describeEnd does), and exit with 1.",
        section: "exit-codes-tell-how-a-process-ended",
      },
      "parent-gives-up-on-a-silent-child": {
        points: 2,
        hint: "Wrap each wait in withTimeout(…, timeoutMs, …) with the timeout from --timeout. When it fires, stop the child with child.kill() and wait for its \"close\": a live child keeps the parent running. Give child.stdin an \"error\" listener: writing to a child that stopped reading fails with EPIPE.",
        section: "when-the-child-is-silent",
      },
      "parent-gives-up-on-a-child-that-never-ends": {
        points: 1,
        hint: "After child.stdin.end(), wait for the child's end with withTimeout(…, timeoutMs, …) too: a child may never end. When it fires, throw an Error that names the timeout, and stop the child with child.kill().",
        section: "when-the-child-is-silent",
      },
      "parent-refuses-a-bad-timeout": {
        points: 1,
        hint: "readOptions must refuse a --timeout that is not written in plain digits as a whole number from 1 to 2147483647 (so not abc, 1e3 or +1000), with an Error that names the option (--timeout) and the text it was given; 0 is refused too. setTimeout cannot wait longer than 2147483647 ms: given more, it fires after 1 ms.",
        section: "when-the-child-is-silent",
      },
    },
    hints: [
      "Start with lines.ts: splitLines(\"a\\nb\\nc\") should give lines [\"a\", \"b\"] and rest \"c\". Both programs use it to find whole lines in a stream.",
      "Then the child: answer() is a plain function (request in, reply out). Try it by hand: npx tsx exercises/01-processes/child.ts, type ping 1, press Enter.",
      "serve() is one for await loop over readLines(input): answer each line, write the reply with \"\\n\". The loop ends when stdin ends; return 0 then.",
      "The memory ({ seen: 0 }) is made once per process, before the loop. Two child processes never share it.",
      "In the parent, spawn(process.execPath, [...process.execArgv, childPath]) starts the child with the same node (and tsx) as the parent.",
      "Listen for the child's \"close\" event before writing anything: it carries the exit code, and it also tells you when the child died before answering.",
      "Every wait in the parent goes through withTimeout. On any error: child.kill(), wait for \"close\", rethrow; main prints error: … and sets process.exitCode = 1.",
    ],
  },
  // ── 01 01-processes: END ──
  // ── 02 02-addresses: BEGIN (exercise 02 owns this block) ──
  {
    number: "02",
    slug: "02-addresses",
    title: "Addresses: IP and port",
    files: {
      "addresses.ts": ["parseIPv4", "formatIPv4", "parsePort", "classifyPort", "normaliseAddress", "MAX_PORT", "MAX_IPV4"],
      "whoami-server.ts": ["startWhoAmIServer", "readOptions"],
    },
    checks: {
      "parses-a-dotted-quad": {
        points: 2,
        hint: "The first part is the most significant byte: 1.2.3.4 is 1*2^24 + 2*2^16 + 3*2^8 + 4 = 16909060. Check that you shift the first part by 24, not the last.",
        section: "byte-order",
      },
      "stays-unsigned-from-128-0-0-0-up": {
        points: 1,
        hint: "JavaScript's << and | work on signed 32-bit numbers, so 128.0.0.0 and above come out negative. End with >>> 0 to read the same 32 bits as an unsigned number.",
        section: "signed-and-unsigned-numbers",
      },
      "refuses-malformed-addresses": {
        points: 2,
        hint: "Before converting a part, check that it is made of the digits 0-9 only: parseInt(\"12abc\") quietly gives 12, and Number(\" 1\"), Number(\"1e2\") and Number(\"0x7f\") give 1, 100 and 127. Then refuse empty parts, leading zeros and values above 255, and put the offending part (or, for a wrong count, the text or the number of parts) in the error message.",
        section: "parseint-is-too-forgiving",
      },
      "formats-a-number-as-a-dotted-quad": {
        points: 1,
        hint: "Take each byte with >>> and & 255 ((value >>> 24) & 255, …): >> keeps the sign and gives a negative first part. Refuse values that are not whole numbers from 0 to 4294967295, naming the value.",
        section: "signed-and-unsigned-numbers",
      },
      "parses-ports-from-0-to-65535": {
        points: 1,
        hint: "A port is 16 bits: 0 to 65535. Accept text made of the digits 0-9 only (no spaces, signs, dots, \"e\" or \"0x\"), refuse anything above MAX_PORT, and put the text you were given in the error message.",
        section: "the-edges-of-a-range",
      },
      "classifies-ports-as-iana-does": {
        points: 1,
        hint: "First refuse anything that is not a whole number from 0 to 65535 (throw). Then compare with the first port of each range: port < 1024 is well-known, port < 49152 is registered, the rest is ephemeral. 1024 is registered, and 49152 is ephemeral.",
        section: "the-edges-of-a-range",
      },
      "unwraps-ipv4-mapped-addresses": {
        points: 1,
        hint: "Match exactly \"::ffff:\" followed by a dotted quad, ignoring case, and return the dotted quad. Leave every other address as it is: \"::1\" must stay \"::1\", and \"::ffff:7f00:1\" (no dotted quad) too.",
        section: "ipv4-mapped-ipv6-addresses",
      },
      "tells-a-client-its-own-address-and-port": {
        points: 2,
        hint: "The client's side of the connection is socket.remoteAddress and socket.remotePort. socket.localPort is the server's own port, the same for every client. Send \"you are \" + address + \":\" + port + \"\\n\".",
        section: "whose-port-is-it",
      },
      "closes-the-connection-after-answering": {
        points: 1,
        hint: "Send the line with socket.end(line) instead of socket.write(line): end() writes, then closes the connection at once (no timer), so the client knows the answer is complete.",
        section: "one-line-then-close",
      },
      "serves-client-after-client": {
        points: 1,
        hint: "Close only the client's socket, never the server: the function you gave createServer runs again for every new client, several at once too.",
        section: "client-after-client",
      },
      "survives-a-client-that-resets": {
        points: 1,
        hint: "Give every client's socket an \"error\" handler: socket.on(\"error\", () => {}). A client that resets (ECONNRESET) is that client's problem; without a handler, Node crashes the whole server.",
        section: "client-after-client",
      },
      "unwraps-an-ipv4-mapped-client-address": {
        points: 1,
        hint: "A server listening on an IPv6 address sees IPv4 clients as ::ffff:127.0.0.1. Pass socket.remoteAddress through your normaliseAddress before you answer.",
        section: "ipv4-mapped-ipv6-addresses",
      },
      "explains-a-port-already-in-use": {
        points: 1,
        hint: "Listen for the server's \"error\" event until it listens, and reject with that error. main() should print one line that names the port (the error's code is EADDRINUSE), set process.exitCode = 1, and let the program end at once.",
        section: "a-port-has-one-owner",
      },
      "uses-the-note-port-by-default": {
        points: 1,
        hint: "Without --port, readOptions gives the port the note's default: parseArgs with port: { type: \"string\", default: \"9999\" }. The grader keeps 9999 busy, so your server should then say that port 9999 is in use and end.",
        section: "a-port-has-one-owner",
      },
      "listens-on-the-host-it-is-given": {
        points: 1,
        hint: "Pass the host from --host to listen: server.listen({ host, port }). A server that always listens on 127.0.0.1 cannot be reached on 127.0.0.2 or ::1.",
        section: "the-two-ends-of-a-connection",
      },
      "refuses-a-bad-port": {
        points: 1,
        hint: "Read --port with parsePort, not Number(): it refuses 65536 and abc with an Error that includes the text, and main prints that message and sets process.exitCode = 1.",
        section: "the-edges-of-a-range",
      },
    },
    hints: [
      "Start with addresses.ts: every function there is pure, so try it in a REPL (npx tsx) on 127.0.0.1 before the grader does.",
      "parseIPv4: split on \".\", check every part is 0-255 written in plain digits, then combine the four bytes, first part first.",
      "Bit operators in JavaScript are signed 32-bit: end parseIPv4 with >>> 0, and take bytes in formatIPv4 with >>> and & 255.",
      "Ports are 16 bits (0-65535). IANA's ranges start at 0, 1024 and 49152: compare with < at each start.",
      "In the server, each client has its own socket: socket.remoteAddress and socket.remotePort are that client's side.",
      "Answer with socket.end(line), keep the server open for the next client, and normalise ::ffff:127.0.0.1 to 127.0.0.1.",
      "Until the server listens, its \"error\" event (EADDRINUSE) must reject, so main() can print one clear line and exit with code 1.",
    ],
  },
  // ── 02 02-addresses: END ──
  // ── 03 03-tcp-client: BEGIN (exercise 03 owns this block) ──
  {
    number: "03",
    slug: "03-tcp-client",
    title: "TCP client",
    files: { "client.ts": ["requestReply", "readOptions", "MAX_REPLY_BYTES"] },
    checks: {
      "sends-the-greeting": {
        points: 1,
        hint: "Write exactly the message from --message (default \"Hello. Server.\"): no newline, no extra spaces. Then call socket.end() so the server knows you are done.",
        section: "the-exchange",
      },
      "sends-the-message-it-is-given": {
        points: 1,
        hint: "Send options.message itself, as it is: socket.end(message) encodes a string as UTF-8. Do not trim it, add to it, or pick another encoding (\"latin1\" or \"binary\" mangle every non-ASCII character).",
        section: "the-options",
      },
      "sends-an-empty-message": {
        points: 1,
        hint: "An empty --message is still a message: send no bytes, only the FIN of socket.end(), and read the reply as usual. Do not replace \"\" by the default (value || default does exactly that: use ?? or parseArgs's default).",
        section: "the-options",
      },
      "connects-to-the-host-it-is-given": {
        points: 1,
        hint: "Pass the host from the options to connect({ host, port }): never a fixed \"127.0.0.1\" or \"localhost\".",
        section: "the-options",
      },
      "prints-the-reply": {
        points: 1,
        hint: "Turn the reply's bytes into text with reply.toString(\"utf8\") before printing (printing the Buffer itself shows <Buffer 48 65 …>). Then nothing may keep your program running: clear every timer you started, and end or destroy the socket.",
        section: "ending-on-time",
      },
      "prints-the-reply-as-it-came": {
        points: 1,
        hint: "Print the reply exactly as it came: no trim(), no replacing of line breaks. The spaces and the CRLF are part of what the server said.",
        section: "the-exchange",
      },
      "reads-a-reply-split-into-bytes": {
        points: 2,
        hint: "Keep every chunk that \"data\" gives you and print only on \"end\" (or after 100 bytes). One \"data\" event is not one message.",
        section: "one-recv-is-not-one-message",
      },
      "keeps-utf8-characters-whole": {
        points: 1,
        hint: "Decode once, after joining all chunks with Buffer.concat. Decoding each chunk alone breaks a character whose bytes arrive in two chunks.",
        section: "characters-and-bytes",
      },
      "stops-at-100-bytes": {
        points: 1,
        hint: "Count the bytes as they arrive. When you have MAX_REPLY_BYTES, keep only the first MAX_REPLY_BYTES (the chunk that crosses the limit may carry more), finish, and destroy the socket: this server never closes it.",
        section: "one-recv-is-not-one-message",
      },
      "stops-at-exactly-100-bytes": {
        points: 1,
        hint: "The reply is complete once you hold MAX_REPLY_BYTES bytes: received >= MAX_REPLY_BYTES, not >, and not one byte earlier.",
        section: "one-recv-is-not-one-message",
      },
      "counts-bytes-not-characters": {
        points: 1,
        hint: "Count chunk.length (bytes), and cut the joined Buffer with subarray(0, MAX_REPLY_BYTES) before you decode it. A string's length counts characters, and 안 is one character but three bytes.",
        section: "characters-and-bytes",
      },
      "explains-a-refused-connection": {
        points: 1,
        hint: "Listen for the socket's \"error\" event. For ECONNREFUSED, reject with a sentence that names the host and port you tried; main() prints it and sets the exit code.",
        section: "when-things-go-wrong",
      },
      "explains-a-bad-option": {
        points: 1,
        hint: "readOptions refuses a --port outside 1 to 65535 and a --timeout below 1 (0 would switch the timeout off) with a sentence that names the option; main() prints it and sets the exit code. If you changed readOptions, keep those checks.",
        section: "the-options",
      },
      "gives-up-on-a-silent-server": {
        points: 1,
        hint: "Call socket.setTimeout(timeoutMs) with the --timeout you were given and handle the \"timeout\" event: reject with a sentence that says what happened, and destroy the socket, or the silent server keeps your program alive.",
        section: "when-things-go-wrong",
      },
      "reports-a-server-that-closes-without-replying": {
        points: 1,
        hint: "An \"end\" before any byte arrived means the server closed without a reply: reject with a sentence that says so, rather than printing an empty reply and exiting with code 0.",
        section: "when-things-go-wrong",
      },
      "reports-a-reset": {
        points: 1,
        hint: "A reset arrives as an \"error\" event with code ECONNRESET. Reject with a sentence that says the connection was reset, so the user knows the reply is missing.",
        section: "when-things-go-wrong",
      },
      "reports-a-reset-mid-reply": {
        points: 1,
        hint: "A reset after some bytes still means the reply is incomplete: ECONNRESET is an error whatever arrived before it. Reject, do not resolve with the start of the reply.",
        section: "when-things-go-wrong",
      },
    },
    hints: [
      "Start from the note's client: connect, send, receive, close. Each of these is an event or a call on a node:net socket.",
      "Write the message on \"connect\", then socket.end(): the server then knows your message is complete.",
      "Collect chunks from every \"data\" event into an array; the reply is complete on \"end\".",
      "Join with Buffer.concat and decode once: a UTF-8 character may be cut between two chunks.",
      "Stop at MAX_REPLY_BYTES: keep the first 100 bytes, resolve, and destroy the socket.",
      "Every failure is an \"error\" or \"timeout\" event, or an \"end\" with nothing received: turn each into a rejected promise with a clear sentence.",
    ],
  },
  // ── 03 03-tcp-client: END ──
  // ── 04 04-tcp-server: BEGIN (exercise 04 owns this block) ──
  {
    number: "04",
    slug: "04-tcp-server",
    title: "TCP server",
    files: { "server.ts": ["startServer", "serveClient", "readOptions", "GREETING", "MAX_MESSAGE_BYTES"] },
    checks: {
      "greets-each-client": {
        points: 1,
        hint: "As soon as a client connects, write exactly GREETING (\"Hello. Client.\"): no newline, nothing else, and before you wait for its message.",
        section: "the-exchange",
      },
      "prints-the-message-with-the-client-address": {
        points: 1,
        hint: "The client's address is socket.remoteAddress and socket.remotePort (localAddress/localPort are the server's own). Print `${address}:${port} says: ${message}` on one line.",
        section: "who-is-talking",
      },
      "reads-a-message-split-into-bytes": {
        points: 2,
        hint: "Keep every chunk that \"data\" gives you and print only on \"end\" (or once you hold 100 bytes). One \"data\" event is not one message.",
        section: "one-recv-is-not-one-message",
      },
      "answers-a-half-closed-client": {
        points: 2,
        hint: "The client's FIN arrives as \"end\": print the message there and close with socket.destroySoon(). Do not wait for \"close\": with allowHalfOpen it only comes after you close.",
        section: "fin-is-not-goodbye",
      },
      "serves-client-after-client": {
        points: 1,
        hint: "Do not close the listening server after a client. createServer calls your connection handler for every client, as long as the server listens.",
        section: "one-client-is-not-a-server",
      },
      "survives-a-client-reset": {
        points: 1,
        hint: "Give every connection socket an \"error\" handler that prints one line with console.error naming the client (its IP:port), then carries on. Without it, a single client's ECONNRESET stops the whole server.",
        section: "a-client-that-resets",
      },
      "explains-a-port-in-use": {
        points: 1,
        hint: "Listen for the server's \"error\" event before listen(). For EADDRINUSE, reject with a sentence that names the port; main() prints it and sets process.exitCode = 1. Then end: do not retry, and leave nothing running.",
        section: "a-port-already-in-use",
      },
      "uses-the-note-port-by-default": {
        points: 1,
        hint: "Without --port, readOptions gives the port the note's default: parseArgs with port: { type: \"string\", default: \"9999\" }. The grader keeps 9999 busy, so your server should then say that port 9999 is in use and end.",
        section: "a-port-already-in-use",
      },
      "explains-a-bad-port": {
        points: 1,
        hint: "readOptions refuses a --port that is not a whole number from 0 to 65535 with a sentence that names the option; main() prints it and sets the exit code. If you changed readOptions, keep that check.",
        section: "the-options",
      },
      "stops-reading-at-100-bytes": {
        points: 1,
        hint: "Count the bytes as they arrive. As soon as you hold MAX_MESSAGE_BYTES, print only the first MAX_MESSAGE_BYTES (subarray) and close: this client never sends FIN.",
        section: "one-recv-is-not-one-message",
      },
      "stops-at-exactly-100-bytes": {
        points: 1,
        hint: "The message is complete once you hold MAX_MESSAGE_BYTES bytes: received >= MAX_MESSAGE_BYTES, not >, and not one byte earlier.",
        section: "one-recv-is-not-one-message",
      },
      "counts-bytes-not-characters": {
        points: 1,
        hint: "Count chunk.length (bytes), and cut the joined Buffer with subarray(0, MAX_MESSAGE_BYTES) before you decode it. A string's length counts characters, and 안 is one character but three bytes.",
        section: "one-recv-is-not-one-message",
      },
      "keeps-utf8-characters-whole": {
        points: 1,
        hint: "Decode once, after joining all chunks with Buffer.concat. Decoding each chunk alone breaks a character whose bytes arrive in two chunks.",
        section: "one-recv-is-not-one-message",
      },
      "prints-the-message-as-it-came": {
        points: 1,
        hint: "Print the message exactly as it came: no trim(), no replacing of line breaks. The spaces and the CRLF are part of what the client said.",
        section: "the-exchange",
      },
      "listens-on-the-host-it-is-given": {
        points: 1,
        hint: "Pass both options to server.listen({ host, port }). Without host, Node listens on every interface (::), and \"listening on\" shows it.",
        section: "the-options",
      },
      "survives-an-early-close": {
        points: 1,
        hint: "A client may send FIN without a word. Then the message is empty: print `${client} says: ` and close. Buffer.concat([]) is an empty Buffer; reduce() without a start value throws.",
        section: "a-client-that-leaves-early",
      },
    },
    hints: [
      "Start from the note's server: bind and listen, accept, send, receive, close. In Node, createServer + listen do the first two, and your connection handler does the rest, once per client.",
      "Write GREETING the moment a client connects; the message comes after, in \"data\" events.",
      "Collect the chunks of every \"data\" event; the message is complete on \"end\", or once you hold MAX_MESSAGE_BYTES bytes.",
      "Read remoteAddress and remotePort at the start of the handler and print `${address}:${port} says: ${message}`; then close with socket.destroySoon().",
      "Finish once only: a flag (finished) keeps \"end\" and the 100-byte limit from printing twice.",
      "Every connection socket needs an \"error\" handler, and the server too: one for resets, one for a port in use.",
    ],
  },
  // ── 04 04-tcp-server: END ──
  // ── 05 05-framing: BEGIN (exercise 05 owns this block) ──
  {
    number: "05",
    slug: "05-framing",
    title: "Framing messages on a byte stream",
    files: {
      "framing.ts": ["MAX_FRAME_BYTES", "encodeFrame", "FrameDecoder"],
      "echo-server.ts": ["echoFrames"],
      "echo-client.ts": ["requestEchoes"],
    },
    checks: {
      "encodes-the-length-in-bytes-big-endian": {
        points: 2,
        hint: "Turn text into bytes with Buffer.from(text, \"utf8\") first and count those bytes: \"안녕\" is 6 bytes, not 2. Write the count with header.writeUInt32BE(length, 0): BE, not LE.",
        section: "big-endian-and-bytes-not-characters",
      },
      "decodes-frames-split-into-single-bytes": {
        points: 2,
        hint: "Keep the bytes that are not a whole frame yet in this.pending, and add every new chunk to them with Buffer.concat. Read a length only when at least 4 bytes are pending.",
        section: "one-byte-at-a-time",
      },
      "decodes-several-frames-in-one-chunk": {
        points: 3,
        hint: "Use a while loop, not an if: after taking one frame out of this.pending, look again, because the same chunk may hold more frames. Loop while pending.length >= 4 (not > 4): an empty frame is just a header.",
        section: "several-frames-in-one-chunk",
      },
      "keeps-payloads-as-bytes": {
        points: 2,
        hint: "Keep everything as bytes inside the decoder: never call toString on a chunk or a payload. A character cut between chunks, or a byte from 80 to ff, does not survive a trip through text.",
        section: "a-character-cut-in-two",
      },
      "refuses-frames-over-the-maximum": {
        points: 2,
        hint: "Compare the length with the maximum right after readUInt32BE, before checking whether the payload has arrived, and throw an Error whose message gives the size and the maximum (both numbers). Exactly the maximum is allowed: use >, not >=.",
        section: "frames-that-are-too-large",
      },
      "refuses-lengths-past-2-to-the-31": {
        points: 1,
        hint: "The length is an unsigned 32-bit number: read it with readUInt32BE, not readInt32BE. Signed, 80 00 00 00 is negative, passes the size check, and the loop never ends.",
        section: "lengths-are-unsigned",
      },
      "server-echoes-coalesced-frames": {
        points: 2,
        hint: "Send back every payload that decoder.push returns (a for…of loop), each wrapped again with encodeFrame. Do not write the raw chunk back: an unfinished frame must not be echoed.",
        section: "several-frames-in-one-chunk",
      },
      "server-echoes-a-frame-sent-one-byte-at-a-time": {
        points: 2,
        hint: "Create the FrameDecoder once per connection, outside the \"data\" handler. A new decoder per \"data\" event forgets the bytes that came before.",
        section: "one-byte-at-a-time",
      },
      "server-drops-a-bad-client-and-keeps-serving": {
        points: 2,
        hint: "Wrap decoder.push in try/catch: on an error, log it and socket.destroy() that one connection. And give every socket an \"error\" handler, so a client's reset cannot crash the server.",
        section: "frames-that-are-too-large",
      },
      "server-holds-back-a-client-that-does-not-read": {
        points: 1,
        hint: "socket.write() returns false when the client is not reading fast enough. Then call socket.pause() so you stop reading from it, and socket.resume() on \"drain\".",
        section: "backpressure-a-client-that-reads-slowly",
      },
      "client-prints-echoes-that-arrive-in-pieces": {
        points: 2,
        hint: "Send each message with socket.write(encodeFrame(message)). Push every \"data\" chunk into one FrameDecoder and print only the payloads it returns, once you have one per message. Then socket.end(), and leave no timer running: the program must end right after it prints.",
        section: "one-byte-at-a-time",
      },
      "client-reports-a-server-that-closes-early": {
        points: 1,
        hint: "An \"end\" event before every echo came back is a failure: reject with a message that says the server closed the connection, and how many echoes arrived.",
        section: "a-server-that-closes-early",
      },
      "client-explains-a-refused-connection": {
        points: 1,
        hint: "Handle the socket's \"error\" event: for ECONNREFUSED, reject with a message that names the host and port; main() prints it and sets process.exitCode = 1.",
        section: "when-the-client-fails",
      },
      "client-gives-up-on-a-silent-server": {
        points: 1,
        hint: "Pass --timeout on to socket.setTimeout(timeoutMs). On \"timeout\", reject and destroy the socket, so the program ends right after it prints its error.",
        section: "when-the-client-fails",
      },
      "client-reports-a-reset": {
        points: 1,
        hint: "A reset arrives as an \"error\" event with code ECONNRESET: reject with a message that says so, instead of letting the error crash the program.",
        section: "when-the-client-fails",
      },
      "client-prints-one-echo-per-message": {
        points: 1,
        hint: "Resolve with exactly one echo per message (echoes.slice(0, messages.length)) as soon as you hold that many: a frame the server sent beyond them is not printed.",
        section: "several-frames-in-one-chunk",
      },
      "client-refuses-an-oversized-echo": {
        points: 1,
        hint: "Put decoder.push in a try/catch in your \"data\" handler: when it throws, reject with its message (it gives the announced size) and destroy the socket. Do not wait for a body that is too large.",
        section: "frames-that-are-too-large",
      },
      "server-explains-a-port-in-use": {
        points: 1,
        hint: "Handle the server's \"error\" event: for EADDRINUSE, print one line that names the port and set process.exitCode = 1 (the skeleton's main() does this: keep it).",
        section: "when-the-client-fails",
      },
      "server-uses-the-note-port-by-default": {
        points: 1,
        hint: "Without --port, the echo server's readOptions gives the port the note's default: parseArgs with port: { type: \"string\", default: \"9999\" }. The grader keeps 9999 busy, so your server should then say that port 9999 is in use and end.",
        section: "when-the-client-fails",
      },
      "refuses-bad-options": {
        points: 1,
        hint: "Check every option before using it (readOptions): a port must be a whole number in range, a timeout a positive whole number. Throw an Error that quotes the bad value; main() prints it and exits with code 1.",
        section: "run-it-by-hand-in-two-terminals",
      },
    },
    hints: [
      "TCP does not keep your messages apart. A frame does: 4 bytes that say how long the payload is, then the payload. Start with encodeFrame.",
      "encodeFrame: bytes first (Buffer.from(text, \"utf8\")), then a 4-byte header with writeUInt32BE(bytes.length, 0), then Buffer.concat([header, bytes]).",
      "FrameDecoder.push: add the chunk to this.pending, then loop: is there a whole header? Is there a whole payload after it? Take it out and look again.",
      "Check the announced length against the maximum as soon as you read the header, before you wait for the payload.",
      "The echo server: one FrameDecoder per connection, created outside the \"data\" handler; send back every payload that push returns, with encodeFrame.",
      "The echo client: write one frame per message, push every chunk into one decoder, and resolve when you have as many echoes as messages.",
      "Errors: catch what push throws and close that connection; handle \"error\" on every socket; treat \"end\" before the last echo as a failure.",
      "The client ends by itself once its work is done: end the socket and clear every timer. Use the --host, --port and --timeout it is given, not constants.",
    ],
  },
  // ── 05 05-framing: END ──
  // ── 06 06-concurrency: BEGIN (exercise 06 owns this block) ──
  {
    number: "06",
    slug: "06-concurrency",
    title: "One server, many clients at once",
    files: { "server.ts": ["startServer", "serveClient", "readOptions", "DEFAULT_IDLE_MS", "MAX_PENDING_BYTES"] },
    checks: {
      "answers-each-line-and-nothing-else": {
        points: 1,
        hint: "Send nothing when a client connects: wait for its first line. Answer each line with exactly one line, `${line.toUpperCase()}\\n`, and when the client sends FIN, let Node close your side once the answers are out (no extra goodbye).",
        section: "the-exchange",
      },
      "keeps-interleaved-clients-apart": {
        points: 2,
        hint: "Everything a client owns lives inside serveClient: its `pending` text, its socket. A variable at the top of the file is shared by every client, so one client's half line or answer ends up with another.",
        section: "every-client-has-its-own-state",
      },
      "serves-the-last-connection-first": {
        points: 2,
        hint: "Never make a client wait for another to finish. createServer calls your handler for every connection as it comes; set up its \"data\" handler at once, and do not queue connections or loop over them in order.",
        section: "one-event-loop-many-clients",
      },
      "serves-120-clients-at-once": {
        points: 2,
        hint: "One \"data\" chunk is not one line: keep what follows the last \"\\n\" in `pending` for the next chunk, and take out every line a chunk completes (a while loop, not an if).",
        section: "a-line-is-not-a-chunk",
      },
      "keeps-utf8-characters-whole": {
        points: 1,
        hint: "Call socket.setEncoding(\"utf8\") before the first \"data\": Node then keeps the first bytes of a character cut between two chunks until the rest arrives. String(chunk) on each Buffer breaks it into \uFFFD.",
        section: "a-line-is-not-a-chunk",
      },
      "handles-crlf-and-empty-lines": {
        points: 1,
        hint: "Remove one \"\\r\" at the end of each line before you answer it (a client that ends lines with CRLF; a \"\\r\" inside the line stays), and answer an empty line with an empty line: every line gets exactly one answer.",
        section: "lines-that-break-beginners",
      },
      "ignores-a-half-line-from-a-client-that-leaves": {
        points: 1,
        hint: "A piece without \"\\n\" is not a line yet: keep it, and answer it only once its \"\\n\" arrives. When the client sends FIN or resets first, drop it. And give every socket an \"error\" handler that logs one line naming the client (IP:port), so a reset cannot stop the server.",
        section: "a-client-that-leaves-mid-line",
      },
      "is-not-slowed-by-a-slow-sender": {
        points: 1,
        hint: "A client whose line arrives one byte every 200 ms must not hold up anyone: never wait for one client's line to be complete before you serve the others. Each \"data\" event is handled and done at once.",
        section: "one-event-loop-many-clients",
      },
      "closes-an-idle-client": {
        points: 2,
        hint: "Call socket.setTimeout(idleMs) with the --idle-ms value, and on \"timeout\" log one line that names the client (IP:port) and destroy the socket. Node restarts that timer whenever data comes or goes; a setTimeout of your own must be restarted on every \"data\".",
        section: "closing-idle-clients",
      },
      "leaves-no-timer-behind": {
        points: 1,
        hint: "A client that left needs no idle timer any more. socket.setTimeout clears itself when the socket closes; a setTimeout of your own must be cleared with clearTimeout on \"close\".",
        section: "closing-idle-clients",
      },
      "holds-back-a-client-that-does-not-read": {
        points: 2,
        hint: "When socket.write() returns false, the client is not reading its answers: call socket.pause() so you stop reading from it, and socket.resume() on \"drain\". Pause only that socket: the other clients go on.",
        section: "backpressure-a-client-that-does-not-read",
      },
      "explains-a-port-in-use": {
        points: 1,
        hint: "Handle the server's \"error\" event before listen(). For EADDRINUSE, reject with a sentence that names the port; main() prints it and sets process.exitCode = 1. Then end: do not retry.",
        section: "run-it-by-hand",
      },
      "uses-the-note-port-by-default": {
        points: 1,
        hint: "Without --port, readOptions gives the note's port: parseArgs with port: { type: \"string\", default: \"9999\" }. The grader keeps 9999 busy, so your server should then say that port 9999 is in use and end.",
        section: "run-it-by-hand",
      },
      "refuses-bad-options": {
        points: 1,
        hint: "readOptions checks every value before it is used: --port a whole number from 0 to 65535, --idle-ms a whole number from 1 to 2147483647 (Node's timers fire at once past that). Throw an Error that names the option and quotes the bad value; main() prints it and exits with code 1. The limits themselves (1 and 2147483647) are good values.",
        section: "run-it-by-hand",
      },
      "listens-on-the-host-it-is-given": {
        points: 1,
        hint: "Pass both options to server.listen({ host, port }). Without host, Node listens on every interface (::), and \"listening on\" shows it.",
        section: "run-it-by-hand",
      },
    },
    hints: [
      "Start from exercise 04's server: createServer calls your handler once per connection. The difference: a connection now carries many lines, and many connections are open at once.",
      "Everything one client owns (its unfinished line, its socket) lives inside serveClient, so two clients never mix.",
      "setEncoding(\"utf8\"), add each chunk to `pending`, and take out every complete line with a while loop over indexOf(\"\\n\"). Answer each with line.toUpperCase() + \"\\n\".",
      "socket.setTimeout(idleMs) and destroy on \"timeout\": Node restarts the timer on activity and clears it on close.",
      "If socket.write() returns false, pause() this socket and resume() it on \"drain\".",
      "Every socket needs an \"error\" handler, and the server too: one for resets, one for a port in use.",
    ],
  },
  // ── 06 06-concurrency: END ──
  // ── 07 07-udp-pinger: BEGIN (exercise 07 owns this block) ──
  {
    number: "07",
    slug: "07-udp-pinger",
    title: "UDP pinger",
    files: { "pinger.ts": ["ping", "summarise", "readOptions"] },
    checks: {
      "sends-numbered-pings": {
        points: 1,
        hint: "Send exactly --count datagrams from one socket, each the text `Ping N TIME`: N from 1 up, TIME = Date.now() as it leaves, one space between. Nothing else: no newline, no extra datagram.",
        section: "the-exchange",
      },
      "prints-each-reply-and-the-statistics": {
        points: 1,
        hint: "Match a reply ignoring letter case (the textbook's server answers PING 1 …): /^ping (\\d+) /i. Print one line per ping with seq=N rtt=X ms, then sent= received= loss=% and min= avg= max= ms; then close the socket so the program ends.",
        section: "the-exchange",
      },
      "counts-seeded-loss-exactly": {
        points: 2,
        hint: "loss is (sent - received) / sent * 100: count each ping once, received or not, and print it rounded to one decimal (Number(x.toFixed(1))). A ping whose timer fired gets a line with seq=N and no rtt=.",
        section: "loss-and-statistics",
      },
      "statistics-without-a-reply": {
        points: 1,
        hint: "With no reply at all there is no minimum or average: Math.min() of nothing is Infinity and 0 / 0 is NaN. Say there are no round-trip times instead, exit with code 1, and name the host and port that did not answer.",
        section: "loss-and-statistics",
      },
      "waits-as-long-as-timeout-ms": {
        points: 1,
        hint: "Give each ping the --timeout-ms you were given (setTimeout(…, timeoutMs)), not a fixed second: a slow server's reply is still a reply while the time lasts.",
        section: "the-options",
      },
      "ignores-a-late-reply": {
        points: 2,
        hint: "Once a ping's timer has fired, that ping is over: remove it from the pings still waiting, and ignore its reply if it comes later. Match a reply to its ping by the sequence number in it, never by which ping is waiting now.",
        section: "matching-replies",
      },
      "counts-a-duplicate-once": {
        points: 1,
        hint: "UDP may deliver a datagram twice. The first copy answers the ping and removes it from the pings still waiting; the second finds nothing to answer and is ignored: no second line, no second count.",
        section: "matching-replies",
      },
      "matches-replies-by-sequence-number": {
        points: 2,
        hint: "Replies may come back in another order than the pings left. Read N from the reply and compute the round trip from ping N's own send time: the oldest or newest ping still waiting is not necessarily the one answered.",
        section: "matching-replies",
      },
      "ignores-a-stranger": {
        points: 1,
        hint: "Anyone can send a datagram to your port. In the \"message\" handler, look at the second argument (rinfo): accept only rinfo.address === host and rinfo.port === port. (socket.connect(port, host) makes the system do it for you.)",
        section: "matching-replies",
      },
      "measures-sub-millisecond-rtts": {
        points: 1,
        hint: "Date.now() counts whole milliseconds, and a round trip on one machine takes a fraction of one. Take performance.now() as the ping leaves and as the reply arrives, and print the difference with three decimals.",
        section: "measuring-time",
      },
      "pings-the-host-it-is-given": {
        points: 1,
        hint: "Send to the host given with --host (socket.send(text, port, host)), never a fixed \"127.0.0.1\"; and compare the replies' address with that host too.",
        section: "the-options",
      },
      "waits-the-interval-between-pings": {
        points: 1,
        hint: "Send ping N+1 --interval-ms after ping N (setTimeout(sendNext, intervalMs)), not all at once in a loop and not after a fixed second.",
        section: "the-options",
      },
      "ends-cleanly-without-a-server": {
        points: 1,
        hint: "Nothing answers: every ping times out, and then the program must end by itself. Clear every timer, close the socket, print the statistics and a sentence naming the port, and exit with code 1. With socket.connect, handle the \"error\" event (ECONNREFUSED).",
        section: "ending-on-time",
      },
      "refuses-bad-options": {
        points: 1,
        hint: "readOptions refuses --count 0, a negative --interval-ms, --timeout-ms 0, a --port outside 1 to 65535 and a --host that is not an IP address, each with a sentence that names the option; main() prints it and exits with code 1. If you changed readOptions, keep those checks.",
        section: "the-options",
      },
    },
    hints: [
      "Start from the textbook's pinger: a UDP socket, a loop of sends, a wait for each reply with a timeout. node:dgram's createSocket(\"udp4\") is the socket.",
      "Do not wait for one ping before sending the next: send one every intervalMs with setTimeout, and give each its own timeout timer.",
      "Keep the pings still waiting in a Map from sequence number to { sentAt, timer }: a reply looks itself up by the number it carries.",
      "A datagram that is not from host:port, or whose number is not in the Map (late, duplicate), is ignored.",
      "Measure with performance.now(): Date.now() counts whole milliseconds.",
      "When the last ping has left and the Map is empty, close the socket and print the statistics; no reply at all means no min/avg/max, and exit code 1.",
    ],
  },
  // ── 07 07-udp-pinger: END ──
  // ── 08 08-http-client: BEGIN (exercise 08 owns this block) ──
  {
    number: "08",
    slug: "08-http-client",
    title: "HTTP client",
    files: {
      "http.ts": ["ByteReader", "formatRequest", "readHead", "bodyLength", "readChunkedBody", "HttpClient", "get", "DEFAULT_MAX_REDIRECTS", "DEFAULT_TIMEOUT_MS"],
      "client.ts": ["formatResponse", "readOptions"],
    },
    refusedModules: ["node:http", "node:https", "node:http2", "undici", "axios", "node-fetch", "got", "superagent"],
    refusedGlobals: ["fetch", "XMLHttpRequest"],
    checks: {
      "sends-a-well-formed-request": {
        points: 2,
        hint: "formatRequest returns `GET ${url.pathname}${url.search} HTTP/1.1\\r\\nHost: ${url.host}\\r\\n\\r\\n` (other headers may sit between). The target is the path and query, not the whole URL; url.host carries the port; every line ends in \\r\\n; nothing follows the blank line.",
        section: "the-request",
      },
      "connects-to-the-host-in-the-url": {
        points: 1,
        hint: "Connect to url.hostname without its brackets (\"[::1]\" is \"::1\" for connect), on url.port or 80, and send url.host, brackets and port included, as Host.",
        section: "the-request",
      },
      "prints-the-response-as-it-came": {
        points: 1,
        hint: "Keep every header in rawHeaders, in order and as named, a header sent twice (Set-Cookie) twice. formatResponse prints the status line, `${name}: ${value}` per header, each with \\r\\n, one more \\r\\n, then the body's bytes. A 404 is an answer too: print it and exit with code 0.",
        section: "the-response-head",
      },
      "reads-a-head-that-arrives-byte-by-byte": {
        points: 2,
        hint: "One \"data\" event is not one response. readLine waits (await this.more()) until a \"\\n\" is in the buffer, and keeps what follows it for the next read.",
        section: "the-response-head",
      },
      "reads-header-names-in-any-case": {
        points: 1,
        hint: "Header names are case-insensitive: look them up in lower case (headers[\"content-length\"] after name.toLowerCase()), never as Content-Length only.",
        section: "the-response-head",
      },
      "counts-the-body-in-bytes": {
        points: 2,
        hint: "Content-Length counts bytes: readExactly(length) on the Buffer, never a decoded string, and keep every byte after the body in the buffer: it is the start of the next response. Print the body with process.stdout.write(buffer), not as text.",
        section: "where-the-body-ends",
      },
      "decodes-a-chunked-body": {
        points: 2,
        hint: "A size line is hex (parseInt(text, 16), upper case too) and may carry \";ext=1\": take what comes before \";\". Read the CRLF after each chunk's data, and after the 0 chunk read trailer lines up to the blank line.",
        section: "chunked-bodies",
      },
      "prefers-chunked-over-content-length": {
        points: 1,
        hint: "In bodyLength, look at Transfer-Encoding before Content-Length: when the body is chunked, a Content-Length beside it is ignored (RFC 9112, 6.3).",
        section: "where-the-body-ends",
      },
      "reads-a-body-until-the-close": {
        points: 1,
        hint: "No Content-Length and no chunked: the body is everything until the server closes (readToEnd). Such a connection cannot carry another request: open a new one.",
        section: "where-the-body-ends",
      },
      "knows-when-there-is-no-body": {
        points: 1,
        hint: "204 and 304 (and every 1xx) never have a body, whatever Content-Length says: bodyLength returns { kind: \"none\" } for them first.",
        section: "where-the-body-ends",
      },
      "sends-head-and-reads-no-body": {
        points: 1,
        hint: "With --head, send the method HEAD; its answer carries the headers a GET would get, Content-Length included, but no body: read none.",
        section: "where-the-body-ends",
      },
      "reuses-a-kept-alive-connection": {
        points: 2,
        hint: "Keep the connection in this.idle under url.host once a response is complete, and take it from there for the next request to the same host: HTTP/1.1 keeps connections alive unless told otherwise.",
        section: "keeping-the-connection-alive",
      },
      "opens-a-new-connection-after-close": {
        points: 1,
        hint: "A response with Connection: close (or HTTP/1.0 without keep-alive) is the last on its connection: destroy the socket, and do not put it in this.idle.",
        section: "keeping-the-connection-alive",
      },
      "retries-a-connection-closed-while-idle": {
        points: 1,
        hint: "A kept-alive connection may be closed (an \"end\") or reset (ECONNRESET) by the server just as you reuse it. If not one byte of the response came, send the request again on a new connection, once; a new connection that closes without answering is an error.",
        section: "keeping-the-connection-alive",
      },
      "follows-redirects": {
        points: 2,
        hint: "For 301, 302, 303, 307 and 308 with a Location, ask again for new URL(location, url): a relative Location is resolved against the URL you asked, like a link in a page.",
        section: "redirects",
      },
      "stops-a-redirect-loop": {
        points: 1,
        hint: "Count the redirects you follow. When the count reaches --max-redirects and another redirect comes, stop with an error that says so: a loop never ends by itself.",
        section: "redirects",
      },
      "explains-an-answer-that-is-not-http": {
        points: 1,
        hint: "readHead checks the status line: it starts with HTTP/ and has a three-digit status. Anything else (Hello. Client.) is not HTTP: throw a sentence that says so and quotes the line. A header line needs a name before its \":\". bodyLength refuses a Content-Length that is not digits only (/^\\d+$/: not \"12 bytes\", not \"-1\"), quoting it. readChunkedBody refuses a size that is not hex digits only (0x5), quoting it.",
        section: "when-things-go-wrong",
      },
      "reports-a-server-that-closes-without-answering": {
        points: 1,
        hint: "A new connection that ends before the first byte of a response is an error: say that the server (host and port) closed without answering, and exit with code 1. Only a reused kept-alive connection earns a second try.",
        section: "when-things-go-wrong",
      },
      "explains-a-refused-connection": {
        points: 1,
        hint: "Handle the socket's \"error\" event: ECONNREFUSED means nothing listens there. Reject with a sentence naming the host and port; main() prints it and sets process.exitCode = 1.",
        section: "when-things-go-wrong",
      },
      "gives-up-on-a-silent-server": {
        points: 1,
        hint: "socket.setTimeout(timeoutMs) with --timeout-ms: on \"timeout\", fail the read with a sentence naming the server's host and port, and destroy the socket, or the silent server keeps your program alive. 1 ms is a legal --timeout-ms.",
        section: "when-things-go-wrong",
      },
      "reports-a-reset-mid-body": {
        points: 1,
        hint: "ECONNRESET, or an \"end\" before Content-Length bytes came, means the body is incomplete: reject with a sentence naming the server, never print the part that came as if it were all of it.",
        section: "when-things-go-wrong",
      },
      "get-returns-the-response-and-closes": {
        points: 1,
        hint: "get(url, options) is the one-shot form: make an HttpClient, await its get, and close it in a finally, so the connection ends even when the request fails. The response's headers are keyed in lower case and its body is a Buffer.",
        section: "the-api-in-typescript",
      },
      "refuses-bad-options": {
        points: 1,
        hint: "readOptions refuses a --timeout-ms below 1 or above 2147483647 (Node's timers fire at once past it) and a --max-redirects that is not a whole number from 0, naming the option, and asks for a URL when there is none; get() refuses a URL that is not http://, naming its scheme, and quotes a text that is not a URL at all (127.0.0.1:8080/ without http://).",
        section: "run-it-by-hand",
      },
    },
    hints: [
      "Start with the request: formatRequest is one template string. Then read the answer with the ByteReader, a line at a time.",
      "readLine looks for \"\\n\" in the bytes it holds, and waits for more until one comes: a line may arrive one byte at a time.",
      "readHead: the status line first, then Name: value lines until an empty one. Store names in lower case for lookups.",
      "bodyLength decides how the body ends: none (HEAD, 204, 304), chunked, Content-Length bytes, or the close, in that order.",
      "A chunked body is size lines in hex, data, CRLF, until a chunk of size 0, then trailers up to a blank line.",
      "Keep the connection after a complete response, unless Connection: close or the body ended with the close; reuse it for the same host.",
      "Follow redirects with new URL(location, url) and count them; stop past --max-redirects.",
    ],
  },
  // ── 08 08-http-client: END ──
  // ── 09 09-http-server: BEGIN (exercise 09 owns this block) ──
  {
    number: "09",
    slug: "09-http-server",
    title: "A web server over raw TCP",
    files: { "server.ts": ["startServer", "resolvePath", "readOptions", "main"] },
    refusedModules: ["node:http", "http", "node:https", "https", "node:http2", "http2", "undici", "express", "koa", "fastify"],
    refusedGlobals: ["fetch", "XMLHttpRequest"],
    checks: {
      "serves-files-byte-exact": {
        points: 2,
        hint: "Send `HTTP/1.1 200 OK\\r\\n`, then `Content-Type` from the file's extension and `Content-Length` in BYTES (body.length of the Buffer readFile gave you, never the length of a string: 한 is one character and three bytes), a blank line, and then exactly the file's bytes. Read the file as a Buffer, without an encoding, and write it as it is: a PNG decoded as text is broken. Nothing goes after the body, not even \"\\r\\n\". An extension missing from CONTENT_TYPES is application/octet-stream, and `Host:x` without a space is a header too.",
        section: "the-response-byte-by-byte",
      },
      "reads-a-request-sent-one-byte-at-a-time": {
        points: 2,
        hint: "One \"data\" event is not one request. Add each chunk to a Buffer kept for this connection, and answer only once it holds the blank line, \"\\r\\n\\r\\n\". The textbook's single recv(1024) works only because a small request usually arrives in one piece.",
        section: "a-request-ends-at-its-blank-line",
      },
      "answers-pipelined-requests-in-order": {
        points: 2,
        hint: "After answering the request before the first \"\\r\\n\\r\\n\", keep the bytes that follow: they are the start (or all) of the next request. Loop while the buffer holds another blank line, and answer one request at a time, in order: await each answer before you take out the next.",
        section: "a-request-ends-at-its-blank-line",
      },
      "answers-404-and-keeps-serving": {
        points: 1,
        hint: "A missing file is a response like any other: `HTTP/1.1 404 Not Found\\r\\n`, its headers with a Content-Length for the short body you send, the blank line \"\\r\\n\", and the body. Without the blank line the client cannot tell where the headers end. Then the connection goes on: the next request is served.",
        section: "errors-are-responses-too",
      },
      "refuses-malformed-requests-with-400": {
        points: 1,
        hint: "A request line is exactly `METHOD TARGET HTTP/1.x` with single spaces, and every header line is `Name: value`; anything else is 400 Bad Request. HTTP/1.1 also requires exactly one Host header: without it, answer 400 too. Answer, then close the connection. A head that grows past MAX_HEAD_BYTES without its blank line gets 431 and a close.",
        section: "errors-are-responses-too",
      },
      "refuses-unknown-methods": {
        points: 1,
        hint: "Serve only GET and HEAD. Any other method gets an answer without a file: 405 Method Not Allowed (with `Allow: GET, HEAD`) for a method HTTP defines, such as DELETE, or 501 Not Implemented for one it does not, such as BREW. A request with a body (a Content-Length other than 0, or Transfer-Encoding) is answered and the connection closed: this server does not read bodies, so the body must not be taken for the next request.",
        section: "errors-are-responses-too",
      },
      "never-serves-outside-the-root": {
        points: 3,
        hint: "Never join the target to root as it is (the textbook's open(filename[1:])). Decode it once, refuse a NUL, resolve it against root and refuse anything whose relative path from root starts with \"..\"; then realpath() the file and refuse it when its real path is outside root's real path (a symbolic link pointing out). Answer a refusal with 404, and go on serving.",
        section: "the-path-rule",
      },
      "decodes-the-path-and-ignores-the-query": {
        points: 1,
        hint: "The target is percent-encoded: decodeURIComponent turns %20 into a space and %ED%95%9C into 한. Cut the query (from \"?\") before decoding, and serve index.html for a path that ends with \"/\".",
        section: "the-path-rule",
      },
      "head-sends-the-headers-only": {
        points: 1,
        hint: "HEAD gets exactly the status line and headers a GET would get, Content-Length included (the length of the body it would have), and no body at all: a body after a HEAD answer is read as the start of the next response.",
        section: "head-and-the-connection",
      },
      "closes-after-an-http-1-0-response": {
        points: 1,
        hint: "An HTTP/1.0 request without `Connection: keep-alive` means one request per connection: after the response, close your side (socket.end()). The client waits for that close.",
        section: "head-and-the-connection",
      },
      "keeps-an-http-1-1-connection-alive": {
        points: 2,
        hint: "HTTP/1.1 keeps the connection open after each response, for the next request. Close it only after a response to a request that says `Connection: close` (and then say `Connection: close` in your response too, and never on a connection you keep). When the client closes its side (\"end\"), end yours once every answer is out.",
        section: "head-and-the-connection",
      },
      "closes-an-idle-connection": {
        points: 1,
        hint: "Call socket.setTimeout(idleMs) with the --idle-ms value and destroy the socket on \"timeout\": a keep-alive connection that sends nothing more must not stay open for ever. Node restarts that timer whenever data comes or goes.",
        section: "head-and-the-connection",
      },
      "serves-many-connections-at-once": {
        points: 2,
        hint: "Never make one connection wait for another: createServer calls your handler for every connection as it comes, and each handles its own \"data\". A browser opens several connections and may leave one idle before its request.",
        section: "many-connections",
      },
      "serves-a-page-to-a-browser": {
        points: 2,
        hint: "A browser asks for the page, then its stylesheet and image, on several connections. It applies a stylesheet only when it comes as `text/css`, and shows an image only when its bytes are intact (image/png, read as a Buffer).",
        section: "a-real-browser",
      },
      "refuses-bad-options": {
        points: 1,
        hint: "readOptions checks every value before it is used: --port a whole number from 0 to 65535, --idle-ms from 1 to 2147483647; startServer refuses a --root that is not a folder, and a port in use. Each gets one sentence that names the option and the value; main() prints it and sets process.exitCode = 1.",
        section: "run-it-by-hand",
      },
    },
    hints: [
      "Start from exercise 06's server: one handler per connection, a buffer per connection. The difference: a request ends at a blank line (\"\\r\\n\\r\\n\"), not at \"\\n\", and one connection carries several requests.",
      "Keep bytes (Buffer), not text: Buffer.concat each chunk, find \"\\r\\n\\r\\n\" with indexOf, read the head as latin1, and never decode a file you send.",
      "Content-Length counts bytes: body.length of the Buffer readFile gave you.",
      "resolvePath: cut the query, decode once, refuse NUL, resolve against root, refuse what leaves it, then realpath and refuse what leaves it.",
      "Answer the requests of one connection in order, one at a time; close after HTTP/1.0, after `Connection: close`, after an error that makes the bytes untrustworthy, and after --idle-ms of silence.",
    ],
  },
  // ── 09 09-http-server: END ──
  // ── 10 10-chat: BEGIN (exercise 10 owns this block) ──
  {
    number: "10",
    slug: "10-chat",
    title: "A chat room: names, presence, relaying, slow members",
    files: { "chat-server.ts": ["startChat", "whyNotAName", "readOptions", "DEFAULT_MAX_QUEUE_BYTES"] },
    checks: {
      "asks-for-a-name-first": {
        points: 1,
        hint: "As soon as a client connects, send one line that asks for its name. Its first line is the name (remove one \"\\r\" at the end). A legal name gets, as the very next line, the presence line: it starts with \"*\" and names everyone already in the room, never the newcomer.",
        section: "the-protocol",
      },
      "refuses-illegal-names": {
        points: 2,
        hint: "Test the name with /^[\\p{L}\\p{N}]{1,16}$/u: 1 to 16 letters or digits of any alphabet, nothing else (no space, no sign, not empty). Refused: one line that says why, then socket.end(), and nobody in the room hears of it.",
        section: "names",
      },
      "refuses-a-taken-name": {
        points: 1,
        hint: "A name is taken while a member has it: compare exactly (\"Ann\" is not \"ann\"), and take the names from the members array itself, so a name is free again the moment its owner leaves.",
        section: "names",
      },
      "lists-who-is-present": {
        points: 2,
        hint: "Build the presence line from the members array before you add the newcomer to it: then the newcomer is not in it, and one who left is not either, since leaving removed them.",
        section: "the-protocol",
      },
      "announces-members-only-to-members": {
        points: 2,
        hint: "Only a member (a client whose name was accepted) is announced, and only members hear announcements. A client that closes before it has a name was never in the room: on \"close\", announce the leave only if it had joined.",
        section: "who-hears-what",
      },
      "relays-to-everyone-but-the-sender": {
        points: 2,
        hint: "Loop over the members array, not over every connection: a client still choosing its name is not in it. Skip the sender. Write exactly `[${name}] ${line}\\n`, with the line's \"\\r\" removed, an empty line too.",
        section: "who-hears-what",
      },
      "drops-the-half-line-of-a-member-that-leaves": {
        points: 2,
        hint: "What follows the last \"\\n\" is not a line yet. When the member resets or sends FIN before finishing it, drop it: relay nothing on \"end\" or \"close\", only announce that it left.",
        section: "a-member-that-leaves-mid-line",
      },
      "relays-lines-however-they-are-cut": {
        points: 2,
        hint: "One \"data\" chunk is not one line: add each chunk to the client's own `pending`, and take out every complete line with a while loop. The name and the first message can come in one chunk: after the name, go on with the same loop.",
        section: "lines-however-they-are-cut",
      },
      "keeps-non-ascii-names-and-text-whole": {
        points: 1,
        hint: "socket.setEncoding(\"utf8\") before the first \"data\": Node keeps the first byte of a character cut between chunks until the rest arrives. And test names with \\p{L}\\p{N} and the u flag: 민수 is two letters.",
        section: "names",
      },
      "serves-the-others-while-one-stops-reading": {
        points: 3,
        hint: "Never wait for one member's \"drain\" and never pause the sender: the other members must go on. After each write look at socket.writableLength; above --max-queue-bytes, destroy that member, remove it and announce it left, after the loop over the members.",
        section: "a-member-that-does-not-read",
      },
      "keeps-a-member-that-falls-behind-within-the-limit": {
        points: 1,
        hint: "A member that reads slowly for a while is not gone: keep writing to it (Node keeps the lines in memory) and drop it only once socket.writableLength is above --max-queue-bytes, by default DEFAULT_MAX_QUEUE_BYTES (1 MiB). When it reads again, every line must reach it, in order.",
        section: "a-member-that-does-not-read",
      },
      "survives-a-member-that-vanishes": {
        points: 2,
        hint: "Give every connection an \"error\" handler that logs one line: a write to a member that just reset fails with EPIPE or ECONNRESET, and without a handler Node stops the server. Announce the leave once, on \"close\".",
        section: "a-member-that-vanishes",
      },
      "explains-a-port-in-use": {
        points: 1,
        hint: "Handle the server's \"error\" event before listen(). For EADDRINUSE, reject with a sentence that names the port; main() prints it and sets process.exitCode = 1.",
        section: "run-it-by-hand",
      },
      "uses-the-note-port-by-default": {
        points: 1,
        hint: "Without --port, readOptions gives the note's port: parseArgs with port: { type: \"string\", default: \"9999\" }. The grader keeps 9999 busy, so your server should then say that port 9999 is in use and end.",
        section: "run-it-by-hand",
      },
      "refuses-bad-options": {
        points: 1,
        hint: "readOptions checks every value: --port a whole number from 0 to 65535, --max-queue-bytes a whole number of bytes from 1 up to Number.MAX_SAFE_INTEGER (written in digits only). Throw an Error that names the option and quotes the bad value; main() prints it and exits with code 1.",
        section: "run-it-by-hand",
      },
      "listens-on-the-host-it-is-given": {
        points: 1,
        hint: "Pass both options to server.listen({ host, port }). Without host, Node listens on every interface (::), and \"listening on\" shows it.",
        section: "run-it-by-hand",
      },
    },
    hints: [
      "Start from exercise 06's server: one handler per connection, a `pending` string each, a while loop over indexOf(\"\\n\"). New here: one array of members that every connection shares.",
      "A connection is not a member until its name is accepted: prompt, read the first line, check it with whyNotAName, then send the presence line and announce it, and only then push it into the array.",
      "Relay by walking the members array and skipping the sender; announce joins and leaves the same way.",
      "On \"close\", remove the member (if it was one) and announce it left; its half line is simply forgotten.",
      "After each write, socket.writableLength tells how much waits for a member that does not read: above --max-queue-bytes, drop it, after the loop.",
      "Every socket needs an \"error\" handler, and the server too.",
    ],
  },
  // ── 10 10-chat: END ──
  // ── 11 11-smtp: BEGIN (exercise 11 owns this block) ──
  {
    number: "11",
    slug: "11-smtp",
    title: "SMTP: sending and receiving mail",
    files: {
      "smtp-client.ts": ["dotStuff", "sendMail", "readOptions", "DEFAULT_TIMEOUT_MS"],
      "smtp-server.ts": ["startSmtp", "readOptions"],
    },
    checks: {
      "client-delivers-a-message": {
        points: 3,
        hint: "Wait for the 220 greeting, then send `EHLO ${helo}`, `MAIL FROM:<${from}>`, one `RCPT TO:<${address}>` per --to, `DATA`, the message from dotStuff and `QUIT`, each command with \\r\\n and each only after the reply to the one before. After the reply to QUIT, end the socket yourself: the server waits for you to close first.",
        section: "the-conversation",
      },
      "client-reads-replies-cut-anywhere": {
        points: 3,
        hint: "One \"data\" event is not one reply: collect the bytes, cut them into lines at \"\\r\\n\", and a reply ends only at a line whose fourth character is a space (\"250 8BITMIME\"), not a dash (\"250-PIPELINING\"). Checking reply[:3] of the first read is the classic bug.",
        section: "replies",
      },
      "client-falls-back-to-helo": {
        points: 1,
        hint: "An old server does not know EHLO and answers it with a 5xx (500 or 502). Then send `HELO ${helo}` with the same name, and go on when it answers 250. Look at the first digit of the code, not at one particular code.",
        section: "the-conversation",
      },
      "client-reports-a-refused-helo": {
        points: 1,
        hint: "After the fallback, the reply to HELO decides as EHLO's would have: only a 2xx goes on. A 4xx or 5xx to HELO ends the session: QUIT, and an Error that names host:port and quotes the reply.",
        section: "when-the-server-says-no",
      },
      "client-dot-stuffs-the-message": {
        points: 3,
        hint: "Work on the bytes line by line: a line ends at \"\\n\" (drop one \"\\r\" before it) and goes out with \"\\r\\n\"; a line that starts with \".\" gets one more \".\"; a last line without a line end gets one; then \".\\r\\n\". Never end with \"\\n.\\n\", and an empty message is just \".\\r\\n\".",
        section: "dot-stuffing",
      },
      "client-keeps-korean-text-whole": {
        points: 1,
        hint: "Keep the message a Buffer from stdin to the socket, and write command lines as UTF-8 (socket.write(text) does that; \"latin1\" does not). Decode a reply only once its whole line has come: a Korean character's three bytes may come in two reads.",
        section: "the-message-and-the-final-dot",
      },
      "client-goes-on-after-a-refused-recipient": {
        points: 2,
        hint: "A 4xx or 5xx to one RCPT TO refuses that recipient only: push it, with the reply, onto `rejected` and send RCPT TO for the next one. Send DATA when at least one was accepted, print one stderr line per refused one (address and reply), and exit with code 0.",
        section: "the-envelope",
      },
      "client-stops-when-no-recipient-is-accepted": {
        points: 1,
        hint: "When no RCPT TO got a 2xx, there is nobody to send the message to: send no DATA, say QUIT, and reject with an Error that names host:port and quotes every refusal; main() prints it and exits with code 1.",
        section: "when-the-server-says-no",
      },
      "client-reports-a-refused-sender": {
        points: 1,
        hint: "Look at the reply to MAIL FROM: only 2xx goes on. For a 4xx or 5xx, stop, but still send QUIT in a finally, and throw an Error that names host:port and quotes the reply as it came.",
        section: "when-the-server-says-no",
      },
      "client-reports-a-refused-data": {
        points: 1,
        hint: "DATA must be answered with 354 (a 3xx) before you send the message. A 4xx or 5xx means: send no message, say QUIT, and fail with the reply quoted.",
        section: "when-the-server-says-no",
      },
      "client-reports-a-refused-message": {
        points: 1,
        hint: "The reply after the final dot is the one that says whether the mail was taken: read it, and treat a 4xx or 5xx as a failure (quote it, exit with code 1), after QUIT.",
        section: "when-the-server-says-no",
      },
      "client-stops-at-a-554-greeting": {
        points: 1,
        hint: "The greeting is a reply too: a 554 means the server will not take mail. Do not send EHLO; send QUIT, read its reply, and fail with a message that quotes the greeting.",
        section: "when-the-server-says-no",
      },
      "client-gives-up-on-a-silent-server": {
        points: 2,
        hint: "Start a timer of --timeout-ms whenever you wait for a reply (the greeting, and after every command, the final dot too) and clear it when the reply comes. When it fires, destroy the socket and fail with host:port.",
        section: "a-silent-or-vanishing-peer",
      },
      "client-reports-a-server-that-closes-early": {
        points: 1,
        hint: "Listen for \"end\" (and \"close\"): when the server closes while you wait for a reply, stop waiting at once and fail with a message that names host:port and the step.",
        section: "a-silent-or-vanishing-peer",
      },
      "client-explains-a-refused-connection": {
        points: 1,
        hint: "Handle the socket's \"error\" event. ECONNREFUSED means nothing listens on that port: fail with a sentence that names host:port, no stack trace.",
        section: "run-it-by-hand",
      },
      "client-connects-to-the-host-it-is-given": {
        points: 1,
        hint: "Pass both options to connect({ host, port }): the host given with --host, not a fixed 127.0.0.1.",
        section: "run-it-by-hand",
      },
      "client-uses-port-2525-by-default": {
        points: 1,
        hint: "Without --port, readOptions gives 2525: parseArgs with port: { type: \"string\", default: \"2525\" }. Port 25 is SMTP's own, but only a privileged program may listen there.",
        section: "run-it-by-hand",
      },
      "client-refuses-bad-options": {
        points: 1,
        hint: "readOptions checks every value: --from and at least one --to given, --port a whole number from 1 to 65535, --timeout-ms a whole number from 1 to 2147483647. Throw an Error that names the option and quotes the value; main() prints it and exits with code 1.",
        section: "run-it-by-hand",
      },
      "server-greets-and-answers-ehlo-and-helo": {
        points: 1,
        hint: "Send \"220 <hostname> ready\\r\\n\" as soon as a client connects, with the --hostname you were given. EHLO gets several lines: \"250-<hostname> …\", \"250-PIPELINING\", and last \"250 8BITMIME\" (a space after the code marks the last line). HELO gets one line.",
        section: "replies",
      },
      "server-accepts-a-whole-message": {
        points: 2,
        hint: "Keep the sender and the recipients of the conversation in variables of its own, then after 354 collect the message's lines as Buffers up to \".\\r\\n\". Hand on exactly the bytes before that final dot: the last line's \"\\r\\n\" belongs to the message, the \".\\r\\n\" does not. The 512-byte limit is for command lines only: a line of the message may have 1000 bytes.",
        section: "the-message-and-the-final-dot",
      },
      "server-answers-pipelined-commands-in-order": {
        points: 2,
        hint: "One \"data\" event is not one command: a client that read PIPELINING sends MAIL, RCPT, RCPT and DATA in one write. Add each chunk to the connection's pending bytes and answer every complete line in a while loop; after DATA's 354 the rest of the same chunk is already the message.",
        section: "pipelining",
      },
      "server-refuses-commands-out-of-order": {
        points: 2,
        hint: "Check the order before you act: MAIL needs EHLO or HELO first and no sender yet, RCPT needs a sender, DATA needs at least one recipient. Out of order is 503, and changes nothing: the first sender stays.",
        section: "when-the-server-says-no",
      },
      "server-refuses-addresses-without-brackets": {
        points: 1,
        hint: "Take the address with a regular expression such as /^MAIL FROM:\\s*<([^>]*)>/i: no match is 501. Do not anchor it at the end: \"MAIL FROM:<a@b> BODY=8BITMIME\" carries a parameter you may ignore.",
        section: "the-envelope",
      },
      "server-ends-the-message-only-at-crlf-dot-crlf": {
        points: 3,
        hint: "Cut the message into lines at \"\\r\\n\" only; a lone \"\\n\" is an ordinary byte inside a line. The message ends at the line \".\\r\\n\" and nowhere else: ending it at \"\\n.\\n\" or \"\\n.\\r\\n\" lets a client hide a forged second message inside the first.",
        section: "smtp-smuggling",
      },
      "server-removes-the-stuffed-dots": {
        points: 2,
        hint: "A line of the message that starts with \".\" came with one extra \".\" in front (the client stuffed it so that it cannot look like the end): remove exactly one, only at the start of a line. \"..\\r\\n\" becomes \".\\r\\n\"; only \".\\r\\n\" alone ends the message, and DATA followed at once by \".\\r\\n\" is an empty message.",
        section: "dot-stuffing",
      },
      "server-starts-each-message-with-an-empty-envelope": {
        points: 2,
        hint: "After the 250 for a message, and on RSET, EHLO and HELO, set the sender back to undefined and the recipients to a new empty array. \"MAIL FROM:<>\" is the null sender: the address is \"\", and it is allowed.",
        section: "the-envelope",
      },
      "server-answers-noop-unknown-commands-and-any-case": {
        points: 1,
        hint: "Compare the verb in upper case (line.split(\" \")[0].toUpperCase()) and give your regular expressions the i flag. NOOP gets 250; a verb you do not know gets 500 in the default case of your switch: a command with no reply leaves the client waiting for ever.",
        section: "replies",
      },
      "server-reads-commands-and-data-however-they-are-cut": {
        points: 2,
        hint: "Keep what arrived as a Buffer (Buffer.concat) and decode a line only once it is whole: a chunk can end inside \"\\r\\n\" or inside a Korean character (민 is 3 bytes), and decoding each chunk on its own turns the cut character into �.",
        section: "pipelining",
      },
      "server-closes-after-quit": {
        points: 1,
        hint: "Answer QUIT with socket.end(\"221 …\\r\\n\"): it sends the reply and then closes. Stop reading commands after it.",
        section: "the-conversation",
      },
      "server-refuses-an-overlong-command-line": {
        points: 2,
        hint: "While no \"\\n\" came within the first 512 bytes of pending, the line is too long: answer 500 once, at once, and throw away the bytes up to the next \"\\n\" instead of keeping them. 512 bytes with the \"\\r\\n\" is still a good line.",
        section: "when-the-server-says-no",
      },
      "server-drops-only-the-message-of-a-client-that-resets": {
        points: 2,
        hint: "Give every connection an \"error\" handler that logs one line: without it a reset (ECONNRESET) stops the whole server. A message is handed on only at its final \".\\r\\n\": on \"end\", \"close\" or \"error\" in the middle of DATA, forget the half message.",
        section: "a-silent-or-vanishing-peer",
      },
      "server-serves-two-clients-at-once": {
        points: 2,
        hint: "Declare the conversation's variables (sender, recipients, pending bytes) inside the connection handler, not at the top of the file: each client has an envelope of its own, and one client in the middle of its envelope must not block or disturb another.",
        section: "the-envelope",
      },
      "server-explains-a-port-in-use": {
        points: 1,
        hint: "Handle the server's \"error\" event before listen(). For EADDRINUSE, reject with a sentence that names the port; main() prints it and sets process.exitCode = 1.",
        section: "run-it-by-hand",
      },
      "server-uses-port-2525-by-default": {
        points: 1,
        hint: "Without --port, readOptions gives 2525 (SMTP's port 25 needs administrator rights): parseArgs with port: { type: \"string\", default: \"2525\" }. The grader keeps 2525 busy, so your server should then say that port 2525 is in use and end.",
        section: "run-it-by-hand",
      },
      "server-listens-on-the-host-it-is-given": {
        points: 1,
        hint: "Pass both options to server.listen({ host, port }). Without host, Node listens on every interface (::), and \"listening on\" shows it.",
        section: "run-it-by-hand",
      },
      "server-refuses-bad-options": {
        points: 1,
        hint: "readOptions checks every value: --port a whole number from 0 to 65535 (digits only: not \"-1\" or \"1.5\"), --hostname a name without spaces, not empty. Throw an Error that names the option and quotes the bad value; main() prints it and exits with code 1.",
        section: "run-it-by-hand",
      },
    },
    hints: [
      "Start with the conversation of the lesson's diagram, by hand: run the server, then `nc -C 127.0.0.1 2525` and type EHLO, MAIL FROM:<…>, RCPT TO:<…>, DATA, a line, a dot, QUIT. Your client does exactly that.",
      "Write dotStuff first: it is pure bytes in, bytes out. Walk the lines with indexOf(0x0a), give each \"\\r\\n\", double a leading dot, end with \".\\r\\n\".",
      "Then a reply reader: bytes into lines, lines into replies (the last line of a reply has a space after its code). Await it after every command, never one \"data\" event per reply.",
      "Each reply's first digit decides: 2 go on, 3 (after DATA) send the message, 4 or 5 stop that step (for one RCPT, only that recipient).",
      "Every wait has a timer of --timeout-ms, cleared when the reply comes; \"end\" and \"error\" end a wait too.",
      "A finally sends QUIT while the connection still works, then ends and destroys the socket, so your program exits as soon as it is done.",
      "Start from exercise 10's server: one handler per connection, pending bytes of its own, a while loop that takes out every complete line. New here: the bytes stay a Buffer, and the conversation has a state (greeted, sender, recipients, in DATA or not).",
      "Write one function for a command line: a switch on the verb in upper case, each case checking the order (503), the syntax (501), then answering 250 (or 354 for DATA).",
      "After 354, the same loop cuts the message at \"\\r\\n\" only: \".\\r\\n\" ends it, any other line loses one leading dot.",
      "At the end of a message, and on RSET and EHLO, empty the envelope; QUIT is socket.end(\"221 …\\r\\n\").",
      "Bound what you keep: 500 for a command line over 512 bytes, and skip it up to its \"\\n\".",
      "Every socket needs an \"error\" handler, and the server too.",
    ],
  },
  // ── 11 11-smtp: END ──
  // ── 12 12-bittorrent: BEGIN (exercise 12 owns this block) ──
  {
    number: "12",
    slug: "12-bittorrent",
    title: "BitTorrent: a peer in a swarm",
    files: {
      "bencode.ts": ["decodeAt", "decode", "encode"],
      "torrent.ts": ["parseTorrent", "pieceSize", "describeTorrent"],
      "tracker.ts": ["announceUrl", "parseAnnounce", "announce"],

      "peer.ts": ["download", "seed"],
    },
    checks: {
      // 12 metainfo: BEGIN
      "bencode-round-trips-nested-values": {
        points: 2,
        hint: "decodeAt looks at the first byte: \"i\" an integer up to \"e\", a digit a string (length, \":\", that many bytes), \"l\" values until \"e\", \"d\" key and value pairs until \"e\"; lists and dictionaries call decodeAt again at the offset reached. encode is the same, backwards: collect Buffers and Buffer.concat them.",
        section: "bencode",
      },
      "bencode-sorts-keys-by-raw-bytes": {
        points: 1,
        hint: "Sort the keys with Buffer.compare(Buffer.from(a, \"latin1\"), Buffer.from(b, \"latin1\")): by raw bytes, \"B\" (0x42) comes before \"a\" (0x61). localeCompare sorts for people, not for bencode.",
        section: "bencode",
      },
      "bencode-keeps-bytes-as-bytes": {
        points: 2,
        hint: "A byte string is bytes: decode it to Buffer.from(data.subarray(start, start + length)) and write a Buffer as it is. Never pass it through toString() or TextDecoder: bytes that are not UTF-8 come back as U+FFFD, and the piece hashes are lost.",
        section: "bencode",
      },
      "bencode-counts-lengths-in-bytes": {
        points: 1,
        hint: "The number before \":\" counts bytes. For a JS string, write Buffer.from(text, \"utf8\") and its .length (6 for \"안녕\"), not text.length (2); when decoding, count bytes of the data, never characters of a string made from it.",
        section: "bencode",
      },
      "bencode-refuses-bad-integers": {
        points: 1,
        hint: "An integer is an optional \"-\", then digits, then \"e\". Throw an Error when there are no digits, when the first digit is 0 and more follow (i03e), and for \"-0\" (i-0e): each number has exactly one spelling.",
        section: "bencode",
      },
      "bencode-refuses-cut-values": {
        points: 1,
        hint: "Check before you read: a string's start + length must not pass data.length (subarray quietly returns fewer bytes), and a list or dictionary that reaches the end of the data before its \"e\" is an Error, not the end of the value.",
        section: "bencode",
      },
      "bencode-refuses-trailing-bytes": {
        points: 1,
        hint: "decode is decodeAt(data, 0) plus one test: if its end is not data.length, throw an Error (bytes follow the value). decodeAt itself stops after one value, so torrent.ts can find where \"info\" ends.",
        section: "bencode",
      },
      "torrent-hashes-the-raw-info-bytes": {
        points: 2,
        hint: "Walk the top dictionary with decodeAt; when the key is \"info\", keep the value's start (the key's end) and end. The info hash is createHash(\"sha1\").update(data.subarray(start, end)).digest(): the bytes as written, never encode(info), which sorts the keys and may drop some.",
        section: "the-info-hash",
      },
      "torrent-sizes-the-last-piece": {
        points: 1,
        hint: "There are Math.ceil(length / pieceLength) pieces. Every piece is pieceLength bytes except the last, which is length - index * pieceLength: shorter, or exactly pieceLength when the file fits (length % pieceLength is 0 then, not the size).",
        section: "pieces-and-blocks",
      },
      "torrent-info-prints-every-piece": {
        points: 1,
        hint: "Print hashes with buffer.toString(\"hex\"): two digits a byte, leading zeros kept (0x02 is 02), 40 digits for a SHA-1. Each piece's line carries its size from pieceSize, so the last one shows what is left of the file.",
        section: "the-torrent-file",
      },
      "torrent-info-explains-a-broken-torrent": {
        points: 1,
        hint: "parseTorrent throws an Error that names what is wrong: no \"info\" dictionary, \"pieces\" not a multiple of 20 bytes, bytes that are not bencode. Check each before you use it (a missing info must not become \"Cannot read properties of undefined\"); main prints the message after error: and exits with 1.",
        section: "when-things-go-wrong",
      },
      // 12 metainfo: END

      // 12 tracker: BEGIN
      "tracker-sends-the-info-hash-as-raw-bytes": {
        points: 2,
        hint: "The info hash is 20 raw bytes: percent-encode each one (a letter, a digit or -._~ may stay; every other byte becomes % and two hex digits, padStart(2, \"0\")). Never torrent.infoHash.toString(\"hex\"), never encodeURIComponent of a string made from the bytes.",
        section: "the-tracker",
      },
      "tracker-announces-what-is-left": {
        points: 1,
        hint: "left is the bytes you still need: for a new download the torrent's length (the peers command passes it). left=0 says you are a seeder, and a tracker does not send seeders to seeders.",
        section: "the-tracker",
      },
      "tracker-asks-for-compact-peers": {
        points: 1,
        hint: "Add compact=1 to the query: it asks for the peers as 6 bytes each, the only form many trackers send.",
        section: "the-tracker",
      },
      "tracker-announces-its-port-and-peer-id": {
        points: 1,
        hint: "port is options.port (what --port gave), in decimal; peer_id is options.peerId, 20 bytes percent-encoded one by one, like the info hash.",
        section: "the-tracker",
      },
      "tracker-prints-compact-peers": {
        points: 2,
        hint: "\"peers\" is a byte string: every 6 bytes are a peer. Bytes 0–3 are the address (`${b[0]}.${b[1]}.${b[2]}.${b[3]}`), bytes 4–5 the port, read with readUInt16BE(at + 4): network byte order is big-endian.",
        section: "the-tracker",
      },
      "tracker-quotes-a-failure-reason": {
        points: 1,
        hint: "Before you look for peers, look for \"failure reason\" in the answer: when it is there, throw an Error that quotes it (reason.toString(\"utf8\")); main prints it after error: and exits with 1.",
        section: "when-things-go-wrong",
      },
      "tracker-explains-an-http-error": {
        points: 1,
        hint: "In the response callback, check response.statusCode first: anything but 200 is an Error naming the tracker's URL and the status (404, 500), before you try to read the body as bencode.",
        section: "when-things-go-wrong",
      },
      "tracker-gives-up-on-a-silent-tracker": {
        points: 1,
        hint: "A tracker may accept the connection and never answer. Start a setTimeout(…, timeoutMs) when you send the GET: when it fires, destroy the request and reject with an Error naming the tracker; clear it when the answer comes.",
        section: "when-things-go-wrong",
      },
      "tracker-explains-a-refused-connection": {
        points: 1,
        hint: "Listen for \"error\" on the request (request.on(\"error\", …)): without a listener, ECONNREFUSED crashes the program. Reject with an Error that names the tracker's URL.",
        section: "when-things-go-wrong",
      },
      "tracker-adds-to-an-announce-query": {
        points: 1,
        hint: "A private tracker's announce URL may already hold a query (…/announce?passkey=…). Then join your fields with \"&\": announce.includes(\"?\") ? \"&\" : \"?\".",
        section: "the-tracker",
      },
      // 12 tracker: END

      // 12 download: BEGIN
      "download-sends-a-correct-handshake": {
        points: 1,
        hint: "The handshake is Buffer.concat of five parts: Buffer.from([19]) (one byte, not the text \"19\"), Buffer.from(\"BitTorrent protocol\"), Buffer.alloc(8), the torrent's 20-byte infoHash, your 20-byte peer id: 68 bytes in all.",
        section: "the-handshake",
      },
      "download-skips-a-seeder-of-another-torrent": {
        points: 1,
        hint: "Read the seeder's 68 bytes before anything else: byte 0 must be 19, bytes 1–19 \"BitTorrent protocol\", and bytes 28–47 your torrent's info hash (compare with .equals). Otherwise close the socket and go on with the next --peer.",
        section: "the-handshake",
      },
      "download-reads-messages-split-into-bytes": {
        points: 2,
        hint: "A \"data\" event may hold one byte of a message. Keep every chunk in one buffer (Buffer.concat), and take a message off its front only once its 4-byte length and that many bytes are there; keep the rest for the next chunk.",
        section: "messages",
      },
      "download-reads-coalesced-messages-and-keep-alives": {
        points: 2,
        hint: "One \"data\" event may hold several messages: take whole messages off the buffer in a loop (while), not one per event. A length of 0 is a keep-alive: 4 bytes, no id; skip those 4 bytes and go on.",
        section: "messages",
      },
      "download-waits-for-unchoke": {
        points: 1,
        hint: "Keep a flag choked = true for each connection. Send interested after the seeder's handshake, set choked = false on unchoke (id 1), true again on choke (id 0), and send requests only while it is false.",
        section: "choking-and-interest",
      },
      "download-requests-blocks-of-16-kib": {
        points: 2,
        hint: "A block is at most 16384 bytes: request (index, begin, Math.min(16384, size - begin)) with begin = 0, 16384, 32768, … and size = pieceSize(torrent, index), which is shorter for the last piece.",
        section: "requesting-blocks",
      },
      "download-checks-every-piece": {
        points: 2,
        hint: "When every block of a piece is there, compare createHash(\"sha1\").update(piece).digest() with torrent.pieces[index] (.equals). If they differ, throw the whole piece away, close that peer, and fetch the piece from the next one.",
        section: "checking-pieces",
      },
      "download-leaves-no-file-on-failure": {
        points: 1,
        hint: "Keep the checked pieces in memory and write OUT only at the end: to OUT.part, then rename it to OUT. When the peers run out with pieces missing, throw an Error saying how many are missing, and write nothing.",
        section: "when-things-go-wrong",
      },
      "download-reads-the-bitfield-high-bit-first": {
        points: 1,
        hint: "In a bitfield, piece 0 is the high bit of byte 0: the peer has piece i when (bits[i >> 3] & (0x80 >> (i % 8))) !== 0. Ask a peer only for pieces it has; the rest come from the next peer.",
        section: "messages",
      },
      "download-finds-seeders-through-the-tracker": {
        points: 1,
        hint: "With no --peer, announce first: announce(torrent, { peerId, port: options.port, uploaded: 0, downloaded: 0, left: torrent.length, event: \"started\" }) and try the peers it names, in order. One of them may be yourself, or refuse the connection: go on to the next.",
        section: "the-tracker",
      },
      "download-gives-up-on-a-silent-seeder": {
        points: 1,
        hint: "A peer may answer the handshake and then say nothing for ever. Restart a setTimeout(…, timeoutMs) on every chunk that comes; when it fires, close that connection and try the next peer, keeping the pieces you already checked.",
        section: "when-things-go-wrong",
      },
      // 12 download: END

      // 12 seed: BEGIN
      "seed-answers-with-its-handshake-and-bitfield": {
        points: 2,
        hint: "Read the leecher's 68 bytes first; when its info hash is yours, write your own handshake (the same info hash, your peer id) and then a bitfield of every piece: Math.ceil(count / 8) bytes, piece i at bits[i >> 3] |= 0x80 >> (i % 8), so the spare bits after the last piece stay 0 (33 pieces: ff ff ff ff 80).",
        section: "messages",
      },
      "seed-unchokes-an-interested-leecher": {
        points: 1,
        hint: "Keep a choking flag per connection, true at first. When \"interested\" comes, set it false and write an unchoke (length 1, id 1); answer requests only once the leecher is unchoked, and never send a piece before the unchoke.",
        section: "choking-and-interest",
      },
      "seed-serves-every-block": {
        points: 2,
        hint: "A request's block is the file's bytes from index × pieceLength + begin, exactly length of them: data.subarray(at, at + length). Answer with a piece message: index, begin (4 bytes each, big-endian), then the block, and nothing added: the last block of the file is 576 bytes.",
        section: "seeding",
      },
      "seed-closes-a-leecher-of-another-torrent": {
        points: 1,
        hint: "Compare bytes 28–47 of the leecher's handshake with your torrent's info hash (infoHash.equals(...)); when they differ, socket.destroy() that connection without sending a bitfield, and keep the server listening.",
        section: "the-handshake",
      },
      "seed-takes-an-encrypted-try-and-repeated-bitfields": {
        points: 1,
        hint: "A first byte other than 19 or another protocol string is not a BitTorrent handshake (aria2 tries encryption first): destroy that one connection, inside a try/catch, so nothing is thrown out of the \"data\" handler. After the handshake a bitfield, have, not interested, cancel or keep-alive needs no answer: ignore it, however often it comes.",
        section: "seeding",
      },
      "seed-closes-a-leecher-that-asks-too-much": {
        points: 2,
        hint: "Before you read the file, check the request: index below the number of pieces, length from 1 to 16384, begin + length at most pieceSize(torrent, index); and refuse a message length over 16384 + 13 as soon as you read it. When something does not fit, socket.destroy() that connection. Wrap each connection's message handling in try/catch: an error thrown in a \"data\" handler ends the whole process.",
        section: "when-things-go-wrong",
      },
      "seed-announces-left-zero": {
        points: 1,
        hint: "Once the server listens, announce with left: 0 (a seeder misses nothing), event: \"started\" and the port you really listen on (server.address().port).",
        section: "seeding",
      },
      "seed-serves-without-a-tracker": {
        points: 1,
        hint: "Do not await the announce before serving, and catch its failure: announce(...).catch((error) => console.warn(`warning: ${error.message}`)). A tracker that cannot be reached is a warning; leechers given your address by hand still connect.",
        section: "seeding",
      },
      "seed-refuses-a-wrong-file": {
        points: 1,
        hint: "Before you listen, read join(dir, torrent.name) (a missing file is an error naming it), compare its length with the torrent's, and check every piece's SHA-1 against torrent.pieces[index]: throw an Error naming the file and the piece that differs.",
        section: "when-things-go-wrong",
      },
      // 12 seed: END
    },
    hints: [
      // 12 metainfo hints: BEGIN
      "A bencode byte string is bytes: keep it as a Buffer, and count every length in bytes, never in characters.",
      "decodeAt reads one value and says where it ends; decode also refuses what follows. Refuse i03e, i-0e and anything cut off with an Error.",
      "encode sorts dictionary keys by their raw bytes (Buffer.compare), not with localeCompare.",
      "The info hash is the SHA-1 of the info dictionary's bytes exactly as they stand in the file: never re-encode it.",
      // 12 metainfo hints: END

      // 12 tracker hints: BEGIN
      "The announce is one HTTP GET of the torrent's announce URL with info_hash, peer_id, port, uploaded, downloaded, left and compact=1 in its query.",
      "info_hash and peer_id are bytes: percent-encode them one byte at a time, never as hex and never through a UTF-8 string.",
      "The answer is bencode: \"failure reason\" means a refusal (quote it); otherwise \"peers\" holds 6 bytes a peer, the port big-endian.",
      "Every wait needs a deadline: a tracker can be silent, refuse the connection or answer 404; each is one clear error that names the tracker's URL.",
      // 12 tracker hints: END

      // 12 download hints: BEGIN
      "After the 68-byte handshake, every message is a 4-byte big-endian length and that many bytes: buffer what comes, take whole messages off the front in a loop, and skip a length of 0 (keep-alive).",
      "Send interested, wait for unchoke, then request blocks of at most 16384 bytes: the last piece is shorter (pieceSize).",
      "Check each whole piece's SHA-1 against the torrent before you keep it; write OUT only when every piece is checked (OUT.part, then rename).",
      // 12 download hints: END

      // 12 seed hints: BEGIN
      "seed: check the file against every piece hash before you listen, then print seeding NAME on HOST:PORT with the real port, and announce with left=0 (a failure is only a warning).",
      "Each connection has its own MessageReader and choking flag: handshake (same info hash, else close), your handshake and a full bitfield, unchoke on interested, a piece for each good request.",
      "Whatever one leecher does wrong (random bytes, another info hash, a request past the end or over 16 KiB) closes its connection only: catch errors per connection and keep serving the others.",
      // 12 seed hints: END
    ],
  },
  // ── 12 12-bittorrent: END ──
  // ── 13 13-rendezvous: BEGIN (exercise 13 owns this block) ──
  {
    number: "13",
    slug: "13-rendezvous",
    title: "Rendezvous: STUN, introductions and hole punching",
    files: {
      "stun.ts": ["bindingRequest", "parseBindingResponse", "retransmit", "discover", "readOptions"],
      "rendezvous-server.ts": ["startRendezvous", "readOptions"],
      "peer.ts": ["request", "runPeer", "readOptions"],
    },
    checks: {
      "stun-sends-a-binding-request": {
        points: 2,
        hint: "bindingRequest: Buffer.alloc(20), then writeUInt16BE(0x0001, 0) (Binding request), the length 0 at byte 2, writeUInt32BE(0x2112a442, 4) (the magic cookie, big-endian) and the 12-byte transaction id copied to byte 8. Nothing else: a bare request has no attributes.",
        section: "the-binding-request",
      },
      "stun-uses-a-fresh-transaction-id": {
        points: 1,
        hint: "Make the transaction id with crypto.randomBytes(12) in discover, once per request: never a constant, never the same on every run. It is how you tell the answer to this request from any other datagram.",
        section: "the-binding-request",
      },
      "stun-reports-the-xor-mapped-address": {
        points: 3,
        hint: "XOR-MAPPED-ADDRESS (type 0x0020): byte 1 of the value is the family (1: IPv4), bytes 2–3 the port XOR 0x2112, bytes 4–7 the address XOR 0x2112A442. Undo both XORs (use >>> 0 to keep the address positive) and print what the server says, not your socket's own address.",
        section: "xor-mapped-address",
      },
      "stun-accepts-a-mapped-address-alone": {
        points: 1,
        hint: "Old servers (RFC 3489, stund) send MAPPED-ADDRESS (type 0x0001) without XOR: the same layout, the port and address as they are. When no XOR-MAPPED-ADDRESS came, take that one.",
        section: "xor-mapped-address",
      },
      "stun-prefers-the-xor-mapped-address": {
        points: 1,
        hint: "Walk every attribute before you decide: remember the XOR one and the plain one as you meet them, and return the XOR one if there was one, whatever came first.",
        section: "xor-mapped-address",
      },
      "stun-skips-unknown-attributes": {
        points: 2,
        hint: "An attribute's length does not count its padding: the next one starts at at + 4 + Math.ceil(length / 4) * 4. Skip every type you do not know, and never take the first attribute for the address without looking at its type.",
        section: "xor-mapped-address",
      },
      "stun-ignores-a-wrong-transaction-id": {
        points: 2,
        hint: "In parseBindingResponse, compare bytes 8–19 of the answer with the id you sent (message.subarray(8, 20).equals(id)) and return undefined when they differ; discover then keeps waiting.",
        section: "the-binding-request",
      },
      "stun-ignores-garbage-and-strangers": {
        points: 2,
        hint: "Anyone can send you a datagram. In the \"message\" listener, ignore it unless rinfo.address and rinfo.port are the server's; in parseBindingResponse, return undefined for fewer than 20 bytes, another cookie or a length longer than the datagram, before you read anything.",
        section: "when-things-go-wrong",
      },
      "stun-retransmits-a-lost-request": {
        points: 2,
        hint: "UDP loses datagrams silently: send the request again after --rto-ms when no answer came. Make the request's bytes once, before the first send, so every retransmit carries the same transaction id.",
        section: "retransmission",
      },
      "stun-retransmits-from-500-ms-by-default": {
        points: 2,
        hint: "Without options the first wait is 500 ms (RFC 8489's recommendation) and there are 4 retransmits: sends at 0, 0.5, 1.5, 3.5 and 7.5 s, giving up at 15.5 s. After each send, setTimeout(tick, wait) and then wait *= 2; never a fixed interval.",
        section: "retransmission",
      },
      "stun-waits-the-rto-ms-it-is-given": {
        points: 2,
        hint: "Start the schedule from the --rto-ms you are given (readOptions → options.rtoMs) and count the sends: the first plus --retries retransmits, never more or fewer; after the last one, wait one more doubled interval and give up.",
        section: "retransmission",
      },
      "stun-gives-up-on-a-silent-server": {
        points: 1,
        hint: "When the last wait is over, clear everything and reject with an Error that names the server (ip:port); main prints it on stderr and sets process.exitCode = 1. With --retries 0 that is one send and one wait of --rto-ms.",
        section: "when-things-go-wrong",
      },
      "stun-reports-an-error-response": {
        points: 1,
        hint: "A Binding error response has type 0x0111. Read its ERROR-CODE (0x0009): byte 2 of the value is the class, byte 3 the number, then the reason in UTF-8. Throw an Error with class * 100 + number and the reason; discover stops and rejects with it.",
        section: "when-things-go-wrong",
      },
      "stun-ends-once-answered": {
        points: 1,
        hint: "When the answer comes, clearTimeout the retransmit timer and remove your \"message\" listener; main closes the socket. A timer or a socket left behind keeps Node running long after the work is done.",
        section: "retransmission",
      },
      "stun-binds-the-host-and-port-it-is-given": {
        points: 1,
        hint: "In main, bind the socket to --host and --port (socket.bind({ address, port })) and wait for it to be bound before discover sends anything.",
        section: "run-it-by-hand",
      },
      "stun-refuses-bad-options": {
        points: 1,
        hint: "readOptions: --server must be IPv4:port (port 1–65535), --host an IPv4 address, --port 0–65535, --rto-ms a whole number 1–60000, --retries 0–10. Throw an Error that names the option and quotes the value, before anything is sent.",
        section: "run-it-by-hand",
      },
      "server-registers-with-the-observed-address": {
        points: 2,
        hint: "Answer REGISTER with `REGISTERED ${rinfo.address}:${rinfo.port}`: the address the datagram came from, as your server saw it. The private address inside the REGISTER is what the peer's own socket believes (behind a NAT, an inside address): keep it for the log. No \"\\n\": a datagram is one whole message.",
        section: "the-rendezvous-server",
      },
      "server-introduces-two-peers": {
        points: 3,
        hint: "On CONNECT, send two datagrams: to the asker `PEER ${target.name} ${target's observed ip:port}`, and to the target `PEER ${asker.name} ${asker's observed ip:port}`. Both sides need the other's address, because both must send first to open their NATs. Never use the private address a peer wrote, and never your own.",
        section: "the-hybrid-model",
      },
      "server-refuses-an-unknown-name": {
        points: 1,
        hint: "Look the name up before you use it: `const target = byName.get(name)`; when it is undefined, send `ERROR ...` naming the name to the asker (rinfo) and return. Nobody else hears of it.",
        section: "the-rendezvous-server",
      },
      "server-refuses-connect-before-register": {
        points: 1,
        hint: "The asker of a CONNECT is found by its address (`${rinfo.address}:${rinfo.port}` in your Map of addresses), not by anything it writes. Not there: it never registered (or was forgotten), so answer ERROR and introduce nobody.",
        section: "the-rendezvous-server",
      },
      "server-checks-names": {
        points: 1,
        hint: "Split at \" \" and expect exactly three fields for REGISTER. Test the name with /^[A-Za-z0-9]{1,16}$/ (ASCII only, 16 is allowed, 17 is not; \\w would let \"_\" in and \\p{L} Korean), and refuse a REGISTER without the private address.",
        section: "the-rendezvous-server",
      },
      "server-keeps-a-name-for-its-holder": {
        points: 1,
        hint: "Before you store a REGISTER, look the name up: held by another address that is still registered? Answer ERROR and change nothing. Held by this very address? It is a refresh: answer REGISTERED again.",
        section: "the-rendezvous-server",
      },
      "server-forgets-a-silent-peer": {
        points: 2,
        hint: "Give each registration a timer of --peer-timeout-ms that deletes it from both Maps, and start it over (timer.refresh()) on every datagram from its address, CONNECT as well as REGISTER. A timer that is never started over forgets a busy peer; one that only logs forgets nobody.",
        section: "keep-alives",
      },
      "server-relays-nothing": {
        points: 2,
        hint: "Your server sends only two kinds of datagrams: the answer to a request, back to rinfo, and the PEER to the target of a CONNECT. Anything else a peer sends you (MSG, PUNCH, KEEPALIVE) is not for you: answer ERROR or ignore it, but never pass it on. That is what makes it the hybrid model and not a relay.",
        section: "the-hybrid-model",
      },
      "server-survives-bad-datagrams": {
        points: 2,
        hint: "Anyone can send any bytes to a UDP port. Before a command, check the size (at most 512 bytes), decode inside try/catch (new TextDecoder(\"utf-8\", { fatal: true }) throws on bad bytes), and treat an empty datagram and an unknown command as ERROR. Nothing in the \"message\" handler may throw: an exception there ends the server.",
        section: "when-things-go-wrong",
      },
      "server-introduces-two-pairs-at-once": {
        points: 1,
        hint: "Two peers on one computer share the IP address: key your Map of addresses by `${rinfo.address}:${rinfo.port}`, never by the address alone.",
        section: "nat",
      },
      "server-explains-a-port-in-use": {
        points: 1,
        hint: "Listen for the socket's \"error\" once before you bind: on EADDRINUSE, close the socket and reject with a sentence that names the port; main() prints it and exits with code 1.",
        section: "when-things-go-wrong",
      },
      "server-uses-port-7777-by-default": {
        points: 1,
        hint: "The --port option's default is \"7777\", the rendezvous port of the protocol: peers find the server there without being told.",
        section: "run-it-by-hand",
      },
      "server-binds-the-host-it-is-given": {
        points: 1,
        hint: "Pass both to socket.bind(port, host, callback). Without the host, a UDP socket binds 0.0.0.0 (every interface), and \"listening on\" shows it.",
        section: "run-it-by-hand",
      },
      "server-refuses-bad-options": {
        points: 1,
        hint: "readOptions checks every value: --port a whole number from 0 to 65535, --peer-timeout-ms a whole number from 1 to 2147483647 (setTimeout fires at once for anything longer). Throw an Error that names the option and quotes the bad value.",
        section: "run-it-by-hand",
      },
      "peer-prints-its-public-address": {
        points: 2,
        hint: "Print the address discover() answered (the STUN server's view of your socket), not socket.address(): behind a NAT the two differ, and only the first one can be reached from outside.",
        section: "stun",
      },
      "peer-uses-one-socket": {
        points: 3,
        hint: "Create one socket with createSocket(\"udp4\"), bind it once, and pass it to discover(), to every request() and to every send to the peer. A second socket gets a second NAT mapping, which neither the server nor the peer knows.",
        section: "one-socket-for-everything",
      },
      "peer-punches-without-hearing-first": {
        points: 3,
        hint: "As soon as PEER arrives, send PUNCH to the address in it, without waiting for anything from the peer: your NAT drops everything the peer sends until you have sent to it. And answer every PUNCH from the peer with PUNCHED <your name>.",
        section: "hole-punching",
      },
      "peer-punches-again-when-a-punch-is-lost": {
        points: 1,
        hint: "The PUNCH is a request like REGISTER: send it with request(), on the retransmit schedule, until a PUNCH or PUNCHED comes back from the peer's address. A datagram may be lost, the first PUNCH most of all.",
        section: "retransmission",
      },
      "peer-chats-through-the-nat": {
        points: 3,
        hint: "Queue the lines typed before the punch worked, and send each as MSG <text> once it has (CRLF taken off). Print every MSG from the peer's address as [name] text: one datagram is one whole message, so decode it whole with toString(\"utf8\").",
        section: "hole-punching",
      },
      "peer-two-students-chat": {
        points: 2,
        hint: "Run two copies of your peer by hand, ann waiting and bob with --connect ann: both must punch at once, and both must answer PUNCH. If one waits for the other, neither ever hears anything behind a NAT.",
        section: "hole-punching",
      },
      "peer-talks-directly": {
        points: 2,
        hint: "After PEER, everything for the peer (PUNCH, MSG, KEEPALIVE) goes to the peer's address, never to the server. The server only gets your REGISTER refreshes: it introduces, it does not relay.",
        section: "the-hybrid-model",
      },
      "peer-keeps-the-hole-open": {
        points: 2,
        hint: "A NAT forgets a hole that nothing has gone out through for a while. Keep a timer of --keepalive-ms that sends KEEPALIVE to the peer, and restart it whenever you send the peer anything.",
        section: "keep-alives",
      },
      "peer-reports-an-unknown-name": {
        points: 1,
        hint: "When the server answers CONNECT with ERROR, stop: throw an Error that quotes the ERROR (it names the name), print it on stderr, and set process.exitCode = 1.",
        section: "when-things-go-wrong",
      },
      "peer-gives-up-on-a-silent-server": {
        points: 2,
        hint: "Send REGISTER with request(), which uses stun.ts's retransmit(): again after --rto-ms, then twice as long each time, --retries times in all after the first; then give up with an Error naming the server's ip:port, and exit with code 1.",
        section: "retransmission",
      },
      "peer-gives-up-on-a-silent-stun-server": {
        points: 1,
        hint: "discover() rejects when the STUN server never answers; let that Error reach main(), which prints it (it names the server) and sets process.exitCode = 1. Close the socket and stop every timer in a finally.",
        section: "when-things-go-wrong",
      },
      "peer-ends-when-input-ends": {
        points: 2,
        hint: "When the line reader closes, send what is queued, then clear the REGISTER interval and the KEEPALIVE timer and close the socket: a timer left running keeps your program alive after its work is done.",
        section: "keep-alives",
      },
      "peer-ignores-strangers": {
        points: 2,
        hint: "Anyone can send a datagram to your port. Compare rinfo.address and rinfo.port with the peer's address before you print a MSG or answer a PUNCH; bind to --host and --port, and REGISTER with socket.address().",
        section: "hole-punching",
      },
      "peer-refuses-bad-options": {
        points: 1,
        hint: "readOptions must throw for a missing --name, a name that is not 1 to 16 letters or digits, a number out of range (--keepalive-ms 1 to 2147483647, --retries 0 to 10) and a HOST:PORT without its port, naming the option and quoting the value.",
        section: "run-it-by-hand",
      },
    },
    hints: [
      "Run coturn by hand (the lesson's command) and ask it with turnutils_stunclient: that is the conversation your stun.ts has, one Binding request and one response.",
      "Write bindingRequest first: 20 bytes, big-endian numbers, no attributes.",
      "Then parseBindingResponse: check the header (length, cookie, transaction id) before anything else, then walk the attributes with their padding.",
      "retransmit is a setTimeout that doubles its wait, a counter, and a listener that stops both; discover is retransmit with a Binding request and parseBindingResponse.",
      "Every path out of retransmit (an answer, an error response, giving up) clears the timer and removes the listener.",
      "Try the conversation by hand first: start your server, then in another terminal printf 'REGISTER ann 127.0.0.1:5000' | nc -u -w1 127.0.0.1 7777, and look at the REGISTERED it prints: the port is the one nc's socket had, not 5000.",
      "One udp4 socket, one \"message\" handler. rinfo is the whole point: it says where the datagram came from, and that is the address the other peer can reach.",
      "Two Maps hold everything: name → registration and \"ip:port\" → registration. REGISTER writes both, CONNECT reads both, the timer deletes from both.",
      "Guard the handler before you parse: size, UTF-8, empty. Then split at \" \" and switch on the first field.",
      "After a CONNECT your server's work for that pair is over: two PEER datagrams, then silence.",
      "Run the lesson's four terminals by hand first: the server, a STUN server, and two peers. Watch the datagrams with the server's log.",
      "Everything on one socket: bind it, then discover(), then request() the REGISTER, the CONNECT and the PUNCH, all on that socket.",
      "request() is retransmit() with a text and an answer function: the answer function decides which reply ends the wait, and may throw for ERROR.",
      "Punch as soon as you know the peer's address, and answer every PUNCH with PUNCHED: both sides punch at once, and each NAT lets the other in only once it has sent out.",
      "Then chat: one MSG per line, printed as [name] text, and a KEEPALIVE timer restarted on every send to the peer.",
      "When the input ends, send what is left, clear every timer, close the socket.",
    ],
  },
  // ── 13 13-rendezvous: END ──
];

export function lessonPath(exercise: ExerciseSpec): string {
  return `lessons/${exercise.slug}.md`;
}

export function findExercise(number: string): ExerciseSpec {
  const wanted = number.padStart(2, "0");
  const exercise = EXERCISES.find((candidate) => candidate.number === wanted);
  if (!exercise) {
    const known = EXERCISES.map((candidate) => candidate.number).join(", ");
    throw new Error(`There is no exercise ${number}. The exercises are ${known}.`);
  }
  return exercise;
}
