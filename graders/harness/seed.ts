// The one source of randomness for the reference peers: a base seed (LAB_SEED, or the kit's
// fixed default so every run of the self-test plays the same script), mixed with what it is
// for (a check's id), into a small deterministic generator. A peer prints its seed in the
// transcript, so a failure can be replayed with LAB_SEED=… .
import { createHash } from "node:crypto";

/** The base seed when LAB_SEED is not set: every grading plays the same script. */
export const DEFAULT_SEED = 20_261_202;

/** LAB_SEED as a whole number, or the default. */
export function baseSeed(): number {
  const given = process.env["LAB_SEED"];
  const value = given === undefined || given.trim() === "" ? Number.NaN : Number(given);
  return Number.isSafeInteger(value) ? value : DEFAULT_SEED;
}

/** Numbers in [0, 1) from a seed: mulberry32, small and good enough to script a peer. */
export class SeededRandom {
  private state: number;
  constructor(
    /** The base seed, as LAB_SEED would give it. */
    readonly seed: number,
    /** What the numbers are for (a check's id): two peers with one base seed differ. */
    readonly purpose: string,
  ) {
    this.state = createHash("sha256").update(`${seed}:${purpose}`).digest().readUInt32LE(0);
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  }

  /** `count` different whole numbers from 1 to `of`, in increasing order (which pings to drop, say). */
  pick(count: number, of: number): number[] {
    const all = Array.from({ length: of }, (_, index) => index + 1);
    for (let index = all.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      [all[index], all[other]] = [all[other]!, all[index]!];
    }
    return all.slice(0, count).sort((a, b) => a - b);
  }
}

/** The generator for `purpose`, from the one base seed. */
export function seededRandom(purpose: string): SeededRandom {
  return new SeededRandom(baseSeed(), purpose);
}
