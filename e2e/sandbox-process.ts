/**
 * Starts the sandbox the way `npm start` does (`tsx sandbox/main.ts`), on a free port chosen by the OS
 * and with a fresh data directory, and stops it. The UI builds are made beforehand by `npm run test:e2e`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface RunningSandbox {
  url: string;
  stop(): Promise<void>;
  /** What the sandbox printed, for the failure report. */
  log(): string;
}

const ROOT = resolve(__dirname, '..');

export async function startSandbox(timeoutMs = 60_000): Promise<RunningSandbox> {
  const dataDir = mkdtempSync(join(tmpdir(), 'escalade-e2e-'));
  // PORT=0: the OS picks a free port and main.ts prints the real URL.
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', SANDBOX_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  const stop = async (): Promise<void> => {
    await killChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((ok, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`sandbox did not start in ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      const check = (): void => {
        const m = /running at (http:\/\/\S+)/.exec(output);
        if (m) {
          clearTimeout(timer);
          ok(m[1] as string);
        }
      };
      child.stdout?.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`sandbox exited (${code}) before listening:\n${output}`));
      });
    });
    return { url, stop, log: () => output };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
