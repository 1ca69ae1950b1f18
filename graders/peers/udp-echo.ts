// Scripts for a datagram peer (datagram-peer.ts) that echo what they receive, like the
// textbook's UDP pinger server, each with the misbehaviour a network may show on purpose.
// Datagrams are named by their number in order of arrival (1, 2, …).
import { t } from "../i18n/index.ts";
import type { DatagramScript } from "./datagram-peer.ts";

export interface EchoPlan {
  /** Answer in upper case, as the textbook's server does. */
  upperCase?: boolean;
  /** Drop these datagrams: no answer. `why` is shown ("seeded", "on purpose"). */
  drop?: { numbers: readonly number[]; why: string };
  /** Answer these twice. */
  twice?: readonly number[] | "all";
  /** Hold the answer to datagram n back until `until()` resolves; `why` says until what. */
  hold?: ReadonlyMap<number, { until: () => Promise<unknown>; why: string }>;
  /** A stranger answers these, and the peer itself does not: from another port, or from `host`, another address. */
  strangerAnswers?: ReadonlyMap<number, { host?: string }>;
}

export function echoScript(plan: EchoPlan = {}): DatagramScript {
  return (datagram, peer) => {
    const text = datagram.bytes.toString("utf8");
    const reply = plan.upperCase ? Buffer.from(text.toUpperCase(), "utf8") : datagram.bytes;
    const echo = plan.upperCase ? t("echo, in upper case") : t("echo");
    const { number } = datagram;
    if (plan.drop?.numbers.includes(number)) return { fate: t("dropped ({why})", { why: plan.drop.why }), dropped: true };
    const stranger = plan.strangerAnswers?.get(number);
    if (stranger) {
      const fate = stranger.host === undefined ? t("the stranger's copy of the echo, from another port") : t("the stranger's copy of the echo, from another address");
      void peer.stranger(stranger.host).then((socket) => peer.answer(datagram, reply, fate, socket));
      return { fate: t("dropped: a stranger answers instead"), dropped: true };
    }
    const copies = plan.twice === "all" || plan.twice?.includes(number) ? 2 : 1;
    const send = async (fate: string) => {
      for (let copy = 1; copy <= copies; copy++) await peer.answer(datagram, reply, copies === 1 ? fate : t("{fate}, copy {copy} of 2 (sent twice)", { fate, copy }));
    };
    const held = plan.hold?.get(number);
    if (held) {
      void held
        .until()
        .catch(() => undefined)
        .then(() => send(t("{echo}, held back {ms} ms ({why})", { echo, ms: Math.round(performance.now() - datagram.at), why: held.why })));
      return { fate: t("answer held back until {why}", { why: held.why }) };
    }
    void send(echo);
    return copies === 2 ? { fate: t("answered twice") } : undefined;
  };
}
