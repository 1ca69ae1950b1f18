// Grader for exercise 03: the student's client against a reference server that answers in one
// write, one byte at a time, with a UTF-8 character cut in two, too much, never, or with a reset.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { refusedPort, referenceServer, startReferenceServer, type ServerBehaviour } from "../peers/tcp-server.ts";
import { expectCleanFailure, expectPrinted } from "./expect.ts";

const GREETING = "Hello. Server.";
const REPLY = "Hello. Client.";

/** Starts the reference server with `behaviour`, then the student's client pointed at it. */
async function clientAgainst(check: CheckContext, behaviour: ServerBehaviour, describe: string, extraArgs: string[] = []) {
  const server = await check.act(`start a reference server that ${describe}`, () => startReferenceServer(check, behaviour));
  const client = await check.act(`run your client with --port ${server.port}`, () =>
    check.launch("client.ts", ["--port", String(server.port), ...extraArgs]),
  );
  return { server, client };
}

export const checks: CheckDefinition[] = [
  {
    id: "sends-the-greeting",
    title: "sends the note's greeting, Hello. Server., and nothing else",
    needs: ["requestReply"],
    async run(check) {
      const { server, client } = await clientAgainst(check, referenceServer.answerInOneWrite(REPLY, GREETING.length), "answers in one write");
      await check.act("wait for your client to finish", () => client.waitForExit());
      await check.expect(`the server received exactly ${JSON.stringify(GREETING)}`, () => {
        const received = server.conversations[0]?.received;
        if (!received) throw new CheckFailure("Your client never connected to the server.", { code: "ECONNREFUSED" });
        check.same(received, GREETING, "The server did not receive the greeting it expected.");
      });
    },
  },
  {
    id: "prints-the-reply",
    title: "prints the server's reply as text",
    needs: ["requestReply"],
    async run(check) {
      const { client } = await clientAgainst(check, referenceServer.answerInOneWrite(REPLY, GREETING.length), "answers in one write");
      await expectPrinted(check, client, `${REPLY}\n`);
    },
  },
  {
    id: "reads-a-reply-split-into-bytes",
    title: "prints the whole reply when it arrives one byte at a time",
    needs: ["requestReply"],
    async run(check) {
      const { client } = await clientAgainst(check, referenceServer.answerOneByteAtATime(REPLY, GREETING.length), "answers one byte per write");
      await expectPrinted(check, client, `${REPLY}\n`);
    },
  },
  {
    id: "keeps-utf8-characters-whole",
    title: "keeps a UTF-8 character whole when its bytes arrive in two pieces",
    needs: ["requestReply"],
    async run(check) {
      const reply = Buffer.from("안녕, Client.", "utf8"); // 안 is 3 bytes: ec 95 88
      const pieces = [reply.subarray(0, 2), reply.subarray(2)];
      const { client } = await clientAgainst(check, referenceServer.answerInPieces(pieces, GREETING.length), "cuts the first character of its reply in two");
      await expectPrinted(check, client, "안녕, Client.\n");
    },
  },
  {
    id: "stops-at-100-bytes",
    title: "stops reading after 100 bytes, as the note's recv(100) does",
    needs: ["requestReply"],
    async run(check) {
      const long = "0123456789".repeat(15);
      const keepOpen: ServerBehaviour = async (conversation) => {
        await conversation.send(long);
      };
      const { client } = await clientAgainst(check, keepOpen, "sends 150 bytes and keeps the connection open");
      await expectPrinted(check, client, `${long.slice(0, 100)}\n`);
    },
  },
  {
    id: "explains-a-refused-connection",
    title: "explains a refused connection and exits with an error code",
    needs: ["requestReply"],
    async run(check) {
      const port = await check.act("find a port where nothing listens", () => refusedPort());
      const client = await check.act(`run your client with --port ${port}`, () => check.launch("client.ts", ["--port", String(port)]));
      await expectCleanFailure(check, client, /refused/i, "a refused connection");
    },
  },
  {
    id: "gives-up-on-a-silent-server",
    title: "gives up on a server that never answers (--timeout)",
    needs: ["requestReply"],
    async run(check) {
      const { client } = await clientAgainst(check, referenceServer.staySilent(), "accepts and never answers", ["--timeout", "300"]);
      // The client was told to give up after 0.3 s; 5 s leaves a busy machine plenty of room.
      await expectCleanFailure(check, client, /time(d)? ?out/i, "a silent server", 5_000);
    },
  },
  {
    id: "reports-a-reset",
    title: "reports a connection reset by the server",
    needs: ["requestReply"],
    async run(check) {
      const { client } = await clientAgainst(check, referenceServer.resetInsteadOfAnswering(GREETING.length), "reads your message, then resets");
      await expectCleanFailure(check, client, /reset/i, "a reset connection");
    },
  },
];
