import type { Server } from 'node:http';

export interface GracefulCloser {
  inFlight(): number;
  /** Stops accepting connections, lets requests in flight finish (up to drainMs), then resolves. */
  close(): Promise<void>;
}

/**
 * SIGTERM handling for a Node HTTP server: new connections are refused at once, requests in
 * flight (streams included) run to completion, idle keep-alive sockets are closed as they become
 * idle, and whatever is still open after drainMs is cut, so a deploy never waits forever.
 */
export function gracefulCloser(server: Server, options: { drainMs: number; log: (message: string) => void }): GracefulCloser {
  let inFlight = 0;
  server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });
  let closing: Promise<void> | undefined;
  return {
    inFlight: () => inFlight,
    close() {
      closing ??= new Promise<void>((resolve) => {
        options.log(`draining: ${inFlight} request(s) in flight, no new connections accepted`);
        const started = performance.now();
        // Keep-alive sockets that finish their last response become idle later; close them then.
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        const deadline = setTimeout(() => {
          options.log(`drain deadline (${options.drainMs} ms) reached: closing ${inFlight} unfinished request(s)`);
          server.closeAllConnections();
        }, options.drainMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(deadline);
          options.log(`stopped cleanly after ${Math.round(performance.now() - started)} ms`);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
