/*
 * catalog.c - the rule catalogue (rule.h): every rule id the audit can
 * emit, with its name, default severity, the rules-file key it checks and
 * the texts SARIF's tool.driver.rules and `wasmgate rules list` show.
 *
 * Invariant: rules[i].kind == i (checked by the unit tests), ids are
 * stable and never reused.  rules/README.md documents the same table.
 */
#include "wasmgate/rule.h"

#include <stddef.h>
#include <strings.h>

#define R(kind, id, name, sev, key, secsev, tags, short_d, full_d, help) \
	[kind] = { kind, id, name, sev, short_d, full_d, help, secsev, tags, key }

#define E WG_SEV_ERROR
#define W WG_SEV_WARNING
#define N WG_SEV_NOTE

static const wg_rule_info rules[WG_RULE__COUNT] = {
R(WG_RULE_MODULE_MALFORMED, "WG1000", "module-malformed", E, "(always)", "8.0",
  "security,wasm,format",
  "The file is not a well-formed WebAssembly binary.",
  "The bytes do not decode as a WebAssembly module; the decoder's message and byte offset say where it stopped. Such a file cannot be audited, so it is always rejected.",
  "Rebuild the plugin and upload the `.wasm` the toolchain wrote; check that the file was not truncated or transferred as text. This finding cannot be waived."),
R(WG_RULE_IMPORT_DENIED, "WG1001", "import-denied", E, "imports.deny", "8.0",
  "security,wasm,imports",
  "The module imports a host function the rules deny.",
  "An import matches a glob in `imports.deny`. Denied imports give the plugin an ability the host must not grant, such as network sockets.",
  "Remove the import from the plugin, or, if it is justified, add a waiver:\n\n```yaml\nwaivers:\n  - {rule: WG1001, plugin: my-plugin, item: \"wasi_snapshot_preview1.sock_send\", reason: \"...\", approved_by: \"@reviewer\", expires: 2027-03-31}\n```"),
R(WG_RULE_IMPORT_UNLISTED, "WG1002", "import-unlisted", W, "imports.unlisted", "5.0",
  "security,wasm,imports",
  "The module imports a function that no rule allows or denies.",
  "An import is neither in `imports.allow` nor `imports.deny` and its capability class is neither denied nor flagged. `imports.unlisted` decides: `flag` (a warning), `reject` (an error) or `approve` (no finding).",
  "Add the import to `imports.allow` if the host provides it safely:\n\n```yaml\nimports:\n  allow: [\"env.log\"]\n```"),
R(WG_RULE_CAPABILITY_DENIED, "WG1003", "capability-denied", E, "imports.capabilities.deny", "8.5",
  "security,wasm,imports,wasi",
  "The module imports a WASI function of a denied capability class.",
  "The import belongs to a WASI capability class (filesystem, network, ...) listed in `imports.capabilities.deny`. A sandboxed plugin must not reach these resources.",
  "Remove the use of that capability from the plugin (for example file I/O through `fopen`), or waive it for this plugin:\n\n```yaml\nwaivers:\n  - {rule: WG1003, sha256: \"<sha256sum of the .wasm>\", item: \"wasi_snapshot_preview1.path_open\", reason: \"...\", approved_by: \"@reviewer\", expires: 2027-03-31}\n```"),
R(WG_RULE_CAPABILITY_FLAGGED, "WG1004", "capability-flagged", W, "imports.capabilities.flag", "4.0",
  "security,wasm,imports,wasi",
  "The module imports a WASI function of a capability class that needs review.",
  "The import belongs to a WASI capability class listed in `imports.capabilities.flag` (for example clock or environment): allowed after a human looked at it.",
  "Review why the plugin needs it; allow the function explicitly with `imports.allow`, or approve it with a waiver (rule WG1004)."),
R(WG_RULE_MEMORY_INITIAL, "WG1010", "memory-initial-too-large", E, "memory.max_initial_pages", "6.0",
  "security,wasm,memory,resources",
  "A memory's initial size is larger than the rules allow.",
  "The initial size of a memory (in 64 KiB pages) exceeds `memory.max_initial_pages`; the host commits that much memory when it instantiates the plugin.",
  "Lower the initial memory (emcc `-sINITIAL_MEMORY`, wasm-ld `--initial-memory`) or raise the limit:\n\n```yaml\nmemory: {max_initial_pages: 256}\n```"),
R(WG_RULE_MEMORY_NO_MAXIMUM, "WG1011", "memory-no-maximum", W, "memory.require_maximum", "5.0",
  "security,wasm,memory,resources",
  "A memory declares no maximum size.",
  "`memory.require_maximum` is true and a memory has no declared maximum, so the plugin can grow it until the host runs out.",
  "Declare a maximum: link with `-Wl,--max-memory=N` (clang / wasm-ld; N in bytes, a multiple of 65536), or `-sMAXIMUM_MEMORY=N` for emcc; `wasmgate build` sets it from plugin.yml's `memory.max_pages`."),
R(WG_RULE_MEMORY_MAXIMUM, "WG1012", "memory-maximum-too-large", E, "memory.max_pages", "6.0",
  "security,wasm,memory,resources",
  "A memory's maximum (or initial) size is larger than the rules allow.",
  "A memory's declared maximum, or its initial size, exceeds `memory.max_pages` (64 KiB pages).",
  "Lower the maximum memory of the build, or raise `memory.max_pages`."),
R(WG_RULE_MEMORY_SHARED, "WG1013", "memory-shared", E, "memory.shared", "7.0",
  "security,wasm,memory,threads",
  "The module declares or imports a shared memory.",
  "Shared memories are used by threads; `memory.shared` decides whether that is approved, flagged or rejected.",
  "Build without threads (no `-pthread`, no `--shared-memory`), or set `memory.shared: flag`."),
R(WG_RULE_MEMORY64, "WG1014", "memory64", E, "memory.memory64", "5.0",
  "security,wasm,memory",
  "The module uses a 64-bit memory.",
  "A memory is declared with 64-bit addresses (memory64 proposal); `memory.memory64` decides whether that is approved, flagged or rejected.",
  "Build for wasm32, or set `memory.memory64: flag`."),
R(WG_RULE_TABLE_SIZE, "WG1020", "table-too-large", E, "tables.max_elements", "5.0",
  "security,wasm,tables,resources",
  "A table's initial or maximum size is larger than the rules allow.",
  "A table's initial size or declared maximum exceeds `tables.max_elements`.",
  "Reduce the table (fewer indirect-call targets) or raise `tables.max_elements`."),
R(WG_RULE_TABLE_NO_MAXIMUM, "WG1021", "table-no-maximum", W, "tables.require_maximum", "5.0",
  "security,wasm,tables,resources",
  "A table declares no maximum size.",
  "`tables.require_maximum` is true and a table has no declared maximum: `table.grow` can then grow it at run time past `tables.max_elements` (which checks the declared sizes only), up to the engine's limit of 10,000,000 elements.",
  "Declare a maximum (wasm-ld's default; drop `--growable-table`, emcc `-sALLOW_TABLE_GROWTH`), or set `tables.require_maximum: false`."),
R(WG_RULE_FEATURE_DENIED, "WG1030", "feature-denied", E, "features.deny", "7.0",
  "security,wasm,features",
  "The module uses a WebAssembly feature the rules deny.",
  "The module uses a proposal listed in `features.deny` (for example threads), which the host engine must not enable for plugins.",
  "Build without the feature (for example drop `-matomics`), or move it to `features.flag`."),
R(WG_RULE_FEATURE_FLAGGED, "WG1031", "feature-flagged", W, "features.flag", "4.0",
  "security,wasm,features",
  "The module uses a WebAssembly feature that needs review.",
  "The module uses a proposal listed in `features.flag`.",
  "Review the use, or remove the feature from `features.flag`."),
R(WG_RULE_OPCODE_DENIED, "WG1040", "opcode-denied", E, "opcodes.deny", "7.0",
  "security,wasm,code",
  "The code uses an instruction the rules deny.",
  "An instruction matches a pattern in `opcodes.deny` (exact name, glob or @group); the finding is at its first use.",
  "Remove the instruction from the plugin (for example build without atomics), or move the pattern to `opcodes.flag`."),
R(WG_RULE_OPCODE_FLAGGED, "WG1041", "opcode-flagged", W, "opcodes.flag", "4.0",
  "security,wasm,code",
  "The code uses an instruction that needs review.",
  "An instruction matches a pattern in `opcodes.flag`; one finding per distinct instruction, at its first use.",
  "Review the use (for example `memory.grow` means the plugin grows its memory at run time)."),
R(WG_RULE_EXPORT_MISSING, "WG1050", "export-missing", E, "exports.require", "3.0",
  "wasm,exports,abi",
  "The module does not export something the host requires.",
  "An entry of `exports.require` ([KIND:]NAME) has no export of that name and kind (a function named `memory` is not the memory), so the host cannot use the plugin.",
  "Export it (emcc `-sEXPORTED_FUNCTIONS`, wasm-ld `--export=NAME`; the memory is exported as `memory`)."),
R(WG_RULE_EXPORT_DENIED, "WG1051", "export-denied", E, "exports.deny", "5.0",
  "security,wasm,exports",
  "The module exports a name the rules deny.",
  "An export matches a glob in `exports.deny`.",
  "Stop exporting it, or remove the glob from `exports.deny`."),
R(WG_RULE_START_FUNCTION, "WG1060", "start-function", W, "start_function", "4.0",
  "security,wasm,start",
  "The module has a start function.",
  "A start function, or an exported `_initialize` (which WASI hosts call while instantiating a reactor), runs during instantiation, before the host calls anything; `start_function` decides whether that is approved, flagged or rejected.",
  "Do initialisation in an exported function the host calls explicitly; after review, waive an `_initialize` by the module's sha256."),
R(WG_RULE_CUSTOM_FLAGGED, "WG1070", "custom-section-flagged", W, "custom_sections.flag", "3.0",
  "wasm,custom-sections",
  "The module carries a custom section that needs review.",
  "A custom section's name matches a glob in `custom_sections.flag` (for example a source map URL or debug info that leaks build paths).",
  "Strip it (`wasm-opt --strip-debug`, `llvm-strip`) or remove the glob from the rules."),
R(WG_RULE_CUSTOM_TOO_LARGE, "WG1071", "custom-section-too-large", W, "custom_sections.max_bytes", "3.0",
  "wasm,custom-sections,resources",
  "A custom section is larger than the rules allow.",
  "A custom section's payload exceeds `custom_sections.max_bytes`.",
  "Strip or shrink the section, or raise `custom_sections.max_bytes`."),
R(WG_RULE_CUSTOM_MALFORMED, "WG1072", "custom-section-malformed", W, "(always)", "3.0",
  "wasm,custom-sections",
  "A known custom section (name, producers, ...) is malformed.",
  "A custom section wasmgate understands does not decode. Per the WebAssembly specification this never makes the module invalid, but tools that read it may misbehave.",
  "Rebuild with a fixed toolchain or strip the section."),
R(WG_RULE_MODULE_TOO_LARGE, "WG1080", "module-too-large", E, "limits.max_module_bytes", "5.0",
  "security,wasm,resources",
  "The module is larger than the rules allow.",
  "The file size exceeds `limits.max_module_bytes`; reading stops there, so the module is also WG1092 (not read). A valid waiver of this finding makes wasmgate read the whole module and judge everything in it.",
  "Shrink the plugin (`wasm-opt -Oz`, strip debug info), raise the limit, or waive it (the module is then read to the end)."),
R(WG_RULE_TOO_MANY_FUNCTIONS, "WG1081", "too-many-functions", E, "limits.max_functions", "5.0",
  "security,wasm,resources",
  "The module defines more functions than the rules allow.",
  "The number of functions exceeds `limits.max_functions`; reading stops at the function section (WG1092) unless a valid waiver of this finding makes wasmgate read the whole module.",
  "Shrink the plugin or raise `limits.max_functions`."),
R(WG_RULE_FUNCTION_TOO_LARGE, "WG1082", "function-too-large", E, "limits.max_function_bytes", "5.0",
  "security,wasm,resources",
  "A function body is larger than the rules allow.",
  "A function body exceeds `limits.max_function_bytes`; very large bodies slow down compilation in the host engine. Reading stops at that body (WG1092) unless a valid waiver of this finding makes wasmgate read the whole module.",
  "Split the function, or raise `limits.max_function_bytes`."),
R(WG_RULE_MODULE_INVALID, "WG1090", "module-invalid", E, "(always)", "8.0",
  "security,wasm,validation",
  "The module decodes but does not validate.",
  "The module is well-formed but fails WebAssembly validation (type errors, bad indices); the validator's message and byte offset say where. Always rejected.",
  "Rebuild with a correct toolchain; `wasm-validate --enable-all` shows the same error. This finding cannot be waived."),
R(WG_RULE_COMPONENT, "WG1091", "component-binary", E, "(always)", "6.0",
  "wasm,component-model",
  "The file is a component-model binary, not a core WebAssembly module.",
  "Components (the component model's binary format) wrap core modules; the host loads core modules only, so a component cannot be audited or run as a plugin.",
  "Upload the core module (for example build without `wasm-tools component new`). This finding cannot be waived."),
R(WG_RULE_MODULE_INCOMPLETE, "WG1092", "module-not-read", E, "(always)", "8.0",
  "security,wasm,resources",
  "Reading stopped at a size limit of the rules, so the rest of the module was never checked.",
  "The reader stops at `limits.max_module_bytes`, `limits.max_functions` or `limits.max_function_bytes` (WG1080-WG1082). What lies after that point (imports, instructions, exports) was not read, so the module cannot be approved or flagged. A valid waiver of that size limit makes wasmgate read the whole module and judge everything in it; then this finding disappears.",
  "Shrink the plugin, raise the limit, or waive the size finding (WG1080, WG1081 or WG1082) so the module is read to the end. This finding cannot be waived."),
R(WG_RULE_IMPL_LIMIT, "WG1093", "implementation-limit", E, "(always)", "8.0",
  "security,wasm,resources",
  "The module is beyond a WebAssembly implementation limit.",
  "The module exceeds one of the limits of the WebAssembly JS API that every web engine enforces (1 GiB, 1,000,000 functions, types, imports or exports, 7,654,321-byte bodies, 50,000 locals, 1,000 parameters, ...) or one of wasmgate's own bounds (10,000 nested blocks, 100,000 custom sections); no engine would load it and reading stopped there. Always rejected.",
  "Rebuild the plugin; split what exceeds the limit (see rules/README.md for the list). This finding cannot be waived."),
R(WG_RULE_WAIVER_EXPIRED, "WG1099", "waiver-expired", N, "waivers[].expires", "0.0",
  "wasm,waivers",
  "A waiver in the rules has expired.",
  "A waiver's `expires` date has passed; it no longer suppresses anything. Informational only: it never changes the decision.",
  "Renew the waiver with a new review and date, or delete it."),
R(WG_RULE_NEW_IMPORT, "WG1100", "new-import", W, "--baseline", "4.0",
  "security,wasm,imports,diff",
  "The module imports something the approved version did not.",
  "Compared with the last approved version (--baseline), the module has a new import: a new permission needs a human.",
  "Review the new import and approve the change (waiver rule WG1100)."),
R(WG_RULE_NEW_CAPABILITY, "WG1101", "new-capability", W, "--baseline", "5.0",
  "security,wasm,imports,diff",
  "The module uses a capability class the approved version did not.",
  "Compared with the last approved version (--baseline), the module imports from a new WASI capability class.",
  "Review the new capability and approve the change (waiver rule WG1101)."),
R(WG_RULE_NEW_FEATURE, "WG1102", "new-feature", W, "--baseline", "4.0",
  "security,wasm,features,diff",
  "The module uses a WebAssembly feature the approved version did not.",
  "Compared with the last approved version (--baseline), the module uses a new WebAssembly feature.",
  "Review the new feature and approve the change (waiver rule WG1102)."),
R(WG_RULE_CAPABILITY_UNDECLARED, "WG1110", "capability-undeclared", E, "plugin.yml capabilities", "7.5",
  "security,wasm,imports,declarations",
  "The module uses a capability its plugin.yml does not declare.",
  "The module's `wasmgate.plugin` section (written by `wasmgate build` from plugin.yml's `capabilities:`) declares what the plugin needs, and the module imports a function of a capability class (filesystem, network, clock, ...) that no declared class or import names. A module that uses more than it declares is rejected: the declaration is what reviewers approved. Modules without the section, or without `capabilities`, are not checked.",
  "Declare what the plugin really uses in plugin.yml and rebuild:\n\n```yaml\ncapabilities: [stdio, filesystem]\n```\n\nor remove the use from the plugin. This finding cannot be waived."),
R(WG_RULE_CAPABILITY_UNUSED, "WG1111", "capability-unused", N, "plugin.yml capabilities", "0.0",
  "wasm,imports,declarations",
  "The plugin declares a capability the module does not use.",
  "An entry of plugin.yml's `capabilities:` (carried in the `wasmgate.plugin` section) matches no import of the module. Informational only: it never changes the decision, but a declaration should say what the plugin needs, no more.",
  "Remove the entry from plugin.yml's `capabilities:` and rebuild."),
};

bool wg_rule_waivable(const wg_rule_info *r)
{
	switch (r ? r->kind : WG_RULE_MODULE_MALFORMED) {
	case WG_RULE_MODULE_MALFORMED:
	case WG_RULE_MODULE_INVALID:
	case WG_RULE_COMPONENT:
	case WG_RULE_MODULE_INCOMPLETE:
	case WG_RULE_IMPL_LIMIT:
	case WG_RULE_WAIVER_EXPIRED:
	case WG_RULE_CAPABILITY_UNDECLARED:
		return false;
	default:
		return true;
	}
}

const char *wg_severity_name(wg_severity s)
{
	switch (s) {
	case WG_SEV_NOTE:
		return "note";
	case WG_SEV_WARNING:
		return "warning";
	case WG_SEV_ERROR:
		return "error";
	}
	return "unknown";
}

const wg_rule_info *wg_rule_all(size_t *count)
{
	if (count)
		*count = WG_RULE__COUNT;
	return rules;
}

const wg_rule_info *wg_rule_get(wg_rule_kind kind)
{
	if ((unsigned)kind >= WG_RULE__COUNT)
		return NULL;
	return &rules[kind];
}

const wg_rule_info *wg_rule_find(const char *id_or_name)
{
	if (!id_or_name)
		return NULL;
	for (size_t i = 0; i < WG_RULE__COUNT; i++)
		if (!strcasecmp(rules[i].id, id_or_name) ||
		    !strcasecmp(rules[i].name, id_or_name))
			return &rules[i];
	return NULL;
}
