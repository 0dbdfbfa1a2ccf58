import { realDateNow } from '../clock';
import type { ForgeHost } from './forge-host';

/** Comment events and scheduled runs both settled; a run can add comment events, so check both again. */
export async function waitForIdle(host: ForgeHost, timeoutMs: number): Promise<void> {
  const deadline = realDateNow() + timeoutMs;
  const left = () => Math.max(1, deadline - realDateNow());
  do {
    await host.events.waitForIdle(left());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`scheduled runs still in flight after ${timeoutMs} ms`)), left());
    });
    try {
      await Promise.race([host.scheduler.waitForIdle(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  } while (host.scheduler.busy() || !host.events.isIdle());
}
