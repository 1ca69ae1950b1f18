// The failing conversation, drawn: golden diagrams for one failing check per exercise (English
// and Korean), long transcripts kept readable, text that cannot break Mermaid's grammar, and every
// lesson diagram readable by the kit's own drawing, so the UI can show it beside what happened.
// Mermaid's own parser reads the goldens and the lessons in ui.test.ts, in headless Chromium.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { diagramInSection, expectedExchange, markdownOfFailure, svgOfFailure } from "../frontends/diagram/index.ts";
import { mermaidText, parseSequence, toMermaid } from "../frontends/diagram/mermaid.ts";
import { conversationDiagram, MAX_ITEMS } from "../frontends/diagram/model.ts";
import { VARIANTS } from "../fixtures/index.ts";
import { loadCheck } from "../frontends/batch/serialise.ts";
import { KIT_ROOT } from "../harness/static.ts";
import type { TranscriptEvent } from "../harness/types.ts";
import { EXERCISES, findExercise } from "../manifest.ts";
import { readText } from "../harness/text.ts";
import { GOLDEN_VARIANTS, goldenPath, renderGolden, type GoldenCase } from "../tools/diagram-goldens.ts";

const REGENERATE = "npx tsx graders/tools/diagram-goldens.ts --render (or without --render to grade the variants again)";

describe.each(Object.keys(GOLDEN_VARIANTS))("exercise %s: the golden diagram", (number) => {
  const golden = JSON.parse(readFileSync(goldenPath(number, "json"), "utf8")) as GoldenCase;

  test("is what the stored failure draws, in English", () => {
    expect(renderGolden(golden, "en"), REGENERATE).toBe(readText(goldenPath(number, "md")));
  });

  test("is what the stored failure draws, in Korean", () => {
    const korean = renderGolden(golden, "ko");
    expect(korean, REGENERATE).toBe(readText(goldenPath(number, "ko.md")));
    expect(korean).toContain("여러분의 프로그램");
  });

  test("marks the failed step, and the UI picture holds the same lifelines", () => {
    const markdown = renderGolden(golden, "en");
    expect(markdown).toContain("✗ the check failed here:");
    const svg = svgOfFailure(loadCheck(golden.check), findExercise(number))!;
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain("your program");
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  });
});

test("every graded exercise has a golden diagram", () => {
  const graded = EXERCISES.filter((exercise) => (VARIANTS[exercise.number] ?? []).length > 0).map((exercise) => exercise.number);
  expect(graded.filter((number) => !GOLDEN_VARIANTS[number]), "add one to GOLDEN_VARIANTS in graders/tools/diagram-goldens.ts").toEqual([]);
});

/** A transcript event at `at` ms. */
const event = (at: number, rest: Omit<TranscriptEvent, "at">): TranscriptEvent => ({ at, ...rest });

describe("long conversations stay readable", () => {
  test("a flood of 4,096 writes is a few arrows and a note with the rest and its size", () => {
    const flood = Array.from({ length: 4096 }, (_, index) => event(index, { from: "peer", to: "student", peer: "client 1", kind: "data", bytes: Buffer.alloc(16, "a"), size: 2048 }));
    const diagram = conversationDiagram({ transcript: flood, steps: [{ kind: "expectation", description: "your server keeps up", ok: false, at: 5000 }] });
    expect(diagram.items.length).toBeLessThanOrEqual(MAX_ITEMS);
    const text = toMermaid(diagram);
    expect(text).toContain("… 4,093 more writes (8.0 MiB)");
    expect(text).toContain("✗ the check failed here: your server keeps up");
  });

  test("120 clients are cut to a bounded number of items, and the failure is kept", () => {
    const transcript = Array.from({ length: 120 }, (_, client) => [
      event(client * 3, { from: "peer", to: "student", peer: `client ${client + 1}`, kind: "connect", text: "connected" }),
      event(client * 3 + 1, { from: "peer", to: "student", peer: `client ${client + 1}`, kind: "data", bytes: Buffer.from("hi\n") }),
      event(client * 3 + 2, { from: "student", to: "peer", peer: `client ${client + 1}`, kind: "data", bytes: Buffer.from("HI\n") }),
    ]).flat();
    const diagram = conversationDiagram({ transcript, steps: [{ kind: "expectation", description: "client 60 gets its answer", ok: false, at: 180 }] });
    expect(diagram.items.length).toBeLessThanOrEqual(MAX_ITEMS + 1);
    const text = toMermaid(diagram);
    expect(text).toMatch(/… \d+ more events left out/);
    expect(text).toContain("client 60 gets its answer");
  });
});

describe("Mermaid text", () => {
  test("characters of Mermaid's grammar become entity codes, so a program's bytes cannot break the diagram", () => {
    expect(mermaidText('a;b #c <d> "e" %%f')).toBe("a#59;b #35;c #60;d#62; #34;e#34; #37;#37;f");
    const diagram = conversationDiagram({
      transcript: [event(0, { from: "student", kind: "stdout", text: "end; Note over P0: injected" })],
      steps: [],
    });
    expect(toMermaid(diagram).split("\n")).toHaveLength(3);
  });

  test("a check with nothing on the wire draws nothing", () => {
    expect(markdownOfFailure({ id: "x", transcript: [], steps: [] }, findExercise("05"))).toEqual([]);
  });
});

describe("lesson diagrams", () => {
  const lessons = readdirSync(join(KIT_ROOT, "lessons"))
    .filter((name) => name.endsWith(".md"))
    .flatMap((name) => [join("lessons", name), join("lessons", "ko", name)]);

  test.each(lessons)("every sequence diagram in %s is readable by the UI's drawing", (path) => {
    const text = readFileSync(join(KIT_ROOT, path), "utf8");
    for (const [, source] of text.matchAll(/```mermaid\n([\s\S]*?)\n```/g)) {
      if (!source!.startsWith("sequenceDiagram")) continue;
      expect(parseSequence(source!), `${path}:\n${source}`).toBeDefined();
    }
  });

  test("a check whose lesson section draws the exchange gets that diagram as the expected one", () => {
    const withDiagram = EXERCISES.flatMap((exercise) => Object.keys(exercise.checks).map((id) => ({ exercise, id }))).filter(({ exercise, id }) => expectedExchange(exercise, id));
    expect(withDiagram.length).toBeGreaterThan(0);
    expect(expectedExchange(findExercise("03"), "sends-the-greeting")).toContain("Hello. Server.");
    // A section without a diagram has no expected one: the diagram of another section would mislead.
    expect(diagramInSection("## a\n\ntext\n\n## b\n\n```mermaid\nsequenceDiagram\n```\n", "a")).toBeUndefined();
  });

  test("a Korean lesson, whose anchors stand alone before their headings, gives a check a diagram wherever the English one does", () => {
    expect(diagramInSection('<a id="a"></a>\n\n## 가\n\n```mermaid\nsequenceDiagram\n```\n\n## 나\n', "a")).toBe("sequenceDiagram");
    expect(diagramInSection('<a id="a"></a>\n\n## 가\n\ntext\n\n<a id="b"></a>\n\n## 나\n\n```mermaid\nsequenceDiagram\n```\n', "a")).toBeUndefined();
    const missing = EXERCISES.flatMap((exercise) =>
      Object.entries(exercise.checks).flatMap(([id, spec]) => {
        const read = (path: string) => readFileSync(join(KIT_ROOT, path), "utf8");
        const english = diagramInSection(read(`lessons/${exercise.slug}.md`), spec.section);
        const korean = diagramInSection(read(`lessons/ko/${exercise.slug}.md`), spec.section);
        return english !== undefined && korean === undefined ? [`${exercise.number} ${id} (#${spec.section})`] : [];
      }),
    );
    expect(missing, "checks whose Korean lesson section shows no diagram where the English one does").toEqual([]);
  });
});
