import { readFile } from 'node:fs/promises';
import { Marked } from 'marked';

/**
 * The repository's README as a page, so the preview's "install the real app" link opens the right section
 * offline. marked renders our own trusted file; headings get GitHub-style ids so #install-in-slack works.
 */

const README = new URL('../../README.md', import.meta.url);

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

const marked = new Marked({
  renderer: {
    heading({ tokens, depth, text }) {
      return `<h${depth} id="${slug(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
    },
  },
});

export async function readmePage(): Promise<string> {
  const body = await marked.parse(await readFile(README, 'utf8'));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>career-bot · README</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/readme.css"></head>
<body><p class="back"><a href="/">← Back to the playground</a></p><main>${body}</main></body></html>`;
}
