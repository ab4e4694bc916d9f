import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JSONWebKeySet } from 'jose';

/** A JWKS endpoint on 127.0.0.1 and a random port, whose answer each test controls. */
export interface JwksServer {
  url: string;
  /** How many times the key set was requested. */
  hits: number;
  jwks: JSONWebKeySet;
  status: number;
  close(): Promise<void>;
}

export async function startJwksServer(jwks: JSONWebKeySet): Promise<JwksServer> {
  const state = { hits: 0, jwks, status: 200 };
  const server: Server = createServer((req, res) => {
    state.hits += 1;
    if (req.url !== '/jwks') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(state.status, { 'content-type': 'application/json' });
    res.end(state.status === 200 ? JSON.stringify(state.jwks) : '{"error":"down"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/jwks`,
    get hits() {
      return state.hits;
    },
    set hits(n: number) {
      state.hits = n;
    },
    get jwks() {
      return state.jwks;
    },
    set jwks(next: JSONWebKeySet) {
      state.jwks = next;
    },
    get status() {
      return state.status;
    },
    set status(n: number) {
      state.status = n;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A URL nothing listens on: a port that was just free. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/jwks`;
}
