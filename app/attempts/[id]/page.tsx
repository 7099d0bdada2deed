import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AttemptPlayer } from "@/components/practice/player/attempt-player.tsx";
import { MODE_LABEL } from "@/components/practice/labels.ts";
import { requireUserForPage } from "@/lib/server/auth/session.ts";
import { loadOwnAttempt } from "./load-own-attempt.ts";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const user = await requireUserForPage(`/attempts/${id}`);
  const attempt = await loadOwnAttempt(user.id, id);
  return { title: `${attempt.exam.code} ${MODE_LABEL[attempt.mode].toLowerCase()}` };
}

export default async function AttemptPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUserForPage(`/attempts/${id}`);
  const attempt = await loadOwnAttempt(user.id, id);
  if (attempt.status === "SUBMITTED") redirect(`/attempts/${id}/result`);
  return <AttemptPlayer key={attempt.id} attempt={attempt} />;
}
