/** The CORS lab's model: see docs/cors-lab.md. */
export { decide, type LabRequest, type Verdict, type Step, type HttpMessage } from './verdict.ts';
export { serverRespond, type ServerConfig, type RawServerHeaders, type ServerResponse } from './server.ts';
export { parseLabQuery, serializeLabQuery, DEFAULT_STATE, RAW_PARAMS, FLASK_PARAMS, type LabState } from './query.ts';
export { PRESETS, presetHref, flaskCode, type Preset } from './presets.ts';
export { FLASK_CORS_DEFAULTS, type FlaskCorsSettings } from './flask-cors.ts';
export type { Credentials } from './checks.ts';
