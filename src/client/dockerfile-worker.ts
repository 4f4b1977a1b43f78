/**
 * Explains a Dockerfile off the main thread (see file-explainer.ts). One
 * worker per file kind, so a Dockerfile never downloads the YAML parser and
 * the Compose schema, and a compose file never downloads the Dockerfile parser.
 */
import { explainDockerfile } from '../lib/dockerfile/index';
import { serve } from './worker-serve';

// dockerfile-ast checks for a UTF-8 byte-order mark with Node's Buffer.from(char).
// Browsers have no Buffer; TextEncoder gives the same bytes for that check.
const g = globalThis as unknown as { Buffer?: { from(s: string): Uint8Array } };
g.Buffer ??= { from: (s: string) => new TextEncoder().encode(s) };

serve(explainDockerfile);
