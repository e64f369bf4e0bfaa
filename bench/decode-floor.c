/*
 * decode-floor.c - the decode-only floor of bench/audit-vs-v8.sh: a plain
 * C loop that walks a module's sections and decodes every instruction of
 * every function body (immediates from one table per opcode space, the
 * one-byte LEB128 case inline, longer ones out of line) and does nothing
 * else: no validation, no allocation, no facts.  What any reader must
 * spend at least; the fast path's goal is within 2x of it (issue 16).
 *
 * Usage: decode-floor FILE...   (standalone: cc -O2 -o decode-floor decode-floor.c)
 * Prints per file "name bytes wall-us cpu-us functions instructions status"
 * (the module's pages are mapped and faulted in before the clocks start,
 * as V8 gets its bytes in memory) and a total line; status is "ok" or where decoding failed (GC opcodes
 * and anything unknown stop a body: counted, not decoded further).
 * Exit 0 unless a file cannot be read.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct {
	const uint8_t *p, *end;
	uint64_t sum;            /* every decoded value folded in: nothing is dead code */
	int bad;
} rd;

/* immediate kinds */
enum { NONE, U32, U32X2, BLOCK, BRTABLE, SELECTT, MEMARG, I32C, I64C, F32C, F64C,
       HEAP, TRYTABLE, BYTE, PFX_FC, PFX_FD, PFX_FE, BAD };

static uint8_t imm[256];

static void init_table(void)
{
	int i;

	memset(imm, BAD, sizeof(imm));
	for (i = 0x00; i <= 0x01; i++) imm[i] = NONE;          /* unreachable nop */
	for (i = 0x02; i <= 0x04; i++) imm[i] = BLOCK;         /* block loop if */
	imm[0x05] = NONE; imm[0x06] = BLOCK; imm[0x07] = U32;  /* else try catch */
	imm[0x08] = U32; imm[0x09] = U32; imm[0x0a] = NONE;    /* throw rethrow throw_ref */
	imm[0x0b] = NONE; imm[0x0c] = U32; imm[0x0d] = U32;    /* end br br_if */
	imm[0x0e] = BRTABLE; imm[0x0f] = NONE;                 /* br_table return */
	imm[0x10] = U32; imm[0x11] = U32X2;                    /* call call_indirect */
	imm[0x12] = U32; imm[0x13] = U32X2;                    /* return_call(_indirect) */
	imm[0x14] = U32; imm[0x15] = U32;                      /* call_ref return_call_ref */
	imm[0x18] = U32; imm[0x19] = NONE;                     /* delegate catch_all */
	imm[0x1a] = NONE; imm[0x1b] = NONE; imm[0x1c] = SELECTT;
	imm[0x1f] = TRYTABLE;
	for (i = 0x20; i <= 0x26; i++) imm[i] = U32;           /* locals, globals, table.get/set */
	for (i = 0x28; i <= 0x3e; i++) imm[i] = MEMARG;        /* loads and stores */
	imm[0x3f] = U32; imm[0x40] = U32;                      /* memory.size/grow */
	imm[0x41] = I32C; imm[0x42] = I64C; imm[0x43] = F32C; imm[0x44] = F64C;
	for (i = 0x45; i <= 0xc4; i++) imm[i] = NONE;          /* numeric */
	imm[0xd0] = HEAP; imm[0xd1] = NONE; imm[0xd2] = U32;   /* ref.null ref.is_null ref.func */
	imm[0xd3] = NONE; imm[0xd4] = NONE;                    /* ref.eq ref.as_non_null */
	imm[0xd5] = U32; imm[0xd6] = U32;                      /* br_on_null br_on_non_null */
	imm[0xfc] = PFX_FC; imm[0xfd] = PFX_FD; imm[0xfe] = PFX_FE;
}

static uint64_t leb_slow(rd *r)
{
	uint64_t v = 0;
	unsigned shift = 0;

	while (r->p < r->end && shift < 70) {
		uint8_t b = *r->p++;
		v |= (uint64_t)(b & 0x7f) << (shift < 64 ? shift : 63);
		if (!(b & 0x80))
			return v;
		shift += 7;
	}
	r->bad = 1;
	return 0;
}

static inline uint64_t leb(rd *r)
{
	if (r->p < r->end && *r->p < 0x80)
		return *r->p++;
	return leb_slow(r);
}

static inline void skip(rd *r, size_t n)
{
	if ((size_t)(r->end - r->p) < n) {
		r->bad = 1;
		r->p = r->end;
		return;
	}
	r->sum += r->p[0];
	r->p += n;
}

static void valtype(rd *r)
{
	uint8_t b = r->p < r->end ? *r->p++ : 0;

	if (b == 0x63 || b == 0x64)     /* (ref null? ht) */
		r->sum += leb(r);
}

static void memarg(rd *r)
{
	uint64_t align = leb(r);

	if (align & 0x40)
		r->sum += leb(r);       /* memory index */
	r->sum += align + leb(r);
}

static void prefix_fd(rd *r)
{
	uint64_t op = leb(r);

	if (op <= 0x0b || op == 0x5c || op == 0x5d)
		memarg(r);
	else if (op == 0x0c || op == 0x0d)
		skip(r, 16);
	else if (op >= 0x15 && op <= 0x22)
		skip(r, 1);
	else if (op >= 0x54 && op <= 0x5b) {
		memarg(r);
		skip(r, 1);
	}
	r->sum += op;
}

static void prefix_fc(rd *r)
{
	uint64_t op = leb(r);

	if (op == 8 || op == 10 || op == 12 || op == 14)
		r->sum += leb(r) + leb(r);
	else if (op == 9 || op == 11 || op == 13 || (op >= 15 && op <= 17))
		r->sum += leb(r);
	else if (op > 17)
		r->bad = 1;
	r->sum += op;
}

/* One instruction; returns its opcode byte (0x0b: end). */
static int instr(rd *r)
{
	uint8_t op = *r->p++;
	uint64_t n;

	switch (imm[op]) {
	case NONE: break;
	case U32: r->sum += leb(r); break;
	case U32X2: r->sum += leb(r) + leb(r); break;
	case BLOCK: r->sum += leb(r); break;          /* s33: 0x40, a value type or a type index */
	case BRTABLE:
		for (n = leb(r) + 1; n && !r->bad; n--)
			r->sum += leb(r);
		break;
	case SELECTT:
		for (n = leb(r); n && !r->bad; n--)
			valtype(r);
		break;
	case MEMARG: memarg(r); break;
	case I32C: case I64C: case HEAP: r->sum += leb(r); break;
	case F32C: skip(r, 4); break;
	case F64C: skip(r, 8); break;
	case TRYTABLE:
		r->sum += leb(r);
		for (n = leb(r); n && !r->bad; n--) {
			uint8_t kind = r->p < r->end ? *r->p++ : 0;
			if (kind < 2)
				r->sum += leb(r);
			r->sum += leb(r);
		}
		break;
	case PFX_FC: prefix_fc(r); break;
	case PFX_FD: prefix_fd(r); break;
	case PFX_FE:
		n = leb(r);
		if (n == 3)
			skip(r, 1);
		else
			memarg(r);
		break;
	default: r->bad = 1;
	}
	return op;
}

static void body(rd *r, uint64_t *instrs)
{
	uint64_t groups = leb(r), depth = 1;

	for (; groups && !r->bad; groups--) {
		r->sum += leb(r);
		valtype(r);
	}
	while (depth && r->p < r->end && !r->bad) {
		int op = instr(r);
		(*instrs)++;
		if (op == 0x0b || op == 0x18)   /* end, delegate */
			depth--;
		else if (op == 0x02 || op == 0x03 || op == 0x04 || op == 0x06 || op == 0x1f)
			depth++;
	}
	if (depth || r->p != r->end)
		r->bad = 1;
}

/* Decode the module; returns NULL or what stopped it. */
static const char *module(const uint8_t *d, size_t size, uint64_t *funcs, uint64_t *instrs,
			  uint64_t *sum)
{
	rd r = { d + 8, d + size, 0, 0 };
	const char *why = NULL;

	if (size < 8 || memcmp(d, "\0asm\1\0\0\0", 8))
		return "not a core module";
	while (r.p < r.end && !r.bad && !why) {
		uint8_t id = *r.p++;
		uint64_t len = leb(&r);
		const uint8_t *next = r.p + len;

		if (r.bad || len > (uint64_t)(r.end - r.p))
			return "section size";
		if (id == 10) {
			rd c = { r.p, next, 0, 0 };
			for (uint64_t n = leb(&c); n && !c.bad; n--, (*funcs)++) {
				uint64_t blen = leb(&c);
				rd b = { c.p, c.p + blen, 0, 0 };
				if (c.bad || blen > (uint64_t)(next - c.p))
					return "body size";
				body(&b, instrs);
				if (b.bad)
					why = "function body (GC or unknown opcode, or malformed)";
				c.p = b.end;
				c.sum += b.sum;
			}
			*sum += c.sum;
		}
		r.p = next;
	}
	return why;
}

static double now_us(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

int main(int argc, char **argv)
{
	uint64_t tb = 0, tf = 0, ti = 0, sum = 0;
	double tt = 0, tc = 0;
	int rc = 0;

	init_table();
	for (int i = 1; i < argc; i++) {
		int fd = open(argv[i], O_RDONLY);
		struct stat st;
		const uint8_t *d;
		uint64_t funcs = 0, instrs = 0;
		const char *why;
		double t0, c0, t, c;
		const char *base = strrchr(argv[i], '/');

		if (fd < 0 || fstat(fd, &st) < 0 || st.st_size == 0 ||
		    (d = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)) == MAP_FAILED) {
			perror(argv[i]);
			rc = 1;
			if (fd >= 0)
				close(fd);
			continue;
		}
		t0 = now_us(CLOCK_MONOTONIC);
		c0 = now_us(CLOCK_THREAD_CPUTIME_ID);
		why = module(d, st.st_size, &funcs, &instrs, &sum);
		c = now_us(CLOCK_THREAD_CPUTIME_ID) - c0;
		t = now_us(CLOCK_MONOTONIC) - t0;
		printf("%s\t%lld\t%.0f\t%.0f\t%llu\t%llu\t%s\n", base ? base + 1 : argv[i],
		       (long long)st.st_size, t, c, (unsigned long long)funcs,
		       (unsigned long long)instrs, why ? why : "ok");
		tb += st.st_size; tf += funcs; ti += instrs; tt += t; tc += c;
		munmap((void *)d, st.st_size);
		close(fd);
	}
	printf("TOTAL\t%llu\t%.0f\t%.0f\t%llu\t%llu\t(checksum %llx)\n", (unsigned long long)tb, tt, tc,
	       (unsigned long long)tf, (unsigned long long)ti, (unsigned long long)(sum & 0xffff));
	return rc;
}
