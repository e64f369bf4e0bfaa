;; Tests for relaxed i8x16 swizzle.

(module
    (func (export "i8x16.relaxed_swizzle") (param v128 v128) (result v128) (i8x16.relaxed_swizzle (local.get 0) (local.get 1)))
)


;; out of range, returns 0 or modulo 15 if < 128

;; out of range, returns 0 if >= 128
