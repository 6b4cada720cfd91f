import { ReviewNotice as ReviewNotice_938619bf72383a0f4e8e5cd4c116f5aa } from '../../../components/workflow/ReviewNotice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewActions as ReviewActions_9488df5c7b3539e6efadeeec5abf7d55 } from '../../../components/workflow/ReviewActions'
import { PublishAction as PublishAction_0fd5f4fc4747afb00f8586ff21fbfb2c } from '../../../components/workflow/PublishAction'
import { ReviewStatus as ReviewStatus_7e9ab323e7e648f8b39b1f5923f53360 } from '../../../components/workflow/ReviewStatus'
import { NoUnpublishMenuItem as NoUnpublishMenuItem_0fd5f4fc4747afb00f8586ff21fbfb2c } from '../../../components/workflow/PublishAction'
import { CitizenSubmission as CitizenSubmission_27726ad00ba38cdc4e56cc5f30372074 } from '../../../components/feedback/CitizenSubmission'
import { FeedbackTriage as FeedbackTriage_4fbe92bd7c1b4089881a7f83b87eb500 } from '../../../components/feedback/FeedbackTriage'
import { PriorityCell as PriorityCell_9c26cc18e01277bda239ab3c2a8f19b2 } from '../../../components/feedback/FeedbackCells'
import { AssigneeCell as AssigneeCell_9c26cc18e01277bda239ab3c2a8f19b2 } from '../../../components/feedback/FeedbackCells'
import { DeadlineCell as DeadlineCell_9c26cc18e01277bda239ab3c2a8f19b2 } from '../../../components/feedback/FeedbackCells'
import { FeedbackHistory as FeedbackHistory_398aaef8dccb3a1313445eb908ab23d5 } from '../../../components/feedback/FeedbackHistory'
import { ReportExports as ReportExports_074c97bf2d8643ead4602328f30b3a44 } from '../../../components/ReportExports'
import { BrandIcon as BrandIcon_34e61812ea3c2c569583a67ba074fb71 } from '../../../components/brand/Brand'
import { BrandLogo as BrandLogo_34e61812ea3c2c569583a67ba074fb71 } from '../../../components/brand/Brand'
import { SchoolHome as SchoolHome_13816c23ac7e0e07d30a087aacfd631b } from '../../../components/home/SchoolHome'
import { UrgentQueue as UrgentQueue_a454003de8c98386bf98839db5b43c99 } from '../../../components/UrgentQueue'
import { StatisticsLink as StatisticsLink_b8431d51663ebb6123ba6fbf1a06d141 } from '../../../components/StatisticsView'
import { ReviewQueue as ReviewQueue_0a3ae08271ef03452a037534f819af9a } from '../../../components/ReviewQueue'
import { FeedbackQueue as FeedbackQueue_5ca982c5ab893be78f4e9b4ffe299863 } from '../../../components/FeedbackQueue'
import { PressQueue as PressQueue_91f284453546361d00881b002f0ad940 } from '../../../components/PressQueue'
import { MissingReports as MissingReports_f549c1f9cce3df8f04de46d3d1eb25b9 } from '../../../components/MissingReports'
import { SiteBuildPanel as SiteBuildPanel_dc1aba35a97d27d93cef54c6a0115a8f } from '../../../components/SiteBuildPanel'
import { AccountsPanel as AccountsPanel_8a31f5f8576883371038fdc98ff42c9f } from '../../../components/home/AccountsPanel'
import { VietnameseNames as VietnameseNames_8a19be1f69bc57ba11d41e5fe20f1d21 } from '../../../components/a11y/VietnameseNames'
import { StatisticsView as StatisticsView_b8431d51663ebb6123ba6fbf1a06d141 } from '../../../components/StatisticsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/workflow/ReviewNotice#ReviewNotice": ReviewNotice_938619bf72383a0f4e8e5cd4c116f5aa,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/workflow/ReviewActions#ReviewActions": ReviewActions_9488df5c7b3539e6efadeeec5abf7d55,
  "/components/workflow/PublishAction#PublishAction": PublishAction_0fd5f4fc4747afb00f8586ff21fbfb2c,
  "/components/workflow/ReviewStatus#ReviewStatus": ReviewStatus_7e9ab323e7e648f8b39b1f5923f53360,
  "/components/workflow/PublishAction#NoUnpublishMenuItem": NoUnpublishMenuItem_0fd5f4fc4747afb00f8586ff21fbfb2c,
  "/components/feedback/CitizenSubmission#CitizenSubmission": CitizenSubmission_27726ad00ba38cdc4e56cc5f30372074,
  "/components/feedback/FeedbackTriage#FeedbackTriage": FeedbackTriage_4fbe92bd7c1b4089881a7f83b87eb500,
  "/components/feedback/FeedbackCells#PriorityCell": PriorityCell_9c26cc18e01277bda239ab3c2a8f19b2,
  "/components/feedback/FeedbackCells#AssigneeCell": AssigneeCell_9c26cc18e01277bda239ab3c2a8f19b2,
  "/components/feedback/FeedbackCells#DeadlineCell": DeadlineCell_9c26cc18e01277bda239ab3c2a8f19b2,
  "/components/feedback/FeedbackHistory#FeedbackHistory": FeedbackHistory_398aaef8dccb3a1313445eb908ab23d5,
  "/components/ReportExports#ReportExports": ReportExports_074c97bf2d8643ead4602328f30b3a44,
  "/components/brand/Brand#BrandIcon": BrandIcon_34e61812ea3c2c569583a67ba074fb71,
  "/components/brand/Brand#BrandLogo": BrandLogo_34e61812ea3c2c569583a67ba074fb71,
  "/components/home/SchoolHome#SchoolHome": SchoolHome_13816c23ac7e0e07d30a087aacfd631b,
  "/components/UrgentQueue#UrgentQueue": UrgentQueue_a454003de8c98386bf98839db5b43c99,
  "/components/StatisticsView#StatisticsLink": StatisticsLink_b8431d51663ebb6123ba6fbf1a06d141,
  "/components/ReviewQueue#ReviewQueue": ReviewQueue_0a3ae08271ef03452a037534f819af9a,
  "/components/FeedbackQueue#FeedbackQueue": FeedbackQueue_5ca982c5ab893be78f4e9b4ffe299863,
  "/components/PressQueue#PressQueue": PressQueue_91f284453546361d00881b002f0ad940,
  "/components/MissingReports#MissingReports": MissingReports_f549c1f9cce3df8f04de46d3d1eb25b9,
  "/components/SiteBuildPanel#SiteBuildPanel": SiteBuildPanel_dc1aba35a97d27d93cef54c6a0115a8f,
  "/components/home/AccountsPanel#AccountsPanel": AccountsPanel_8a31f5f8576883371038fdc98ff42c9f,
  "/components/a11y/VietnameseNames#VietnameseNames": VietnameseNames_8a19be1f69bc57ba11d41e5fe20f1d21,
  "/components/StatisticsView#StatisticsView": StatisticsView_b8431d51663ebb6123ba6fbf1a06d141,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
