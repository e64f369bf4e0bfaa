;; Test all the f64 bitwise operators on major boundary values and all special
;; values.

(module
  (func (export "abs") (param $x f64) (result f64) (f64.abs (local.get $x)))
  (func (export "neg") (param $x f64) (result f64) (f64.neg (local.get $x)))
  (func (export "copysign") (param $x f64) (param $y f64) (result f64) (f64.copysign (local.get $x) (local.get $y)))
)



;; Type check

(assert_invalid (module (func (result f64) (f64.copysign (i64.const 0) (f32.const 0)))) "type mismatch")
(assert_invalid (module (func (result f64) (f64.abs (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result f64) (f64.neg (i64.const 0)))) "type mismatch")
