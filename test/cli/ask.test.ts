import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ASK = ['--import', 'tsx', 'src/cli/ask.ts'];

/** Runs the real command line, as `npm run --silent ask -- ...` does. */
function ask(args: string[], stdin?: string): Promise<{ stdout: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ASK, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, code }));
    child.stdin.end(stdin ?? '');
  });
}

describe('npm run ask', () => {
  it('prints the facts for the role asked about, and the citation', async () => {
    const { stdout } = await run(process.execPath, [...ASK, 'what certification does a care manager need']);
    expect(stdout).toContain('National Academy of Certified Care Managers (NACCM)');
    expect(stdout).toContain('One to two years of supervised care management experience');
    expect(stdout).not.toContain('Commission for Case Manager Certification');
    expect(stdout).toContain('Source: "Licenses and certifications", in "Case Manager vs. Care Manager: Definitions and Key Differences"');
    expect(stdout).toContain('June 3, 2021');
    expect(stdout).not.toMatch(/\*National/);
  });

  it('declines what it does not know, with the topics it can help with', async () => {
    const { stdout } = await run(process.execPath, [...ASK, 'how much does a surgeon make']);
    expect(stdout).toMatch(/not surgeons/);
    expect(stdout).toMatch(/I can help with: what the role is, job duties, education/);
  });

  it('--json reads standard input, one JSON object a line, in order, nothing else', async () => {
    const { stdout, code } = await ask(['--json'], 'what certification does a care manager need\nreset my password\ncase vs care manager salery\n');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([
      { question: 'what certification does a care manager need', topic: 'certification', roles: ['care-manager'], section: 'Licenses and certifications', confidence: expect.any(Number) },
      { question: 'reset my password', topic: null, roles: [], section: null, confidence: 0 },
      { question: 'case vs care manager salery', topic: 'salary', roles: ['case-manager', 'care-manager'], section: 'Salary', confidence: expect.any(Number) },
    ]);
    expect(lines[0].confidence).toBeGreaterThan(0.5);
    expect(lines[0].confidence).toBeLessThanOrEqual(1);
  });

  it('--json "one question" answers that one', async () => {
    const { stdout } = await ask(['--json', 'where do caseworkers work']);
    expect(JSON.parse(stdout)).toMatchObject({ topic: 'work-environment', roles: ['case-manager'], section: 'Work environment' });
  });
});
