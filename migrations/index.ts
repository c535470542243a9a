import * as migration_20261129_002049_initial from './20261129_002049_initial';

export const migrations = [
  {
    up: migration_20261129_002049_initial.up,
    down: migration_20261129_002049_initial.down,
    name: '20261129_002049_initial'
  },
];
