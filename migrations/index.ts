import * as migration_20261129_004552_initial from './20261129_004552_initial';
import * as migration_20261129_014602_faq_intro from './20261129_014602_faq_intro';
import * as migration_20261129_024920_redirects from './20261129_024920_redirects';

export const migrations = [
  {
    up: migration_20261129_004552_initial.up,
    down: migration_20261129_004552_initial.down,
    name: '20261129_004552_initial',
  },
  {
    up: migration_20261129_014602_faq_intro.up,
    down: migration_20261129_014602_faq_intro.down,
    name: '20261129_014602_faq_intro',
  },
  {
    up: migration_20261129_024920_redirects.up,
    down: migration_20261129_024920_redirects.down,
    name: '20261129_024920_redirects',
  },
];
