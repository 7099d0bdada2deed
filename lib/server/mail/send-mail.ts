import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { loadEnv } from "@/lib/env.ts";

export type Mail = { to: string; subject: string; text: string };

/** Sends through SMTP_URL; without it the message goes to the server log, so local use works. */
export async function sendMail(mail: Mail): Promise<void> {
  const env = loadEnv();
  if (!env.SMTP_URL) {
    if (env.MAIL_OUTBOX_DIR) {
      await fs.mkdir(env.MAIL_OUTBOX_DIR, { recursive: true });
      await fs.writeFile(path.join(env.MAIL_OUTBOX_DIR, `${Date.now()}-${Math.random().toString(36).slice(2)}.json`), JSON.stringify(mail));
    }
    console.info(`[mail] (no SMTP_URL configured, printing instead)\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`);
    return;
  }
  const transport = nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({ from: env.MAIL_FROM, ...mail });
}
