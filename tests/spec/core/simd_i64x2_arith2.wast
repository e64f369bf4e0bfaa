;; Tests for i64x2 [abs] operations.

(module
  (func (export "i64x2.abs") (param v128) (result v128) (i64x2.abs (local.get 0)))
  (func (export "i64x2.abs_with_const_0") (result v128) (i64x2.abs (v128.const i64x2 -9223372036854775808 9223372036854775807)))
)


;; Const vs const

;; Param vs const

;; Test different lanes go through different if-then clauses

;; Test opposite signs of zero

;; Unknown operators

;; Type check
(assert_invalid (module (func (result v128) (i64x2.abs (f32.const 0.0)))) "type mismatch")

;; Test operation with empty argument

(assert_invalid
  (module
    (func $i64x2.abs-arg-empty (result v128)
      (i64x2.abs)
    )
  )
  "type mismatch"
)

;; Combination
(module
  (func (export "i64x2.abs-i64x2.abs") (param v128) (result v128) (i64x2.abs (i64x2.abs (local.get 0))))
)

