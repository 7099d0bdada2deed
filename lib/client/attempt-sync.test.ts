import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ApiOutcome, ItemPatch } from "./attempt-api.ts";
import { AttemptSync, type SyncApi, type SyncStatus } from "./attempt-sync.ts";

class MemoryStorage {
  data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
  removeItem = (key: string) => void this.data.delete(key);
}

type Call = { position: number; patch: ItemPatch };
const ok = <T>(data: T): ApiOutcome<T> => ({ ok: true, status: 200, data });
const fail = (status: number, message = "refused"): ApiOutcome<never> => ({ ok: false, status, error: "X", message, fieldErrors: {}, body: {} });

function fakeApi(answer: (call: Call) => ApiOutcome<unknown> = () => ok({}), attemptStatus = "IN_PROGRESS") {
  const calls: Call[] = [];
  const api: SyncApi = {
    saveItem: async (_id, position, patch) => {
      calls.push({ position, patch });
      return answer({ position, patch }) as ApiOutcome<never>;
    },
    savePosition: async () => ok({}),
    getAttemptDto: async () => ok({ status: attemptStatus }),
  };
  return { api, calls };
}

describe("AttemptSync", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("turns a burst of changes to one question into one save, sent after a short pause", async () => {
    const { api, calls } = fakeApi();
    const storage = new MemoryStorage();
    const sync = new AttemptSync("a1", { api, storage });
    sync.setAnswer(0, { type: "multiple", choices: ["a"] });
    sync.setAnswer(0, { type: "multiple", choices: ["a", "c"] });
    sync.setFlag(0, true);
    expect(calls).toHaveLength(0);
    expect(storage.data.size).toBe(1); // kept even if the tab closes now

    await vi.advanceTimersByTimeAsync(300);
    expect(calls).toEqual([{ position: 0, patch: { response: { type: "multiple", choices: ["a", "c"] }, flagged: true } }]);
    expect(storage.data.size).toBe(0);
    expect(sync.status()).toEqual({ state: "saved" });
  });

  it("sends questions in the order they were answered", async () => {
    const { api, calls } = fakeApi();
    const sync = new AttemptSync("a1", { api, storage: new MemoryStorage() });
    sync.setAnswer(4, { type: "single", choice: "a" });
    sync.setAnswer(1, { type: "single", choice: "b" });
    sync.setAnswer(7, { type: "single", choice: "c" });
    await sync.flush();
    expect(calls.map((c) => c.position)).toEqual([4, 1, 7]);
  });

  it("keeps answers while offline, says how many wait, and sends them when the network is back", async () => {
    let online = false;
    const { api, calls } = fakeApi(() => (online ? ok({}) : fail(0)));
    const statuses: SyncStatus[] = [];
    const sync = new AttemptSync("a1", { api, storage: new MemoryStorage(), onStatus: (s) => statuses.push(s) });
    sync.setAnswer(0, { type: "single", choice: "a" });
    sync.setAnswer(1, { type: "single", choice: "b" });
    await vi.advanceTimersByTimeAsync(300);
    expect(sync.status()).toEqual({ state: "offline", pending: 2 });

    online = true;
    await vi.advanceTimersByTimeAsync(1_000); // first retry after a second
    expect(sync.status()).toEqual({ state: "saved" });
    expect(calls.filter((c) => c.position === 1)).toHaveLength(1);
    expect(statuses.some((s) => s.state === "saving")).toBe(true);
  });

  it("does not let the acknowledgement of an older save clear a newer edit made meanwhile", async () => {
    let release: () => void = () => {};
    const { api, calls } = fakeApi();
    const slowApi: SyncApi = {
      ...api,
      saveItem: (id, position, patch) =>
        new Promise((resolve) => {
          release = () => resolve(api.saveItem(id, position, patch));
        }),
    };
    const storage = new MemoryStorage();
    const sync = new AttemptSync("a1", { api: slowApi, storage });
    sync.setAnswer(0, { type: "single", choice: "a" });
    await vi.advanceTimersByTimeAsync(300);
    sync.setAnswer(0, { type: "single", choice: "b" }); // while the first save is in flight
    release();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(300);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls.map((c) => c.patch.response)).toEqual([
      { type: "single", choice: "a" },
      { type: "single", choice: "b" },
    ]);
    expect(storage.data.size).toBe(0);
  });

  it("stops and reports the attempt closed when a save is refused because it was submitted", async () => {
    const { api } = fakeApi(() => fail(409, "This attempt is already submitted"), "SUBMITTED");
    const storage = new MemoryStorage();
    const onClosed = vi.fn();
    const sync = new AttemptSync("a1", { api, storage, onClosed });
    sync.setAnswer(0, { type: "single", choice: "a" });
    expect(await sync.flush()).toBe(false);
    expect(onClosed).toHaveBeenCalledOnce();
    expect(sync.status()).toEqual({ state: "closed" });
    expect(storage.data.size).toBe(0);
  });

  it("drops a refused answer but still sends the flag that came with it", async () => {
    const { api, calls } = fakeApi(({ patch }) => (patch.response !== undefined ? fail(409, "This answer was already checked and cannot change.") : ok({})));
    const onRejected = vi.fn();
    const sync = new AttemptSync("a1", { api, storage: new MemoryStorage(), onRejected });
    sync.setAnswer(2, { type: "single", choice: "a" });
    sync.setFlag(2, true);
    expect(await sync.flush()).toBe(true);
    expect(onRejected).toHaveBeenCalledWith(2, "This answer was already checked and cannot change.");
    expect(calls.at(-1)).toEqual({ position: 2, patch: { flagged: true } });
  });

  it("re-sends what an earlier page left in the queue", async () => {
    const storage = new MemoryStorage();
    const offline = fakeApi(() => fail(0));
    const before = new AttemptSync("a1", { api: offline.api, storage });
    before.setAnswer(3, { type: "single", choice: "d" });
    before.stop();

    const { api, calls } = fakeApi();
    const after = new AttemptSync("a1", { api, storage });
    after.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ position: 3, patch: { response: { type: "single", choice: "d" } } }]);
  });
});
