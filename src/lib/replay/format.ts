/** Time labels for the player: compact for the eye, spelled out for screen readers. */

/** `m:ss` (or `h:mm:ss`) for a position in milliseconds; negative and NaN show as 0:00. */
export function formatTime(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

function spell(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts: string[] = [];
  const unit = (n: number, word: string) => parts.push(`${n} ${word}${n === 1 ? '' : 's'}`);
  if (h) unit(h, 'hour');
  if (m) unit(m, 'minute');
  if (s || parts.length === 0) unit(s, 'second');
  return parts.join(' ');
}

/**
 * The seek slider's `aria-valuetext`: "12 seconds of 1 minute 5 seconds", which
 * a screen reader says naturally (it would read "0:12" as "zero colon twelve").
 */
export function describePosition(position: number, duration: number): string {
  return `${spell(position)} of ${spell(duration)}`;
}

/** `1×`, `0.25×`, `1.5×`. */
export function formatSpeed(speed: number): string {
  return `${Number(speed.toFixed(2))}×`;
}
