;; Tests for i8x16 arithmetic operations on major boundary values and all special values.


(module
  (func (export "i8x16.add") (param v128 v128) (result v128) (i8x16.add (local.get 0) (local.get 1)))
  (func (export "i8x16.sub") (param v128 v128) (result v128) (i8x16.sub (local.get 0) (local.get 1)))
  (func (export "i8x16.neg") (param v128) (result v128) (i8x16.neg (local.get 0)))
)


;; i8x16.add

;; i8x16.sub

;; i8x16.neg

;; type check
(assert_invalid (module (func (result v128) (i8x16.neg (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i8x16.add (i32.const 0) (f32.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i8x16.sub (i32.const 0) (f32.const 0.0)))) "type mismatch")

;; Test operation with empty argument

(assert_invalid
  (module
    (func $i8x16.neg-arg-empty (result v128)
      (i8x16.neg)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i8x16.add-1st-arg-empty (result v128)
      (i8x16.add (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i8x16.add-arg-empty (result v128)
      (i8x16.add)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i8x16.sub-1st-arg-empty (result v128)
      (i8x16.sub (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i8x16.sub-arg-empty (result v128)
      (i8x16.sub)
    )
  )
  "type mismatch"
)

;; combination
(module
  (func (export "add-sub") (param v128 v128 v128) (result v128)
    (i8x16.add (i8x16.sub (local.get 0) (local.get 1))(local.get 2)))
  (func (export "sub-add") (param v128 v128 v128) (result v128)
    (i8x16.sub (i8x16.add (local.get 0) (local.get 1))(local.get 2)))
  (func (export "add-neg") (param v128 v128) (result v128)
    (i8x16.add (i8x16.neg (local.get 0)) (local.get 1)))
  (func (export "sub-neg") (param v128 v128) (result v128)
    (i8x16.sub (i8x16.neg (local.get 0)) (local.get 1)))
)

