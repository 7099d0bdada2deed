import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", "lib/server/db/generated/**", "next-env.d.ts", "bench/results/**"],
  },
];

export default config;
