/**
 * `docker images`: the v29 default tree view (docker/cli
 * cli/command/image/tree.go, as a TTY prints it, without colours) and the
 * classic table (formatter/image.go) used with --format/-q/--digests.
 */
import type { ImageSnapshot } from '../types.ts';
import { humanDuration, humanSize } from './units.ts';

const SPACING = 3;

export interface TreeRow {
  name: string;
  image: ImageSnapshot;
  inUse: boolean;
}

export function imageTree(images: { image: ImageSnapshot; inUse: boolean }[], width: number): string {
  const rows: TreeRow[] = [];
  for (const { image, inUse } of images) {
    const tags = [...image.repoTags].sort();
    if (tags.length === 0) rows.push({ name: '', image, inUse });
    for (const t of tags) rows.push({ name: t, image, inUse });
  }
  rows.sort((a, b) => {
    if ((a.name === '') !== (b.name === '')) return a.name === '' ? 1 : -1;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  const anyInUse = rows.some((r) => r.inUse);
  const chipsWidth = anyInUse ? 3 : 0;
  const cols = [
    { title: 'IMAGE', width: 0, right: false },
    { title: 'ID', width: 12, right: false },
    { title: 'DISK USAGE', width: 10, right: true },
    { title: 'CONTENT SIZE', width: 12, right: true },
    { title: 'EXTRA', width: Math.max(5, chipsWidth), right: false },
  ];
  let nameWidth = width;
  let shown = cols.length;
  for (let i = 1; i < cols.length; i++) {
    const d = (cols[i] as { width: number }).width + SPACING;
    if (nameWidth - d < 12) {
      shown = i;
      break;
    }
    nameWidth -= d;
  }
  const widest = Math.max(5, ...rows.map((r) => (r.name || '<untagged>').length));
  if (nameWidth > widest) nameWidth = widest;
  const used = cols.slice(0, shown);
  (used[0] as { width: number }).width = nameWidth;
  const cell = (c: { width: number; right: boolean }, s: string, noEllipsis = false) => {
    const fill = c.width - [...s].length;
    if (fill < 0) return noEllipsis ? s : [...s].slice(0, c.width - 1).join('') + '…';
    return c.right ? ' '.repeat(fill) + s : s + ' '.repeat(fill);
  };
  const legend = 'i Info →   U  In Use';
  let out = ' '.repeat(Math.max(0, width - [...legend].length)) + legend + '\n';
  out += used.map((c, i) => (i > 0 ? ' '.repeat(SPACING) : '') + cell(c, c.title)).join('') + '\n';
  for (const r of rows) {
    const name = r.name || '<untagged>';
    let line = cell(used[0] as { width: number; right: boolean }, name, true);
    if (name.length > nameWidth) line += '\n' + ' '.repeat(nameWidth);
    const values = [
      r.image.id.replace(/^sha256:/, '').slice(0, 12),
      humanSize(r.image.size, 3),
      humanSize(r.image.contentSize, 3),
      anyInUse ? (r.inUse ? ' U ' : '   ') : '',
    ];
    for (let i = 1; i < used.length; i++)
      line += ' '.repeat(SPACING) + cell(used[i] as { width: number; right: boolean }, values[i - 1] as string);
    out += line + '\n';
  }
  return out;
}

export const IMAGE_TABLE = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
export const IMAGE_TABLE_DIGEST = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}';
export const IMAGE_TITLES: Record<string, string> = {
  Repository: 'REPOSITORY',
  Tag: 'TAG',
  ID: 'IMAGE ID',
  CreatedSince: 'CREATED',
  Size: 'SIZE',
  Digest: 'DIGEST',
  CreatedAt: 'CREATED AT',
  Containers: 'CONTAINERS',
  SharedSize: 'SHARED SIZE',
  UniqueSize: 'UNIQUE SIZE',
  VirtualSize: 'SIZE',
};

/** One table row per repo:tag (a dangling image gives one `<none>` row). */
export function imageRows(images: ImageSnapshot[], now: number, trunc: boolean): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  for (const img of images) {
    const tags = img.repoTags.length ? img.repoTags : ['<none>:<none>'];
    for (const t of tags) {
      const at = t.lastIndexOf(':');
      const repo = t.slice(0, at);
      const digest =
        img.repoDigests.find((d) => d.startsWith(repo + '@'))?.split('@')[1] ?? (img.repoDigests.length ? img.digest : '<none>');
      rows.push({
        Repository: repo,
        Tag: t.slice(at + 1),
        ID: trunc ? img.id.replace(/^sha256:/, '').slice(0, 12) : img.id,
        CreatedSince: `${humanDuration(now - img.created)} ago`,
        CreatedAt: new Date(img.created)
          .toISOString()
          .replace('T', ' ')
          .replace(/\.\d+Z$/, ' +0000 UTC'),
        Size: humanSize(img.size, 3),
        VirtualSize: humanSize(img.size, 3),
        Digest: digest,
        Containers: 'N/A',
      });
    }
  }
  return rows;
}
