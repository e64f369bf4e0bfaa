;; Tests for i64x2 arithmetic operations on major boundary values and all special values.


(module
  (func (export "i64x2.extmul_low_i32x4_s") (param v128 v128) (result v128) (i64x2.extmul_low_i32x4_s (local.get 0) (local.get 1)))
  (func (export "i64x2.extmul_high_i32x4_s") (param v128 v128) (result v128) (i64x2.extmul_high_i32x4_s (local.get 0) (local.get 1)))
  (func (export "i64x2.extmul_low_i32x4_u") (param v128 v128) (result v128) (i64x2.extmul_low_i32x4_u (local.get 0) (local.get 1)))
  (func (export "i64x2.extmul_high_i32x4_u") (param v128 v128) (result v128) (i64x2.extmul_high_i32x4_u (local.get 0) (local.get 1)))
)


;; i64x2.extmul_low_i32x4_s

;; i64x2.extmul_high_i32x4_s

;; i64x2.extmul_low_i32x4_u

;; i64x2.extmul_high_i32x4_u

;; type check
(assert_invalid (module (func (result v128) (i64x2.extmul_low_i32x4_s (i32.const 0) (f32.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i64x2.extmul_high_i32x4_s (i32.const 0) (f32.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i64x2.extmul_low_i32x4_u (i32.const 0) (f32.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i64x2.extmul_high_i32x4_u (i32.const 0) (f32.const 0.0)))) "type mismatch")

;; Test operation with empty argument

(assert_invalid
  (module
    (func $i64x2.extmul_low_i32x4_s-1st-arg-empty (result v128)
      (i64x2.extmul_low_i32x4_s (v128.const i64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i64x2.extmul_low_i32x4_s-arg-empty (result v128)
      (i64x2.extmul_low_i32x4_s)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i64x2.extmul_high_i32x4_s-1st-arg-empty (result v128)
      (i64x2.extmul_high_i32x4_s (v128.const i64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i64x2.extmul_high_i32x4_s-arg-empty (result v128)
      (i64x2.extmul_high_i32x4_s)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i64x2.extmul_low_i32x4_u-1st-arg-empty (result v128)
      (i64x2.extmul_low_i32x4_u (v128.const i64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i64x2.extmul_low_i32x4_u-arg-empty (result v128)
      (i64x2.extmul_low_i32x4_u)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i64x2.extmul_high_i32x4_u-1st-arg-empty (result v128)
      (i64x2.extmul_high_i32x4_u (v128.const i64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i64x2.extmul_high_i32x4_u-arg-empty (result v128)
      (i64x2.extmul_high_i32x4_u)
    )
  )
  "type mismatch"
)

