/*
 * interp.cc - wg_interp (interp.h): a plugin instantiated in wabt's
 * interpreter (libwabt `interp`), its exports called with a fuel budget.
 * The one C++ file of the part; nothing C++ crosses the C API (every entry
 * point catches what the C++ side may throw).
 *
 * Order of trust: the bytes are read by the engine's reader first
 * (wg_module_read_mem: bounded decode + full validation), so wabt's
 * interpreter reader, which reserves what a section's count declares, only
 * ever sees a valid module whose counts its size backs.  Then the limits
 * are applied to the module description before instantiation: memories
 * and tables get a maximum no larger than the limit (so memory.grow fails
 * past it), functions with too many locals are refused, and the start
 * function is taken out to run under fuel like any call.
 *
 * Fuel: wabt runs a call to completion (Func::Call) with no budget; its
 * Thread can run N instructions at a time (Thread::Run(int)), but pushing
 * the call frame is private to it.  So the three private steps
 * DefinedFunc::DoCall makes (PushValues, PushCall, PopValues) are reached
 * through pointers to members taken in an explicit template instantiation,
 * where C++ does not check access ([temp.spec] "the usual access checking
 * rules do not apply to names used to specify explicit instantiations").
 * It pins us to wabt's Thread layout of 1.0.32 (what Debian ships; checked
 * at compile time by the member types below) and nothing else.
 */
#include "wasmgate/interp.h"
#include "wasmgate/module.h"
#include "util/util.h"

#include <wabt/binary-reader.h>
#include <wabt/error.h>
#include <wabt/feature.h>
#include <wabt/interp/binary-reader-interp.h>
#include <wabt/interp/interp.h>

#include <cstring>
#include <new>
#include <string>

using namespace wabt;
using namespace wabt::interp;

namespace {

/* ---- the private steps of a call (see the top of the file) ---- */
template <typename Tag, typename Tag::type M>
struct Expose {
	friend typename Tag::type member(Tag) { return M; }
};
struct PushValuesTag {
	using type = void (Thread::*)(const ValueTypes &, const Values &);
	friend type member(PushValuesTag);
};
struct PopValuesTag {
	using type = void (Thread::*)(const ValueTypes &, Values *);
	friend type member(PopValuesTag);
};
struct PushCallTag {
	using type = RunResult (Thread::*)(const DefinedFunc &, Trap::Ptr *);
	friend type member(PushCallTag);
};
template struct Expose<PushValuesTag, &Thread::PushValues>;
template struct Expose<PopValuesTag, &Thread::PopValues>;
template struct Expose<PushCallTag, &Thread::PushCall>;

/* Every proposal wabt knows, for reading and running alike (the engine's
 * reader has validated the module with the same set). */
Features all_features()
{
	Features f;

	f.EnableAll();
	return f;
}

const uint64_t kMaxTable = 1000000;   /* elements of a table (8 bytes each) */
const int kChunk = 10000;             /* instructions between fuel checks */

} // namespace

struct wg_interp {
	Store store{all_features()};
	Module::Ptr module;
	Instance::Ptr instance;
	uint64_t fuel = 0;
};

namespace {

/* Run `func` on a new thread of in->store with in->fuel instructions.
 * WG_OK with `results`; else the code, *why set. */
int run(wg_interp *in, const Func::Ptr &func, const Values &params, Values &results,
	std::string *why)
{
	Thread thread(in->store);
	Trap::Ptr trap;
	auto *df = dyn_cast<DefinedFunc>(func.get());

	if (!df) {   /* an imported function re-exported: our trapping stub */
		if (Failed(func->Call(thread, params, results, &trap))) {
			*why = "trap: " + (trap ? trap->message() : std::string("host call failed"));
			return WG_EVERIFY;
		}
		return WG_OK;
	}
	(thread.*member(PushValuesTag{}))(df->type().params, params);
	RunResult r = (thread.*member(PushCallTag{}))(*df, &trap);
	for (uint64_t left = in->fuel; r == RunResult::Ok;) {
		if (left == 0) {
			*why = "fuel exhausted after " + std::to_string(in->fuel) + " instructions";
			return WG_ELIMIT;
		}
		int n = left < (uint64_t)kChunk ? (int)left : kChunk;
		r = thread.Run(n, &trap);
		left -= (uint64_t)n;   /* the last chunk may have run fewer: only Ok needs exact */
	}
	if (r == RunResult::Trap) {
		*why = "trap: " + (trap ? trap->message() : std::string("unknown"));
		return WG_EVERIFY;
	}
	if (r == RunResult::Exception) {
		*why = "trap: uncaught exception";
		return WG_EVERIFY;
	}
	(thread.*member(PopValuesTag{}))(df->type().results, &results);
	return WG_OK;
}

/* The engine's verdict on the bytes, and the limits a module must fit. */
int precheck(const uint8_t *wasm, size_t size, uint32_t pages, wg_module **mp)
{
	wg_module *m = nullptr;
	int rc;

	if (size > WG_INTERP_MAX_MODULE)
		return wg_error_set(WG_ELIMIT, "module: %zu bytes, over the interpreter's %u",
				    size, WG_INTERP_MAX_MODULE);
	if ((rc = wg_module_read_mem(wasm, size, nullptr, &m)) != WG_OK)
		return rc;
	*mp = m;
	if (m->status != WG_MODULE_OK)
		return wg_error_set(m->status == WG_MODULE_IMPL_LIMIT ? WG_ELIMIT : WG_EPARSE,
				    "module: %s at byte %llu: %s",
				    wg_module_status_name(m->status),
				    (unsigned long long)m->error_offset, m->error ? m->error : "");
	for (size_t i = 0; i < m->num_imports; i++)
		if (m->imports[i].kind != WG_EXTERN_FUNC)
			return wg_error_set(WG_EINVAL, "import %s.%s: a %s; the interpreter provides only functions",
					    m->imports[i].module, m->imports[i].field,
					    wg_extern_kind_name(m->imports[i].kind));
	for (size_t i = 0; i < m->num_memories; i++)
		if (m->memories[i].initial > pages)
			return wg_error_set(WG_ELIMIT, "memory %zu: %llu initial pages, over the limit of %u",
					    i, (unsigned long long)m->memories[i].initial, pages);
	for (size_t i = 0; i < m->num_tables; i++)
		if (m->tables[i].initial > kMaxTable)
			return wg_error_set(WG_ELIMIT, "table %zu: %llu initial elements, over the limit of %llu",
					    i, (unsigned long long)m->tables[i].initial,
					    (unsigned long long)kMaxTable);
	return WG_OK;
}

/* Cap memories and tables, refuse big frames, take out the start function. */
int limit_desc(ModuleDesc &desc, uint32_t pages, Index *start)
{
	for (auto &mem : desc.memories)
		if (!mem.type.limits.has_max || mem.type.limits.max > pages) {
			mem.type.limits.max = pages;
			mem.type.limits.has_max = true;
		}
	for (auto &t : desc.tables)
		if (!t.type.limits.has_max || t.type.limits.max > kMaxTable) {
			t.type.limits.max = kMaxTable;
			t.type.limits.has_max = true;
		}
	for (size_t i = 0; i < desc.funcs.size(); i++) {
		const auto &f = desc.funcs[i];
		uint64_t n = f.type.params.size() + (f.locals.empty() ? 0 : f.locals.back().end);

		if (n > WG_INTERP_MAX_LOCALS)
			return wg_error_set(WG_ELIMIT, "function %zu: %llu locals, over the interpreter's %u",
					    desc.imports.size() + i, (unsigned long long)n,
					    WG_INTERP_MAX_LOCALS);
	}
	*start = desc.starts.empty() ? kInvalidIndex : desc.starts[0].func_index;
	desc.starts.clear();
	return WG_OK;
}

/* Imported functions: stubs that trap with the import's name. */
int stub_imports(wg_interp *in, const ModuleDesc &desc, RefVec *imports)
{
	for (const auto &imp : desc.imports) {
		auto *ft = dyn_cast<FuncType>(imp.type.type.get());

		if (!ft)
			return wg_error_set(WG_EINVAL, "import %s.%s: not a function",
					    imp.type.module.c_str(), imp.type.name.c_str());
		std::string msg = "import " + imp.type.module + "." + imp.type.name +
				  " is not provided by this host";
		auto fn = HostFunc::New(in->store, *ft,
			[msg](Thread &t, const Values &, Values &, Trap::Ptr *out) -> Result {
				*out = Trap::New(t.store(), msg);
				return Result::Error;
			});
		imports->push_back(fn.ref());
	}
	return WG_OK;
}

int instantiate(wg_interp *in, const uint8_t *wasm, size_t size, uint32_t pages)
{
	ReadBinaryOptions options(all_features(), nullptr, false, true, false);
	Errors errors;
	ModuleDesc desc;
	Index start;
	RefVec imports;
	Trap::Ptr trap;
	int rc;

	if (Failed(ReadBinaryInterp("plugin", wasm, size, options, &errors, &desc)))
		return wg_error_set(WG_EPARSE, "module: the interpreter cannot load it: %s",
				    errors.empty() ? "unknown error" : errors[0].message.c_str());
	if ((rc = limit_desc(desc, pages, &start)) != WG_OK ||
	    (rc = stub_imports(in, desc, &imports)) != WG_OK)
		return rc;
	in->module = Module::New(in->store, std::move(desc));
	in->instance = Instance::Instantiate(in->store, in->module.ref(), imports, &trap);
	if (!in->instance)
		return wg_error_set(WG_EVERIFY, "instantiate: trap: %s",
				    trap ? trap->message().c_str() : "failed");
	if (start != kInvalidIndex) {
		Func::Ptr f = in->store.UnsafeGet<Func>(in->instance->funcs()[start]);
		Values none;
		std::string why;

		if ((rc = run(in, f, none, none, &why)) != WG_OK)
			return wg_error_set(rc, "start function: %s", why.c_str());
	}
	return WG_OK;
}

bool val_type(ValueType t, wg_val_type *out)
{
	switch (t) {
	case Type::I32: *out = WG_VAL_I32; return true;
	case Type::I64: *out = WG_VAL_I64; return true;
	case Type::F32: *out = WG_VAL_F32; return true;
	case Type::F64: *out = WG_VAL_F64; return true;
	default: return false;
	}
}

Value to_value(const wg_val &v)
{
	switch (v.type) {
	case WG_VAL_I32: return Value::Make(static_cast<s32>(v.of.i32));
	case WG_VAL_I64: return Value::Make(static_cast<s64>(v.of.i64));
	case WG_VAL_F32: return Value::Make(v.of.f32);
	default: return Value::Make(v.of.f64);
	}
}

wg_val from_value(wg_val_type t, const Value &v)
{
	wg_val r;

	std::memset(&r, 0, sizeof(r));
	r.type = t;
	switch (t) {
	case WG_VAL_I32: r.of.i32 = v.Get<s32>(); break;
	case WG_VAL_I64: r.of.i64 = v.Get<s64>(); break;
	case WG_VAL_F32: r.of.f32 = v.Get<f32>(); break;
	case WG_VAL_F64: r.of.f64 = v.Get<f64>(); break;
	}
	return r;
}

/* The exported function `name` and its type, or an error. */
int find_func(const wg_interp *in, const char *name, Func::Ptr *fn)
{
	const auto &types = in->module->export_types();

	for (size_t i = 0; i < types.size(); i++) {
		if (types[i].name != name)
			continue;
		if (types[i].type->kind != ExternKind::Func)
			return wg_error_set(WG_EINVAL, "export '%s' is a %s, not a function",
					    name, GetName(types[i].type->kind));
		*fn = const_cast<Store &>(in->store).UnsafeGet<Func>(in->instance->exports()[i]);
		return WG_OK;
	}
	return wg_error_set(WG_EINVAL, "no export named '%s'", name);
}

/* Both halves of the signature in wg_val_type, or WG_EINVAL. */
int signature(const char *name, const FuncType &ft, wg_val_type *p, wg_val_type *r)
{
	if (ft.params.size() > WG_INTERP_MAX_VALUES || ft.results.size() > WG_INTERP_MAX_VALUES)
		return wg_error_set(WG_EINVAL, "export '%s': more than %d parameters or results",
				    name, WG_INTERP_MAX_VALUES);
	for (size_t i = 0; i < ft.params.size(); i++)
		if (!val_type(ft.params[i], &p[i]))
			return wg_error_set(WG_EINVAL, "export '%s': parameter %zu is %s (only i32, i64, f32, f64)",
					    name, i, GetName(ft.params[i]).c_str());
	for (size_t i = 0; i < ft.results.size(); i++)
		if (!val_type(ft.results[i], &r[i]))
			return wg_error_set(WG_EINVAL, "export '%s': result %zu is %s (only i32, i64, f32, f64)",
					    name, i, GetName(ft.results[i]).c_str());
	return WG_OK;
}

int call(wg_interp *in, const char *name, const wg_val *args, size_t num_args,
	 wg_val *results, size_t max_results, size_t *num_results)
{
	Func::Ptr fn;
	wg_val_type pt[WG_INTERP_MAX_VALUES], rt[WG_INTERP_MAX_VALUES];
	Values params, out;
	std::string why;
	int rc;

	if ((rc = find_func(in, name, &fn)) != WG_OK)
		return rc;
	const FuncType &ft = fn->type();
	if ((rc = signature(name, ft, pt, rt)) != WG_OK)
		return rc;
	if (num_args != ft.params.size())
		return wg_error_set(WG_EINVAL, "export '%s' takes %zu arguments, given %zu",
				    name, ft.params.size(), num_args);
	if (max_results < ft.results.size())
		return wg_error_set(WG_EINVAL, "export '%s' returns %zu results, room for %zu",
				    name, ft.results.size(), max_results);
	for (size_t i = 0; i < num_args; i++) {
		if (args[i].type != pt[i])
			return wg_error_set(WG_EINVAL, "export '%s': argument %zu is %s, must be %s",
					    name, i, wg_val_type_name(args[i].type),
					    wg_val_type_name(pt[i]));
		params.push_back(to_value(args[i]));
	}
	rc = run(in, fn, params, out, &why);
	in->store.Collect();
	if (rc != WG_OK)
		return wg_error_set(rc, "%s: %s", name, why.c_str());
	for (size_t i = 0; i < ft.results.size(); i++)
		results[i] = from_value(rt[i], out[i]);
	*num_results = ft.results.size();
	return WG_OK;
}

} // namespace

extern "C" {

int wg_interp_new(const uint8_t *wasm, size_t size, const wg_interp_limits *limits,
		  wg_interp **out)
{
	uint32_t pages = limits && limits->max_memory_pages ? limits->max_memory_pages
							    : WG_INTERP_DEFAULT_PAGES;
	wg_module *m = nullptr;
	wg_interp *in = nullptr;
	int rc;

	if (!out)
		return wg_error_set(WG_EINVAL, "wg_interp_new: no place for the instance");
	*out = nullptr;
	if (!wasm && size)
		return wg_error_set(WG_EINVAL, "wg_interp_new: no bytes");
	if (limits && limits->version != 1)
		return wg_error_set(WG_EINVAL, "wg_interp_limits: version %d, expected 1",
				    limits->version);
	rc = precheck(wasm, size, pages, &m);
	wg_module_free(m);
	if (rc != WG_OK)
		return rc;
	try {
		in = new wg_interp;
		in->fuel = limits && limits->fuel ? limits->fuel : WG_INTERP_DEFAULT_FUEL;
		rc = instantiate(in, wasm, size, pages);
	} catch (const std::bad_alloc &) {
		rc = wg_error_set(WG_ENOMEM, "interpreter: out of memory");
	} catch (const std::exception &e) {
		rc = wg_error_set(WG_ERROR, "interpreter: %s", e.what());
	}
	if (rc != WG_OK) {
		wg_interp_free(in);
		return rc;
	}
	*out = in;
	return WG_OK;
}

int wg_interp_open(const char *path, const wg_interp_limits *limits, wg_interp **out)
{
	wg_file_view v;
	int rc;

	if (!out || !path)
		return wg_error_set(WG_EINVAL, "wg_interp_open: missing argument");
	*out = nullptr;
	if ((rc = wg_file_view_open(&v, path, WG_INTERP_MAX_MODULE)) != WG_OK)
		return rc;
	rc = wg_interp_new(v.data, v.size, limits, out);
	wg_file_view_close(&v);
	if (rc != WG_OK) {
		std::string msg = wg_error_last();
		wg_error_set(rc, "%s: %s", path, msg.c_str());
	}
	return rc;
}

int wg_interp_signature(const wg_interp *in, const char *name, wg_val_type *params,
			size_t *num_params, wg_val_type *results, size_t *num_results)
{
	wg_val_type pt[WG_INTERP_MAX_VALUES], rt[WG_INTERP_MAX_VALUES];
	Func::Ptr fn;
	int rc;

	if (!in || !name)
		return wg_error_set(WG_EINVAL, "wg_interp_signature: missing argument");
	try {
		if ((rc = find_func(in, name, &fn)) != WG_OK ||
		    (rc = signature(name, fn->type(), pt, rt)) != WG_OK)
			return rc;
		const FuncType &ft = fn->type();
		if (params)
			std::memcpy(params, pt, ft.params.size() * sizeof(*pt));
		if (num_params)
			*num_params = ft.params.size();
		if (results)
			std::memcpy(results, rt, ft.results.size() * sizeof(*rt));
		if (num_results)
			*num_results = ft.results.size();
		return WG_OK;
	} catch (const std::bad_alloc &) {
		return wg_error_set(WG_ENOMEM, "interpreter: out of memory");
	}
}

int wg_interp_call(wg_interp *in, const char *name, const wg_val *args, size_t num_args,
		   wg_val *results, size_t max_results, size_t *num_results)
{
	if (num_results)
		*num_results = 0;
	if (!in || !name || !num_results || (num_args && !args) || (max_results && !results))
		return wg_error_set(WG_EINVAL, "wg_interp_call: missing argument");
	try {
		return call(in, name, args, num_args, results, max_results, num_results);
	} catch (const std::bad_alloc &) {
		return wg_error_set(WG_ENOMEM, "%s: interpreter: out of memory", name);
	} catch (const std::exception &e) {
		return wg_error_set(WG_ERROR, "%s: interpreter: %s", name, e.what());
	}
}

void wg_interp_free(wg_interp *in)
{
	delete in;
}

const char *wg_val_type_name(wg_val_type t)
{
	switch (t) {
	case WG_VAL_I32: return "i32";
	case WG_VAL_I64: return "i64";
	case WG_VAL_F32: return "f32";
	case WG_VAL_F64: return "f64";
	}
	return "?";
}

} // extern "C"
