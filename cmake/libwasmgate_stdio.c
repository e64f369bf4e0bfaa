/*
 * libwasmgate_stdio.c - linked into libwasmgate.so only (never the static
 * library): the shared library's own hidden copies of stdin, stdout and
 * stderr, pointing at glibc's streams.
 *
 * Why: Debian's libwabt.a is compiled as position-independent *executable*
 * code, which reaches global data it does not define (glibc's stderr and
 * friends) with PC-relative relocations that a shared object cannot keep
 * ("relocation R_X86_64_PC32 against symbol `stderr@@GLIBC_2.2.5' can not
 * be used when making a shared object").  Everything else in wabt becomes
 * local through libwasmgate.map, so these three are the only references
 * left; defined here (hidden), the link resolves them inside the library.
 * wabt only writes diagnostics to them, which the engine never asks for.
 * A program that assigns to stderr itself is not followed (glibc-specific:
 * the _IO_2_1_*_ objects are what glibc's own stdin/stdout/stderr point at).
 */
#include <stdio.h>

extern FILE _IO_2_1_stdin_, _IO_2_1_stdout_, _IO_2_1_stderr_;

__attribute__((visibility("hidden"))) FILE *stdin = &_IO_2_1_stdin_;
__attribute__((visibility("hidden"))) FILE *stdout = &_IO_2_1_stdout_;
__attribute__((visibility("hidden"))) FILE *stderr = &_IO_2_1_stderr_;
