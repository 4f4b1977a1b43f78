/**
 * The official postgres image's start (docker-library/postgres
 * `docker-entrypoint.sh`): initdb into an empty PGDATA, which needs a
 * password, or "Skipping initialization" when PGDATA already holds a cluster
 * (a kept volume), then the server's log.
 */
import type { ContainerSnapshot } from './types.ts';
import { envOf, type Line, type ProgramStart } from './programs.ts';

const out = (text: string): Line => ({ stream: 'stdout', text });
const err = (text: string): Line => ({ stream: 'stderr', text });

/** Where the postgres image keeps its cluster (PGDATA), and the version banner of its build. */
export function postgresData(c: ContainerSnapshot): { pgdata: string; major: string; banner: string } {
  const env = envOf(c);
  const version = env.PG_VERSION ?? '18.1';
  const debian = version.includes('pgdg');
  const plain = version.split('-')[0] as string;
  return {
    pgdata: env.PGDATA ?? '/var/lib/postgresql/data',
    major: env.PG_MAJOR ?? plain.split('.')[0] ?? '18',
    banner: debian ? `PostgreSQL ${plain} (Debian ${version}) on x86_64-pc-linux-gnu` : `PostgreSQL ${plain} on x86_64-pc-linux-musl`,
  };
}

/** postgres's docker-entrypoint.sh: initdb on an empty PGDATA (needs a password), then the server. */
export function postgresStart(c: ContainerSnapshot, dataExists: boolean): ProgramStart {
  const env = envOf(c);
  const { pgdata, banner } = postgresData(c);
  const server = [
    err(`LOG:  starting ${banner}\n`),
    err('LOG:  listening on IPv4 address "0.0.0.0", port 5432\n'),
    err('LOG:  listening on IPv6 address "::", port 5432\n'),
    err('LOG:  database system is ready to accept connections\n'),
  ];
  if (dataExists)
    return {
      running: true,
      exitCode: 0,
      lines: [out('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n'), ...server],
    };
  if (!env.POSTGRES_PASSWORD && env.POSTGRES_HOST_AUTH_METHOD !== 'trust') {
    return {
      running: false,
      exitCode: 1,
      lines: [
        err('Error: Database is uninitialized and superuser password is not specified.\n'),
        err('       You must specify POSTGRES_PASSWORD to a non-empty value for the\n'),
        err('       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".\n'),
        err('\n'),
        err('       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all\n'),
        err('       connections without a password. This is *not* recommended.\n'),
        err('\n'),
        err('       See PostgreSQL documentation about "trust":\n'),
        err('       https://www.postgresql.org/docs/current/auth-trust.html\n'),
      ],
    };
  }
  return {
    running: true,
    exitCode: 0,
    initialized: true,
    lines: [
      out(`The files belonging to this database system will be owned by user "postgres".\n`),
      out('This user must also own the server process.\n\n'),
      out('The database cluster will be initialized with locale "en_US.utf8".\n'),
      out('The default database encoding has accordingly been set to "UTF8".\n\n'),
      out(`fixing permissions on existing directory ${pgdata} ... ok\n`),
      out('creating subdirectories ... ok\n'),
      out('performing post-bootstrap initialization ... ok\n'),
      out('syncing data to disk ... ok\n\n'),
      out('Success. You can now start the database server using:\n\n'),
      out(`    pg_ctl -D ${pgdata} -l logfile start\n\n`),
      out(`waiting for server to start.... done\nserver started\n\n`),
      out(`/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n`),
      out('PostgreSQL init process complete; ready for start up.\n\n'),
      ...server,
    ],
  };
}
