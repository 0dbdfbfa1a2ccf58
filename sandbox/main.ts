/** `npm start`: the sandbox on PORT (default 3000), with its data under .sandbox-data/ (seeded on first start). */
import { createSandbox } from './index';

async function main(): Promise<void> {
  // Seeds (and escalates SUP-4 through the app) on the first start only; later starts keep the demo's state.
  // SANDBOX_DATA_DIR lets tests run a sandbox of their own beside a demo's `.sandbox-data`.
  const sandbox = await createSandbox({ dataDir: process.env.SANDBOX_DATA_DIR || '.sandbox-data', seed: 'if-new' });
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  const server = await sandbox.listen(port);
  console.log(`\nEscalade sandbox running at ${server.url}\n`);
  console.log('Personas (switch in the page header; over REST send X-Sandbox-Account-Id):');
  for (const u of sandbox.users().filter((x) => x.accountType !== 'app')) {
    console.log(
      `  ${u.accountId.padEnd(18)} ${u.displayName.padEnd(16)} ${u.accountType.padEnd(11)} ${u.locale}${u.groups.length ? `  [${u.groups.join(', ')}]` : ''}`,
    );
  }
  console.log(
    `\nPages: ${server.url}/  ·  ${server.url}/portal/SUP-3  ·  ${server.url}/jira/SUP-3  ·  ${server.url}/admin  ·  ${server.url}/outbox`,
  );
  console.log('Reset the data: POST /sandbox/reset. Stop with Ctrl+C.\n');
  // Scheduled triggers also fall due as real time passes (the clock buttons fire them at once).
  const ticker = setInterval(() => sandbox.fireDueTriggers(), 15_000);
  const stop = (): void => {
    clearInterval(ticker);
    void server
      .close()
      .then(() => sandbox.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
