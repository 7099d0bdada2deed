// Sign-ins that `npm start` creates in a new local database and prints, so a newcomer can look
// around at once. ADMIN_EMAIL / ADMIN_PASSWORD replace the demo admin (and are the way to create
// the first admin on a real deployment, where SEED_DEMO_ACCOUNTS=false skips the demo learner).
export const DEMO_LEARNER = { email: "learner@passpath.dev", password: "practice-makes-pass", name: "Dana Learner" } as const;
export const DEMO_AUTHOR = { email: "author@passpath.dev", password: "write-good-questions", name: "Alex Author" } as const;
export const DEMO_ADMIN = { email: "admin@passpath.dev", password: "admin-passpath-local", name: "Pat Admin" } as const;
