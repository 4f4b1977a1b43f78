/** Explains a compose file off the main thread (see dockerfile-worker.ts for why one worker per kind). */
import { explainCompose } from '../lib/compose/index';
import { serve } from './worker-serve';

serve((text) => explainCompose(text));
