import type { Response as AnswerResponse } from "@/lib/domain/questions/content.ts";
import type { AttemptDto } from "@/lib/server/attempts/dto.ts";

export type ApiAnswer<T = unknown> = { status: number; body: T };

/** A learner talking to the app over HTTP with a next-auth session cookie, like a browser would. */
export class LearnerClient {
  private cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly email: string,
    readonly password: string,
  ) {}

  /** Signs up (when new) and signs in through next-auth's credentials flow. */
  static async signUp(baseUrl: string, label: string): Promise<LearnerClient> {
    const client = new LearnerClient(baseUrl, `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`, "a long system-test password");
    const created = await client.request("POST", "/api/auth/signup", { name: label, email: client.email, password: client.password });
    if (created.status !== 201) throw new Error(`sign-up failed: ${created.status} ${JSON.stringify(created.body)}`);
    await client.signIn();
    return client;
  }

  async signIn(): Promise<void> {
    const csrf = await this.request<{ csrfToken: string }>("GET", "/api/auth/csrf");
    const form = new URLSearchParams({ csrfToken: csrf.body.csrfToken, email: this.email, password: this.password, callbackUrl: this.baseUrl, json: "true" });
    const response = await fetch(`${this.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookieHeader() },
      body: form,
      redirect: "manual",
    });
    this.keepCookies(response);
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"))) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }

  /** The same signed-in learner talking to another app instance (the session cookie travels along). */
  onInstance(baseUrl: string): LearnerClient {
    const twin = new LearnerClient(baseUrl, this.email, this.password);
    twin.cookies = this.cookies;
    return twin;
  }

  async request<T = unknown>(method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> {
    const response = await fetch(`${this.baseUrl}${pathname}`, {
      method,
      headers: { cookie: this.cookieHeader(), ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    this.keepCookies(response);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T };
  }

  async startExam(): Promise<string> {
    const started = await this.request<{ id: string }>("POST", "/api/attempts", { mode: "EXAM", examCode: "AZ-204", acceptNearest: true });
    if (started.status !== 201) throw new Error(`could not start an exam: ${started.status} ${JSON.stringify(started.body)}`);
    return started.body.id;
  }

  async attempt(id: string): Promise<AttemptDto> {
    const answer = await this.request<AttemptDto>("GET", `/api/attempts/${id}`);
    if (answer.status !== 200) throw new Error(`could not read attempt ${id}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
  }
}

/** Some valid answer to a question as the learner sees it; `variant` picks among the choices. */
export function someAnswer(view: AttemptDto["items"][number]["view"], variant: number): AnswerResponse {
  switch (view.type) {
    case "single":
      return { type: "single", choice: view.options[variant % view.options.length]!.id };
    case "multiple":
      return { type: "multiple", choices: view.options.slice(0, view.selectCount).map((o) => o.id) };
    case "yesno":
      return { type: "yesno", answers: Object.fromEntries(view.statements.map((s, i) => [s.id, (i + variant) % 2 === 0])) };
    case "ordering":
      return { type: "ordering", sequence: view.options.slice(0, view.slots).map((o) => o.id) };
  }
}
