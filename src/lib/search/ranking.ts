/**
 * How search ranks results, beyond Pagefind's defaults, and what stays out of
 * its index. Pure; src/client/search-ui.ts hands the ranking to every search
 * instance before it loads, the page templates use the weights and checks.
 * @see https://pagefind.app/docs/ranking/
 */

/**
 * Pagefind's ranking options. `termSimilarity` well above its default (1)
 * ranks a word as typed above longer words it starts ("port" above
 * "portfolio" and "Portability"); `termSaturation` below its default lets a
 * page that uses a concept word often (a lesson) beat one that names it once
 * in its title (a command); `pageLength` lower so long lessons are not pushed
 * down for being long.
 */
export const SEARCH_RANKING = {
  termSimilarity: 8,
  termSaturation: 0.8,
  pageLength: 0.3,
} as const;

/**
 * `data-pagefind-weight` for a command page's title. Pagefind weighs an h1 7
 * and an h2 6 by default: at 3, a command named after a concept
 * (`docker volume rm`) ranks below the lesson teaching that concept and its
 * sections, and still above a lesson that only mentions it.
 */
export const COMMAND_TITLE_WEIGHT = 3;

/**
 * `data-pagefind-weight` for a command page's option descriptions (1 is
 * Pagefind's default for body text). Descriptions repeat concept words
 * ("volume" a dozen times on `docker volume create`); at half weight they
 * still find the page, but below the lesson that teaches the concept. Option
 * names (`--rm`) keep the full weight; the usage line is not indexed.
 */
export const COMMAND_BODY_WEIGHT = 0.5;

const RAW_ID = /\b[0-9a-f]{64}\b/;

/**
 * Whether terminal output holds a full 64-character container or image ID.
 * Such output is left out of the index: it matches nothing a learner types
 * and fills result excerpts with noise.
 */
export function hasRawId(text: string): boolean {
  return RAW_ID.test(text);
}
