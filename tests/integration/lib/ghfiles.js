// ghfiles.js - readers for what a GitHub Actions runner reads from a step,
// written from GitHub's documentation of workflow commands and
// environment files (not from wasmgate's code), for the github_* tests:
//   node ghfiles.js output FILE        -> JSON object of GITHUB_OUTPUT values
//   node ghfiles.js commands FILE      -> JSON list of workflow commands in a log
// GITHUB_OUTPUT: lines split at LF; "NAME=VALUE" when '=' comes before any
// "<<", else "NAME<<DELIM" then value lines until a line equal to DELIM,
// joined with LF.  Anything else is an error (exit 1).
// Workflow commands: "::cmd k=v,k=v::data"; properties end at the first
// "::" after the command; property values unescape %0D %0A %3A %2C %25,
// data unescapes %0D %0A %25.
'use strict';
const fs = require('fs');
const [mode, file] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');

function outputs(t) {
	const lines = t.split('\n');
	if (lines[lines.length - 1] === '') lines.pop();
	const out = {};
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (line === '') continue;
		const eq = line.indexOf('='), hd = line.indexOf('<<');
		if (eq >= 0 && (hd < 0 || eq < hd)) {
			out[line.slice(0, eq)] = line.slice(eq + 1);
			continue;
		}
		if (hd <= 0) throw new Error(`bad line ${i + 1}: ${JSON.stringify(line)}`);
		const name = line.slice(0, hd), delim = line.slice(hd + 2);
		if (!delim) throw new Error(`empty delimiter on line ${i + 1}`);
		const value = [];
		for (i++; ; i++) {
			if (i >= lines.length) throw new Error(`heredoc ${delim} never ends`);
			if (lines[i] === delim) break;
			value.push(lines[i]);
		}
		out[name] = value.join('\n');
	}
	return out;
}

const unProp = s => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':')
	.replace(/%2C/g, ',').replace(/%25/g, '%');
const unData = s => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');

function commands(t) {
	const cmds = [];
	for (const line of t.split('\n')) {
		if (!line.startsWith('::')) continue;
		const end = line.indexOf('::', 2);
		if (end < 0) throw new Error(`unterminated command: ${line}`);
		const info = line.slice(2, end), sp = info.indexOf(' ');
		const cmd = { command: sp < 0 ? info : info.slice(0, sp), properties: {},
			data: unData(line.slice(end + 2)) };
		if (sp >= 0)
			for (const kv of info.slice(sp + 1).split(',')) {
				const e = kv.indexOf('=');
				if (e <= 0) throw new Error(`bad property ${kv} in ${line}`);
				cmd.properties[kv.slice(0, e)] = unProp(kv.slice(e + 1));
			}
		cmds.push(cmd);
	}
	return cmds;
}

try {
	console.log(JSON.stringify(mode === 'output' ? outputs(text) : commands(text)));
} catch (e) {
	console.error(`${file}: ${e.message}`);
	process.exit(1);
}
