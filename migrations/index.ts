import * as migration_20261129_004552_initial from './20261129_004552_initial';

export const migrations = [
  {
    up: migration_20261129_004552_initial.up,
    down: migration_20261129_004552_initial.down,
    name: '20261129_004552_initial'
  },
];
