// bench/v8-validate.js - V8's side of bench/audit-vs-v8.sh: for each file
// named on the command line, WebAssembly.validate() on its bytes (read
// before the clocks start) and print "name bytes wall-us cpu-us valid"
// (cpu: process.cpuUsage(), user + system).
// WebAssembly.validate decodes and validates every function body (the JS
// API requires false for any invalid body): eager by definition.  Run it
// with --single-threaded under taskset -c 0 for one core.
'use strict';
const fs = require('fs');
const path = require('path');
let total = 0, cpu = 0, bytes = 0;
for (const f of process.argv.slice(2)) {
  const b = fs.readFileSync(f);
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const ok = WebAssembly.validate(b);
  const us = Number(process.hrtime.bigint() - t0) / 1000;
  const c = process.cpuUsage(c0);
  const cus = c.user + c.system;
  total += us; cpu += cus; bytes += b.length;
  console.log(`${path.basename(f)}\t${b.length}\t${us.toFixed(0)}\t${cus}\t${ok ? 'ok' : 'invalid'}`);
}
console.log(`TOTAL\t${bytes}\t${total.toFixed(0)}\t${cpu}`);
