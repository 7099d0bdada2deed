"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Response } from "@/lib/domain/questions/content.ts";
import { ANSWER_GRACE_MS } from "@/lib/domain/practice/deadline.ts";
import type { AttemptDto, AttemptItemDto } from "@/lib/server/attempts/dto.ts";
import { checkItem, getAttemptDto, submitAttempt } from "@/lib/client/attempt-api.ts";
import { isComplete, optionCount, responseAfterKey } from "@/lib/client/attempt-response.ts";
import { restorePending } from "@/lib/client/attempt-restore.ts";
import type { AttemptSync } from "@/lib/client/attempt-sync.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { MODE_LABEL } from "../labels.ts";
import { CaseStudyTabs } from "./case-study-tabs.tsx";
import { KeyboardHelp } from "./keyboard-help.tsx";
import { Navigator, matchesFilter, type NavigatorFilter, type NavigatorItem } from "./navigator.tsx";
import { PlayerBar } from "./player-bar.tsx";
import { QuestionCard } from "./question-card.tsx";
import { QuestionNav } from "./question-nav.tsx";
import { SubmitSummary } from "./submit-summary.tsx";
import { useAttemptSync } from "./use-attempt-sync.ts";
import { useCountdown } from "./use-countdown.ts";
import { usePlayerKeyboard } from "./use-player-keyboard.ts";

/** "active": answering · "submitting": the learner confirmed · "expired": the clock ran out, submitting by itself. */
type Phase = "active" | "submitting" | "expired";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export function AttemptPlayer({ attempt }: { attempt: AttemptDto }) {
  const router = useRouter();
  const resultUrl = `/attempts/${attempt.id}/result`;
  const [items, setItems] = useState<AttemptItemDto[]>(attempt.items);
  const [current, setCurrent] = useState(() => Math.min(Math.max(0, attempt.currentPosition), attempt.items.length - 1));
  const [filter, setFilter] = useState<NavigatorFilter>("all");
  const [phase, setPhase] = useState<Phase>("active");
  const [summaryOpen, setSummaryOpen] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  // serverNow − Date.now(); refined on mount from a round trip, since the page was rendered a moment ago.
  const [offsetMs, setOffsetMs] = useState(() => Date.parse(attempt.serverNow) - Date.now());
  const offset = useRef(offsetMs);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const columnRef = useRef<HTMLDivElement>(null);

  const immediate = attempt.feedback === "immediate";
  const item = items[current] ?? items[0]!;
  const leftMs = useCountdown(attempt.deadline, offsetMs);
  const locked = phase !== "active";

  const goToResult = useCallback(() => router.replace(resultUrl), [router, resultUrl]);

  const { sync, status } = useAttemptSync(attempt.id, () => Date.now() + offset.current, {
    onOpen: (instance: AttemptSync) => {
      const pending = instance.store.read();
      const restored = restorePending(attempt.items, pending);
      restored.stale.forEach(({ position, part }) => instance.store.dropPart(position, part));
      setItems(restored.items);
      if (pending.position && pending.position.value < attempt.items.length) setCurrent(pending.position.value);
    },
    onClosed: goToResult,
    onRejected: (position, message) => {
      setNotice(`Question ${position + 1}: ${message}`);
      void refreshFromServer();
    },
  });

  async function refreshFromServer() {
    const outcome = await getAttemptDto(attempt.id);
    if (!outcome.ok) return;
    if (outcome.data.status === "SUBMITTED") return goToResult();
    const pending = sync.current?.store.read() ?? { items: {} };
    setItems(restorePending(outcome.data.items, pending).items);
  }

  // Questions this page has changed, and whether the learner has moved: a fresh read of the
  // attempt must not undo either.
  const touched = useRef(new Set<number>());
  const moved = useRef(false);

  // A fresh look at the server clock (half the round trip either side) and at the attempt. The
  // page was rendered while the previous page's last saves may still have been on their way (a
  // reload right after a click): what this read shows is newer for every question not touched here.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const sent = Date.now();
      const outcome = await getAttemptDto(attempt.id);
      if (cancelled || !outcome.ok) return;
      if (outcome.data.status === "SUBMITTED") return goToResult();
      const measured = Date.parse(outcome.data.serverNow) - (sent + Date.now()) / 2;
      offset.current = measured;
      setOffsetMs(measured);
      const pending = sync.current?.store.read() ?? { items: {} };
      const fresh = restorePending(outcome.data.items, pending).items;
      setItems((current) => current.map((item, index) => (touched.current.has(item.position) ? item : (fresh[index] ?? item))));
      if (!moved.current && !pending.position) setCurrent(Math.min(Math.max(0, outcome.data.currentPosition), outcome.data.items.length - 1));
    })();
    return () => {
      cancelled = true;
    };
  }, [attempt.id, goToResult, sync]);

  // ----- answering -----

  function updateItem(position: number, change: Partial<AttemptItemDto>) {
    touched.current.add(position);
    setItems((all) => all.map((i) => (i.position === position ? { ...i, ...change } : i)));
  }

  function answer(position: number, response: Response | null) {
    const target = items.find((i) => i.position === position);
    if (locked || !target || target.reveal) return;
    updateItem(position, { response, answeredAt: response ? new Date(Date.now() + offset.current).toISOString() : null });
    sync.current?.setAnswer(position, response);
  }

  function toggleFlag(position: number) {
    const target = items.find((i) => i.position === position);
    if (locked || !target) return;
    updateItem(position, { flagged: !target.flagged });
    sync.current?.setFlag(position, !target.flagged);
  }

  async function check() {
    if (!immediate || item.reveal || !item.response || checking || locked) return;
    setChecking(true);
    setNotice(null);
    const position = item.position;
    const saved = (await sync.current?.flush()) ?? false;
    if (!saved) {
      setChecking(false);
      setNotice("Your answer is not saved yet, so it cannot be checked. Check your connection and try again.");
      return;
    }
    const outcome = await checkItem(attempt.id, position);
    setChecking(false);
    if (outcome.ok) {
      updateItem(position, { reveal: outcome.data.reveal, response: outcome.data.response });
      // The verdict appears below the options: take the learner (and their screen reader) there.
      requestAnimationFrame(() => document.getElementById(`explanation-${position}`)?.focus());
    }
    else if (outcome.status === 409) void refreshFromServer();
    else setNotice(outcome.message);
  }

  // ----- moving -----

  const navItems: NavigatorItem[] = useMemo(
    () =>
      items.map((i) => ({
        position: i.position,
        answered: i.response !== null,
        flagged: i.flagged,
        verdict: i.reveal && immediate && attempt.status === "IN_PROGRESS" ? (i.reveal.isCorrect ? "correct" : "incorrect") : null,
        group: i.section === "case-study" && i.caseStudy ? `Case study: ${i.caseStudy.title}` : "",
      })),
    [items, immediate, attempt.status],
  );
  const hasSections = navItems.some((i) => i.group !== "");
  const groupedNav = hasSections ? navItems.map((i) => ({ ...i, group: i.group || "Questions" })) : navItems;

  function goTo(position: number) {
    if (position < 0 || position >= items.length) return;
    moved.current = true;
    setCurrent(position);
    sync.current?.setPosition(position);
    requestAnimationFrame(() => {
      headingRef.current?.focus({ preventScroll: true });
      const top = columnRef.current?.getBoundingClientRect().top ?? 0;
      if (top < 0 || top > window.innerHeight / 2) columnRef.current?.scrollIntoView({ block: "start" });
    });
  }

  function neighbour(delta: 1 | -1): number | null {
    const candidates = navItems.filter((i) => matchesFilter(i, filter) || i.position === current).map((i) => i.position);
    const later = candidates.filter((p) => (delta > 0 ? p > current : p < current));
    if (later.length === 0) return null;
    return delta > 0 ? Math.min(...later) : Math.max(...later);
  }
  const previous = neighbour(-1);
  const next = neighbour(1);

  function openSummary() {
    if (locked) return;
    setSubmitError(null);
    setSummaryOpen(true);
  }

  function onEnter() {
    if (immediate && !item.reveal && item.response) void check();
    else if (next !== null) goTo(next);
    else openSummary();
  }

  usePlayerKeyboard({
    enabled: !locked && !summaryOpen,
    onPrevious: () => previous !== null && goTo(previous),
    onNext: () => next !== null && goTo(next),
    onFlag: () => toggleFlag(item.position),
    onOption: (index) => {
      if (index < optionCount(item.view)) answer(item.position, responseAfterKey(item.view, item.response, index));
    },
    onEnter,
  });

  // ----- submitting -----

  async function submit() {
    if (phase !== "active") return;
    setPhase("submitting");
    setSubmitError(null);
    const saved = (await sync.current?.flush()) ?? true;
    if (sync.current?.status().state === "closed") return; // submitted elsewhere: already on the way to the result
    if (!saved && sync.current) {
      const waiting = sync.current.pendingCount();
      setSubmitError(`${waiting} ${waiting === 1 ? "answer is" : "answers are"} not saved yet. Check your connection, then submit again.`);
      setPhase("active");
      return;
    }
    const outcome = await submitAttempt(attempt.id);
    if (outcome.ok || outcome.status === 409) {
      sync.current?.stop();
      sync.current?.store.clear();
      goToResult();
      return;
    }
    setSubmitError(outcome.message);
    setPhase("active");
  }

  // At zero the page locks, sends what is still queued (the server takes answers for a short
  // grace), waits out the grace so the server records the submission as the deadline's, and submits.
  const expiring = useRef(false);
  useEffect(() => {
    if (leftMs !== 0 || expiring.current || !attempt.deadline) return;
    expiring.current = true;
    setPhase("expired");
    setSummaryOpen(false);
    const deadline = Date.parse(attempt.deadline);
    (async () => {
      await sync.current?.flush();
      await sleep(deadline + ANSWER_GRACE_MS + 500 - (Date.now() + offset.current));
      for (let wait = 1_000; ; wait = Math.min(wait * 2, 15_000)) {
        const outcome = await submitAttempt(attempt.id);
        if (outcome.ok || (outcome.status >= 400 && outcome.status < 500 && outcome.status !== 429)) break;
        await sleep(wait);
      }
      sync.current?.stop();
      sync.current?.store.clear();
      goToResult();
    })();
  }, [leftMs, attempt.deadline, attempt.id, goToResult, sync]);

  // ----- view -----

  const unanswered = items.filter((i) => i.response === null).map((i) => i.position);
  const flagged = items.filter((i) => i.flagged).map((i) => i.position);
  const incomplete = items.filter((i) => i.response !== null && !isComplete(i.view, i.response)).map((i) => i.position);
  const answered = items.length - unanswered.length;

  return (
    <div className="space-y-4">
      <h1 className="sr-only">
        {attempt.exam.code} {MODE_LABEL[attempt.mode]}
      </h1>
      <PlayerBar
        title={`${attempt.exam.code} · ${MODE_LABEL[attempt.mode]}`}
        answered={answered}
        total={items.length}
        leftMs={leftMs}
        status={status}
        canSubmit={phase === "active"}
        onSubmit={openSummary}
      />

      {phase === "expired" && (
        <Alert tone="warning" title="Time is up">
          Your answers are being submitted. You will see your result in a moment.
        </Alert>
      )}
      {notice && (
        <Alert tone="warning">
          <div className="flex items-start justify-between gap-3">
            <span>{notice}</span>
            <button type="button" onClick={() => setNotice(null)} className="shrink-0 text-xs font-semibold underline">
              Dismiss
            </button>
          </div>
        </Alert>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_17rem]">
        <div ref={columnRef} className="min-w-0 scroll-mt-20 space-y-4">
          {item.section === "case-study" && (
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Case study section</p>
          )}
          {item.caseStudy && <CaseStudyTabs key={item.caseStudy.id} caseStudy={item.caseStudy} />}
          <QuestionCard
            item={item}
            total={items.length}
            showSkillArea={attempt.mode !== "EXAM"}
            locked={locked}
            headingRef={headingRef}
            onAnswer={(response) => answer(item.position, response)}
            onFlag={() => toggleFlag(item.position)}
          />
          <QuestionNav
            canCheck={immediate && !item.reveal && phase === "active"}
            checkDisabled={!item.response || checking}
            checking={checking}
            previous={previous}
            next={next}
            locked={locked}
            onPrevious={() => previous !== null && goTo(previous)}
            onNext={() => next !== null && goTo(next)}
            onCheck={() => void check()}
            onFinish={openSummary}
          />
        </div>
        <aside className="space-y-4" aria-label="Question navigator and shortcuts">
          <Navigator items={groupedNav} current={item.position} filter={filter} onFilter={setFilter} onGo={goTo} />
          <KeyboardHelp />
        </aside>
      </div>

      <SubmitSummary
        open={summaryOpen}
        total={items.length}
        unanswered={unanswered}
        flagged={flagged}
        incomplete={incomplete}
        submitting={phase === "submitting"}
        error={submitError}
        onGo={(position) => {
          setSummaryOpen(false);
          goTo(position);
        }}
        onConfirm={() => void submit()}
        onClose={() => setSummaryOpen(false)}
      />
    </div>
  );
}
