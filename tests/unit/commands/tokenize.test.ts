import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/commands/tokenize';

/** `kind:text@start-end` per token, the compact form the table compares. */
const toks = (input: string) => tokenize(input).tokens.map((t) => `${t.kind}:${t.text}@${t.start}-${t.end}`);

describe('tokenize: words, quotes and escapes, with exact spans', () => {
  const table: [string, string[]][] = [
    ['docker ps', ['word:docker@0-6', 'word:ps@7-9']],
    ['  docker\tps  ', ['word:docker@2-8', 'word:ps@9-11']],
    ["echo 'a b'", ['word:echo@0-4', 'word:a b@5-10']],
    ['echo "a \\"b\\" $x"', ['word:echo@0-4', 'word:a "b" $x@5-17']],
    // As in the shell, a backslash inside single quotes is literal: the quote after it closes.
    ["echo 'it\\'s'", ['word:echo@0-4', 'word:it\\s@5-12']],
    ['echo a\\ b', ['word:echo@0-4', 'word:a b@5-9']],
    ['--name="my app"', ['word:--name=my app@0-15']],
    ["-e FRONTEND_URL='*'", ['word:-e@0-2', 'word:FRONTEND_URL=*@3-19']],
    ['-v "$(pwd)":/app', ['word:-v@0-2', 'word:$(pwd):/app@3-16']],
    ['echo $(echo "a b" | tr a b)', ['word:echo@0-4', 'word:$(echo "a b" | tr a b)@5-27']],
    ['echo ${HOME} `date`', ['word:echo@0-4', 'word:${HOME}@5-12', 'word:`date`@13-19']],
    ['docker build <image-name> -t', ['word:docker@0-6', 'word:build@7-12', 'word:<image-name>@13-25', 'word:-t@26-28']],
    ['-p <host-port>:<container-port>', ['word:-p@0-2', 'word:<host-port>:<container-port>@3-31']],
  ];
  it.each(table)('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });
});

describe('tokenize: prompts, continuations, operators, comments', () => {
  const table: [string, string[]][] = [
    ['$ docker ps', ['prompt:$@0-1', 'word:docker@2-8', 'word:ps@9-11']],
    ['gitpod /workspace/app (main) $ docker ps', ['prompt:gitpod /workspace/app (main) $@0-30', 'word:docker@31-37', 'word:ps@38-40']],
    ['me@box:~/app$ docker ps', ['prompt:me@box:~/app$@0-13', 'word:docker@14-20', 'word:ps@21-23']],
    ['docker run \\\n  -d nginx', ['word:docker@0-6', 'word:run@7-10', 'word:-d@15-17', 'word:nginx@18-23']],
    ['docker run \\\r\n  -d', ['word:docker@0-6', 'word:run@7-10', 'word:-d@16-18']],
    ['a\\\nb', ['word:ab@0-4']],
    [
      '$ docker ps\nCONTAINER ID',
      ['prompt:$@0-1', 'word:docker@2-8', 'word:ps@9-11', 'newline:\n@11-12', 'word:CONTAINER@12-21', 'word:ID@22-24'],
    ],
    [
      'a | b && c || d; e & f',
      [
        'word:a@0-1',
        'operator:|@2-3',
        'word:b@4-5',
        'operator:&&@6-8',
        'word:c@9-10',
        'operator:||@11-13',
        'word:d@14-15',
        'operator:;@15-16',
        'word:e@17-18',
        'operator:&@19-20',
        'word:f@21-22',
      ],
    ],
    ['logs web 2>&1 >out.txt', ['word:logs@0-4', 'word:web@5-8', 'operator:2>&1@9-13', 'operator:>@14-15', 'word:out.txt@15-22']],
    ['cat < in >> out', ['word:cat@0-3', 'operator:<@4-5', 'word:in@6-8', 'operator:>>@9-11', 'word:out@12-15']],
    [
      'docker ps # list\ndocker images',
      ['word:docker@0-6', 'word:ps@7-9', 'comment:# list@10-16', 'newline:\n@16-17', 'word:docker@17-23', 'word:images@24-30'],
    ],
    ['echo a#b', ['word:echo@0-4', 'word:a#b@5-8']],
    ['echo $HOME', ['word:echo@0-4', 'word:$HOME@5-10']],
  ];
  it.each(table)('%j', (input, expected) => {
    expect(toks(input)).toEqual(expected);
  });
});

describe('tokenize: offsets map each value character to the input', () => {
  it('points inside quoted words', () => {
    const [w] = tokenize('--name="my app"').tokens;
    expect(w!.offsets).toEqual([0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 15]);
  });
  it('skips escapes', () => {
    const [w] = tokenize('a\\ b').tokens;
    expect(w!.offsets).toEqual([0, 2, 3, 4]);
  });
});

describe('tokenize: problems are reported, never thrown', () => {
  it('an unclosed double quote takes the rest of the input', () => {
    const r = tokenize('docker run "unclosed here');
    expect(r.tokens.at(-1)).toMatchObject({ text: 'unclosed here', start: 11, end: 25 });
    expect(r.issues).toEqual([expect.objectContaining({ code: 'unclosed-quote', start: 11, end: 25 })]);
  });
  it('an unclosed single quote too', () => {
    expect(tokenize("echo 'x").issues.map((i) => i.code)).toEqual(['unclosed-quote']);
  });
  it('an unclosed $( is reported', () => {
    expect(tokenize('echo $(date').issues.map((i) => i.code)).toEqual(['unclosed-substitution']);
  });
  it('empty input and a lone backslash', () => {
    expect(tokenize('').tokens).toEqual([]);
    expect(toks('\\')).toEqual(['word:\\@0-1']);
  });
  it('covers 100 KB of garbage in one pass', () => {
    const garbage = Array.from({ length: 100_000 }, (_, i) => '"\'\\$(`|&;<># \n\t-=ab'[i % 21]).join('');
    const r = tokenize(garbage);
    expect(r.tokens.length).toBeGreaterThan(0);
    for (const t of r.tokens) expect(t.end).toBeGreaterThanOrEqual(t.start);
  });
});
