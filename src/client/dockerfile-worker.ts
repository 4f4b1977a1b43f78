/**
 * Explains a Dockerfile off the main thread (see file-explainer.ts). One
 * worker per file kind, so a Dockerfile never downloads the YAML parser and
 * the Compose schema, and a compose file never downloads the Dockerfile parser.
 */
import { explainDockerfile } from '../lib/dockerfile/index';
import { serve } from './worker-serve';

serve(explainDockerfile);
