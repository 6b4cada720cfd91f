import nodemailer from 'nodemailer'
import { config } from '@gd/shared/config'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/** The HTML of mails to send without the sender waiting for the mail server (sendWithoutWaiting). */
const notAwaited = new Set<string>()
/** At most this many kept: a mail marked while no SMTP server is set (Payload then logs it) is never sent here. */
const NOT_AWAITED_KEPT = 100

/**
 * Marks a mail (by its HTML) to be handed to the mail server without the sender waiting for its answer, which can
 * take seconds; a failure is logged. For mails whose sending must not show in how long a request takes: the
 * password-reset mail (./collections/Users/resetEmail.ts), which an address without an account never gets.
 */
export function sendWithoutWaiting(html: string): string {
  notAwaited.add(html)
  for (const oldest of notAwaited) {
    if (notAwaited.size <= NOT_AWAITED_KEPT) break
    notAwaited.delete(oldest)
  }
  return html
}

/**
 * E-mail through SMTP (nodemailer) when SMTP_HOST is set (SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE,
 * MAIL_FROM, MAIL_FROM_NAME); otherwise Payload writes each mail to the console (development).
 * Payload's own @payloadcms/email-nodemailer exists only up to 3.90.1 and pins payload to it, so this is the same
 * small adapter written against Payload's EmailAdapter interface.
 */
export function emailAdapter(): EmailAdapter | undefined {
  const c = config()
  const host = c.SMTP_HOST
  if (!host) return undefined
  const defaultFromAddress = c.MAIL_FROM
  const defaultFromName = c.MAIL_FROM_NAME
  const transport = nodemailer.createTransport({
    host,
    port: c.SMTP_PORT,
    secure: c.SMTP_SECURE,
    auth: c.SMTP_USER ? { user: c.SMTP_USER, pass: c.SMTP_PASS ?? '' } : undefined,
    tls: c.SMTP_TLS_REJECT_UNAUTHORIZED ? undefined : { rejectUnauthorized: false },
  })
  return ({ payload }) => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message: SendEmailOptions) => {
      const mail = { from: { name: defaultFromName, address: defaultFromAddress }, ...message }
      if (typeof message.html !== 'string' || !notAwaited.delete(message.html)) return transport.sendMail(mail)
      transport.sendMail(mail).catch((err: unknown) => payload.logger.error({ err, msg: 'Không gửi được thư (gửi không chờ)' }))
      return { queued: true }
    },
  })
}
