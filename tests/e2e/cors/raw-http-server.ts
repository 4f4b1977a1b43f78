/**
 * A minimal HTTP/1.1 server on node:net for the CORS comparison test. Node's own
 * http parser refuses methods it does not know (a lowercase `patch` gets a 400
 * before any handler runs), while real servers such as Werkzeug accept any token,
 * and the lab must see what Chromium sends. One request per connection: every
 * response says `Connection: close`.
 */
import net from 'node:net';
import type { HeaderPair } from '../../../src/lib/cors/http';

export interface RawRequest {
  method: string;
  target: string;
  headers: HeaderPair[];
}

export interface RawResponse {
  status: number;
  headers: readonly HeaderPair[];
  body: string;
}

const REASONS: Record<number, string> = { 200: 'OK', 204: 'No Content', 404: 'Not Found', 500: 'Internal Server Error' };

export function startRawHttpServer(port: number, handle: (req: RawRequest) => RawResponse): Promise<net.Server> {
  const server = net.createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let done = false;
    socket.on('data', (chunk) => {
      if (done) return;
      buffer = Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const [line = '', ...lines] = buffer.subarray(0, end).toString('latin1').split('\r\n');
      const headers: HeaderPair[] = lines.map((l) => {
        const at = l.indexOf(':');
        return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
      });
      const length = Number(headers.find(([n]) => n.toLowerCase() === 'content-length')?.[1] ?? 0);
      if (buffer.length < end + 4 + length) return;
      done = true;
      const [method = '', target = '/'] = line.split(' ');
      const res = handle({ method, target, headers });
      const head = [
        `HTTP/1.1 ${res.status} ${REASONS[res.status] ?? 'Status'}`,
        ...res.headers.map(([n, v]) => `${n}: ${v}`),
        'Connection: close',
      ];
      const body = method === 'HEAD' || res.status === 204 ? '' : res.body;
      socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, 'latin1');
    });
    socket.on('error', () => socket.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
