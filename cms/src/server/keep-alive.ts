import type http from 'node:http'

/**
 * How long an idle kept-alive connection stays open. Node's default (5 s) is shorter than what clients and proxies
 * assume (browsers and load balancers keep connections 60 s or more), and its timer runs before the server reads a
 * request that arrived while the event loop was busy: under load the server then closes a connection on which the
 * client has just sent a request, and the client sees a reset (ECONNRESET) for a POST it may not safely resend.
 * Measured with scripts/bench/feedback-load.ts (200 clients): 132 resets in 60 s with the default.
 */
export const KEEP_ALIVE_MS = 65_000

export function keepConnectionsAlive(server: http.Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_MS
  // the time allowed for a request's headers must exceed the keep-alive time, or Node closes the socket first
  server.headersTimeout = KEEP_ALIVE_MS + 1_000
}
