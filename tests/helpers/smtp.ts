import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface Mailbox {
  port: number
  mails: ParsedMail[]
  /** Resolves with the first mail (received now or later) that matches. */
  waitFor(match: (m: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>
  close(): Promise<void>
}

const recipients = (m: ParsedMail): string[] => [m.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address ?? '') : []))

export const sentTo = (address: string) => (m: ParsedMail) => recipients(m).includes(address)

/**
 * A real SMTP server on loopback (smtp-server) that keeps every mail it receives, parsed (mailparser). `replyAfterMs`
 * makes it confirm each mail that much later, as a real relay across the network does (a loopback one answers at once).
 */
export async function startMailbox({ replyAfterMs = 0 } = {}): Promise<Mailbox> {
  const mails: ParsedMail[] = []
  const waiters: { match: (m: ParsedMail) => boolean; resolve: (m: ParsedMail) => void }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail)
          for (const w of waiters.filter((w) => w.match(mail))) {
            waiters.splice(waiters.indexOf(w), 1)
            w.resolve(mail)
          }
          setTimeout(callback, replyAfterMs)
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as { port: number }).port
  return {
    port,
    mails,
    waitFor(match, timeoutMs = 10_000) {
      const found = mails.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`Không nhận được thư mong đợi trong ${timeoutMs} ms (đã nhận ${mails.length} thư).`)),
          timeoutMs,
        )
        waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) })
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The environment that points Payload's e-mail at the mailbox. */
export const smtpEnv = (box: Mailbox): Record<string, string> => ({
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(box.port),
  SMTP_SECURE: 'false',
  MAIL_FROM: 'no-reply@test.example',
})
