import * as migration_20261128_055441_initial from './20261128_055441_initial';

export const migrations = [
  {
    up: migration_20261128_055441_initial.up,
    down: migration_20261128_055441_initial.down,
    name: '20261128_055441_initial'
  },
];
