import * as migration_20261129_004552_initial from './20261129_004552_initial';
import * as migration_20261129_014602_faq_intro from './20261129_014602_faq_intro';
import * as migration_20261129_024920_redirects from './20261129_024920_redirects';
import * as migration_20261129_032026_guide_author from './20261129_032026_guide_author';
import * as migration_20261129_035328_scheduled_publish from './20261129_035328_scheduled_publish';
import * as migration_20261129_035705_search from './20261129_035705_search';
import * as migration_20261129_064656_comments from './20261129_064656_comments';
import * as migration_20261129_130632_media_storage_fields from './20261129_130632_media_storage_fields';
import * as migration_20261129_204500_taxonomy_guide_indexes from './20261129_204500_taxonomy_guide_indexes';
import * as migration_20261201_063000_search_plans from './20261201_063000_search_plans';
import * as migration_20261201_213400_no_account_lockout from './20261201_213400_no_account_lockout';
import * as migration_20261201_224121_taxonomy_guide_count from './20261201_224121_taxonomy_guide_count';
import * as migration_20261202_072213_users_without_lockout_columns from './20261202_072213_users_without_lockout_columns';
import * as migration_20261202_181931_guide_featured_image_and_import_sources from './20261202_181931_guide_featured_image_and_import_sources';
import * as migration_20261202_183451_wordpress_import_runs from './20261202_183451_wordpress_import_runs';
import * as migration_20261202_190500_author_profiles from './20261202_190500_author_profiles';
import * as migration_20261203_080851_quick_facts_and_salary_levels from './20261203_080851_quick_facts_and_salary_levels';
import * as migration_20261203_100000_published_guide_indexes from './20261203_100000_published_guide_indexes';
import * as migration_20261204_030000_guide_technology_index from './20261204_030000_guide_technology_index';

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
  {
    up: migration_20261129_032026_guide_author.up,
    down: migration_20261129_032026_guide_author.down,
    name: '20261129_032026_guide_author',
  },
  {
    up: migration_20261129_035328_scheduled_publish.up,
    down: migration_20261129_035328_scheduled_publish.down,
    name: '20261129_035328_scheduled_publish',
  },
  {
    up: migration_20261129_035705_search.up,
    down: migration_20261129_035705_search.down,
    name: '20261129_035705_search',
  },
  {
    up: migration_20261129_064656_comments.up,
    down: migration_20261129_064656_comments.down,
    name: '20261129_064656_comments',
  },
  {
    up: migration_20261129_130632_media_storage_fields.up,
    down: migration_20261129_130632_media_storage_fields.down,
    name: '20261129_130632_media_storage_fields',
  },
  {
    up: migration_20261129_204500_taxonomy_guide_indexes.up,
    down: migration_20261129_204500_taxonomy_guide_indexes.down,
    name: '20261129_204500_taxonomy_guide_indexes',
  },
  {
    up: migration_20261201_063000_search_plans.up,
    down: migration_20261201_063000_search_plans.down,
    name: '20261201_063000_search_plans',
  },
  {
    up: migration_20261201_213400_no_account_lockout.up,
    down: migration_20261201_213400_no_account_lockout.down,
    name: '20261201_213400_no_account_lockout',
  },
  {
    up: migration_20261201_224121_taxonomy_guide_count.up,
    down: migration_20261201_224121_taxonomy_guide_count.down,
    name: '20261201_224121_taxonomy_guide_count',
  },
  {
    up: migration_20261202_072213_users_without_lockout_columns.up,
    down: migration_20261202_072213_users_without_lockout_columns.down,
    name: '20261202_072213_users_without_lockout_columns',
  },
  {
    up: migration_20261202_181931_guide_featured_image_and_import_sources.up,
    down: migration_20261202_181931_guide_featured_image_and_import_sources.down,
    name: '20261202_181931_guide_featured_image_and_import_sources',
  },
  {
    up: migration_20261202_183451_wordpress_import_runs.up,
    down: migration_20261202_183451_wordpress_import_runs.down,
    name: '20261202_183451_wordpress_import_runs',
  },
  {
    up: migration_20261202_190500_author_profiles.up,
    down: migration_20261202_190500_author_profiles.down,
    name: '20261202_190500_author_profiles',
  },
  {
    up: migration_20261203_080851_quick_facts_and_salary_levels.up,
    down: migration_20261203_080851_quick_facts_and_salary_levels.down,
    name: '20261203_080851_quick_facts_and_salary_levels'
  },
  {
    up: migration_20261203_100000_published_guide_indexes.up,
    down: migration_20261203_100000_published_guide_indexes.down,
    name: '20261203_100000_published_guide_indexes'
  },
  {
    up: migration_20261204_030000_guide_technology_index.up,
    down: migration_20261204_030000_guide_technology_index.down,
    name: '20261204_030000_guide_technology_index'
  },
];
