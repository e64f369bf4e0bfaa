;; Test all the boolean operators on major boundary values and all special values.

(module
  (func (export "i8x16.any_true") (param $0 v128) (result i32) (v128.any_true (local.get $0)))
  (func (export "i8x16.all_true") (param $0 v128) (result i32) (i8x16.all_true (local.get $0)))
  (func (export "i8x16.bitmask") (param $0 v128) (result i32) (i8x16.bitmask (local.get $0)))

  (func (export "i16x8.any_true") (param $0 v128) (result i32) (v128.any_true (local.get $0)))
  (func (export "i16x8.all_true") (param $0 v128) (result i32) (i16x8.all_true (local.get $0)))
  (func (export "i16x8.bitmask") (param $0 v128) (result i32) (i16x8.bitmask (local.get $0)))

  (func (export "i32x4.any_true") (param $0 v128) (result i32) (v128.any_true (local.get $0)))
  (func (export "i32x4.all_true") (param $0 v128) (result i32) (i32x4.all_true (local.get $0)))
  (func (export "i32x4.bitmask") (param $0 v128) (result i32) (i32x4.bitmask (local.get $0)))

  (func (export "i64x2.all_true") (param $0 v128) (result i32) (i64x2.all_true (local.get $0)))
  (func (export "i64x2.bitmask") (param $0 v128) (result i32) (i64x2.bitmask (local.get $0)))
)

;; i8x16

;; i16x8

;; i32x4

;; i64x2

;; Combination

(module (memory 1)
    ;; as if condition
    (func (export "i8x16_any_true_as_if_cond") (param v128) (result i32)
        (if (result i32) (v128.any_true (local.get 0))
            (then (i32.const 1))
            (else (i32.const 0))
        )
    )
    (func (export "i16x8_any_true_as_if_cond") (param v128) (result i32)
        (if (result i32) (v128.any_true (local.get 0))
            (then (i32.const 1))
            (else (i32.const 0))
        )
    )
    (func (export "i32x4_any_true_as_if_cond") (param v128) (result i32)
        (if (result i32) (v128.any_true (local.get 0))
            (then (i32.const 1))
            (else (i32.const 0))
        )
    )
    (func (export "i8x16_all_true_as_if_cond") (param v128) (result i32)
        (if (result i32) (i8x16.all_true (local.get 0))
            (then (i32.const 1))
            (else (i32.const 0))
        )
    )
    (func (export "i16x8_all_true_as_if_cond") (param v128) (result i32)
        (if (result i32) (i16x8.all_true (local.get 0))
            (then (i32.const 1))
            (else (i32.const 0))
        )
    )
    (func (export "i32x4_all_true_as_if_cond") (param v128) (result i32)
        (if (result i32) (i32x4.all_true (local.get 0))
            (then (i32.const 1))
            (else (i32.const 0))
        )
    )
    ;; any_true as select condition
    (func (export "i8x16_any_true_as_select_cond") (param v128) (result i32)
     (select (i32.const 1) (i32.const 0) (v128.any_true (local.get 0)))
    )
    (func (export "i16x8_any_true_as_select_cond") (param v128) (result i32)
     (select (i32.const 1) (i32.const 0) (v128.any_true (local.get 0)))
    )
    (func (export "i32x4_any_true_as_select_cond") (param v128) (result i32)
     (select (i32.const 1) (i32.const 0) (v128.any_true (local.get 0)))
    )
    ;; all_true as select condition
    (func (export "i8x16_all_true_as_select_cond") (param v128) (result i32)
     (select (i32.const 1) (i32.const 0) (i8x16.all_true (local.get 0)))
    )
    (func (export "i16x8_all_true_as_select_cond") (param v128) (result i32)
     (select (i32.const 1) (i32.const 0) (i16x8.all_true (local.get 0)))
    )
    (func (export "i32x4_all_true_as_select_cond") (param v128) (result i32)
     (select (i32.const 1) (i32.const 0) (i32x4.all_true (local.get 0)))
    )
    ;; any_true as br_if condition
    (func (export "i8x16_any_true_as_br_if_cond") (param $0 v128) (result i32)
      (local $1 i32)
      (local.set $1 (i32.const 2))
      (block
        (local.set $1 (i32.const 1))
        (br_if 0 (v128.any_true (local.get $0)))
        (local.set $1 (i32.const 0))
      )
      (local.get $1)
    )
    (func (export "i16x8_any_true_as_br_if_cond") (param $0 v128) (result i32)
      (local $1 i32)
      (local.set $1 (i32.const 2))
      (block
        (local.set $1 (i32.const 1))
        (br_if 0 (v128.any_true (local.get $0)))
        (local.set $1 (i32.const 0))
      )
      (local.get $1)
    )
    (func (export "i32x4_any_true_as_br_if_cond") (param $0 v128) (result i32)
      (local $1 i32)
      (local.set $1 (i32.const 2))
      (block
        (local.set $1 (i32.const 1))
        (br_if 0 (v128.any_true (local.get $0)))
        (local.set $1 (i32.const 0))
      )
      (local.get $1)
    )
    ;; all_true as br_if condition
    (func (export "i8x16_all_true_as_br_if_cond") (param $0 v128) (result i32)
      (local $1 i32)
      (local.set $1 (i32.const 2))
      (block
        (local.set $1 (i32.const 1))
        (br_if 0 (i8x16.all_true (local.get $0)))
        (local.set $1 (i32.const 0))
      )
      (local.get $1)
    )
    (func (export "i16x8_all_true_as_br_if_cond") (param $0 v128) (result i32)
      (local $1 i32)
      (local.set $1 (i32.const 2))
      (block
        (local.set $1 (i32.const 1))
        (br_if 0 (i16x8.all_true (local.get $0)))
        (local.set $1 (i32.const 0))
      )
      (local.get $1)
    )
    (func (export "i32x4_all_true_as_br_if_cond") (param $0 v128) (result i32)
      (local $1 i32)
      (local.set $1 (i32.const 2))
      (block
        (local.set $1 (i32.const 1))
        (br_if 0 (i32x4.all_true (local.get $0)))
        (local.set $1 (i32.const 0))
      )
      (local.get $1)
    )
    ;; any_true as i32.and operand
    (func (export "i8x16_any_true_as_i32.and_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.and (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
    (func (export "i16x8_any_true_as_i32.and_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.and (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
    (func (export "i32x4_any_true_as_i32.and_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.and (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
     ;; any_true as i32.or operand
    (func (export "i8x16_any_true_as_i32.or_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.or (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
    (func (export "i16x8_any_true_as_i32.or_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.or (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
    (func (export "i32x4_any_true_as_i32.or_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.or (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
     ;; any_true as i32.xor operand
    (func (export "i8x16_any_true_as_i32.xor_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.xor (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
    (func (export "i16x8_any_true_as_i32.xor_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.xor (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
    (func (export "i32x4_any_true_as_i32.xor_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.xor (v128.any_true (local.get $0)) (v128.any_true (local.get $1)))
    )
     ;; all_true as i32.and operand
    (func (export "i8x16_all_true_as_i32.and_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.and (i8x16.all_true (local.get $0)) (i8x16.all_true (local.get $1)))
    )
    (func (export "i16x8_all_true_as_i32.and_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.and (i16x8.all_true (local.get $0)) (i16x8.all_true (local.get $1)))
    )
    (func (export "i32x4_all_true_as_i32.and_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.and (i32x4.all_true (local.get $0)) (i32x4.all_true (local.get $1)))
    )
     ;; all_true as i32.or operand
    (func (export "i8x16_all_true_as_i32.or_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.or (i8x16.all_true (local.get $0)) (i8x16.all_true (local.get $1)))
    )
    (func (export "i16x8_all_true_as_i32.or_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.or (i16x8.all_true (local.get $0)) (i16x8.all_true (local.get $1)))
    )
    (func (export "i32x4_all_true_as_i32.or_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.or (i32x4.all_true (local.get $0)) (i32x4.all_true (local.get $1)))
    )
     ;; all_true as i32.xor operand
    (func (export "i8x16_all_true_as_i32.xor_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.xor (i8x16.all_true (local.get $0)) (i8x16.all_true (local.get $1)))
    )
    (func (export "i16x8_all_true_as_i32.xor_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.xor (i16x8.all_true (local.get $0)) (i16x8.all_true (local.get $1)))
    )
    (func (export "i32x4_all_true_as_i32.xor_operand") (param $0 v128) (param $1 v128) (result i32)
      (i32.xor (i32x4.all_true (local.get $0)) (i32x4.all_true (local.get $1)))
    )
    ;; any_true with v128.not
    (func (export "i8x16_any_true_with_v128.not") (param $0 v128) (result i32)
       (v128.any_true (v128.not (local.get $0)))
    )
    (func (export "i16x8_any_true_with_v128.not") (param $0 v128) (result i32)
       (v128.any_true (v128.not (local.get $0)))
    )
    (func (export "i32x4_any_true_with_v128.not") (param $0 v128) (result i32)
       (v128.any_true (v128.not (local.get $0)))
    )
    ;; any_true with v128.and
    (func (export "i8x16_any_true_with_v128.and") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.and (local.get $0) (local.get $1)))
    )
    (func (export "i16x8_any_true_with_v128.and") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.and (local.get $0) (local.get $1)))
    )
    (func (export "i32x4_any_true_with_v128.and") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.and (local.get $0) (local.get $1)))
    )
    ;; any_true with v128.or
    (func (export "i8x16_any_true_with_v128.or") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.or (local.get $0) (local.get $1)))
    )
    (func (export "i16x8_any_true_with_v128.or") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.or (local.get $0) (local.get $1)))
    )
    (func (export "i32x4_any_true_with_v128.or") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.or (local.get $0) (local.get $1)))
    )
    ;; any_true with v128.xor
    (func (export "i8x16_any_true_with_v128.xor") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.xor (local.get $0) (local.get $1)))
    )
    (func (export "i16x8_any_true_with_v128.xor") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.xor (local.get $0) (local.get $1)))
    )
    (func (export "i32x4_any_true_with_v128.xor") (param $0 v128) (param $1 v128) (result i32)
       (v128.any_true (v128.xor (local.get $0) (local.get $1)))
    )
    ;; any_true with v128.bitselect
    (func (export "i8x16_any_true_with_v128.bitselect") (param $0 v128) (param $1 v128) (param $2 v128) (result i32)
       (v128.any_true (v128.bitselect (local.get $0) (local.get $1) (local.get $2)))
    )
    (func (export "i16x8_any_true_with_v128.bitselect") (param $0 v128) (param $1 v128) (param $2 v128) (result i32)
       (v128.any_true (v128.bitselect (local.get $0) (local.get $1) (local.get $2)))
    )
    (func (export "i32x4_any_true_with_v128.bitselect") (param $0 v128) (param $1 v128) (param $2 v128) (result i32)
       (v128.any_true (v128.bitselect (local.get $0) (local.get $1) (local.get $2)))
    )
    ;; all_true with v128.not
    (func (export "i8x16_all_true_with_v128.not") (param $0 v128) (result i32)
       (i8x16.all_true (v128.not (local.get $0)))
    )
    (func (export "i16x8_all_true_with_v128.not") (param $0 v128) (result i32)
       (i16x8.all_true (v128.not (local.get $0)))
    )
    (func (export "i32x4_all_true_with_v128.not") (param $0 v128) (result i32)
       (i32x4.all_true (v128.not (local.get $0)))
    )
    ;; all_true with v128.and
    (func (export "i8x16_all_true_with_v128.and") (param $0 v128) (param $1 v128) (result i32)
       (i8x16.all_true (v128.and (local.get $0) (local.get $1)))
    )
    (func (export "i16x8_all_true_with_v128.and") (param $0 v128) (param $1 v128) (result i32)
       (i16x8.all_true (v128.and (local.get $0) (local.get $1)))
    )
    (func (export "i32x4_all_true_with_v128.and") (param $0 v128) (param $1 v128) (result i32)
       (i32x4.all_true (v128.and (local.get $0) (local.get $1)))
    )
    ;; all_true with v128.or
    (func (export "i8x16_all_true_with_v128.or") (param $0 v128) (param $1 v128) (result i32)
       (i8x16.all_true (v128.or (local.get $0) (local.get $1)))
    )
    (func (export "i16x8_all_true_with_v128.or") (param $0 v128) (param $1 v128) (result i32)
       (i16x8.all_true (v128.or (local.get $0) (local.get $1)))
    )
    (func (export "i32x4_all_true_with_v128.or") (param $0 v128) (param $1 v128) (result i32)
       (i32x4.all_true (v128.or (local.get $0) (local.get $1)))
    )
    ;; all_true with v128.xor
    (func (export "i8x16_all_true_with_v128.xor") (param $0 v128) (param $1 v128) (result i32)
       (i8x16.all_true (v128.xor (local.get $0) (local.get $1)))
    )
    (func (export "i16x8_all_true_with_v128.xor") (param $0 v128) (param $1 v128) (result i32)
       (i16x8.all_true (v128.xor (local.get $0) (local.get $1)))
    )
    (func (export "i32x4_all_true_with_v128.xor") (param $0 v128) (param $1 v128) (result i32)
       (i32x4.all_true (v128.xor (local.get $0) (local.get $1)))
    )
    ;; all_true with v128.bitselect
    (func (export "i8x16_all_true_with_v128.bitselect") (param $0 v128) (param $1 v128) (param $2 v128) (result i32)
       (i8x16.all_true (v128.bitselect (local.get $0) (local.get $1) (local.get $2)))
    )
    (func (export "i16x8_all_true_with_v128.bitselect") (param $0 v128) (param $1 v128) (param $2 v128) (result i32)
       (i16x8.all_true (v128.bitselect (local.get $0) (local.get $1) (local.get $2)))
    )
    (func (export "i32x4_all_true_with_v128.bitselect") (param $0 v128) (param $1 v128) (param $2 v128) (result i32)
       (i32x4.all_true (v128.bitselect (local.get $0) (local.get $1) (local.get $2)))
    )
)

;; 'any_true' as 'if' condition
;; i8x16
;; i16x8
;; i32x4

;; 'all_true' as 'if' condition
;; i8x16
;; i16x8
;; i32x4

;; any_true as select condition
;; all_true as select condition
;; any_true as br_if condition
;; all_true as br_if condition
;; any_true as and operand
;; any_true as or operand
;; any_true as xor operand
;; all_true as and operand
;; all_true as or operand
;; all_true as xor operand
;; any_true with v128.not
;; any_true with v128.and
;; any_true with v128.or
;; any_true with v128.xor
;; any_true with v128.bitselect
;; all_true with v128.not
;; all_true with v128.and
;; all_true with v128.or
;; all_true with v128.xor
;; all_true with v128.bitselect

;; Type check

(assert_invalid (module (func (result i32) (v128.any_true (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i8x16.all_true (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (v128.any_true (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i16x8.all_true (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (v128.any_true (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i32x4.all_true (i32.const 0)))) "type mismatch")

;; Unknown operators

(assert_malformed (module quote "(memory 1) (func (result i32) (f32x4.any_true (v128.const i32x4 0 0 0 0)))") "unknown operator")
(assert_malformed (module quote "(memory 1) (func (result i32) (f32x4.all_true (v128.const i32x4 0 0 0 0)))") "unknown operator")
(assert_malformed (module quote "(memory 1) (func (result i32) (f64x2.any_true (v128.const i32x4 0 0 0 0)))") "unknown operator")
(assert_malformed (module quote "(memory 1) (func (result i32) (f64x2.all_true (v128.const i32x4 0 0 0 0)))") "unknown operator")

;; Test operation with empty argument

(assert_invalid
  (module
    (func $v128.any_true-arg-empty (result v128)
      (v128.any_true)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i8x16.all_true-arg-empty (result v128)
      (i8x16.all_true)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $v128.any_true-arg-empty (result v128)
      (v128.any_true)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i16x8.all_true-arg-empty (result v128)
      (i16x8.all_true)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $v128.any_true-arg-empty (result v128)
      (v128.any_true)
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i32x4.all_true-arg-empty (result v128)
      (i32x4.all_true)
    )
  )
  "type mismatch"
)
