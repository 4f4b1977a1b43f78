/**
 * The browser side of src/lib/progress: reads and writes the one localStorage
 * key. Storage that is missing or full (private windows, quota) is treated as
 * empty progress: the page keeps working, it just does not remember.
 */
import { PROGRESS_KEY, parseStored, type Progress, type ReadResult } from '../lib/progress/progress';

export const PROGRESS_EVENT = 'cn-progress-change';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** A problem found on this page load, kept so every element on the page can say it. */
let problemThisPage: string | undefined;

/**
 * Reads the saved progress. A corrupt or old value is replaced by the readable
 * part of it (or a fresh start) and the problem is returned, for the page to say.
 */
export function loadProgress(): ReadResult {
  const store = storage();
  let raw: string | null;
  try {
    raw = store?.getItem(PROGRESS_KEY) ?? null;
  } catch {
    raw = null;
  }
  const result = parseStored(raw);
  if (result.problem) {
    problemThisPage = result.problem;
    saveProgress(result.progress);
  }
  return problemThisPage ? { progress: result.progress, problem: problemThisPage } : result;
}

/** The stored object as it is, to keep the parts other pages own (`practice`). */
function storedRoot(): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(PROGRESS_KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function saveProgress(p: Progress): boolean {
  try {
    storage()?.setItem(PROGRESS_KEY, JSON.stringify({ ...storedRoot(), ...p }));
    window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
    return true;
  } catch {
    return false;
  }
}

/** Read, change, write. */
export function updateProgress(change: (p: Progress) => Progress): Progress {
  const next = change(loadProgress().progress);
  saveProgress(next);
  return next;
}

export function clearProgress(): void {
  try {
    storage()?.removeItem(PROGRESS_KEY);
  } catch {
    /* nothing stored, nothing to clear */
  }
  window.dispatchEvent(new CustomEvent(PROGRESS_EVENT));
}
