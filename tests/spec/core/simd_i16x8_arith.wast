;; Tests for i16x8 arithmetic operations on major boundary values and all special values.


(module
  (func (export "i16x8.add") (param v128 v128) (result v128) (i16x8.add (local.get 0) (local.get 1)))
  (func (export "i16x8.sub") (param v128 v128) (result v128) (i16x8.sub (local.get 0) (local.get 1)))
  (func (export "i16x8.mul") (param v128 v128) (result v128) (i16x8.mul (local.get 0) (local.get 1)))
  (func (export "i16x8.neg") (param v128) (result v128) (i16x8.neg (local.get 0)))
)


;; i16x8.add

;; i16x8.sub

;; i16x8.mul

;; i16x8.neg

;; type check
(assert_invalid (module (func (result v128) (i16x8.neg (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i16x8.add (i32.const 0) (f32.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i16x8.sub (i32.const 0) (f32.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i16x8.mul (i32.const 0) (f32.const 0.0)))) "type mismatch")

;; Test operation with empty argument

(assert_invalid
  (module
    (func $i16x8.neg-arg-empty (result v128)
      (i16x8.neg)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i16x8.add-1st-arg-empty (result v128)
      (i16x8.add (v128.const i16x8 0 0 0 0 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i16x8.add-arg-empty (result v128)
      (i16x8.add)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i16x8.sub-1st-arg-empty (result v128)
      (i16x8.sub (v128.const i16x8 0 0 0 0 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i16x8.sub-arg-empty (result v128)
      (i16x8.sub)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i16x8.mul-1st-arg-empty (result v128)
      (i16x8.mul (v128.const i16x8 0 0 0 0 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i16x8.mul-arg-empty (result v128)
      (i16x8.mul)
    )
  )
  "type mismatch"
)

;; combination
(module
  (func (export "add-sub") (param v128 v128 v128) (result v128)
    (i16x8.add (i16x8.sub (local.get 0) (local.get 1))(local.get 2)))
  (func (export "mul-add") (param v128 v128 v128) (result v128)
    (i16x8.mul (i16x8.add (local.get 0) (local.get 1))(local.get 2)))
  (func (export "mul-sub") (param v128 v128 v128) (result v128)
    (i16x8.mul (i16x8.sub (local.get 0) (local.get 1))(local.get 2)))
  (func (export "sub-add") (param v128 v128 v128) (result v128)
    (i16x8.sub (i16x8.add (local.get 0) (local.get 1))(local.get 2)))
  (func (export "add-neg") (param v128 v128) (result v128)
    (i16x8.add (i16x8.neg (local.get 0)) (local.get 1)))
  (func (export "mul-neg") (param v128 v128) (result v128)
    (i16x8.mul (i16x8.neg (local.get 0)) (local.get 1)))
  (func (export "sub-neg") (param v128 v128) (result v128)
    (i16x8.sub (i16x8.neg (local.get 0)) (local.get 1)))
)

