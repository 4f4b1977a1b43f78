/**
 * What the practice pages keep in localStorage: per exercise (and for the
 * sandbox) the commands typed and whether it was solved. All learner data of
 * the site lives under one versioned key; this module owns its `practice`
 * part and leaves any other part alone. Pure: reads and writes go through a
 * Storage-like object.
 */

export { PROGRESS_KEY as STORAGE_KEY } from '../progress/progress.ts';
import { PROGRESS_KEY as STORAGE_KEY } from '../progress/progress.ts';
/** The sandbox's entry in `exercises`. */
export const SANDBOX = '_sandbox';

export interface ExerciseProgress {
  typed: string[];
  solved: boolean;
}

export interface PracticeProgress {
  exercises: Record<string, ExerciseProgress>;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

function readRoot(storage: StorageLike): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const isEntry = (v: unknown): v is ExerciseProgress =>
  !!v &&
  typeof v === 'object' &&
  Array.isArray((v as ExerciseProgress).typed) &&
  (v as ExerciseProgress).typed.every((l) => typeof l === 'string');

export function readProgress(storage: StorageLike): PracticeProgress {
  const practice = readRoot(storage).practice as { exercises?: unknown } | undefined;
  const exercises: Record<string, ExerciseProgress> = {};
  const raw = practice?.exercises;
  if (raw && typeof raw === 'object') {
    for (const [id, entry] of Object.entries(raw)) {
      if (isEntry(entry)) exercises[id] = { typed: entry.typed, solved: entry.solved === true };
    }
  }
  return { exercises };
}

/** Saves one exercise's entry. A solved exercise stays solved after a reset. */
export function saveExercise(storage: StorageLike, id: string, typed: readonly string[], solved: boolean): PracticeProgress {
  const root = readRoot(storage);
  const progress = readProgress(storage);
  const before = progress.exercises[id];
  progress.exercises[id] = { typed: [...typed], solved: solved || before?.solved === true };
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...root, practice: progress }));
  } catch {
    // Storage full or disabled (private mode): the page keeps working without it.
  }
  return progress;
}
