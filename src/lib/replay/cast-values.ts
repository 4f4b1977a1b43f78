/**
 * Small helpers for reading untrusted JSON values in recordings: type checks,
 * short descriptions for messages, and a nesting check that never recurses
 * (a value nested a million deep parses fine but overflows JSON.stringify).
 */
import { MAX_JSON_DEPTH } from './limits.ts';

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A positive whole number: any size is read, the caller clamps it. */
export const isSize = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/** Deepest nesting of arrays and objects in `value` (1 for a flat array), counted without recursion. */
export function depthOf(value: unknown, stopAt = MAX_JSON_DEPTH + 1): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    deepest = Math.max(deepest, d);
    if (deepest >= stopAt) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, d + 1]);
    }
  }
  return deepest;
}

/** A problem message when `value` is nested deeper than any recording needs, else undefined. */
export function tooDeep(value: unknown): string | undefined {
  // The common case, an event of plain values, needs no walk.
  if (Array.isArray(value) && value.every((x) => typeof x !== 'object' || x === null)) return undefined;
  return depthOf(value) > MAX_JSON_DEPTH ? `JSON nested more than ${MAX_JSON_DEPTH} levels deep (a recording needs 2)` : undefined;
}

/** Short, safe description of a value for a message (never serialises a nested value). */
export function show(v: unknown): string {
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (isObject(v)) return 'an object';
  const s = typeof v === 'string' ? JSON.stringify(v.length > 60 ? v.slice(0, 60) : v) : String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export function jsonError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // Engines add "in JSON at position N (line 1 column 5)"; the line is ours to give.
  return text.replace(/\s*\(line \d+ column \d+\)/, '').replace(/^JSON\.parse: /, '');
}
