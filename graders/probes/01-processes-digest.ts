// How the probe of exercise 01 reports a line: as it is, or, when it is long, by its length and
// ends. The probe's answer travels as one printed line, which the grader keeps only in part.
export function digestLine(line: string): string {
  return line.length <= 200 ? line : `<${line.length} characters: ${JSON.stringify(line.slice(0, 20))}…${JSON.stringify(line.slice(-20))}>`;
}
