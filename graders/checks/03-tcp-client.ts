// Grader for exercise 03: the student's client against a reference server that answers in one
// write, one byte at a time, with a UTF-8 character cut in two, too much, never, or with a reset.
import type { CheckContext, CheckDefinition } from "../harness/check.ts";
import { CheckFailure } from "../harness/check.ts";
import { t } from "../i18n/index.ts";
import { refusedPort, referenceServer, startReferenceServer, type ServerBehaviour } from "../peers/tcp-server.ts";
import { expectCleanFailure, expectPrinted } from "./expect.ts";

const GREETING = "Hello. Server.";
const REPLY = "Hello. Client.";

/** Starts the reference server with `behaviour` (`describe`d: a whole step, in t()), then the student's client pointed at it. */
async function clientAgainst(check: CheckContext, behaviour: ServerBehaviour, describe: string, extraArgs: string[] = []) {
  const server = await check.act(describe, () => startReferenceServer(check, behaviour));
  const client = await check.act(t("run your client with --port {port}", { port: server.port }), () =>
    check.launch("client.ts", ["--port", String(server.port), ...extraArgs]),
  );
  return { server, client };
}

export const checks: CheckDefinition[] = [
  {
    id: "sends-the-greeting",
    title: t("sends the note's greeting, Hello. Server., and nothing else"),
    needs: ["requestReply"],
    async run(check) {
      const { server, client } = await clientAgainst(check, referenceServer.answerInOneWrite(REPLY, GREETING.length), t("start a reference server that answers in one write"));
      await check.act(t("wait for your client to finish"), () => client.waitForExit());
      await check.expect(t("the server received exactly {text}", { text: JSON.stringify(GREETING) }), () => {
        const received = server.conversations[0]?.received;
        if (!received) throw new CheckFailure(t("Your client never connected to the server."), { code: "ECONNREFUSED" });
        check.same(received, GREETING, t("The server did not receive the greeting it expected."));
      });
    },
  },
  {
    id: "prints-the-reply",
    title: t("prints the server's reply as text"),
    needs: ["requestReply"],
    async run(check) {
      const { client } = await clientAgainst(check, referenceServer.answerInOneWrite(REPLY, GREETING.length), t("start a reference server that answers in one write"));
      await expectPrinted(check, client, `${REPLY}\n`);
    },
  },
  {
    id: "reads-a-reply-split-into-bytes",
    title: t("prints the whole reply when it arrives one byte at a time"),
    needs: ["requestReply"],
    async run(check) {
      const { client } = await clientAgainst(check, referenceServer.answerOneByteAtATime(REPLY, GREETING.length), t("start a reference server that answers one byte per write"));
      await expectPrinted(check, client, `${REPLY}\n`);
    },
  },
  {
    id: "keeps-utf8-characters-whole",
    title: t("keeps a UTF-8 character whole when its bytes arrive in two pieces"),
    needs: ["requestReply"],
    async run(check) {
      const reply = Buffer.from("안녕, Client.", "utf8"); // 안 is 3 bytes: ec 95 88
      const pieces = [reply.subarray(0, 2), reply.subarray(2)];
      const { client } = await clientAgainst(check, referenceServer.answerInPieces(pieces, GREETING.length), t("start a reference server that cuts the first character of its reply in two"));
      await expectPrinted(check, client, "안녕, Client.\n");
    },
  },
  {
    id: "stops-at-100-bytes",
    title: t("stops reading after 100 bytes, as the note's recv(100) does"),
    needs: ["requestReply"],
    async run(check) {
      const long = "0123456789".repeat(15);
      const keepOpen: ServerBehaviour = async (conversation) => {
        await conversation.send(long);
      };
      const { client } = await clientAgainst(check, keepOpen, t("start a reference server that sends 150 bytes and keeps the connection open"));
      await expectPrinted(check, client, `${long.slice(0, 100)}\n`);
    },
  },
  {
    id: "explains-a-refused-connection",
    title: t("explains a refused connection and exits with an error code"),
    needs: ["requestReply"],
    async run(check) {
      const port = await check.act(t("find a port where nothing listens"), () => refusedPort());
      const client = await check.act(t("run your client with --port {port}", { port }), () => check.launch("client.ts", ["--port", String(port)]));
      await expectCleanFailure(check, client, t("a refused connection"), { mentions: [{ text: String(port), what: t("the port") }] });
    },
  },
  {
    id: "gives-up-on-a-silent-server",
    title: t("gives up on a server that never answers (--timeout)"),
    needs: ["requestReply"],
    async run(check) {
      const { client } = await clientAgainst(check, referenceServer.staySilent(), t("start a reference server that accepts and never answers"), ["--timeout", "300"]);
      // The client was told to give up after 0.3 s; 5 s leaves a busy machine plenty of room.
      await expectCleanFailure(check, client, t("a silent server"), { ms: 5_000 });
    },
  },
  {
    id: "reports-a-reset",
    title: t("reports a connection reset by the server"),
    needs: ["requestReply"],
    async run(check) {
      const { client } = await clientAgainst(check, referenceServer.resetInsteadOfAnswering(GREETING.length), t("start a reference server that reads your message, then resets"));
      await expectCleanFailure(check, client, t("a reset connection"));
    },
  },
];
