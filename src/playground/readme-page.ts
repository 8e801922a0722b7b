/**
 * The repository's README as a page, so the preview's "install the real app" link opens the right section
 * offline, and the pages of docs/ it links to (install.md, configuration.md…). marked renders our own trusted
 * files; headings get GitHub-style ids so #install-in-slack works.
 */
import { readFile } from 'node:fs/promises';
import { Marked } from 'marked';
import { projectPath } from '../project-root.ts';

const README = projectPath('README.md');

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

/**
 * Where the banner's "install the real app" link goes: the README's first heading about installing
 * (e.g. "Install into Slack"), found in the file so the link follows the README as it is edited.
 */
export async function installLink(): Promise<string> {
  const tokens = marked.lexer(await readFile(README, 'utf8'));
  const heading = tokens.find((t) => t.type === 'heading' && /\binstall/i.test(t.text));
  return heading && heading.type === 'heading' ? `/readme#${slug(heading.text)}` : '/readme';
}

export async function readmePage(): Promise<string> {
  return page('README', await marked.parse(await readFile(README, 'utf8')));
}

/** A page of docs/ by its name without `.md` (`install`), as the README links it; null when there is none. */
export async function docPage(name: string): Promise<string | null> {
  if (!DOC_NAME.test(name)) return null;
  const text = await readFile(projectPath('docs', `${name}.md`), 'utf8').catch(() => null);
  return text === null ? null : page(`${name}.md`, await marked.parse(text));
}

/** A plain file name: never a path out of docs/. */
export const DOC_NAME = /^[a-z0-9][a-z0-9-]*$/;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>career-bot · ${title}</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/static/readme.css"></head>
<body><p class="back"><a href="/">← Back to the playground</a></p><main>${body}</main></body></html>`;
}
