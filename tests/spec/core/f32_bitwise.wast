;; Test all the f32 bitwise operators on major boundary values and all special
;; values.

(module
  (func (export "abs") (param $x f32) (result f32) (f32.abs (local.get $x)))
  (func (export "neg") (param $x f32) (result f32) (f32.neg (local.get $x)))
  (func (export "copysign") (param $x f32) (param $y f32) (result f32) (f32.copysign (local.get $x) (local.get $y)))
)



;; Type check

(assert_invalid (module (func (result f32) (f32.copysign (i64.const 0) (f64.const 0)))) "type mismatch")
(assert_invalid (module (func (result f32) (f32.abs (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result f32) (f32.neg (i64.const 0)))) "type mismatch")
