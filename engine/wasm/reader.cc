/*
 * reader.cc - the one C++ file: a wabt BinaryReader delegate that fills a
 * wg_module in one streaming pass and feeds every item to wabt's
 * SharedValidator, so decoding and full validation (function bodies
 * included) happen together.  Called only through wg_wasm_read()
 * (reader.h); nothing C++ crosses that boundary: exceptions are caught
 * there and wabt never prints (errors land in our own vectors).
 * With the fast path on (the default), wabt skips the function bodies and
 * fastval.c validates them instead; see "Fast path" below.
 *
 * Invariants: memory grows only with items actually read, never with a
 * count declared in the file; the opcode histogram is a fixed array
 * indexed by wabt's Opcode enum; names are capped at WG_MODULE_MAX_NAME;
 * every count is checked against the implementation limits (module.h
 * WG_IMPL_*) before the items are read, and so is the nesting depth and
 * the validator's copies of signatures, so memory and time stay bounded
 * by the file's size whatever its shape.
 * Errors inside a custom section go to that section's `error` and never
 * change the module's status (the spec says custom sections cannot make a
 * module invalid).
 */
#include "wasm/reader.h"
#include "wasmgate/plugin_section.h"
#include "wasm/fastval.h"
#include "util/util.h"

#include <wabt/binary-reader-nop.h>
#include <wabt/binary-reader.h>
#include <wabt/shared-validator.h>

#include <array>
#include <cstdarg>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <vector>

using namespace wabt;

namespace {

#define VCHECK(call)                          \
	do {                                  \
		if (Failed(v_.call))          \
			return vfail();       \
	} while (0)

/* Charge `n` type checks to the validation budget before the validator
 * does them (see Reader::work()). */
#define WORK(n)                               \
	do {                                  \
		if (Failed(work(n)))          \
			return Result::Error; \
	} while (0)

/* The wg_feature bits an opcode needs, from its prefix and code. */
uint32_t opcode_features(Opcode op)
{
	uint32_t prefix = op.GetPrefix(), code = op.GetCode();

	switch (prefix) {
	case 0xfd:
		return WG_FEATURE_SIMD | (code >= 0x100 ? WG_FEATURE_RELAXED_SIMD : 0);
	case 0xfe:
		return WG_FEATURE_THREADS;
	case 0xfc:
		if (code <= 0x07)
			return WG_FEATURE_SAT_FLOAT_TO_INT;
		if (code <= 0x0e)
			return WG_FEATURE_BULK_MEMORY;
		return WG_FEATURE_REFERENCE_TYPES;
	case 0:
		break;
	default:
		return WG_FEATURE_GC;
	}
	switch (code) {
	case 0x06: case 0x07: case 0x08: case 0x09: case 0x18: case 0x19:
		return WG_FEATURE_EXCEPTIONS;
	case 0x12: case 0x13:
		return WG_FEATURE_TAIL_CALL;
	case 0x14: case 0x15: case 0xd3: case 0xd4: case 0xd5: case 0xd6:
		return WG_FEATURE_FUNCTION_REFERENCES;
	case 0x1c: case 0x25: case 0x26: case 0xd0: case 0xd1: case 0xd2:
		return WG_FEATURE_REFERENCE_TYPES;
	case 0xc0: case 0xc1: case 0xc2: case 0xc3: case 0xc4:
		return WG_FEATURE_SIGN_EXTENSION;
	}
	return 0;
}

uint32_t type_features(Type t)
{
	switch (t) {
	case Type::V128:
		return WG_FEATURE_SIMD;
	case Type::FuncRef:
	case Type::ExternRef:
		return WG_FEATURE_REFERENCE_TYPES;
	case Type::Reference:
		return WG_FEATURE_FUNCTION_REFERENCES;
	default:
		return 0;
	}
}

/* wg_opcode_use.code: prefix << 8 | code, or prefix << 16 | code when the
 * code does not fit a byte (relaxed SIMD), so codes stay unique. */
uint32_t opcode_number(Opcode op)
{
	uint32_t prefix = op.GetPrefix(), code = op.GetCode();

	if (!prefix)
		return code;
	return code <= 0xff ? prefix << 8 | code : prefix << 16 | code;
}

uint32_t align_bytes(Address log2)
{
	return log2 < 32 ? 1u << log2 : ~0u;
}

/* What OnOpcode() and compact_opcodes() need of each opcode, computed
 * once: Opcode::GetInfo() is out of line in libwabt.a and GetLength()
 * builds a std::vector, too slow to ask per instruction. */
struct OpInfo {
	const char *name;
	uint32_t number;        /* wg_opcode_use.code */
	uint32_t features;      /* wg_feature bits */
	uint8_t first_byte;     /* the prefix, or the code */
	uint8_t length;         /* bytes of the opcode, prefix included */
};

typedef std::array<OpInfo, Opcode::Invalid> OpTable;

/* Built on first use; C++11 makes the initialisation thread-safe. */
const OpInfo *op_table()
{
	static const OpTable table = [] {
		OpTable t;
		for (uint32_t e = 0; e < Opcode::Invalid; e++) {
			Opcode op((Opcode::Enum)e);
			uint32_t prefix = op.GetPrefix();

			t[e].name = op.GetName();
			t[e].number = opcode_number(op);
			t[e].features = opcode_features(op);
			t[e].first_byte = (uint8_t)(prefix ? prefix : op.GetCode());
			t[e].length = (uint8_t)op.GetLength();
		}
		return t;
	}();
	return table.data();
}

SegmentKind segment_kind(uint8_t flags)
{
	if ((flags & SegDeclared) == SegDeclared)
		return SegmentKind::Declared;
	if (flags & SegPassive)
		return SegmentKind::Passive;
	return SegmentKind::Active;
}

class Reader : public BinaryReaderNop {
public:
	Reader(wg_module *m, const uint8_t *data, size_t size, const wg_module_limits *lim,
	       const Features &features, ReadBinaryOptions *fast_opts = nullptr)
		: m_(m), data_(data), size_(size), v_(&verrors_, ValidateOptions(features)),
		  ops_(op_table()), fast_opts_(fast_opts)
	{
		if (lim)
			lim_ = *lim;
		work_max_ = WG_IMPL_WORK_BASE + (uint64_t)WG_IMPL_WORK_PER_BYTE * size;
		fast_ok_ = fast_opts && wg_fv_num_opcodes == Opcode::Invalid;
		fast_threads_ = fast_opts ? wg_wasm_body_threads() : 1;
	}

	~Reader() { wg_fv_state_free(fv_); }

	int finish(Result read_result);
	bool fast_accepted(Result read_result) const;
	bool fast_used() const { return fast_on_; }
	void fast_deferred();
	int fast_verdict(Result res) const
	{
		if (!fast_on_)
			return -1;
		if (fast_rc_ != WG_FV_OK)
			return fast_rc_;
		return fast_accepted(res) ? WG_FV_OK : WG_FV_REJECT;
	}

	Result BeginCodeSection(Offset) override;

	/* errors from the decoder */
	bool OnError(const Error &e) override
	{
		if (cur_custom_ >= 0 && e.error_level == ErrorLevel::Warning)
			return custom_error(e);
		if (cur_custom_ >= 0 && e.loc.offset >= custom_begin_ && e.loc.offset <= custom_end_)
			return custom_error(e);
		if (!have_decode_error_) {
			have_decode_error_ = true;
			decode_error_ = e;
		}
		return true;
	}

	Result EndModule() override
	{
		VCHECK(EndModule());
		return Result::Ok;
	}

	Result BeginSection(Index, BinarySection, Offset size) override
	{
		section_start_ = next_section_;
		next_section_ = state->offset + size;
		section_size_ = size;
		cur_custom_ = -1;
		return Result::Ok;
	}

	Result BeginCustomSection(Index, Offset, std::string_view name) override
	{
		wg_custom_section *c;

		if (m_->num_customs >= WG_IMPL_MAX_CUSTOM_SECTIONS)
			return impl("more than %u custom sections", WG_IMPL_MAX_CUSTOM_SECTIONS);
		if (!(c = WG_ARRAY_PUSH(m_->customs, m_->num_customs, customs_cap_)))
			return oom();
		memset(c, 0, sizeof(*c));
		c->offset = section_start_;
		c->size = section_size_;
		if (!(c->name = dup_name(name)))
			return oom();
		cur_custom_ = (long)(m_->num_customs - 1);
		custom_begin_ = section_start_;
		custom_end_ = next_section_;
		return keep_plugin_section(name);
	}

	Result EndCustomSection() override
	{
		cur_custom_ = -1;
		return Result::Ok;
	}

	/* types */
	Result OnTypeCount(Index count) override
	{
		return over(count, WG_IMPL_MAX_TYPES, "types");
	}

	Result OnFuncType(Index index, Index np, Type *params, Index nr, Type *results) override
	{
		if (np > WG_IMPL_MAX_PARAMS || nr > WG_IMPL_MAX_RESULTS)
			return impl("type %u has %u parameters and %u results, over the implementation limit (%u each)",
				    index, np, nr, WG_IMPL_MAX_PARAMS);
		VCHECK(OnFuncType(loc(), np, params, nr, results, index));
		for (Index i = 0; i < np; i++)
			use_features(type_features(params[i]));
		for (Index i = 0; i < nr; i++)
			use_features(type_features(results[i]));
		if (nr > 1)
			use_features(WG_FEATURE_MULTI_VALUE);
		type_multi_.push_back(np > 0 || nr > 1);
		fast_type(np, params, nr, results);
		type_params_.push_back((uint16_t)np);
		type_arity_.push_back((uint16_t)(np + nr));
		m_->num_types++;
		return Result::Ok;
	}

	Result OnStructType(Index index, Index n, TypeMut *fields) override
	{
		if (n > WG_IMPL_MAX_STRUCT_FIELDS)
			return impl("struct type %u has %u fields, over the implementation limit (%u)",
				    index, n, WG_IMPL_MAX_STRUCT_FIELDS);
		VCHECK(OnStructType(loc(), n, fields));
		return gc_type();
	}

	Result OnArrayType(Index, TypeMut field) override
	{
		VCHECK(OnArrayType(loc(), field));
		return gc_type();
	}

	/* imports */
	Result OnImportCount(Index count) override
	{
		item_start_ = state->offset;
		return over(count, WG_IMPL_MAX_IMPORTS, "imports");
	}

	Result OnImport(Index, ExternalKind kind, std::string_view mod, std::string_view field) override
	{
		wg_import *im = WG_ARRAY_PUSH(m_->imports, m_->num_imports, imports_cap_);

		if (!im)
			return oom();
		memset(im, 0, sizeof(*im));
		im->kind = (wg_extern_kind)kind;
		im->offset = item_start_;
		if (!(im->module = dup_name(mod)) || !(im->field = dup_name(field)))
			return oom();
		return Result::Ok;
	}

	Result OnImportFunc(Index, std::string_view, std::string_view, Index, Index sig) override
	{
		VCHECK(OnFunction(loc(), var(sig)));
		if (Failed(signature(sig)))
			return Result::Error;
		func_sig_.push_back(sig);
		m_->imports[m_->num_imports - 1].sig_index = sig;
		m_->num_func_imports++;
		return next_item();
	}

	Result OnImportTable(Index, std::string_view, std::string_view, Index, Type elem,
			     const Limits *lim) override
	{
		VCHECK(OnTable(loc(), elem, *lim));
		return add_table(elem, lim, true, m_->imports[m_->num_imports - 1].offset);
	}

	Result OnImportMemory(Index, std::string_view, std::string_view, Index,
			      const Limits *lim) override
	{
		VCHECK(OnMemory(loc(), *lim));
		return add_memory(lim, true, m_->imports[m_->num_imports - 1].offset);
	}

	Result OnImportGlobal(Index, std::string_view, std::string_view, Index, Type type,
			      bool mut) override
	{
		VCHECK(OnGlobalImport(loc(), type, mut));
		if (mut)
			use_features(WG_FEATURE_MUTABLE_GLOBALS);
		return add_global(type, mut);
	}

	Result OnImportTag(Index, std::string_view, std::string_view, Index, Index sig) override
	{
		VCHECK(OnTag(loc(), var(sig)));
		return add_tag(sig);
	}

	/* functions, tables, memories, globals, tags */
	Result OnFunctionCount(Index count) override
	{
		if (Failed(over(count, WG_IMPL_MAX_FUNCTIONS, "defined functions")))
			return Result::Error;
		if (lim_.max_functions && count > lim_.max_functions)
			return limit(WG_LIMIT_FUNCTIONS,
				     "module defines %u functions, over limits.max_functions (%llu)",
				     count, (unsigned long long)lim_.max_functions);
		return Result::Ok;
	}

	Result OnFunction(Index, Index sig) override
	{
		VCHECK(OnFunction(loc(), var(sig)));
		if (Failed(signature(sig)))
			return Result::Error;
		func_sig_.push_back(sig);
		m_->num_funcs++;
		return Result::Ok;
	}

	Result OnTableCount(Index count) override
	{
		item_start_ = state->offset;
		return over((uint64_t)count + m_->num_tables, WG_IMPL_MAX_TABLES, "tables");
	}

	Result OnTable(Index, Type elem, const Limits *lim) override
	{
		VCHECK(OnTable(loc(), elem, *lim));
		return add_table(elem, lim, false, item_start_);
	}

	Result OnMemoryCount(Index count) override
	{
		item_start_ = state->offset;
		return over((uint64_t)count + m_->num_memories, WG_IMPL_MAX_MEMORIES, "memories");
	}

	Result OnGlobalCount(Index count) override
	{
		return over(count, WG_IMPL_MAX_GLOBALS, "defined globals");
	}

	Result OnTagCount(Index count) override
	{
		return over(count, WG_IMPL_MAX_TAGS, "defined tags");
	}

	Result OnMemory(Index, const Limits *lim) override
	{
		VCHECK(OnMemory(loc(), *lim));
		return add_memory(lim, false, item_start_);
	}

	Result BeginGlobal(Index, Type type, bool mut) override
	{
		VCHECK(OnGlobal(loc(), type, mut));
		return add_global(type, mut);
	}

	Result BeginGlobalInitExpr(Index index) override
	{
		Type t = index < global_types_.size() ? global_types_[index] : Type(Type::I32);

		return begin_init(t);
	}

	Result EndGlobalInitExpr(Index) override { return end_init(); }

	Result OnTagType(Index, Index sig) override
	{
		VCHECK(OnTag(loc(), var(sig)));
		return add_tag(sig);
	}

	/* exports and start */
	Result OnExportCount(Index count) override
	{
		item_start_ = state->offset;
		return over(count, WG_IMPL_MAX_EXPORTS, "exports");
	}

	Result OnExport(Index, ExternalKind kind, Index item, std::string_view name) override
	{
		VCHECK(OnExport(loc(), kind, var(item), name));
		wg_export *ex = WG_ARRAY_PUSH(m_->exports, m_->num_exports, exports_cap_);
		if (!ex)
			return oom();
		memset(ex, 0, sizeof(*ex));
		ex->kind = (wg_extern_kind)kind;
		ex->index = item;
		ex->offset = item_start_;
		if (!(ex->name = dup_name(name)))
			return oom();
		if (kind == ExternalKind::Global && item < global_mut_.size() && global_mut_[item])
			use_features(WG_FEATURE_MUTABLE_GLOBALS);
		if (kind == ExternalKind::Func)
			declared_list_.push_back(item);
		return next_item();
	}

	Result OnStartFunction(Index func) override
	{
		VCHECK(OnStart(loc(), var(func)));
		m_->has_start = true;
		m_->start_func = func;
		return Result::Ok;
	}

	/* element and data segments */
	Result BeginElemSegment(Index, Index table, uint8_t flags) override
	{
		SegmentKind kind = segment_kind(flags);

		VCHECK(OnElemSegment(loc(), var(table), kind));
		if (kind == SegmentKind::Passive)
			use_features(WG_FEATURE_BULK_MEMORY);
		if (kind == SegmentKind::Declared || table != 0)
			use_features(WG_FEATURE_REFERENCE_TYPES);
		m_->num_elem_segments++;
		return Result::Ok;
	}

	Result BeginElemSegmentInitExpr(Index) override { return begin_init(Type::I32); }
	Result EndElemSegmentInitExpr(Index) override { return end_init(); }

	Result OnElemSegmentElemType(Index, Type elem) override
	{
		VCHECK(OnElemSegmentElemType(loc(), elem));
		elem_type_.push_back(fast_value_type(elem));
		use_features(elem == Type::FuncRef ? 0 : type_features(elem));
		return Result::Ok;
	}

	Result OnElemSegmentElemExprCount(Index index, Index count) override
	{
		if (count > WG_IMPL_MAX_TABLE_INIT)
			return impl("element segment %u has %u entries, over the implementation limit (%u)",
				    index, count, WG_IMPL_MAX_TABLE_INIT);
		return Result::Ok;
	}

	Result OnElemSegmentElemExpr_RefNull(Index, Type type) override
	{
		VCHECK(OnElemSegmentElemExpr_RefNull(loc(), type));
		return Result::Ok;
	}

	Result OnElemSegmentElemExpr_RefFunc(Index, Index func) override
	{
		VCHECK(OnElemSegmentElemExpr_RefFunc(loc(), var(func)));
		declared_list_.push_back(func);
		return Result::Ok;
	}

	Result OnDataCount(Index count) override
	{
		if (Failed(over(count, WG_IMPL_MAX_DATA_SEGMENTS, "data segments")))
			return Result::Error;
		v_.OnDataCount(count);
		has_data_count_ = true;
		data_count_ = count;
		return Result::Ok;
	}

	Result OnDataSegmentCount(Index count) override
	{
		return over(count, WG_IMPL_MAX_DATA_SEGMENTS, "data segments");
	}

	Result BeginDataSegment(Index, Index memory, uint8_t flags) override
	{
		SegmentKind kind = segment_kind(flags);

		VCHECK(OnDataSegment(loc(), var(memory), kind));
		if (kind == SegmentKind::Passive)
			use_features(WG_FEATURE_BULK_MEMORY);
		if (memory != 0)
			use_features(WG_FEATURE_MULTI_MEMORY);
		data_memory_ = memory;
		m_->num_data_segments++;
		return Result::Ok;
	}

	Result BeginDataSegmentInitExpr(Index) override
	{
		bool is64 = data_memory_ < m_->num_memories && m_->memories[data_memory_].is64;

		return begin_init(is64 ? Type::I64 : Type::I32);
	}

	Result EndDataSegmentInitExpr(Index) override { return end_init(); }

	/* names (read with read_debug_names) */
	Result OnFunctionName(Index index, std::string_view name) override;

	/* function bodies */
	Result BeginFunctionBody(Index index, Offset size) override
	{
		if (size > WG_IMPL_MAX_FUNCTION_BYTES)
			return impl("function %u body is %llu bytes, over the implementation limit (%u)",
				    index, (unsigned long long)size, WG_IMPL_MAX_FUNCTION_BYTES);
		if (lim_.max_function_bytes && size > lim_.max_function_bytes)
			return limit(WG_LIMIT_FUNCTION_BYTES,
				     "function %u body is %llu bytes, over limits.max_function_bytes (%llu)",
				     index, (unsigned long long)size,
				     (unsigned long long)lim_.max_function_bytes);
		if (!fast_on_)
			VCHECK(BeginFunctionBody(loc(), index));
		else if (Failed(fast_begin(index, size)))
			return Result::Error;
		if (size > m_->largest_func_bytes || !have_body_) {
			m_->largest_func_bytes = size;
			m_->largest_func = index;
		}
		have_body_ = true;
		cur_func_ = index;
		in_body_ = true;
		in_expr_ = true;
		depth_ = 1;
		last_end_ = state->offset;
		locals_ = params_of_func(index);
		labels_.assign(1, (uint16_t)(index < func_sig_.size() && func_sig_[index] < type_arity_.size()
					     ? type_arity_[func_sig_[index]] - type_params_[func_sig_[index]] : 0));
		return Result::Ok;
	}

	Result OnLocalDeclCount(Index) override
	{
		code_start_ = state->offset;
		return done();
	}

	Result OnLocalDecl(Index, Index count, Type type) override
	{
		locals_ += count;
		if (locals_ > WG_IMPL_MAX_LOCALS)
			return impl("function %u declares %llu locals (parameters included), over the implementation limit (%u)",
				    cur_func_, (unsigned long long)locals_, WG_IMPL_MAX_LOCALS);
		if (fast_on_)
			fast_local(count, type);
		else
			VCHECK(OnLocalDecl(loc(), count, type));
		use_features(type_features(type));
		code_start_ = state->offset;
		return done();
	}

	Result EndFunctionBody(Index) override
	{
		if (fast_on_) {
			if (Failed(fast_body()))
				return Result::Error;
		} else {
			VCHECK(EndFunctionBody(loc()));
		}
		in_body_ = false;
		in_expr_ = false;
		return Result::Ok;
	}

	Result OnOpcode(Opcode op) override;

	/* control */
	Result OnBlockExpr(Type sig) override { WORK(block_work(sig)); VCHECK(OnBlock(loc(), sig)); return push(sig, false); }
	Result OnLoopExpr(Type sig) override { WORK(block_work(sig)); VCHECK(OnLoop(loc(), sig)); return push(sig, true); }
	Result OnIfExpr(Type sig) override { WORK(block_work(sig)); VCHECK(OnIf(loc(), sig)); return push(sig, false); }
	Result OnTryExpr(Type sig) override { WORK(block_work(sig)); VCHECK(OnTry(loc(), sig)); return push(sig, false); }
	Result OnElseExpr() override { VCHECK(OnElse(loc())); return done(); }
	Result OnEndExpr() override;
	Result OnDelegateExpr(Index depth) override
	{
		/* wabt 1.0.32 looks up label depth + 1 in 32 bits: ~0u wraps
		 * to the try itself and is accepted */
		if (depth == kInvalidIndex && in_body_ && depth_ >= 2)
			return invalid("invalid delegate depth: %u (max %u)", depth, depth_ - 2);
		WORK(label(depth + 1));
		VCHECK(OnDelegate(loc(), var(depth)));
		depth_--;
		if (labels_.size() > 1)
			labels_.pop_back();
		return done();
	}
	Result OnCatchExpr(Index tag) override
	{
		WORK(tag < tag_sig_.size() ? arity(tag_sig_[tag]) : 0);
		VCHECK(OnCatch(loc(), var(tag), false));
		return done();
	}
	Result OnCatchAllExpr() override { VCHECK(OnCatch(loc(), Var(), true)); return done(); }
	Result OnThrowExpr(Index tag) override
	{
		WORK(tag < tag_sig_.size() ? arity(tag_sig_[tag]) : 0);
		VCHECK(OnThrow(loc(), var(tag)));
		return done();
	}
	Result OnRethrowExpr(Index depth) override { VCHECK(OnRethrow(loc(), var(depth))); return done(); }
	Result OnBrExpr(Index depth) override { WORK(label(depth)); VCHECK(OnBr(loc(), var(depth))); return done(); }
	Result OnBrIfExpr(Index depth) override { WORK(label(depth)); VCHECK(OnBrIf(loc(), var(depth))); return done(); }
	Result OnBrTableExpr(Index n, Index *targets, Index def) override
	{
		VCHECK(BeginBrTable(loc()));
		for (Index i = 0; i < n; i++) {
			WORK(1 + label(targets[i]));
			VCHECK(OnBrTableTarget(loc(), var(targets[i])));
		}
		WORK(label(def));
		VCHECK(OnBrTableTarget(loc(), var(def)));
		VCHECK(EndBrTable(loc()));
		return done();
	}
	Result OnReturnExpr() override { WORK(labels_.empty() ? 0 : labels_[0]); VCHECK(OnReturn(loc())); return done(); }
	Result OnUnreachableExpr() override { VCHECK(OnUnreachable(loc())); return done(); }
	Result OnNopExpr() override { VCHECK(OnNop(loc())); return done(); }
	Result OnDropExpr() override { VCHECK(OnDrop(loc())); return done(); }
	Result OnSelectExpr(Index n, Type *types) override { VCHECK(OnSelect(loc(), n, types)); return done(); }

	/* calls */
	Result OnCallExpr(Index f) override { WORK(func_arity(f)); VCHECK(OnCall(loc(), var(f))); return done(); }
	Result OnCallIndirectExpr(Index sig, Index table) override
	{
		WORK(arity(sig));
		VCHECK(OnCallIndirect(loc(), var(sig), var(table)));
		return table_use(table);
	}
	/* wabt 1.0.32 knows call_ref only as a pre-standard draft (no type
	 * immediate) and its validator aborts on it after unreachable code
	 * (type.h GetReferenceIndex() assert, wabt #1987): never hand it over. */
	Result OnCallRefExpr() override
	{
		return own("call_ref (typed function references) is not supported by this wabt version");
	}
	Result OnReturnCallExpr(Index f) override { WORK(func_arity(f)); VCHECK(OnReturnCall(loc(), var(f))); return done(); }
	Result OnReturnCallIndirectExpr(Index sig, Index table) override
	{
		WORK(arity(sig));
		VCHECK(OnReturnCallIndirect(loc(), var(sig), var(table)));
		return table_use(table);
	}

	/* numeric */
	Result OnUnaryExpr(Opcode op) override { VCHECK(OnUnary(loc(), op)); return done(); }
	Result OnBinaryExpr(Opcode op) override { VCHECK(OnBinary(loc(), op)); return done(); }
	Result OnCompareExpr(Opcode op) override { VCHECK(OnCompare(loc(), op)); return done(); }
	Result OnConvertExpr(Opcode op) override { VCHECK(OnConvert(loc(), op)); return done(); }
	Result OnTernaryExpr(Opcode op) override { VCHECK(OnTernary(loc(), op)); return done(); }
	Result OnI32ConstExpr(uint32_t) override { VCHECK(OnConst(loc(), Type::I32)); return done(); }
	Result OnI64ConstExpr(uint64_t) override { VCHECK(OnConst(loc(), Type::I64)); return done(); }
	Result OnF32ConstExpr(uint32_t) override { VCHECK(OnConst(loc(), Type::F32)); return done(); }
	Result OnF64ConstExpr(uint64_t) override { VCHECK(OnConst(loc(), Type::F64)); return done(); }
	Result OnV128ConstExpr(v128) override { VCHECK(OnConst(loc(), Type::V128)); return done(); }

	/* variables */
	Result OnLocalGetExpr(Index i) override { VCHECK(OnLocalGet(loc(), var(i))); return done(); }
	Result OnLocalSetExpr(Index i) override { VCHECK(OnLocalSet(loc(), var(i))); return done(); }
	Result OnLocalTeeExpr(Index i) override { VCHECK(OnLocalTee(loc(), var(i))); return done(); }
	Result OnGlobalGetExpr(Index i) override { VCHECK(OnGlobalGet(loc(), var(i))); return done(); }
	Result OnGlobalSetExpr(Index i) override { VCHECK(OnGlobalSet(loc(), var(i))); return done(); }

	/* memory */
	Result OnLoadExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnLoad(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnStoreExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnStore(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnLoadSplatExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnLoadSplat(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnLoadZeroExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnLoadZero(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnSimdLoadLaneExpr(Opcode op, Index mem, Address align, Address, uint64_t lane) override
	{
		VCHECK(OnSimdLoadLane(loc(), op, var(mem), align_bytes(align), lane));
		return memory_use(mem);
	}
	Result OnSimdStoreLaneExpr(Opcode op, Index mem, Address align, Address, uint64_t lane) override
	{
		VCHECK(OnSimdStoreLane(loc(), op, var(mem), align_bytes(align), lane));
		return memory_use(mem);
	}
	Result OnSimdLaneOpExpr(Opcode op, uint64_t lane) override
	{
		VCHECK(OnSimdLaneOp(loc(), op, lane));
		return done();
	}
	Result OnSimdShuffleOpExpr(Opcode op, v128 lanes) override
	{
		VCHECK(OnSimdShuffleOp(loc(), op, lanes));
		return done();
	}
	Result OnMemorySizeExpr(Index mem) override { VCHECK(OnMemorySize(loc(), var(mem))); return memory_use(mem); }
	Result OnMemoryGrowExpr(Index mem) override { VCHECK(OnMemoryGrow(loc(), var(mem))); return memory_use(mem); }
	Result OnMemoryFillExpr(Index mem) override { VCHECK(OnMemoryFill(loc(), var(mem))); return memory_use(mem); }
	Result OnMemoryCopyExpr(Index src, Index dst) override
	{
		VCHECK(OnMemoryCopy(loc(), var(src), var(dst)));
		return memory_use(src | dst);
	}
	Result OnMemoryInitExpr(Index seg, Index mem) override
	{
		VCHECK(OnMemoryInit(loc(), var(seg), var(mem)));
		return memory_use(mem);
	}
	Result OnDataDropExpr(Index seg) override { VCHECK(OnDataDrop(loc(), var(seg))); return done(); }

	/* atomics */
	Result OnAtomicLoadExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnAtomicLoad(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnAtomicStoreExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnAtomicStore(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnAtomicRmwExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnAtomicRmw(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnAtomicRmwCmpxchgExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnAtomicRmwCmpxchg(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnAtomicWaitExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnAtomicWait(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnAtomicNotifyExpr(Opcode op, Index mem, Address align, Address) override
	{
		VCHECK(OnAtomicNotify(loc(), op, var(mem), align_bytes(align)));
		return memory_use(mem);
	}
	Result OnAtomicFenceExpr(uint32_t model) override { VCHECK(OnAtomicFence(loc(), model)); return done(); }

	/* tables and references */
	Result OnTableGetExpr(Index t) override { VCHECK(OnTableGet(loc(), var(t))); return table_use(t); }
	Result OnTableSetExpr(Index t) override { VCHECK(OnTableSet(loc(), var(t))); return table_use(t); }
	Result OnTableGrowExpr(Index t) override { VCHECK(OnTableGrow(loc(), var(t))); return table_use(t); }
	Result OnTableSizeExpr(Index t) override { VCHECK(OnTableSize(loc(), var(t))); return table_use(t); }
	Result OnTableFillExpr(Index t) override { VCHECK(OnTableFill(loc(), var(t))); return table_use(t); }
	Result OnTableCopyExpr(Index dst, Index src) override
	{
		VCHECK(OnTableCopy(loc(), var(dst), var(src)));
		return table_use(dst | src);
	}
	Result OnTableInitExpr(Index seg, Index t) override
	{
		VCHECK(OnTableInit(loc(), var(seg), var(t)));
		return table_use(t);
	}
	Result OnElemDropExpr(Index seg) override { VCHECK(OnElemDrop(loc(), var(seg))); return done(); }
	Result OnRefFuncExpr(Index f) override
	{
		VCHECK(OnRefFunc(loc(), var(f)));
		if (!in_body_)
			declared_list_.push_back(f);    /* init expressions declare */
		return done();
	}
	Result OnRefNullExpr(Type t) override { VCHECK(OnRefNull(loc(), t)); return done(); }
	Result OnRefIsNullExpr() override { VCHECK(OnRefIsNull(loc())); return done(); }

private:
	Location loc() const { return Location(state->offset); }

	/* The module uses `bits` (wg_feature) at `off`, in function `func`:
	 * keep the earliest place of each feature. */
	void use_features(uint32_t bits, uint64_t off, uint32_t func)
	{
		for (unsigned i = 0; i < WG_FEATURE_COUNT && bits >> i; i++) {
			if (!(bits >> i & 1) || (m_->feature_offset[i] && m_->feature_offset[i] <= off))
				continue;
			m_->feature_offset[i] = off;
			m_->feature_func[i] = func;
		}
		m_->features |= bits;
	}
	/* ... where the reader is now, in the function being read if any. */
	void use_features(uint32_t bits)
	{
		use_features(bits, state->offset, in_body_ ? cur_func_ : WG_NO_FUNC);
	}
	Var var(Index i) const { return Var(i, loc()); }

	/* An instruction's immediates are read: the next one starts here. */
	Result done()
	{
		last_end_ = state->offset;
		return Result::Ok;
	}

	/* Entering, re-entering (else) and leaving a block checks its
	 * params and results. */
	uint64_t block_work(Type sig) const
	{
		return sig.IsIndex() ? 3ull * arity(sig.GetIndex()) : 1;
	}

	Result push(Type sig, bool loop)
	{
		uint32_t branch = sig == Type::Void ? 0 : 1;

		if (sig.IsIndex()) {
			Index t = sig.GetIndex();
			uint32_t np = t < type_params_.size() ? type_params_[t] : 0;

			branch = loop ? np : arity(t) - np;
		}
		if (sig.IsIndex()) {
			Index t = sig.GetIndex();
			if (t < type_multi_.size() && type_multi_[t])
				use_features(WG_FEATURE_MULTI_VALUE);
		} else {
			use_features(type_features(sig));
		}
		if (depth_ > WG_IMPL_MAX_NESTING)     /* depth_ - 1 blocks are open */
			return impl("blocks nested deeper than %u in function %u", WG_IMPL_MAX_NESTING,
				    cur_func_);
		depth_++;
		labels_.push_back((uint16_t)branch);
		return done();
	}

	Result memory_use(Index mem)
	{
		if (mem != 0)
			use_features(WG_FEATURE_MULTI_MEMORY);
		return done();
	}

	Result table_use(Index table)
	{
		if (table != 0)
			use_features(WG_FEATURE_REFERENCE_TYPES);
		return done();
	}

	Result next_item()
	{
		item_start_ = state->offset;
		return Result::Ok;
	}

	Result begin_init(Type type)
	{
		VCHECK(BeginInitExpr(loc(), type));
		in_expr_ = true;
		in_body_ = false;
		depth_ = 1;
		labels_.assign(1, 1);
		init_ops_ = 0;
		return done();
	}

	Result end_init()
	{
		VCHECK(EndInitExpr());
		if (init_ops_ > 1)
			use_features(WG_FEATURE_EXTENDED_CONST);
		in_expr_ = false;
		return next_item();
	}

	Result gc_type()
	{
		fast_ok_ = false;
		use_features(WG_FEATURE_GC);
		type_multi_.push_back(false);
		m_->num_types++;
		return Result::Ok;
	}

	Result add_table(Type elem, const Limits *lim, bool imported, uint64_t offset);
	Result add_memory(const Limits *lim, bool imported, uint64_t offset);
	Result add_global(Type type, bool mut);
	Result add_tag(Index sig);
	Result signature(Index sig);
	Result over(uint64_t count, uint32_t max, const char *what);
	uint64_t params_of_func(Index index) const;
	uint32_t arity(Index sig) const;
	uint32_t func_arity(Index f) const;
	uint32_t label(Index depth) const;
	Result work(uint64_t n);

	char *dup_name(std::string_view s)
	{
		size_t n = s.size() < WG_MODULE_MAX_NAME ? s.size() : WG_MODULE_MAX_NAME;
		return wg_strndup(s.data(), n);
	}

	bool custom_error(const Error &e);
	Result keep_plugin_section(std::string_view name);
	Result stop_at(wg_module_status status, wg_limit_kind kind, const char *fmt, va_list ap);
	Result limit(wg_limit_kind kind, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
	Result impl(const char *fmt, ...) __attribute__((format(printf, 2, 3)));
	Result invalid(const char *fmt, ...) __attribute__((format(printf, 2, 3)));
	Result own(const char *msg);
	Result vfail();
	Result oom()
	{
		oom_ = true;
		return Result::Error;
	}
	int compact_opcodes();

	/* the fast path (fastval.c): see the section "Fast path" below */
	uint8_t fast_value_type(Type t);
	void fast_type(Index np, const Type *params, Index nr, const Type *results);
	Result fast_begin(Index func, Offset size);
	void fast_local(Index count, Type type);
	Result fast_body();
	void fast_merge();

	wg_module *m_;
	const uint8_t *data_;
	size_t size_;
	wg_module_limits lim_ = {};
	Errors verrors_;
	SharedValidator v_;
	const OpInfo *ops_;

	Error decode_error_;
	bool have_decode_error_ = false;
	bool oom_ = false;
	wg_module_status stop_ = WG_MODULE_OK;   /* LIMIT / IMPL_LIMIT: own_error_ says which */
	wg_limit_kind limit_kind_ = WG_LIMIT_NONE;
	std::string own_error_;
	uint64_t own_error_offset_ = 0;

	size_t imports_cap_ = 0, exports_cap_ = 0, memories_cap_ = 0, tables_cap_ = 0;
	size_t customs_cap_ = 0;
	uint64_t item_start_ = 0;
	uint64_t section_start_ = 0, section_size_ = 0, next_section_ = 8;
	long cur_custom_ = -1;
	uint64_t custom_begin_ = 0, custom_end_ = 0;

	std::vector<uint8_t> type_multi_;   /* per type: a multi-value block type */
	std::vector<uint8_t> global_mut_;
	std::vector<Type> global_types_;
	std::vector<uint16_t> type_params_;  /* per function type: parameters */
	std::vector<uint16_t> type_arity_;   /* ... parameters + results */
	std::vector<Index> func_sig_;        /* per function (imports first): its type */
	std::vector<Index> tag_sig_;         /* per tag: its type */
	std::vector<uint16_t> labels_;       /* branch arity of each open label */
	uint64_t work_ = 0, work_max_ = 0;   /* validation budget (work()) */
	uint64_t sig_total_ = 0;             /* params + results of every function and tag */
	uint64_t locals_ = 0;                /* of the body being read, params included */
	Index data_memory_ = 0;

	bool in_body_ = false, in_expr_ = false, have_body_ = false;
	uint32_t depth_ = 0;
	uint32_t init_ops_ = 0;
	Index cur_func_ = 0;
	uint64_t last_end_ = 0;
	uint64_t op_start_ = 0;     /* the current instruction's first byte */
	uint32_t cur_op_ = Opcode::Invalid;

	/* the fast path: the module context it validates bodies against */
	ReadBinaryOptions *fast_opts_;       /* non-NULL: the fast path is wanted */
	bool fast_ok_ = false;               /* nothing seen yet it does not implement */
	bool fast_on_ = false;               /* it validates the bodies (from the code section) */
	int fast_rc_ = WG_FV_OK;             /* why it gave up */
	wg_fv_state *fv_ = nullptr;
	wg_fv_module fvm_ = {};
	wg_fv_stats fv_stats_ = {};
	std::vector<uint32_t> type_start_;   /* per function type: first of type_vals_ */
	std::vector<uint16_t> type_nr_;
	std::vector<uint8_t> type_vals_;     /* params then results, FV_* bytes */
	std::vector<uint8_t> table_elem_, elem_type_, global_fast_, declared_;
	std::vector<Index> declared_list_;   /* functions ref.func may name */
	std::vector<wg_fv_local> groups_;    /* locals of the body being read */
	unsigned fast_threads_ = 1;          /* > 1: bodies wait for fast_deferred() */
	std::vector<wg_fv_job> jobs_;        /* ... these, with their locals: */
	std::vector<wg_fv_local> job_groups_;
	bool has_data_count_ = false;
	uint32_t data_count_ = 0;
	uint64_t code_start_ = 0, body_end_ = 0;

	/* the histogram: fixed size, indexed by Opcode::Enum */
	uint64_t op_count_[Opcode::Invalid] = {};
	uint64_t op_first_[Opcode::Invalid] = {};
	uint32_t op_func_[Opcode::Invalid] = {};
};

Result Reader::add_table(Type elem, const Limits *lim, bool imported, uint64_t offset)
{
	wg_table *t;

	if (m_->num_tables >= WG_IMPL_MAX_TABLES)
		return impl("more than %u tables, over the implementation limit", WG_IMPL_MAX_TABLES);
	if (lim->initial > WG_IMPL_MAX_TABLE_SIZE || (lim->has_max && lim->max > WG_IMPL_MAX_TABLE_SIZE))
		return impl("table %zu has %llu elements, over the implementation limit (%u)",
			    m_->num_tables, (unsigned long long)(lim->initial > WG_IMPL_MAX_TABLE_SIZE
						? lim->initial : lim->max), WG_IMPL_MAX_TABLE_SIZE);
	if (!(t = WG_ARRAY_PUSH(m_->tables, m_->num_tables, tables_cap_)))
		return oom();
	table_elem_.push_back(fast_value_type(elem));
	memset(t, 0, sizeof(*t));
	t->initial = lim->initial;
	t->max = lim->max;
	t->has_max = lim->has_max;
	t->imported = imported;
	t->offset = offset;
	if (elem != Type::FuncRef)
		use_features(type_features(elem) | WG_FEATURE_REFERENCE_TYPES, offset, WG_NO_FUNC);
	if (m_->num_tables > 1)
		use_features(WG_FEATURE_REFERENCE_TYPES, offset, WG_NO_FUNC);
	return next_item();
}

Result Reader::add_memory(const Limits *lim, bool imported, uint64_t offset)
{
	uint64_t max_pages = lim->is_64 ? WG_IMPL_MAX_PAGES64 : WG_IMPL_MAX_PAGES32;
	wg_memory *mem;

	if (m_->num_memories >= WG_IMPL_MAX_MEMORIES)
		return impl("more than %u memories, over the implementation limit", WG_IMPL_MAX_MEMORIES);
	if (lim->initial > max_pages || (lim->has_max && lim->max > max_pages))
		return impl("memory %zu has %llu pages, over the implementation limit (%llu)",
			    m_->num_memories, (unsigned long long)(lim->initial > max_pages
						? lim->initial : lim->max), (unsigned long long)max_pages);
	if (!(mem = WG_ARRAY_PUSH(m_->memories, m_->num_memories, memories_cap_)))
		return oom();
	memset(mem, 0, sizeof(*mem));
	mem->initial = lim->initial;
	mem->max = lim->max;
	mem->has_max = lim->has_max;
	mem->shared = lim->is_shared;
	mem->is64 = lim->is_64;
	mem->imported = imported;
	mem->offset = offset;
	if (lim->is_shared)
		use_features(WG_FEATURE_THREADS, offset, WG_NO_FUNC);
	if (lim->is_64) {
		fast_ok_ = false;       /* memory64: not in the fast path */
		use_features(WG_FEATURE_MEMORY64, offset, WG_NO_FUNC);
	}
	if (m_->num_memories > 1)
		use_features(WG_FEATURE_MULTI_MEMORY, offset, WG_NO_FUNC);
	return next_item();
}

Result Reader::add_global(Type type, bool mut)
{
	global_mut_.push_back(mut);
	global_types_.push_back(type);
	global_fast_.push_back(fast_value_type(type));
	use_features(type_features(type));
	m_->num_globals++;
	return next_item();
}

Result Reader::add_tag(Index sig)
{
	if (Failed(signature(sig)))
		return Result::Error;
	tag_sig_.push_back(sig);
	use_features(WG_FEATURE_EXCEPTIONS);
	m_->num_tags++;
	return next_item();
}

/* A function or tag of type `sig` is declared: the validator keeps a copy
 * of its signature, so their sum is bounded (WG_IMPL_MAX_SIGNATURE_TYPES). */
Result Reader::signature(Index sig)
{
	sig_total_ += sig < type_arity_.size() ? type_arity_[sig] : 0;
	if (sig_total_ > WG_IMPL_MAX_SIGNATURE_TYPES)
		return impl("the signatures of the module's functions and tags hold more than %u types in all",
			    WG_IMPL_MAX_SIGNATURE_TYPES);
	return Result::Ok;
}

/* A section declares `count` items of `what`; more than `max` is refused
 * before any of them is read. */
Result Reader::over(uint64_t count, uint32_t max, const char *what)
{
	if (count > max)
		return impl("module declares %llu %s, over the implementation limit (%u)",
			    (unsigned long long)count, what, max);
	return Result::Ok;
}

uint64_t Reader::params_of_func(Index index) const
{
	if (index >= func_sig_.size() || func_sig_[index] >= type_params_.size())
		return 0;
	return type_params_[func_sig_[index]];
}

/* Parameters + results of type `sig` (0 when it is not a function type). */
uint32_t Reader::arity(Index sig) const
{
	return sig < type_arity_.size() ? type_arity_[sig] : 0;
}

uint32_t Reader::func_arity(Index f) const
{
	return f < func_sig_.size() ? arity(func_sig_[f]) : 0;
}

/* The arity of the label `depth` levels out (0 when there is none). */
uint32_t Reader::label(Index depth) const
{
	return depth < labels_.size() ? labels_[labels_.size() - 1 - depth] : 0;
}

/*
 * The validator's work grows with the values an instruction pops or pushes
 * (up to 1,000 params + 1,000 results per call, block type or branch
 * target), not with its bytes: charge each such instruction its arity and
 * stop past WG_IMPL_WORK_BASE + WG_IMPL_WORK_PER_BYTE * size, so reading
 * stays linear in the module's size whatever its shape.
 */
Result Reader::work(uint64_t n)
{
	work_ += n;
	if (work_ > work_max_)
		return impl("validating the module needs more than %llu type checks (%u per byte): instructions pass too many values",
			    (unsigned long long)work_max_, WG_IMPL_WORK_PER_BYTE);
	return Result::Ok;
}

Result Reader::OnFunctionName(Index index, std::string_view name)
{
	size_t total = (size_t)m_->num_func_imports + m_->num_funcs;

	if (index >= total)
		return Result::Ok;      /* names for functions that do not exist */
	if (!m_->func_names) {
		m_->func_names = (char **)wg_calloc(total, sizeof(char *));
		if (!m_->func_names)
			return oom();
		m_->num_func_names = total;
	}
	if (m_->func_names[index])
		return Result::Ok;      /* first name wins */
	if (!(m_->func_names[index] = dup_name(name)))
		return oom();
	return Result::Ok;
}

Result Reader::OnOpcode(Opcode op)
{
	uint64_t start = last_end_;
	uint32_t e = op;

	if (!in_expr_)
		return Result::Ok;
	if (depth_ == 0) {
		if (own_error_.empty()) {
			own_error_ = "instruction after the end of function " + std::to_string(cur_func_);
			own_error_offset_ = start;
		}
		return Result::Error;
	}
	if (e >= Opcode::Invalid)
		return Result::Ok;      /* the decoder reports it */
	/* the opcode's first byte must be at `start`; if not, count back */
	if (start >= size_ || data_[start] != ops_[e].first_byte)
		start = state->offset - ops_[e].length;
	op_start_ = start;
	cur_op_ = e;
	if (!in_body_) {
		init_ops_ += op != Opcode::End;
		use_features(ops_[e].features, start, WG_NO_FUNC);
		return Result::Ok;
	}
	if (!op_count_[e]++) {
		op_first_[e] = start;
		op_func_[e] = cur_func_;
	}
	return Result::Ok;
}

Result Reader::OnEndExpr()
{
	if (depth_ <= 1) {
		depth_ = 0;             /* the function's (or init expr's) own end */
		return done();
	}
	VCHECK(OnEnd(loc()));
	depth_--;
	if (labels_.size() > 1)
		labels_.pop_back();
	return done();
}

/* Keep the payload of the first wasmgate.plugin section (bounded): the
 * audit, registry and runtime decode it (plugin_section.c). */
Result Reader::keep_plugin_section(std::string_view name)
{
	uint64_t at = state->offset, len = next_section_ - at;

	if (name != WG_PLUGIN_SECTION || m_->plugin_section || next_section_ < at ||
	    next_section_ > size_ || len > WG_PLUGIN_SECTION_MAX)
		return Result::Ok;
	for (size_t i = 0; i + 1 < m_->num_customs; i++)
		if (!strcmp(m_->customs[i].name, WG_PLUGIN_SECTION))
			return Result::Ok;     /* not the first one */
	if (!(m_->plugin_section = (uint8_t *)malloc(len ? len : 1)))
		return oom();
	memcpy(m_->plugin_section, data_ + at, len);
	m_->plugin_section_len = (size_t)len;
	return Result::Ok;
}

bool Reader::custom_error(const Error &e)
{
	wg_custom_section *c = &m_->customs[cur_custom_];

	if (!c->error) {
		char *s = wg_asprintf("%s (at byte %llu)", e.message.c_str(),
				      (unsigned long long)e.loc.offset);
		if (!s)
			oom_ = true;
		c->error = s;
	}
	return true;
}

/* Reading stops at a limit of the rules (LIMIT) or an implementation
 * limit (IMPL_LIMIT); the first stop wins. */
static std::string vformat(const char *fmt, va_list ap)
{
	char *s = wg_vasprintf(fmt, ap);
	std::string r = s ? s : "";

	free(s);
	if (r.empty())
		throw std::bad_alloc();
	return r;
}

/* The first of our own stops wins: its message, offset, status and limit. */
Result Reader::stop_at(wg_module_status status, wg_limit_kind kind, const char *fmt, va_list ap)
{
	std::string msg = vformat(fmt, ap);

	if (own_error_.empty()) {
		own_error_ = msg;
		own_error_offset_ = state->offset;
		stop_ = status;
		limit_kind_ = kind;
	}
	return Result::Error;
}

Result Reader::limit(wg_limit_kind kind, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	Result r = stop_at(WG_MODULE_LIMIT, kind, fmt, ap);
	va_end(ap);
	return r;
}

Result Reader::impl(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	Result r = stop_at(WG_MODULE_IMPL_LIMIT, WG_LIMIT_NONE, fmt, ap);
	va_end(ap);
	return r;
}

/* A validation error of our own, at the current instruction (INVALID). */
Result Reader::invalid(const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;

	va_start(ap, fmt);
	s = wg_vasprintf(fmt, ap);
	va_end(ap);
	if (!s)
		return oom();
	verrors_.emplace_back(ErrorLevel::Error, Location(op_start_), s);
	free(s);
	return Result::Error;
}

/* Something we refuse to decode, at the current instruction (MALFORMED). */
Result Reader::own(const char *msg)
{
	if (own_error_.empty()) {
		own_error_ = msg;
		own_error_offset_ = op_start_;
	}
	return Result::Error;
}

/* The validator said no.  Some of its checks (else / catch / catch_all /
 * delegate outside their block) fail without a message; name the
 * instruction then, instead of wabt's "OnXExpr callback failed". */
Result Reader::vfail()
{
	std::string msg;

	if (!verrors_.empty() || !in_expr_ || cur_op_ >= Opcode::Invalid)
		return Result::Error;
	msg = ops_[cur_op_].name;
	if (cur_op_ == Opcode::Else)
		msg += " without a matching if";
	else if (cur_op_ == Opcode::Catch || cur_op_ == Opcode::CatchAll ||
		 cur_op_ == Opcode::Delegate)
		msg += " without a matching try";
	else
		msg += " is not valid here";
	return own(msg.c_str());
}

int cmp_use(const void *a, const void *b)
{
	uint32_t x = ((const wg_opcode_use *)a)->code, y = ((const wg_opcode_use *)b)->code;

	return x < y ? -1 : x > y;
}

int Reader::compact_opcodes()
{
	size_t cap = 0;

	for (uint32_t e = 0; e < Opcode::Invalid; e++) {
		wg_opcode_use *u;

		if (!op_count_[e])
			continue;
		if (!(u = WG_ARRAY_PUSH(m_->opcodes, m_->num_opcodes, cap)))
			return WG_ENOMEM;
		u->name = ops_[e].name;
		u->code = ops_[e].number;
		u->count = op_count_[e];
		u->first_offset = op_first_[e];
		u->first_func = op_func_[e];
		use_features(ops_[e].features, op_first_[e], op_func_[e]);
	}
	if (m_->num_opcodes)
		qsort(m_->opcodes, m_->num_opcodes, sizeof(*m_->opcodes), cmp_use);
	return WG_OK;
}

/*
 * Fast path.  With it on, wabt reads every module-level section as above
 * but skips the function bodies (ReadBinaryOptions::skip_function_bodies,
 * switched on at the code section once the module is known to hold only
 * what fastval.c implements); each body's instruction bytes go to
 * wg_fv_body() instead, which fills the same histogram and feature facts.
 * A body it does not accept stops the read, and wg_wasm_read() reads the
 * module again with wabt alone, so findings keep wabt's message.
 */
uint8_t Reader::fast_value_type(Type t)
{
	switch (t) {
	case Type::I32: return FV_I32;
	case Type::I64: return FV_I64;
	case Type::F32: return FV_F32;
	case Type::F64: return FV_F64;
	case Type::V128: return FV_V128;
	case Type::FuncRef: return FV_FUNCREF;
	case Type::ExternRef: return FV_EXTERNREF;
	default:
		fast_ok_ = false;       /* typed references, GC, ...: wabt reads */
		return FV_NONE;
	}
}

void Reader::fast_type(Index np, const Type *params, Index nr, const Type *results)
{
	type_start_.push_back((uint32_t)type_vals_.size());
	type_nr_.push_back((uint16_t)nr);
	for (Index i = 0; i < np; i++)
		type_vals_.push_back(fast_value_type(params[i]));
	for (Index i = 0; i < nr; i++)
		type_vals_.push_back(fast_value_type(results[i]));
}

Result Reader::BeginCodeSection(Offset)
{
	size_t nfuncs = func_sig_.size();

	if (!fast_ok_ || fast_on_ || type_start_.size() != type_params_.size())
		return Result::Ok;
	for (Index sig : func_sig_)
		if (sig >= type_start_.size())
			return Result::Ok;      /* invalid: wabt reports it */
	for (Index sig : tag_sig_)
		if (sig >= type_start_.size())
			return Result::Ok;
	if (!fv_ && !(fv_ = wg_fv_state_new()))
		throw std::bad_alloc();
	type_vals_.push_back(FV_NONE);  /* never empty: type_vals + start is defined */
	declared_.assign(nfuncs, 0);
	for (Index f : declared_list_)
		if (f < nfuncs)
			declared_[f] = 1;
	fvm_.num_types = (uint32_t)type_start_.size();
	fvm_.type_start = type_start_.data();
	fvm_.type_np = type_params_.data();
	fvm_.type_nr = type_nr_.data();
	fvm_.type_vals = type_vals_.data();
	fvm_.num_funcs = (uint32_t)nfuncs;
	fvm_.func_type = func_sig_.data();
	fvm_.num_tables = (uint32_t)table_elem_.size();
	fvm_.table_elem = table_elem_.data();
	fvm_.num_memories = (uint32_t)m_->num_memories;
	fvm_.num_globals = (uint32_t)global_fast_.size();
	fvm_.global_type = global_fast_.data();
	fvm_.global_mut = global_mut_.data();
	fvm_.num_tags = (uint32_t)tag_sig_.size();
	fvm_.tag_type = tag_sig_.data();
	fvm_.num_elems = (uint32_t)elem_type_.size();
	fvm_.elem_type = elem_type_.data();
	fvm_.has_data_count = has_data_count_;
	fvm_.data_count = data_count_;
	fvm_.declared = declared_.data();
	fv_stats_.op_count = op_count_;
	fv_stats_.op_first = op_first_;
	fv_stats_.op_func = op_func_;
	fv_stats_.work_max = work_max_;
	fast_on_ = true;
	fast_opts_->skip_function_bodies = true;
	return Result::Ok;
}

/* A body starts: its parameters are the first groups of its locals. */
Result Reader::fast_begin(Index func, Offset size)
{
	const uint8_t *p;
	uint16_t np;

	groups_.clear();
	code_start_ = state->offset;
	body_end_ = state->offset + size;
	if (func >= func_sig_.size()) {
		fast_rc_ = WG_FV_REJECT;
		return Result::Error;
	}
	p = type_vals_.data() + type_start_[func_sig_[func]];
	np = type_params_[func_sig_[func]];
	for (uint16_t i = 0; i < np; i++) {
		if (!groups_.empty() && groups_.back().type == p[i])
			groups_.back().end++;
		else
			groups_.push_back(wg_fv_local{ (uint32_t)i + 1, p[i] });
	}
	return Result::Ok;
}

void Reader::fast_local(Index count, Type type)
{
	uint8_t t = fast_value_type(type);

	if (t == FV_NONE)
		fast_rc_ = WG_FV_UNSUPPORTED;   /* fast_body() gives up */
	if (count)
		groups_.push_back(wg_fv_local{ (uint32_t)locals_, t });
}

Result Reader::fast_body()
{
	if (fast_rc_ == WG_FV_OK) {
		if (body_end_ > size_ || body_end_ > next_section_ || code_start_ > body_end_) {
			fast_rc_ = WG_FV_REJECT;
		} else if (fast_threads_ > 1) {
			jobs_.push_back(wg_fv_job{ cur_func_, (uint32_t)groups_.size(),
						   job_groups_.size(), code_start_, body_end_ });
			job_groups_.insert(job_groups_.end(), groups_.begin(), groups_.end());
		} else {
			fast_rc_ = wg_fv_body(fv_, &fvm_, groups_.data(), groups_.size(), cur_func_,
					      data_, code_start_, body_end_, &fv_stats_);
		}
	}
	if (fast_rc_ == WG_FV_NOMEM)
		return oom();
	return fast_rc_ == WG_FV_OK ? Result::Ok : Result::Error;
}

/* With several threads, the bodies wait until wabt has read the whole
 * module (fastpar.c). */
void Reader::fast_deferred()
{
	if (fast_on_ && fast_rc_ == WG_FV_OK && !jobs_.empty())
		fast_rc_ = wg_fv_bodies(&fvm_, jobs_.data(), jobs_.size(), job_groups_.data(), data_,
					fast_threads_, &fv_stats_);
	jobs_.clear();
	if (fast_rc_ == WG_FV_NOMEM)
		oom_ = true;
}

/* The features the bodies used, where they were first used. */
void Reader::fast_merge()
{
	for (unsigned i = 0; i < WG_FEATURE_COUNT && i < 16; i++)
		if (fv_stats_.features >> i & 1)
			use_features(1u << i, fv_stats_.feature_offset[i], fv_stats_.feature_func[i]);
}

/* The fast read stands: the bodies were accepted and nothing else went
 * wrong (any finding is left to a wabt re-read, so it keeps wabt's
 * message and offset whichever part of the module it is in). */
bool Reader::fast_accepted(Result read_result) const
{
	return fast_rc_ == WG_FV_OK && Succeeded(read_result) && !oom_ &&
	       stop_ == WG_MODULE_OK && verrors_.empty() && own_error_.empty() &&
	       !have_decode_error_;
}

int Reader::finish(Result read_result)
{
	int rc;

	if (fast_on_)
		fast_merge();
	rc = compact_opcodes();

	if (oom_ || rc)
		return wg_error_set(WG_ENOMEM, "out of memory reading the module");
	if (stop_ != WG_MODULE_OK) {
		m_->limit = limit_kind_;
		return wg_wasm_set_status(m_, stop_, own_error_offset_, "%s", own_error_.c_str());
	}
	if (!verrors_.empty())
		return wg_wasm_set_status(m_, WG_MODULE_INVALID, verrors_[0].loc.offset, "%s",
					  verrors_[0].message.c_str());
	if (!own_error_.empty())
		return wg_wasm_set_status(m_, WG_MODULE_MALFORMED, own_error_offset_, "%s",
					  own_error_.c_str());
	if (have_decode_error_)
		return wg_wasm_set_status(m_, WG_MODULE_MALFORMED, decode_error_.loc.offset, "%s",
					  decode_error_.message.c_str());
	if (Failed(read_result))
		return wg_wasm_set_status(m_, WG_MODULE_MALFORMED, size_,
					  "the module could not be decoded");
	return WG_OK;
}

/* Decode with every feature wabt knows (the audit reports what is used). */
ReadBinaryOptions read_options()
{
	Features all;

	all.EnableAll();
	return ReadBinaryOptions(all, nullptr, true, true, false);
}

/* Validate as the standard does for ref.func: with wabt 1.0.32's
 * pre-standard function-references on, ref.func yields (ref N) and valid
 * reference-types modules fail ("type mismatch").  Those opcodes are still
 * decoded; call_ref is refused above. */
Features valid_features()
{
	Features valid;

	valid.EnableAll();
	valid.disable_function_references();
	return valid;
}

} // namespace

extern "C" int wg_wasm_read(wg_module *m, const uint8_t *data, size_t size,
			    const wg_module_limits *limits)
{
	try {
		Features valid = valid_features();
		ReadBinaryOptions opts = read_options();
		if (wg_wasm_fastpath()) {
			ReadBinaryOptions fast_opts = opts;
			std::unique_ptr<Reader> f(new Reader(m, data, size, limits, valid, &fast_opts));
			Result res = ReadBinary(data, size, f.get(), fast_opts);

			f->fast_deferred();
			if (!f->fast_used() || f->fast_accepted(res))
				return f->finish(res);
			f.reset();
			wg_wasm_reset(m);       /* wabt alone reads it again */
		}
		std::unique_ptr<Reader> r(new Reader(m, data, size, limits, valid));
		Result res = ReadBinary(data, size, r.get(), opts);
		return r->finish(res);
	} catch (const std::bad_alloc &) {
		return wg_error_set(WG_ENOMEM, "out of memory reading the module");
	} catch (const std::exception &e) {
		return wg_wasm_set_status(m, WG_MODULE_MALFORMED, 0, "wabt failed: %s", e.what());
	} catch (...) {         /* nothing C++ crosses into C (module.c joins a thread) */
		return wg_wasm_set_status(m, WG_MODULE_MALFORMED, 0, "wabt failed");
	}
}

extern "C" int wg_wasm_fast_verdict(const uint8_t *data, size_t size)
{
	wg_module *m = (wg_module *)wg_calloc(1, sizeof(*m));
	int verdict = WG_FV_NOMEM;

	if (!m)
		return verdict;
	try {
		ReadBinaryOptions opts = read_options();
		Reader r(m, data, size, nullptr, valid_features(), &opts);
		Result res = ReadBinary(data, size, &r, opts);

		r.fast_deferred();
		verdict = r.fast_verdict(res);
	} catch (...) {
		verdict = WG_FV_NOMEM;
	}
	wg_wasm_reset(m);
	free(m);
	return verdict;
}
