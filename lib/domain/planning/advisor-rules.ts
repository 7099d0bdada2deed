// The path advisor's editorial knowledge, kept as data: the questions it asks, which exam each
// kind of learner should aim for, and which exam to prefer when a prerequisite can be met by
// several. Which exam requires which is NOT here — that comes from the catalog.

export const EXPERIENCE = ["none", "some", "experienced"] as const;
export const ROLES = ["developer", "administrator", "devops", "non-technical"] as const;
export const PIPELINES = ["none", "contribute", "own"] as const;

export type Experience = (typeof EXPERIENCE)[number];
export type AdvisorRole = (typeof ROLES)[number];
export type Pipelines = (typeof PIPELINES)[number];

export type AdvisorProfile = {
  experience: Experience;
  role: AdvisorRole;
  pipelines: Pipelines;
  /** Exam codes the learner has already passed. */
  held: readonly string[];
};

export type Choice<T extends string> = { value: T; label: string; hint?: string };

export const QUESTIONS = {
  experience: {
    label: "How much have you worked with Azure?",
    choices: [
      { value: "none", label: "Not yet, or only tried it", hint: "New to Azure" },
      { value: "some", label: "Some — under a year of hands-on work" },
      { value: "experienced", label: "A lot — a year or more, in real projects" },
    ],
  },
  role: {
    label: "What is your role?",
    choices: [
      { value: "developer", label: "Developer", hint: "You write applications and services" },
      { value: "administrator", label: "Administrator or operations", hint: "You run servers, networks, identities" },
      { value: "devops", label: "DevOps or platform engineer", hint: "You build the path from commit to production" },
      { value: "non-technical", label: "Non-technical", hint: "Sales, management, project or business roles" },
    ],
  },
  pipelines: {
    label: "Are CI/CD and release pipelines your responsibility?",
    choices: [
      { value: "none", label: "No" },
      { value: "contribute", label: "I contribute to them", hint: "You edit pipelines others own" },
      { value: "own", label: "Yes, I own them", hint: "You design and run builds and releases" },
    ],
  },
} as const satisfies {
  experience: { label: string; choices: readonly Choice<Experience>[] };
  role: { label: string; choices: readonly Choice<AdvisorRole>[] };
  pipelines: { label: string; choices: readonly Choice<Pipelines>[] };
};

export type GoalRule = {
  id: string;
  /** Every listed condition must hold; `holds` is met by holding any one of its exams. */
  when: { role?: readonly AdvisorRole[]; pipelines?: readonly Pipelines[]; experience?: readonly Experience[]; holds?: readonly string[] };
  goal: string;
  why: string;
};

/**
 * Read top to bottom: the first rule that matches the profile and whose exam the learner has not
 * yet completed sets the goal. A completed goal lets the next matching rule speak, which is how
 * someone who holds AZ-204 is pointed on to AZ-400.
 */
export const GOAL_RULES: readonly GoalRule[] = [
  {
    id: "non-technical",
    when: { role: ["non-technical"] },
    goal: "AZ-900",
    why: "AZ-900 is written for people who work with Azure without building or running it: cloud concepts, Azure's services, pricing and governance, with no hands-on experience needed.",
  },
  {
    id: "devops-role",
    when: { role: ["devops"] },
    goal: "AZ-400",
    why: "AZ-400 is the DevOps Engineer Expert exam — source control, build and release pipelines, deployment strategies, security and instrumentation: the work you do.",
  },
  {
    id: "owns-pipelines",
    when: { pipelines: ["own"] },
    goal: "AZ-400",
    why: "You own CI/CD and release pipelines, and AZ-400 is the exam about exactly that: its largest part by far is designing and implementing build and release pipelines.",
  },
  {
    id: "developer",
    when: { role: ["developer"] },
    goal: "AZ-204",
    why: "AZ-204 is the Azure developer exam: Functions, App Service and containers, Cosmos DB and Blob storage from code, identity, Key Vault, monitoring and messaging — the code you write, on Azure.",
  },
  {
    id: "administrator",
    when: { role: ["administrator"] },
    goal: "AZ-104",
    why: "AZ-104 is the administrator exam: identities and governance, storage, compute, virtual networks and monitoring — running Azure day to day.",
  },
  {
    id: "developer-next",
    when: { role: ["developer"], holds: ["AZ-204"] },
    goal: "AZ-400",
    why: "You already hold AZ-204, the developer exam. AZ-400, the DevOps Engineer Expert exam, builds on it and is the usual next step for developers.",
  },
  {
    id: "administrator-next",
    when: { role: ["administrator"], holds: ["AZ-104"] },
    goal: "AZ-400",
    why: "You already hold AZ-104, the administrator exam. AZ-400, the DevOps Engineer Expert exam, builds on it and is the usual next step for administrators.",
  },
];

/**
 * When a prerequisite can be met by several exams, the one that fits the role. The reason
 * completes the sentence "<exam> requires X or Y first; …".
 */
export const BRIDGE_PREFERENCES: readonly { role: AdvisorRole; prefer: string; why: string }[] = [
  { role: "developer", prefer: "AZ-204", why: "as a developer, AZ-204 is the one that matches your work — the applications your pipelines build and ship" },
  { role: "administrator", prefer: "AZ-104", why: "as an administrator, AZ-104 is the one that matches your work — the Azure resources your pipelines deploy to" },
  { role: "devops", prefer: "AZ-104", why: "for a DevOps or platform engineer, AZ-104 covers the infrastructure pipelines deploy to: identities, networks, compute and monitoring" },
  { role: "non-technical", prefer: "AZ-104", why: "AZ-104 explains the Azure resources that pipelines deploy to, without requiring you to write application code" },
];

/** A gentle start offered to technical newcomers; optional, since no associate exam requires it. */
export const FUNDAMENTALS = {
  code: "AZ-900",
  offerTo: { experience: ["none"] as readonly Experience[] },
  why: "Optional: you are new to Azure, and AZ-900 is a gentle first look at its services, pricing and governance.",
};

/** A later step for those who only contribute to pipelines today. */
export const LATER_STEPS: readonly { when: { pipelines: readonly Pipelines[]; role: readonly AdvisorRole[] }; code: string; why: string }[] = [
  {
    when: { pipelines: ["contribute"], role: ["developer", "administrator"] },
    code: "AZ-400",
    why: "Later, if you take over the pipelines you now contribute to: AZ-400 is the exam for owning CI/CD and releases.",
  },
  {
    when: { pipelines: ["own", "contribute"], role: ["non-technical"] },
    code: "AZ-400",
    why: "Later, since release pipelines are part of your work: AZ-400 covers them, once you are comfortable with Azure.",
  },
];
