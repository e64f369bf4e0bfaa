;; Platforms intended to run WebAssembly must support IEEE 754 arithmetic.
;; This testsuite is not currently sufficient for full IEEE 754 conformance
;; testing; platforms are currently expected to meet these requirements in
;; their own way (widely-used hardware platforms already do this).
;;
;; What this testsuite does test is that (a) the platform is basically IEEE 754
;; rather than something else entirely, (b) it's configured correctly for
;; WebAssembly (rounding direction, exception masks, precision level, subnormal
;; mode, etc.), (c) the WebAssembly implementation doesn't perform any common
;; value-changing optimizations, and (d) that the WebAssembly implementation
;; doesn't exhibit any known implementation bugs.
;;
;; This file supplements f32.wast, f64.wast, f32_bitwise.wast, f64_bitwise.wast,
;; f32_cmp.wast, and f64_cmp.wast with additional single-instruction tests
;; covering additional miscellaneous interesting cases.

(module
  (func (export "f32.add") (param $x f32) (param $y f32) (result f32) (f32.add (local.get $x) (local.get $y)))
  (func (export "f32.sub") (param $x f32) (param $y f32) (result f32) (f32.sub (local.get $x) (local.get $y)))
  (func (export "f32.mul") (param $x f32) (param $y f32) (result f32) (f32.mul (local.get $x) (local.get $y)))
  (func (export "f32.div") (param $x f32) (param $y f32) (result f32) (f32.div (local.get $x) (local.get $y)))
  (func (export "f32.sqrt") (param $x f32) (result f32) (f32.sqrt (local.get $x)))
  (func (export "f32.abs") (param $x f32) (result f32) (f32.abs (local.get $x)))
  (func (export "f32.neg") (param $x f32) (result f32) (f32.neg (local.get $x)))
  (func (export "f32.copysign") (param $x f32) (param $y f32) (result f32) (f32.copysign (local.get $x) (local.get $y)))
  (func (export "f32.ceil") (param $x f32) (result f32) (f32.ceil (local.get $x)))
  (func (export "f32.floor") (param $x f32) (result f32) (f32.floor (local.get $x)))
  (func (export "f32.trunc") (param $x f32) (result f32) (f32.trunc (local.get $x)))
  (func (export "f32.nearest") (param $x f32) (result f32) (f32.nearest (local.get $x)))
  (func (export "f32.min") (param $x f32) (param $y f32) (result f32) (f32.min (local.get $x) (local.get $y)))
  (func (export "f32.max") (param $x f32) (param $y f32) (result f32) (f32.max (local.get $x) (local.get $y)))

  (func (export "f64.add") (param $x f64) (param $y f64) (result f64) (f64.add (local.get $x) (local.get $y)))
  (func (export "f64.sub") (param $x f64) (param $y f64) (result f64) (f64.sub (local.get $x) (local.get $y)))
  (func (export "f64.mul") (param $x f64) (param $y f64) (result f64) (f64.mul (local.get $x) (local.get $y)))
  (func (export "f64.div") (param $x f64) (param $y f64) (result f64) (f64.div (local.get $x) (local.get $y)))
  (func (export "f64.sqrt") (param $x f64) (result f64) (f64.sqrt (local.get $x)))
  (func (export "f64.abs") (param $x f64) (result f64) (f64.abs (local.get $x)))
  (func (export "f64.neg") (param $x f64) (result f64) (f64.neg (local.get $x)))
  (func (export "f64.copysign") (param $x f64) (param $y f64) (result f64) (f64.copysign (local.get $x) (local.get $y)))
  (func (export "f64.ceil") (param $x f64) (result f64) (f64.ceil (local.get $x)))
  (func (export "f64.floor") (param $x f64) (result f64) (f64.floor (local.get $x)))
  (func (export "f64.trunc") (param $x f64) (result f64) (f64.trunc (local.get $x)))
  (func (export "f64.nearest") (param $x f64) (result f64) (f64.nearest (local.get $x)))
  (func (export "f64.min") (param $x f64) (param $y f64) (result f64) (f64.min (local.get $x) (local.get $y)))
  (func (export "f64.max") (param $x f64) (param $y f64) (result f64) (f64.max (local.get $x) (local.get $y)))
)

;; Miscellaneous values.

;; Test adding the greatest value to 1.0 that rounds back to 1.0, and the
;; least that rounds to something greater.

;; Max subnormal + min subnormal = min normal.

;; Test for a case of double rounding, example from:
;; http://perso.ens-lyon.fr/jean-michel.muller/Handbook.html
;; section 3.3.1: A typical problem: "double rounding"

;; Test a case that was "tricky" on MMIX.
;; http://mmix.cs.hm.edu/bugs/bug_rounding.html

;; http://www.vinc17.org/software/tst-ieee754.xsl

;; http://www.vinc17.org/software/test.java

;; Computations that round differently in ties-to-odd mode.

;; Computations that round differently in round-upward mode.

;; Computations that round differently in round-downward mode.

;; Computations that round differently in round-toward-zero mode.

;; Computations that round differently on x87.

;; Computations that round differently when computed via f32.

;; Computations that utilize the maximum exponent value to avoid overflow.

;; Computations that utilize the minimum exponent value.

;; Test an add of the second-greatest finite value with the distance to greatest
;; finite value.

;; http://news.harvard.edu/gazette/story/2013/09/dawn-of-a-revolution/

;; Test rounding above the greatest finite value.

;; Test for a historic spreadsheet bug.
;; https://blogs.office.com/2007/09/25/calculation-issue-update/

;; Test subtracting the greatest value from 1.0 that rounds back to 1.0, and the
;; least that rounds to something less.

;; Computations that round differently in round-upward mode.

;; Computations that round differently in round-downward mode.

;; Computations that round differently in round-toward-zero mode.

;; Computations that round differently on x87.

;; Computations that round differently when computed via f32.

;; pow(e, π) - π
;; https://xkcd.com/217/

;; https://www.cnet.com/news/googles-calculator-muffs-some-math-problems/

;; Min normal - max subnormal = min subnormal.

;; Test subtraction of numbers very close to 1.

;; Test the least value that can be subtracted from the max value to produce a
;; different value.

;; Miscellaneous values.

;; Test for a case of double rounding, example from:
;; http://perso.ens-lyon.fr/jean-michel.muller/Handbook.html
;; section 3.3.1: A typical problem: "double rounding"

;; Test for a historic spreadsheet bug.
;; http://www.joelonsoftware.com/items/2007/09/26b.html

;; Computations that round differently in round-upward mode.

;; Computations that round differently in round-downward mode.

;; Computations that round differently in round-toward-zero mode.

;; Computations that round differently on x87.

;; Computations that round differently on x87 in double-precision mode.

;; Computations that round differently when computed via f32.

;; Test the least positive value with a positive square.

;; Test the greatest positive value with a finite square.

;; Test the squares of values very close to 1.

;; Test multiplication of numbers very close to 1.

;; Test MIN * EPSILON.
;; http://www.mpfr.org/mpfr-2.0.1/patch2

;; http://opencores.org/bug,view,2454

;; Miscellaneous values.

;; Test for a historic hardware bug.
;; https://en.wikipedia.org/wiki/Pentium_FDIV_bug

;; Computations that round differently in round-upward mode.

;; Computations that round differently in round-downward mode.

;; Computations that round differently in round-toward-zero mode.

;; Computations that round differently on x87.

;; Computations that round differently on x87 in double-precision mode.

;; Computations that round differently when div is mul by reciprocal.

;; Computations that round differently when computed via f32.

;; Division involving the maximum subnormal value and the minimum normal value.

;; Test the least positive value with a positive quotient with the maximum value.

;; Test the least positive value with a finite reciprocal.

;; Test the least positive value that has a subnormal reciprocal.

;; Test that the last binary digit of 1.0/3.0 is even in f32,
;; https://en.wikipedia.org/wiki/Single-precision_floating-point_format#Single-precision_examples
;;
;; and odd in f64,
;; https://en.wikipedia.org/wiki/Double-precision_floating-point_format#Double-precision_examples
;;
;; and that 1.0/3.0, 3.0/9.0, and 9.0/27.0 all agree.
;; http://www.netlib.org/paranoia

;; Test division of numbers very close to 1.

;; Test for bugs found in an early RISC-V implementation.
;; https://github.com/riscv/riscv-tests/pull/8

;; Computations that round differently on x87.

;; Test another sqrt case on x87.
;; https://gcc.gnu.org/bugzilla/show_bug.cgi?id=52593

;; Computations that round differently in round-upward mode.

;; Computations that round differently in round-downward mode.

;; Computations that round differently in round-toward-zero mode.

;; Computations that round differently when computed via f32.

;; Test the least value with a sqrt that rounds to one.

;; Test the greatest value less than one for which sqrt is not an identity.

;; Test that the bitwise floating point operators are bitwise on NaN.




;; Test values close to 1.0.

;; Test the maximum and minimum value for which ceil is not an identity operator.

;; Test that implementations don't do the x+0x1p52-0x1p52 trick outside the
;; range where it's safe.

;; Test values close to -1.0.

;; Test the maximum and minimum value for which floor is not an identity operator.

;; Test that floor isn't implemented as XMVectorFloor.
;; http://dss.stephanierct.com/DevBlog/?p=8#comment-4

;; Test the maximum and minimum value for which trunc is not an identity operator.

;; Test that nearest isn't implemented naively.
;; http://blog.frama-c.com/index.php?post/2013/05/02/nearbyintf1
;; http://blog.frama-c.com/index.php?post/2013/05/04/nearbyintf3

;; Nearest should not round halfway cases away from zero (as C's round(3) does)
;; or up (as JS's Math.round does).

;; Test the maximum and minimum value for which nearest is not an identity operator.
