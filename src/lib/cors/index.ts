/** The CORS lab's model: see docs/cors-lab.md. */
export { decide, type LabRequest, type Verdict, type Step, type HttpMessage } from './verdict';
export { serverRespond, type ServerConfig, type RawServerHeaders, type ServerResponse } from './server';
export { parseLabQuery, serializeLabQuery, DEFAULT_STATE, RAW_PARAMS, FLASK_PARAMS, type LabState } from './query';
export { PRESETS, presetHref, flaskCode, type Preset } from './presets';
export { FLASK_CORS_DEFAULTS, type FlaskCorsSettings } from './flask-cors';
export type { Credentials } from './checks';
