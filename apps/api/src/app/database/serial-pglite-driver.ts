/**
 * PGlite is one connection. TypeORM's postgres driver asks a pool for a client, runs its queries, and
 * releases it; with PGlite every "client" is the same session, so two requests could interleave their
 * transactions. This pool hands the single session to one query runner at a time (a FIFO mutex),
 * which gives PGlite the same isolation a real server gives separate connections.
 */
import { PGliteDriver } from 'typeorm-pglite';
// the pool class is not re-exported by the package's index
import { PGlitePool } from 'typeorm-pglite/dist/pglite-pool';
import type { PGliteOptions } from '@electric-sql/pglite';

type Done = () => void;
type ConnectCallback = Parameters<PGlitePool['connect']>[0];

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<Done> {
    let release!: Done;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => next);
    return ready;
  }
}

const mutex = new Mutex();

class SerialPGlitePool extends PGlitePool {
  override connect(callback: ConnectCallback): Promise<void> {
    return mutex.acquire().then((release) => {
      let released = false;
      const done: Done = () => {
        if (!released) {
          released = true;
          release();
        }
      };
      return super.connect((error, client) => {
        if (error) done();
        callback(error, client, done);
      });
    });
  }
}

/** A TypeORM `driver` option for PGlite with serialised access. */
export function serialPGliteDriver(options: PGliteOptions): unknown {
  new PGliteDriver(options); // registers the options for the shared PGlite instance
  return class {
    static Pool = SerialPGlitePool;
  };
}
