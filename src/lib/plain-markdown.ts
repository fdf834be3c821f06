/**
 * Record bodies are rendered as Markdown (see content.config.ts), although the files
 * are .mdx. MDX would read `<` as the start of a component and `{`/`}` as an
 * expression; Markdown would pass `<…>` through as raw HTML. Refusing the three
 * characters keeps both readings the same and keeps HTML out of the pages.
 */
export const NOT_IN_BODY = /[<{}]/;

/** Problems with a record file's body, as "line N: …", counting lines from the top of the file. */
export function plainMarkdownProblems(contents: string): string[] {
  const lines = contents.split(/\r?\n/);
  // The body starts after the second "---" line.
  let fences = 0;
  const problems: string[] = [];
  lines.forEach((line, i) => {
    if (fences < 2) {
      if (line.trim() === '---') fences++;
      return;
    }
    const bad = NOT_IN_BODY.exec(line);
    if (bad) {
      problems.push(`line ${i + 1}: "${bad[0]}" is not allowed in the text; write plain Markdown without HTML, components or {expressions}`);
    }
  });
  return problems;
}
