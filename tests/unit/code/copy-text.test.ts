import { describe, expect, it } from 'vitest';
import { copyText } from '../../../src/lib/code/copy-text';

describe('copyText', () => {
  it.each([
    ['a single prompt line', '$ docker ps\n', 'docker ps'],
    [
      'prompt lines only, output dropped',
      '$ docker images\nREPOSITORY   TAG\nbackend-flask latest\n$ docker ps -a',
      'docker images\ndocker ps -a',
    ],
    [
      'continuation lines kept',
      '$ docker run --rm \\\n    -p 4567:4567 \\\n    backend-flask\nrunning…',
      'docker run --rm \\\n    -p 4567:4567 \\\n    backend-flask',
    ],
    ['no prompt: copied as written', 'FROM python:3.12-slim\nWORKDIR /app\n', 'FROM python:3.12-slim\nWORKDIR /app'],
    ['a bare $ line is an empty command', '$\n$ ls', '\nls'],
    ['$VAR at line start is not a prompt', '$HOME/bin/tool', '$HOME/bin/tool'],
    ['CRLF line endings', '$ docker ps\r\nCONTAINER ID\r\n', 'docker ps'],
    ['indented prompt', '  $ docker ps', 'docker ps'],
    ['empty block', '', ''],
  ])('%s', (_name, code, expected) => expect(copyText(code)).toBe(expected));
});
