;; Tests for f64x2 arithmetic operations on major boundary values and all special values.


(module
  (func (export "f64x2.add") (param v128 v128) (result v128) (f64x2.add (local.get 0) (local.get 1)))
  (func (export "f64x2.sub") (param v128 v128) (result v128) (f64x2.sub (local.get 0) (local.get 1)))
  (func (export "f64x2.mul") (param v128 v128) (result v128) (f64x2.mul (local.get 0) (local.get 1)))
  (func (export "f64x2.div") (param v128 v128) (result v128) (f64x2.div (local.get 0) (local.get 1)))
  (func (export "f64x2.neg") (param v128) (result v128) (f64x2.neg (local.get 0)))
  (func (export "f64x2.sqrt") (param v128) (result v128) (f64x2.sqrt (local.get 0)))
)


;; Mixed f64x2 tests when some lanes are NaNs
(module
  (func (export "f64x2_add_arith") (result v128)
    (f64x2.add (v128.const f64x2 nan:0x8000000000000 1.0) (v128.const f64x2 nan 1.0)))
  (func (export "f64x2_div_mixed") (result v128)
    (f64x2.div (v128.const f64x2 nan 1.0) (v128.const f64x2 2.0 -nan:0x8000000000000)))
  (func (export "f64x2_mul_mixed") (result v128)
    (f64x2.mul (v128.const f64x2 nan:0x8000000000000 1.0) (v128.const f64x2 2.0 nan)))
  (func (export "f64x2_neg_canon") (result v128)
    (f64x2.neg (v128.const f64x2 nan 1.0)))
  (func (export "f64x2_sqrt_canon") (result v128)
    (f64x2.sqrt (v128.const f64x2 4.0 -nan)))
  (func (export "f64x2_sub_arith") (result v128)
    (f64x2.sub (v128.const f64x2 1.0 -1.0) (v128.const f64x2 -nan 1.0)))
)


;; type check
(assert_invalid (module (func (result v128) (f64x2.neg (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result v128) (f64x2.sqrt (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result v128) (f64x2.add (i64.const 0) (f64.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (f64x2.sub (i64.const 0) (f64.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (f64x2.mul (i64.const 0) (f64.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (f64x2.div (i64.const 0) (f64.const 0.0)))) "type mismatch")

;; Test operation with empty argument

(assert_invalid
  (module
    (func $f64x2.neg-arg-empty (result v128)
      (f64x2.neg)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.sqrt-arg-empty (result v128)
      (f64x2.sqrt)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.add-1st-arg-empty (result v128)
      (f64x2.add (v128.const f64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.add-arg-empty (result v128)
      (f64x2.add)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.sub-1st-arg-empty (result v128)
      (f64x2.sub (v128.const f64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.sub-arg-empty (result v128)
      (f64x2.sub)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.mul-1st-arg-empty (result v128)
      (f64x2.mul (v128.const f64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.mul-arg-empty (result v128)
      (f64x2.mul)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.div-1st-arg-empty (result v128)
      (f64x2.div (v128.const f64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.div-arg-empty (result v128)
      (f64x2.div)
    )
  )
  "type mismatch"
)

;; combination
(module
  (func (export "add-sub") (param v128 v128 v128) (result v128)
    (f64x2.add (f64x2.sub (local.get 0) (local.get 1))(local.get 2)))
  (func (export "div-add") (param v128 v128 v128) (result v128)
    (f64x2.div (f64x2.add (local.get 0) (local.get 1))(local.get 2)))
  (func (export "div-mul") (param v128 v128 v128) (result v128)
    (f64x2.div (f64x2.mul (local.get 0) (local.get 1))(local.get 2)))
  (func (export "div-sub") (param v128 v128 v128) (result v128)
    (f64x2.div (f64x2.sub (local.get 0) (local.get 1))(local.get 2)))
  (func (export "mul-add") (param v128 v128 v128) (result v128)
    (f64x2.mul (f64x2.add (local.get 0) (local.get 1))(local.get 2)))
  (func (export "mul-div") (param v128 v128 v128) (result v128)
    (f64x2.mul (f64x2.div (local.get 0) (local.get 1))(local.get 2)))
  (func (export "mul-sub") (param v128 v128 v128) (result v128)
    (f64x2.mul (f64x2.sub (local.get 0) (local.get 1))(local.get 2)))
  (func (export "sub-add") (param v128 v128 v128) (result v128)
    (f64x2.sub (f64x2.add (local.get 0) (local.get 1))(local.get 2)))
  (func (export "add-neg") (param v128 v128) (result v128)
    (f64x2.add (f64x2.neg (local.get 0)) (local.get 1)))
  (func (export "add-sqrt") (param v128 v128) (result v128)
    (f64x2.add (f64x2.sqrt (local.get 0)) (local.get 1)))
  (func (export "div-neg") (param v128 v128) (result v128)
    (f64x2.div (f64x2.neg (local.get 0)) (local.get 1)))
  (func (export "div-sqrt") (param v128 v128) (result v128)
    (f64x2.div (f64x2.sqrt (local.get 0)) (local.get 1)))
  (func (export "mul-neg") (param v128 v128) (result v128)
    (f64x2.mul (f64x2.neg (local.get 0)) (local.get 1)))
  (func (export "mul-sqrt") (param v128 v128) (result v128)
    (f64x2.mul (f64x2.sqrt (local.get 0)) (local.get 1)))
  (func (export "sub-neg") (param v128 v128) (result v128)
    (f64x2.sub (f64x2.neg (local.get 0)) (local.get 1)))
  (func (export "sub-sqrt") (param v128 v128) (result v128)
    (f64x2.sub (f64x2.sqrt (local.get 0)) (local.get 1)))
)

