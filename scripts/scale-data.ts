// npm run scale:data — builds the scale data on PostgreSQL (BENCH_PG_URL, default the local server):
// 10 000 learners × 10 attempts × 20 answered questions (2 000 000 attempt items) in the database
// `passpath_scale`, unless it already holds exactly that. Smaller via SCALE_LEARNERS, SCALE_ATTEMPTS,
// SCALE_ITEMS, SCALE_QUESTIONS (per exam), SCALE_CARDS (per learner); see docs/performance.md.
import { ensureScaleData, scaleConfigFromEnv } from "../bench/lib/scale-data.ts";

const config = scaleConfigFromEnv();
console.log(`scale data: ${JSON.stringify(config)}`);
const { built, seconds } = await ensureScaleData(config);
console.log(built ? `built in ${seconds.toFixed(0)} s` : `${config.database} already holds this configuration; nothing to do`);
process.exit(0);
