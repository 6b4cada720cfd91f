import * as migration_20261128_055441_initial from './20261128_055441_initial'
import * as migration_20261128_062225_portal_documents from './20261128_062225_portal_documents'
import * as migration_20261128_062643_workflow_audit_builds from './20261128_062643_workflow_audit_builds'
import * as migration_20261128_071759_opinion_reports from './20261128_071759_opinion_reports'
import * as migration_20261128_072030_feedback_triage from './20261128_072030_feedback_triage'
import * as migration_20261128_074659_personal_data_retention from './20261128_074659_personal_data_retention'
import * as migration_20261128_092643_anonymous_ratings from './20261128_092643_anonymous_ratings'
import * as migration_20261128_092657_ratings_off_feedback from './20261128_092657_ratings_off_feedback'
import * as migration_20261202_152703_identity_and_opinion from './20261202_152703_identity_and_opinion'
import * as migration_20261202_181909_themes_and_sections from './20261202_181909_themes_and_sections'
import * as migration_20261202_191605_coordination_resubmission_press from './20261202_191605_coordination_resubmission_press'
import * as migration_20261202_215005_procedures_and_events from './20261202_215005_procedures_and_events'
import * as migration_20261203_005106_admin_opinion_sections from './20261203_005106_admin_opinion_sections'
import * as migration_20261203_061924_disclosures_gallery from './20261203_061924_disclosures_gallery'
import * as migration_20261203_145049_intake_queue from './20261203_145049_intake_queue'

export const migrations = [
  {
    up: migration_20261128_055441_initial.up,
    down: migration_20261128_055441_initial.down,
    name: '20261128_055441_initial',
  },
  {
    up: migration_20261128_062225_portal_documents.up,
    down: migration_20261128_062225_portal_documents.down,
    name: '20261128_062225_portal_documents',
  },
  {
    up: migration_20261128_062643_workflow_audit_builds.up,
    down: migration_20261128_062643_workflow_audit_builds.down,
    name: '20261128_062643_workflow_audit_builds',
  },
  {
    up: migration_20261128_071759_opinion_reports.up,
    down: migration_20261128_071759_opinion_reports.down,
    name: '20261128_071759_opinion_reports',
  },
  {
    up: migration_20261128_072030_feedback_triage.up,
    down: migration_20261128_072030_feedback_triage.down,
    name: '20261128_072030_feedback_triage',
  },
  {
    up: migration_20261128_074659_personal_data_retention.up,
    down: migration_20261128_074659_personal_data_retention.down,
    name: '20261128_074659_personal_data_retention',
  },
  {
    up: migration_20261128_092643_anonymous_ratings.up,
    down: migration_20261128_092643_anonymous_ratings.down,
    name: '20261128_092643_anonymous_ratings',
  },
  {
    up: migration_20261128_092657_ratings_off_feedback.up,
    down: migration_20261128_092657_ratings_off_feedback.down,
    name: '20261128_092657_ratings_off_feedback',
  },
  {
    up: migration_20261202_152703_identity_and_opinion.up,
    down: migration_20261202_152703_identity_and_opinion.down,
    name: '20261202_152703_identity_and_opinion',
  },
  {
    up: migration_20261202_181909_themes_and_sections.up,
    down: migration_20261202_181909_themes_and_sections.down,
    name: '20261202_181909_themes_and_sections',
  },
  {
    up: migration_20261202_191605_coordination_resubmission_press.up,
    down: migration_20261202_191605_coordination_resubmission_press.down,
    name: '20261202_191605_coordination_resubmission_press',
  },
  {
    up: migration_20261202_215005_procedures_and_events.up,
    down: migration_20261202_215005_procedures_and_events.down,
    name: '20261202_215005_procedures_and_events',
  },
  {
    up: migration_20261203_005106_admin_opinion_sections.up,
    down: migration_20261203_005106_admin_opinion_sections.down,
    name: '20261203_005106_admin_opinion_sections',
  },
  {
    up: migration_20261203_061924_disclosures_gallery.up,
    down: migration_20261203_061924_disclosures_gallery.down,
    name: '20261203_061924_disclosures_gallery',
  },
  {
    up: migration_20261203_145049_intake_queue.up,
    down: migration_20261203_145049_intake_queue.down,
    name: '20261203_145049_intake_queue',
  },
]
