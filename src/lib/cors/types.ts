/** The lab's shared types: a request, the steps of a verdict, and the verdict. */
import type { CorsFailure, Credentials } from './checks.ts';
import type { HeaderPair } from './http.ts';

export interface LabRequest {
  /** The page's origin, e.g. http://localhost:3000. */
  origin: string;
  /** The URL fetch() is called with (absolute, or relative to the page origin). */
  url: string;
  method: string;
  headers: readonly HeaderPair[];
  credentials: Credentials;
  /** How the request is made: fetch() (default) or a plain HTML form. */
  via?: 'fetch' | 'form';
}

export interface HttpMessage {
  /** Request line or status line. */
  start: string;
  headers: HeaderPair[];
}

export type StepStatus = 'ok' | 'fail' | 'info';

export interface Step {
  title: string;
  status: StepStatus;
  lines: string[];
  messages?: HttpMessage[];
}

export interface Verdict {
  /** fetch() or a form navigation. */
  via: 'fetch' | 'form';
  /** Input problems; when present nothing else is filled in. */
  errors: string[];
  sameOrigin: boolean;
  allowed: boolean;
  preflightSent: boolean;
  /** Whether the actual request reaches the server (it does even when the response is blocked). */
  actualSent: boolean;
  /** Access-Control-Request-Headers of the preflight, or undefined. */
  requestHeadersList?: string;
  /** The method as fetch() sends it. */
  method: string;
  /** The request URL as the browser writes it. */
  url: string;
  /** Lower-case names of the response headers JavaScript can read (when allowed). */
  readable: string[];
  /** Chromium's console line, when blocked by CORS. */
  consoleMessage?: string;
  /** Other lines Chromium may print instead (several refused headers: see CorsFailure.alternatives). */
  consoleAlternatives?: string[];
  /** The TypeError fetch() throws before sending anything. */
  thrown?: string;
  failure?: CorsFailure;
  /** A form's Content-Type (enctype) when it POSTs; only for `via: 'form'`. */
  formEnctype?: string;
  /** Seconds Chromium caches a passed preflight; 0 = a repeat sends it again. */
  preflightCacheSeconds?: number;
  steps: Step[];
}
