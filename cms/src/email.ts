import nodemailer from 'nodemailer'
import { config } from '@gd/shared/config'
import type { EmailAdapter, SendEmailOptions } from 'payload'

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
  return () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message: SendEmailOptions) =>
      transport.sendMail({ from: { name: defaultFromName, address: defaultFromAddress }, ...message }),
  })
}
