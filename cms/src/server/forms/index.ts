import type { Payload } from 'payload'
import type { ServerEnv } from '../env'
import { publicFormRouter } from '../public-form'
import { draftCommentForm } from './draft-comment'
import { feedbackForm } from './feedback'
import { lookupForm } from './lookup'
import { ratingForm } from './rating'

/** The public forms, each defined in its own file; ../public-form.ts answers them all the same way. */
export function publicFormRouters(payload: Payload, env: ServerEnv) {
  return [
    publicFormRouter(payload, feedbackForm(payload, env)),
    publicFormRouter(payload, draftCommentForm(payload, env)),
    publicFormRouter(payload, lookupForm(payload, env)),
    publicFormRouter(payload, ratingForm(payload, env)),
  ]
}
