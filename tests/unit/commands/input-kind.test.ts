import { describe, expect, it } from 'vitest';
import { inputKind } from '../../../src/lib/commands/input-kind';

describe('inputKind: what was pasted', () => {
  it.each([
    ['docker run --rm nginx', 'command'],
    ['$ docker compose up -d\n$ docker ps', 'command'],
    ['', 'command'],
    [
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt \\\n  && rm -rf /root/.cache\nCMD ["flask", "run"]',
      'dockerfile',
    ],
    ['# syntax=docker/dockerfile:1\nARG VERSION=3.12\nFROM python:${VERSION}\nRUN echo hi', 'dockerfile'],
    ['services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"', 'compose'],
    ['name: app\nservices:\n  db:\n    image: postgres:16\nvolumes:\n  data:', 'compose'],
    ['FROM is a word\ndocker run nginx\ndocker ps\ndocker logs web', 'command'],
  ])('%j → %s', (text, kind) => {
    expect(inputKind(text)).toBe(kind);
  });

  it('looks at the start only, so 100 KB stays cheap', () => {
    expect(inputKind(`services:\n${'  x: 1\n'.repeat(20_000)}`)).toBe('compose');
  });
});
