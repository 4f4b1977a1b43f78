/** Sizes and durations the way docker/go-units prints them (size.go, duration.go). */

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

function goG(value: number, precision: number): string {
  // Go's %.Ng: N significant digits, trailing zeros dropped.
  return String(Number(value.toPrecision(precision)));
}

/** units.HumanSizeWithPrecision: decimal (1000) steps. */
export function humanSize(bytes: number, precision = 4): string {
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return goG(size, precision) + UNITS[i];
}

/** units.HumanDuration. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / 60000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hoursExact = ms / 3600000;
  const hours = Math.floor(hoursExact + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hoursExact / 24 / 365)} years`;
}

/** RFC 3339 with nanoseconds, as the Engine API writes times. */
export function apiTime(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(0, 19) + '.' + String(ms % 1000).padStart(3, '0') + '000000Z';
}
