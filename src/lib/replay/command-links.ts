/**
 * Links from a command in a transcript to the explainer and to its cheat-sheet
 * page. The cheat-sheet slugs come from an index built at build time from the
 * command reference (src/lib/commands/), so the player never ships the whole
 * reference: a page passes only the small name → slug table it needs.
 */
import { commandHref, explainHref } from '../routes.ts';

/** Command words without `docker` (`ps`, `container ls`, `compose up`) → cheat-sheet slug. */
export type CommandIndex = Readonly<Record<string, string>>;

export interface CommandLinks {
  /** `/explain/?cmd=…` for any docker command. */
  explain?: string;
  /** `/commands/<slug>/` when the command has a cheat-sheet page. */
  cheatSheet?: string;
  /** The command's canonical slug, e.g. `container-run`. */
  slug?: string;
}

/** The explainer's URL for a command line. */
export function explainUrl(command: string): string {
  return explainHref(command);
}

/**
 * Links for one command line. Only `docker …` lines get links; the name is
 * matched word by word, longest first, so `docker compose exec web bash` finds
 * `compose exec` and `docker run --rm x` finds `run`.
 */
export function commandLinks(command: string, index: CommandIndex): CommandLinks {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'docker') return {};
  const links: CommandLinks = { explain: explainUrl(command.trim()) };
  const names: string[] = [];
  for (const w of words.slice(1)) {
    if (w.startsWith('-') || names.length === 3) break;
    names.push(w);
  }
  for (let n = names.length; n > 0; n--) {
    const slug = index[names.slice(0, n).join(' ')];
    if (slug) {
      links.slug = slug;
      links.cheatSheet = commandHref(slug);
      break;
    }
  }
  return links;
}

/** What `buildCommandIndex` needs from the command reference. */
export interface CommandNames {
  names(): string[];
  find(name: string): { name: string } | undefined;
}

/**
 * Builds the name → slug table from the reference, keeping only slugs that
 * have a page (`hasPage`), so a transcript never links to a missing page.
 */
export function buildCommandIndex(
  reference: CommandNames,
  slugOf: (canonical: string) => string,
  hasPage: (slug: string) => boolean = () => true,
): Record<string, string> {
  const index: Record<string, string> = {};
  for (const name of reference.names()) {
    const found = reference.find(name);
    if (!found || !name.startsWith('docker ')) continue;
    const slug = slugOf(found.name);
    if (hasPage(slug)) index[name.slice('docker '.length)] = slug;
  }
  return index;
}
