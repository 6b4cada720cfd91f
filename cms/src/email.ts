import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

/**
 * E-mail through SMTP (nodemailer) when SMTP_HOST is set (SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE,
 * MAIL_FROM, MAIL_FROM_NAME); otherwise Payload writes each mail to the console (development).
 * Payload's own @payloadcms/email-nodemailer exists only up to 3.90.1 and pins payload to it, so this is the same
 * small adapter written against Payload's EmailAdapter interface.
 */
export function emailAdapter(): EmailAdapter | undefined {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const defaultFromAddress = process.env.MAIL_FROM || 'no-reply@example.edu.vn'
  const defaultFromName = process.env.MAIL_FROM_NAME || 'Trang thông tin điện tử'
  const transport = nodemailer.createTransport({
    host,
    port: Number(process.env.SMTP_PORT || 587),
    secure: process.env.SMTP_SECURE === 'true',
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS ?? '' } : undefined,
    tls: process.env.SMTP_TLS_REJECT_UNAUTHORIZED === 'false' ? { rejectUnauthorized: false } : undefined,
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress,
    defaultFromName,
    sendEmail: async (message: SendEmailOptions) =>
      transport.sendMail({ from: { name: defaultFromName, address: defaultFromAddress }, ...message }),
  })
}
