import type { Response } from "@/lib/domain/questions/content.ts";

// The answers, flags and position not yet confirmed by the server, kept in localStorage under the
// attempt's id so a closed tab, a reload or a lost connection loses nothing. Every change is a
// read-modify-write of the stored value: two tabs on one attempt share it without overwriting
// each other's questions.

/** One question's unsent change. `token` changes with every edit, so an acknowledgement of an older send never clears a newer edit. */
export type PendingItem = { token: string; response?: Response | null; flagged?: boolean; /** server-clock ms of the last answer edit */ answeredAt?: number };
export type PendingState = { items: Record<string, PendingItem>; position?: { token: string; value: number } };

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "passpath:attempt-queue:";

let counter = 0;
export function newToken(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${counter}`;
}

export class AttemptQueueStore {
  private memory: PendingState = { items: {} };

  constructor(
    private readonly attemptId: string,
    private readonly storage: KeyValueStorage | null,
  ) {}

  private get key(): string {
    return PREFIX + this.attemptId;
  }

  read(): PendingState {
    if (!this.storage) return this.memory;
    try {
      const raw = this.storage.getItem(this.key);
      if (!raw) return { items: {} };
      const parsed = JSON.parse(raw) as PendingState;
      return parsed && typeof parsed.items === "object" && parsed.items !== null ? parsed : { items: {} };
    } catch {
      return { items: {} };
    }
  }

  private write(state: PendingState): void {
    const empty = Object.keys(state.items).length === 0 && !state.position;
    if (!this.storage) {
      this.memory = state;
      return;
    }
    try {
      if (empty) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(state));
    } catch {
      // Storage full or blocked: keep going in memory rather than lose the change.
      this.memory = state;
    }
  }

  /** Merges a change into the question's pending entry and returns the entry's new token. */
  mergeItem(position: number, change: Omit<PendingItem, "token">): string {
    const state = this.read();
    const token = newToken();
    state.items[String(position)] = { ...state.items[String(position)], ...change, token };
    this.write(state);
    return token;
  }

  setPosition(value: number): string {
    const state = this.read();
    const token = newToken();
    state.position = { token, value };
    this.write(state);
    return token;
  }

  /** Forgets an entry once the server has it — unless it was edited again since that send. */
  settleItem(position: number, token: string): void {
    const state = this.read();
    if (state.items[String(position)]?.token !== token) return;
    delete state.items[String(position)];
    this.write(state);
  }

  /** Drops only the answer or only the flag of an entry (the server refused that part). */
  dropPart(position: number, part: "response" | "flagged"): void {
    const state = this.read();
    const entry = state.items[String(position)];
    if (!entry) return;
    delete entry[part];
    if (part === "response") delete entry.answeredAt;
    if (entry.response === undefined && entry.flagged === undefined) delete state.items[String(position)];
    this.write(state);
  }

  settlePosition(token: string): void {
    const state = this.read();
    if (state.position?.token !== token) return;
    delete state.position;
    this.write(state);
  }

  clear(): void {
    this.write({ items: {} });
  }
}
