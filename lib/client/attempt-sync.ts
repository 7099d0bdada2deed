import type { Response } from "@/lib/domain/questions/content.ts";
import type { ApiOutcome, ItemPatch, SaveAck } from "./attempt-api.ts";
import * as api from "./attempt-api.ts";
import { AttemptQueueStore, type KeyValueStorage, type PendingItem } from "./attempt-queue-store.ts";

// Sends every answer, flag and move of an attempt as it is given. Changes wait in a persisted
// queue (see attempt-queue-store.ts) and go out one at a time, oldest first, after a short pause
// per question so a burst of clicks becomes one request. Network failures retry with backoff and
// on the `online` event; the page closing sends what is left with `keepalive`.

export type SyncStatus =
  | { state: "saved" }
  | { state: "saving"; pending: number }
  | { state: "offline"; pending: number }
  | { state: "error"; pending: number; message: string }
  | { state: "closed" };

export type SyncApi = {
  saveItem(id: string, position: number, patch: ItemPatch, keepalive?: boolean): Promise<ApiOutcome<SaveAck>>;
  savePosition(id: string, position: number, keepalive?: boolean): Promise<ApiOutcome<unknown>>;
  getAttemptDto(id: string): Promise<ApiOutcome<{ status: string }>>;
};

export type SyncOptions = {
  /** The server's clock as this page estimates it, so queued answers carry the server's idea of when they were given. */
  serverNow?: () => number;
  debounceMs?: number;
  storage?: KeyValueStorage | null;
  api?: SyncApi;
  onStatus?: (status: SyncStatus) => void;
  /** The attempt was submitted (elsewhere, or by its deadline): nothing more can be saved. */
  onClosed?: () => void;
  /** The server refused one change for good (e.g. an answer already checked in another tab). */
  onRejected?: (position: number, message: string) => void;
};

const POSITION = "position";
const MAX_BACKOFF_MS = 30_000;

export class AttemptSync {
  readonly store: AttemptQueueStore;
  private readonly api: SyncApi;
  private readonly debounceMs: number;
  /** Keys ("3", "position") in the order they were first queued; the store holds their content. */
  private order: string[] = [];
  private readyAt = new Map<string, number>();
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private backoffMs = 0;
  private offline = false;
  private error: string | null = null;
  private stopped = false;
  private closed = false;
  private readonly detach: () => void;

  constructor(
    private readonly attemptId: string,
    private readonly options: SyncOptions = {},
  ) {
    this.store = new AttemptQueueStore(attemptId, options.storage === undefined ? safeLocalStorage() : options.storage);
    this.api = options.api ?? api;
    this.debounceMs = options.debounceMs ?? 300;
    this.detach = this.listen();
  }

  /** Adopts what an earlier page (or another tab) left in the queue, so it is sent now. */
  resume(): void {
    const pending = this.store.read();
    for (const position of Object.keys(pending.items)) this.track(position, 0);
    if (pending.position) this.track(POSITION, 0);
    this.kick();
  }

  setAnswer(position: number, response: Response | null): void {
    this.store.mergeItem(position, { response, answeredAt: this.options.serverNow?.() ?? Date.now() });
    this.track(String(position), this.debounceMs);
  }

  setFlag(position: number, flagged: boolean): void {
    this.store.mergeItem(position, { flagged });
    this.track(String(position), this.debounceMs);
  }

  setPosition(position: number): void {
    this.store.setPosition(position);
    this.track(POSITION, this.debounceMs);
  }

  /** How many questions have changes the server has not confirmed. */
  pendingCount(): number {
    return Object.keys(this.store.read().items).length;
  }

  /**
   * Sends everything queued now, without the pause. Resolves true once the queue is empty, false
   * when it cannot be emptied at the moment (offline, refused, closed).
   */
  async flush(): Promise<boolean> {
    this.backoffMs = 0;
    this.error = null;
    while (!this.stopped) {
      for (const key of this.order) this.readyAt.set(key, 0);
      await this.pump();
      if (this.stopped) return false;
      if (this.order.length === 0) return true;
      if (this.offline || this.error) return false;
    }
    return false;
  }

  /** Stops for good: the attempt is closed, nothing queued can be saved any more. */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.detach();
  }

  /** Leaving the page within the app (no pagehide): whatever is still waiting goes out with keepalive. */
  dispose(): void {
    if (this.order.length > 0) this.sendWithKeepalive();
    this.stop();
  }

  private track(key: string, delayMs: number): void {
    if (this.stopped) return;
    if (!this.order.includes(key)) this.order.push(key);
    this.readyAt.set(key, Date.now() + delayMs);
    this.error = null;
    this.report();
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped || this.inFlight) return;
    this.clearTimer();
    if (this.order.length === 0) return;
    const soonest = Math.min(...this.order.map((key) => this.readyAt.get(key) ?? 0));
    const wait = Math.max(this.backoffMs > 0 ? this.backoffMs : 0, soonest - Date.now(), 0);
    this.timer = setTimeout(() => void this.pump(), wait);
  }

  private kick(): void {
    this.clearTimer();
    void this.pump();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Sends ready entries one by one until none is ready or a send fails. */
  private pump(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.clearTimer();
    this.inFlight = (async () => {
      while (!this.stopped) {
        const now = Date.now();
        const key = this.order.find((k) => (this.readyAt.get(k) ?? 0) <= now);
        if (!key) break;
        const outcome = await this.send(key);
        if (outcome === "retry") break;
      }
    })().finally(() => {
      this.inFlight = null;
      this.report();
      this.schedule();
    });
    return this.inFlight;
  }

  private async send(key: string): Promise<"sent" | "retry"> {
    const state = this.store.read();
    if (key === POSITION) {
      const position = state.position;
      if (!position) return this.untrack(key);
      const outcome = await this.api.savePosition(this.attemptId, position.value);
      if (outcome.ok) {
        this.store.settlePosition(position.token);
        if (!this.store.read().position) this.untrack(key);
        return this.succeeded();
      }
      return this.failed(key, outcome, () => this.store.settlePosition(position.token));
    }

    const entry: PendingItem | undefined = state.items[key];
    if (!entry) return this.untrack(key);
    const position = Number(key);
    const outcome = await this.api.saveItem(this.attemptId, position, patchOf(entry));
    if (outcome.ok) {
      this.store.settleItem(position, entry.token);
      if (!this.store.read().items[key]) this.untrack(key);
      return this.succeeded();
    }
    return this.failed(key, outcome, () => {
      // A refused answer must not also cost the learner the flag sent with it.
      if (entry.flagged !== undefined && entry.response !== undefined) {
        this.store.dropPart(position, "response");
        this.readyAt.set(key, 0);
      } else {
        this.store.settleItem(position, entry.token);
        this.untrack(key);
      }
    });
  }

  private untrack(key: string): "sent" {
    this.order = this.order.filter((k) => k !== key);
    this.readyAt.delete(key);
    return "sent";
  }

  private succeeded(): "sent" {
    this.offline = false;
    this.error = null;
    this.backoffMs = 0;
    this.report();
    return "sent";
  }

  private async failed(key: string, outcome: Extract<ApiOutcome<unknown>, { ok: false }>, drop: () => void): Promise<"sent" | "retry"> {
    if (outcome.status === 0 || outcome.status >= 500 || outcome.status === 429) {
      this.offline = outcome.status === 0;
      if (!this.offline) this.error = "The server is not answering; your answers will be sent when it is back.";
      this.backoffMs = Math.min(MAX_BACKOFF_MS, this.backoffMs ? this.backoffMs * 2 : 1_000);
      return "retry";
    }
    if (outcome.status === 401) {
      this.error = "You are signed out. Sign in again in another tab; your answers stay here until then.";
      this.backoffMs = MAX_BACKOFF_MS;
      return "retry";
    }
    if (outcome.status === 409 && (await this.attemptClosed())) {
      this.closed = true;
      this.store.clear();
      this.order = [];
      this.stop();
      this.report();
      this.options.onClosed?.();
      return "retry";
    }
    drop();
    if (key !== POSITION) this.options.onRejected?.(Number(key), outcome.message);
    return "sent";
  }

  // 409 means either "the attempt is closed" or "this answer is locked"; only the first stops the queue.
  private async attemptClosed(): Promise<boolean> {
    const current = await this.api.getAttemptDto(this.attemptId);
    return current.ok ? current.data.status === "SUBMITTED" : current.status === 404;
  }

  private report(): void {
    this.options.onStatus?.(this.status());
  }

  status(): SyncStatus {
    if (this.closed) return { state: "closed" };
    const pending = this.pendingCount();
    if (this.offline) return { state: "offline", pending };
    if (this.error) return { state: "error", pending, message: this.error };
    if (this.order.length > 0 || this.inFlight) return { state: "saving", pending };
    return { state: "saved" };
  }

  private listen(): () => void {
    if (typeof window === "undefined") return () => {};
    const online = () => {
      this.offline = false;
      this.backoffMs = 0;
      for (const key of this.order) this.readyAt.set(key, 0);
      this.kick();
    };
    const offline = () => {
      if (this.order.length === 0) return;
      this.offline = true;
      this.report();
    };
    const hidden = () => {
      if (document.visibilityState === "hidden") void this.flush();
    };
    const pagehide = () => this.sendWithKeepalive();
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    window.addEventListener("pagehide", pagehide);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.removeEventListener("pagehide", pagehide);
      document.removeEventListener("visibilitychange", hidden);
    };
  }

  /**
   * The page is going away: fire everything left with keepalive. The queue is kept — the page
   * cannot learn whether these arrived — and the next load drops what the server already has.
   */
  private sendWithKeepalive(): void {
    if (this.stopped) return;
    const state = this.store.read();
    for (const [key, entry] of Object.entries(state.items)) void this.api.saveItem(this.attemptId, Number(key), patchOf(entry), true);
    if (state.position) void this.api.savePosition(this.attemptId, state.position.value, true);
  }
}

function patchOf(entry: PendingItem): ItemPatch {
  const patch: ItemPatch = {};
  if (entry.response !== undefined) patch.response = entry.response;
  if (entry.flagged !== undefined) patch.flagged = entry.flagged;
  return patch;
}

function safeLocalStorage(): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
