import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/kb.ts';
import { createAnswerer } from '../../src/search/answer.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { objectAt } from '../support/json-edit.ts';
import { threeRoleKnowledge } from '../support/knowledge-copy.ts';
import { runMain } from '../support/run-main.ts';

// A keeper's remark (round 16): an alias that is the name less its last word gives its initials, so a heart failure
// nurse quietly gets "HFN" and "HF", and the check did not say so. It now lists every derived form, per role.
const kb = (args: string[]) => runMain(main, args);

describe('kb check lists the short forms it derived from each role’s aliases', () => {
  let dir: string;
  let remove: () => void;
  beforeAll(() => {
    ({ dir, remove } = threeRoleKnowledge());
    // The third role, renamed as a heart failure nurse, with the aliases a keeper would write for one.
    const file = join(dir, 'roles/social-worker.json');
    const role = objectAt(JSON.parse(readFileSync(file, 'utf8')));
    role.name = 'Heart failure nurse';
    role.plural = 'Heart failure nurses';
    role.head = 'heart';
    role.aliases = ['heart failure nurse', 'heart failure nurses', 'heart failure', 'hf nurse', 'hf nurses'];
    writeFileSync(file, JSON.stringify(role, null, 2));
  });
  afterAll(() => remove());

  it('each form under its role, with the aliases it comes from; one two roles share says whose else', async () => {
    const { stdout } = await kb(['check', '--dir', dir, '--today', '2026-12-08']);
    const section = stdout.slice(stdout.indexOf('Short forms derived from the aliases'));
    expect(section).toContain(
      '  Heart failure nurse\n      HFN    from "heart failure nurse", "heart failure nurses"\n',
    );
    expect(section).toContain('      HF     from "heart failure"\n');
    expect(section).toContain('      CM     from "case manager"; Care manager\'s too\n');
    for (const line of stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(100);
  });

  it('--json lists them too, and what it lists is what a question reads', async () => {
    const report = JSON.parse((await kb(['check', '--json', '--dir', dir, '--today', '2026-12-08'])).stdout);
    expect(report.shortForms).toContainEqual({
      role: 'social-worker',
      form: 'HF',
      from: ['heart failure'],
      read: 'role',
    });
    expect(report.shortForms).toContainEqual(
      expect.objectContaining({
        role: 'case-manager',
        form: 'CM',
        read: 'shared',
        roles: ['case-manager', 'care-manager'],
      }),
    );
    const answerer = createAnswerer(loadKnowledge(dir));
    expect(answerer.ask('how much does an HFN make')).toMatchObject({ kind: 'answer', roles: ['social-worker'] });
    // "hf" is a word of the role's own alias "hf nurse": that no longer leaves "HF" to capitals only.
    expect(answerer.ask('how much does an hf make')).toMatchObject({ kind: 'answer', roles: ['social-worker'] });
  });
});
