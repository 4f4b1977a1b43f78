/**
 * The instructions BuildKit's Dockerfile frontend knows. A module of its own,
 * free of the parser, so the engine model can share it without bundling
 * `dockerfile-ast`.
 */
export const KNOWN_INSTRUCTIONS = [
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
] as const;
