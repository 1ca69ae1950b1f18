// The lists of equivalent mutants (graders/mutants/NN-slug.md) are read by `npm run mutants`:
// each must parse, give every row a reason and name a file of its exercise, and the matching
// must survive code that moves.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { KIT_ROOT } from "../harness/static.ts";
import { EXERCISES } from "../manifest.ts";
import { MUTANTS_FOLDER, matchEquivalents, parseEquivalents, pickForCommit, shortCode, type Survivor } from "../tools/mutant-list.ts";

const survivor = (line: number, original = "a >= b", replacement = "a > b"): Survivor => ({ file: "framing.ts", line, mutator: "EqualityOperator", original, replacement });

describe("the list of equivalent mutants", () => {
  test("a row matches a survivor by file, mutator and code, at the nearest line, whatever the line drift", () => {
    const list = parseEquivalents(
      [
        "| file | line | mutator | original | mutated | why it is equivalent |",
        "| --- | --- | --- | --- | --- | --- |",
        "| framing.ts | 40 | EqualityOperator | `a >= b` | `a > b` | b is never equal to a here |",
      ].join("\n"),
    );
    const { equivalent, mustKill, stale } = matchEquivalents([survivor(12), survivor(47), survivor(50, "x || y", "x && y")], list);
    expect(equivalent.map((entry) => entry.line)).toEqual([47]);
    expect(mustKill.map((entry) => entry.line)).toEqual([12, 50]);
    expect(stale).toEqual([]);
  });

  test("code with pipes and backticks round-trips through a cell; a row no survivor matches is stale", () => {
    const original = "a || `b`";
    const row = `| echo-client.ts | 3 | LogicalOperator | \`\` ${original.replace(/\|/g, "\\|")} \`\` | \`\`\` \`\` \`\`\` | only the first is ever used |`;
    const [entry] = parseEquivalents(row);
    expect(entry).toMatchObject({ original, replacement: "``", reason: "only the first is ever used" });
    expect(matchEquivalents([], [entry!]).stale).toHaveLength(1);
  });

  test("a row without a reason is refused, naming its line", () => {
    expect(() => parseEquivalents("\n| framing.ts | 3 | StringLiteral | `\"a\"` | `\"\"` |  |")).toThrow(/line 2/);
  });

  test("long code keeps its start and end on one line", () => {
    const code = `if (x) {\n  ${"call();\n  ".repeat(30)}}`;
    const short = shortCode(code);
    expect(short).not.toContain("\n");
    expect(short.length).toBeLessThanOrEqual(100);
    expect(short.startsWith("if (x) { call();")).toBe(true);
  });

  test("CI's rotation picks only exercises whose mutants were judged", () => {
    const picked = pickForCommit("0123abcd");
    if (picked) expect(existsSync(join(MUTANTS_FOLDER, `${picked.slug}.md`))).toBe(true);
  });
});

const lists = existsSync(MUTANTS_FOLDER) ? readdirSync(MUTANTS_FOLDER).filter((name) => name.endsWith(".md")) : [];
describe.each(lists)("graders/mutants/%s", (name) => {
  test("belongs to an exercise, parses, and every row names a file of its solution", () => {
    const exercise = EXERCISES.find((candidate) => `${candidate.slug}.md` === name);
    expect(exercise, `${name} is named after no exercise's slug`).toBeDefined();
    const entries = parseEquivalents(readFileSync(join(MUTANTS_FOLDER, name), "utf8"));
    for (const entry of entries) expect(existsSync(join(KIT_ROOT, "solutions", exercise!.slug, entry.file)), entry.file).toBe(true);
  });
});
