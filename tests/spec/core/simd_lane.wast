;; Tests for the extract_lane, replace_lane, swizzle and shuffle group instructions


(module
  (func (export "i8x16_extract_lane_s-first") (param v128) (result i32)
    (i8x16.extract_lane_s 0 (local.get 0)))
  (func (export "i8x16_extract_lane_s-last") (param v128) (result i32)
    (i8x16.extract_lane_s 15 (local.get 0)))
  (func (export "i8x16_extract_lane_u-first") (param v128) (result i32)
    (i8x16.extract_lane_u 0 (local.get 0)))
  (func (export "i8x16_extract_lane_u-last") (param v128) (result i32)
    (i8x16.extract_lane_u 15 (local.get 0)))
  (func (export "i16x8_extract_lane_s-first") (param v128) (result i32)
    (i16x8.extract_lane_s 0 (local.get 0)))
  (func (export "i16x8_extract_lane_s-last") (param v128) (result i32)
    (i16x8.extract_lane_s 7 (local.get 0)))
  (func (export "i16x8_extract_lane_u-first") (param v128) (result i32)
    (i16x8.extract_lane_u 0 (local.get 0)))
  (func (export "i16x8_extract_lane_u-last") (param v128) (result i32)
    (i16x8.extract_lane_u 7 (local.get 0)))
  (func (export "i32x4_extract_lane-first") (param v128) (result i32)
    (i32x4.extract_lane 0 (local.get 0)))
  (func (export "i32x4_extract_lane-last") (param v128) (result i32)
    (i32x4.extract_lane 3 (local.get 0)))
  (func (export "f32x4_extract_lane-first") (param v128) (result f32)
    (f32x4.extract_lane 0 (local.get 0)))
  (func (export "f32x4_extract_lane-last") (param v128) (result f32)
    (f32x4.extract_lane 3 (local.get 0)))
  (func (export "i8x16_replace_lane-first") (param v128 i32) (result v128)
    (i8x16.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "i8x16_replace_lane-last") (param v128 i32) (result v128)
    (i8x16.replace_lane 15 (local.get 0) (local.get 1)))
  (func (export "i16x8_replace_lane-first") (param v128 i32) (result v128)
    (i16x8.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "i16x8_replace_lane-last") (param v128 i32) (result v128)
    (i16x8.replace_lane 7 (local.get 0) (local.get 1)))
  (func (export "i32x4_replace_lane-first") (param v128 i32) (result v128)
    (i32x4.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "i32x4_replace_lane-last") (param v128 i32) (result v128)
    (i32x4.replace_lane 3 (local.get 0) (local.get 1)))
  (func (export "f32x4_replace_lane-first") (param v128 f32) (result v128)
    (f32x4.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "f32x4_replace_lane-last") (param v128 f32) (result v128)
    (f32x4.replace_lane 3 (local.get 0) (local.get 1)))
  (func (export "i64x2_extract_lane-first") (param v128) (result i64)
    (i64x2.extract_lane 0 (local.get 0)))
  (func (export "i64x2_extract_lane-last") (param v128) (result i64)
    (i64x2.extract_lane 1 (local.get 0)))
  (func (export "f64x2_extract_lane-first") (param v128) (result f64)
    (f64x2.extract_lane 0 (local.get 0)))
  (func (export "f64x2_extract_lane-last") (param v128) (result f64)
    (f64x2.extract_lane 1 (local.get 0)))
  (func (export "i64x2_replace_lane-first") (param v128 i64) (result v128)
    (i64x2.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "i64x2_replace_lane-last") (param v128 i64) (result v128)
    (i64x2.replace_lane 1 (local.get 0) (local.get 1)))
  (func (export "f64x2_replace_lane-first") (param v128 f64) (result v128)
    (f64x2.replace_lane 0 (local.get 0) (local.get 1)))
  (func (export "f64x2_replace_lane-last") (param v128 f64) (result v128)
    (f64x2.replace_lane 1 (local.get 0) (local.get 1)))

  ;; Swizzle and shuffle
  (func (export "v8x16_swizzle") (param v128 v128) (result v128)
    (i8x16.swizzle (local.get 0) (local.get 1)))
  (func (export "v8x16_shuffle-1") (param v128 v128) (result v128)
    (i8x16.shuffle  0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 (local.get 0) (local.get 1)))
  (func (export "v8x16_shuffle-2") (param v128 v128) (result v128)
    (i8x16.shuffle 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 (local.get 0) (local.get 1)))
  (func (export "v8x16_shuffle-3") (param v128 v128) (result v128)
    (i8x16.shuffle 31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16 (local.get 0) (local.get 1)))
  (func (export "v8x16_shuffle-4") (param v128 v128) (result v128)
    (i8x16.shuffle 15 14 13 12 11 10  9  8  7  6  5  4  3  2  1  0 (local.get 0) (local.get 1)))
  (func (export "v8x16_shuffle-5") (param v128 v128) (result v128)
    (i8x16.shuffle  0  0  0  0  0  0  0  0  0  0  0  0  0  0  0  0 (local.get 0) (local.get 1)))
  (func (export "v8x16_shuffle-6") (param v128 v128) (result v128)
    (i8x16.shuffle 16 16 16 16 16 16 16 16 16 16 16 16 16 16 16 16 (local.get 0) (local.get 1)))
  (func (export "v8x16_shuffle-7") (param v128 v128) (result v128)
    (i8x16.shuffle  0  0  0  0  0  0  0  0 16 16 16 16 16 16 16 16 (local.get 0) (local.get 1)))
)
















;; More literals

;; Syntax errors for negative values

(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane_s  -1 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane_u  -1 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i32) (i16x8.extract_lane_s  -1 (v128.const i16x8 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i32) (i16x8.extract_lane_u  -1 (v128.const i16x8 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i32) (i32x4.extract_lane  -1 (v128.const i32x4 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result f32) (f32x4.extract_lane  -1 (v128.const f32x4 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i8x16.replace_lane  -1 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i16x8.replace_lane  -1 (v128.const i16x8 0 0 0 0 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i32x4.replace_lane  -1 (v128.const i32x4 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (f32x4.replace_lane  -1 (v128.const f32x4 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result i64) (i64x2.extract_lane  -1 (v128.const i64x2 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result f64) (f64x2.extract_lane  -1 (v128.const f64x2 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i64x2.replace_lane  -1 (v128.const i64x2 0 0) (i64.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (f64x2.replace_lane  -1 (v128.const f64x2 0 0) (f64.const 1)))") "unexpected token")

;; Malformed lane index value

(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane_s 256 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "malformed lane index")
(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane_u 256 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "malformed lane index")
(assert_malformed (module quote "(func (result i32) (i16x8.extract_lane_s 256 (v128.const i16x8 0 0 0 0 0 0 0 0)))") "malformed lane index")
(assert_malformed (module quote "(func (result i32) (i16x8.extract_lane_u 256 (v128.const i16x8 0 0 0 0 0 0 0 0)))") "malformed lane index")
(assert_malformed (module quote "(func (result i32) (i32x4.extract_lane 256 (v128.const i32x4 0 0 0 0)))") "malformed lane index")
(assert_malformed (module quote "(func (result f32) (f32x4.extract_lane 256 (v128.const f32x4 0 0 0 0)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) (i8x16.replace_lane 256 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) (i16x8.replace_lane 256 (v128.const i16x8 0 0 0 0 0 0 0 0) (i32.const 1)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) (i32x4.replace_lane 256 (v128.const i32x4 0 0 0 0) (i32.const 1)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) (f32x4.replace_lane 256 (v128.const f32x4 0 0 0 0) (i32.const 1)))") "malformed lane index")
(assert_malformed (module quote "(func (result i64) (i64x2.extract_lane 256 (v128.const i64x2 0 0)))") "malformed lane index")
(assert_malformed (module quote "(func (result f64) (f64x2.extract_lane 256 (v128.const f64x2 0 0)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) (i64x2.replace_lane 256 (v128.const i64x2 0 0) (i64.const 1)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) (f64x2.replace_lane 256 (v128.const f64x2 0 0) (f64.const 1)))") "malformed lane index")

;; Invalid lane index value

(assert_invalid (module (func (result i32) (i8x16.extract_lane_s 16 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i8x16.extract_lane_s 255 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i8x16.extract_lane_u 16 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i8x16.extract_lane_u 255 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i16x8.extract_lane_s 8 (v128.const i16x8 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i16x8.extract_lane_s 255 (v128.const i16x8 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i16x8.extract_lane_u 8 (v128.const i16x8 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i16x8.extract_lane_u 255 (v128.const i16x8 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i32x4.extract_lane 4 (v128.const i32x4 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i32x4.extract_lane 255 (v128.const i32x4 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result f32) (f32x4.extract_lane 4 (v128.const f32x4 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result f32) (f32x4.extract_lane 255 (v128.const f32x4 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i8x16.replace_lane 16 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i8x16.replace_lane 255 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i16x8.replace_lane 16 (v128.const i16x8 0 0 0 0 0 0 0 0) (i32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i16x8.replace_lane 255 (v128.const i16x8 0 0 0 0 0 0 0 0) (i32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i32x4.replace_lane 4 (v128.const i32x4 0 0 0 0) (i32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i32x4.replace_lane 255 (v128.const i32x4 0 0 0 0) (i32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (f32x4.replace_lane 4 (v128.const f32x4 0 0 0 0) (f32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (f32x4.replace_lane 255 (v128.const f32x4 0 0 0 0) (f32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result i64) (i64x2.extract_lane 2 (v128.const i64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i64) (i64x2.extract_lane 255 (v128.const i64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result f64) (f64x2.extract_lane 2 (v128.const f64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result f64) (f64x2.extract_lane 255 (v128.const f64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i64x2.replace_lane 2 (v128.const i64x2 0 0) (i64.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i64x2.replace_lane 255 (v128.const i64x2 0 0) (i64.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (f64x2.replace_lane 2 (v128.const f64x2 0 0) (f64.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (f64x2.replace_lane 255 (v128.const f64x2 0 0) (f64.const 1.0)))) "invalid lane index")

;; Lane index is determined by the instruction's interpretation only.

(assert_invalid (module (func (result i32) (i16x8.extract_lane_s 8 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i16x8.extract_lane_u 8 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (i32x4.extract_lane 4 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result i32) (f32x4.extract_lane 4 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i16x8.replace_lane 8 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i32x4.replace_lane 4 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (f32x4.replace_lane 4 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (f32.const 1)))) "invalid lane index")
(assert_invalid (module (func (result i64) (i64x2.extract_lane 2 (v128.const i64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result f64) (f64x2.extract_lane 2 (v128.const f64x2 0 0)))) "invalid lane index")
(assert_invalid (module (func (result v128) (i64x2.replace_lane 2 (v128.const i64x2 0 0) (i64.const 1)))) "invalid lane index")
(assert_invalid (module (func (result v128) (f64x2.replace_lane 2 (v128.const f64x2 0 0) (f64.const 1.0)))) "invalid lane index")

;; Invalid parameters: required v128 but pass other types

(assert_invalid (module (func (result i32) (i8x16.extract_lane_s 0 (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i8x16.extract_lane_u 0 (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i8x16.extract_lane_s 0 (f32.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i8x16.extract_lane_u 0 (f64.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result i32) (i32x4.extract_lane 0 (i32.const 0)))) "type mismatch")
(assert_invalid (module (func (result f32) (f32x4.extract_lane 0 (f32.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i8x16.replace_lane 0 (i32.const 0) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result v128) (i16x8.replace_lane 0 (i64.const 0) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result v128) (i32x4.replace_lane 0 (i32.const 0) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result v128) (f32x4.replace_lane 0 (f32.const 0.0) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result i64) (i64x2.extract_lane 0 (i64.const 0)))) "type mismatch")
(assert_invalid (module (func (result f64) (f64x2.extract_lane 0 (f64.const 0.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i32x4.replace_lane 0 (i32.const 0) (i32.const 1)))) "type mismatch")
(assert_invalid (module (func (result v128) (f32x4.replace_lane 0 (f32.const 0.0) (i32.const 1)))) "type mismatch")

;; Invalid types for the replaced value

(assert_invalid (module (func (result v128) (i8x16.replace_lane 0 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (f32.const 1.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i16x8.replace_lane 0 (v128.const i16x8 0 0 0 0 0 0 0 0) (f64.const 1.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (i32x4.replace_lane 0 (v128.const i32x4 0 0 0 0) (f32.const 1.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (f32x4.replace_lane 0 (v128.const f32x4 0 0 0 0) (i32.const 1)))) "type mismatch")

(assert_invalid (module (func (result v128) (i64x2.replace_lane 0 (v128.const i64x2 0 0) (f64.const 1.0)))) "type mismatch")
(assert_invalid (module (func (result v128) (f64x2.replace_lane 0 (v128.const f64x2 0 0) (i64.const 1)))) "type mismatch")

;; Invalid types for swizzle and shuffle values
(assert_invalid (module (func (result v128)
  (i8x16.swizzle (i32.const 1) (v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0)))) "type mismatch")
(assert_invalid (module (func (result v128)
  (i8x16.swizzle (v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0) (i32.const 2)))) "type mismatch")
(assert_invalid (module (func (result v128)
  (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (f32.const 3.0)
  (v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0)))) "type mismatch")
(assert_invalid (module (func (result v128)
  (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15
  (v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0) (f32.const 4.0)))) "type mismatch")

;; i8x16.shuffle: the 1st argument must be 16-byte literals in 0..32
(assert_malformed (module quote "(func (param v128) (result v128)"
  "(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 (local.get 0) (local.get 0)))")
  "invalid lane length")
(assert_malformed (module quote "(func (param v128) (result v128)"
  "(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 (local.get 0) (local.get 0)))")
  "invalid lane length")
(assert_malformed (module quote "(func (result v128)"
  "(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 -1"
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0)"
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128)"
  "(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 256"
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0)"
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))") "malformed lane index")
(assert_invalid (module (func (result v128)
  (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 255
  (v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0)
  (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))) "invalid lane index")

;; Possible wrong instruction names that'd be used

(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane 0 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unknown operator")
(assert_malformed (module quote "(func (result i32) (i16x8.extract_lane 0 (v128.const i16x8 0 0 0 0 0 0 0 0)))") "unknown operator")
(assert_malformed (module quote "(func (result i32) (i32x4.extract_lane_s 0 (v128.const i32x4 0 0 0 0)))") "unknown operator")
(assert_malformed (module quote "(func (result i32) (i32x4.extract_lane_u 0 (v128.const i32x4 0 0 0 0)))") "unknown operator")
(assert_malformed (module quote "(func (result i32) (i64x2.extract_lane_s 0 (v128.const i64x2 0 0)))") "unknown operator")
(assert_malformed (module quote "(func (result i32) (i64x2.extract_lane_u 0 (v128.const i64x2 0 0)))") "unknown operator")


;; Old shuffle instruction names will not work
(assert_malformed (module quote "(func (result v128) "
  "(i8x16.shuffle1 (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) "
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0)))")
  "unknown operator")
(assert_malformed (module quote "(func (result v128) "
  "(i8x16.shuffle2_imm  0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 "
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) "
  "(v128.const i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31)))")
  "unknown operator")
;; i8x16 not v8x16
(assert_malformed (module quote "(func (result v128) "
  "(v8x16.swizzle (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) "
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0)))")
  "unknown operator")
(assert_malformed (module quote "(func (result v128) "
  "(v8x16.shuffle  0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 "
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) "
  "(v128.const i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31)))")
  "unknown operator")


;; Malformed lane index

;; Pass params as the lane index

(assert_malformed (module quote "(func (param i32) (result i32) (i8x16.extract_lane_s (local.get 0) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result i32) (i8x16.extract_lane_u (local.get 0) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result i32) (i16x8.extract_lane_s (local.get 0) (v128.const i16x8 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result i32) (i16x8.extract_lane_u (local.get 0) (v128.const i16x8 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result i32) (i32x4.extract_lane (local.get 0) (v128.const i32x4 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result f32) (f32x4.extract_lane (local.get 0) (v128.const f32x4 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result v128) (i8x16.replace_lane (local.get 0) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result v128) (i16x8.replace_lane (local.get 0) (v128.const i16x8 0 0 0 0 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result v128) (i32x4.replace_lane (local.get 0) (v128.const i32x4 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result v128) (f32x4.replace_lane (local.get 0) (v128.const f32x4 0 0 0 0) (f32.const 1.0)))") "unexpected token")

(assert_malformed (module quote "(func (param i32) (result i64) (i64x2.extract_lane (local.get 0) (v128.const i64x2 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result f64) (f64x2.extract_lane (local.get 0) (v128.const f64x2 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result v128) (i64x2.replace_lane (local.get 0) (v128.const i64x2 0 0) (i64.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (param i32) (result v128) (f64x2.replace_lane (local.get 0) (v128.const f64x2 0 0) (f64.const 1.0)))") "unexpected token")

;; Pass non-literal as the lane index

(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane_s 1.5 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane_u nan (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i32) (i16x8.extract_lane_s inf (v128.const i16x8 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i32) (i16x8.extract_lane_u -inf (v128.const i16x8 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i32) (i32x4.extract_lane nan (v128.const i32x4 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result f32) (f32x4.extract_lane nan (v128.const f32x4 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i8x16.replace_lane -2.5 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i16x8.replace_lane nan (v128.const i16x8 0 0 0 0 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i32x4.replace_lane inf (v128.const i32x4 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (f32x4.replace_lane -inf (v128.const f32x4 0 0 0 0) (f32.const 1.1)))") "unexpected token")

;; i8x16.shuffle expects a 16-byte literals as first argument
(assert_malformed (module quote "(func (result v128) "
  "(i8x16.shuffle (v128.const i8x16 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31) "
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0) "
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))") "invalid lane length")
(assert_malformed (module quote "(func (result v128) "
  "(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15.0) "
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0) "
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) "
  "(i8x16.shuffle 0.5 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) "
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0) "
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) "
  "(i8x16.shuffle -inf 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) "
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0) "
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) "
  "(i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 inf) "
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0) "
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))") "malformed lane index")
(assert_malformed (module quote "(func (result v128) "
  "(i8x16.shuffle nan 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15) "
  "(v128.const i8x16 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0) "
  "(v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)))") "malformed lane index")


;; Combination with each other

(module
  ;; as *.replace_lane's operand
  (func (export "i8x16_extract_lane_s") (param v128 v128) (result v128)
    (i8x16.replace_lane 0 (local.get 0) (i8x16.extract_lane_s 0 (local.get 1))))
  (func (export "i8x16_extract_lane_u") (param v128 v128) (result v128)
    (i8x16.replace_lane 0 (local.get 0) (i8x16.extract_lane_u 0 (local.get 1))))
  (func (export "i16x8_extract_lane_s") (param v128 v128) (result v128)
    (i16x8.replace_lane 0 (local.get 0) (i16x8.extract_lane_s 0 (local.get 1))))
  (func (export "i16x8_extract_lane_u") (param v128 v128) (result v128)
    (i16x8.replace_lane 0 (local.get 0) (i16x8.extract_lane_u 0 (local.get 1))))
  (func (export "i32x4_extract_lane") (param v128 v128) (result v128)
    (i32x4.replace_lane 0 (local.get 0) (i32x4.extract_lane 0 (local.get 1))))
  (func (export "f32x4_extract_lane") (param v128 v128) (result v128)
    (i32x4.replace_lane 0 (local.get 0) (i32x4.extract_lane 0 (local.get 1))))
  (func (export "i64x2_extract_lane") (param v128 v128) (result v128)
    (i64x2.replace_lane 0 (local.get 0) (i64x2.extract_lane 0 (local.get 1))))
  (func (export "f64x2_extract_lane") (param v128 v128) (result v128)
    (f64x2.replace_lane 0 (local.get 0) (f64x2.extract_lane 0 (local.get 1))))

  ;; as *.extract_lane's operand
  (func (export "i8x16_replace_lane-s") (param v128 i32) (result i32)
    (i8x16.extract_lane_s 15 (i8x16.replace_lane 15 (local.get 0) (local.get 1))))
  (func (export "i8x16_replace_lane-u") (param v128 i32) (result i32)
    (i8x16.extract_lane_u 15 (i8x16.replace_lane 15 (local.get 0) (local.get 1))))
  (func (export "i16x8_replace_lane-s") (param v128 i32) (result i32)
    (i16x8.extract_lane_s 7 (i16x8.replace_lane 7 (local.get 0) (local.get 1))))
  (func (export "i16x8_replace_lane-u") (param v128 i32) (result i32)
    (i16x8.extract_lane_u 7 (i16x8.replace_lane 7 (local.get 0) (local.get 1))))
  (func (export "i32x4_replace_lane") (param v128 i32) (result i32)
    (i32x4.extract_lane 3 (i32x4.replace_lane 3 (local.get 0) (local.get 1))))
  (func (export "f32x4_replace_lane") (param v128 f32) (result f32)
    (f32x4.extract_lane 3 (f32x4.replace_lane 3 (local.get 0) (local.get 1))))
  (func (export "i64x2_replace_lane") (param v128 i64) (result i64)
    (i64x2.extract_lane 1 (i64x2.replace_lane 1 (local.get 0) (local.get 1))))
  (func (export "f64x2_replace_lane") (param v128 f64) (result f64)
    (f64x2.extract_lane 1 (f64x2.replace_lane 1 (local.get 0) (local.get 1))))

  ;; i8x16.replace outputs as shuffle operand
  (func (export "as-v8x16_swizzle-operand") (param v128 i32 v128) (result v128)
    (i8x16.swizzle (i8x16.replace_lane 0 (local.get 0) (local.get 1)) (local.get 2)))
  (func (export "as-v8x16_shuffle-operands") (param v128 i32 v128 i32) (result v128)
    (i8x16.shuffle 16 1 18 3 20 5 22 7 24 9 26 11 28 13 30 15
      (i8x16.replace_lane 0 (local.get 0) (local.get 1))
      (i8x16.replace_lane 15 (local.get 2) (local.get 3))))
)




;; Combination with other SIMD instructions

(module
  ;; Constructing SIMD values
  (func (export "as-i8x16_splat-operand") (param v128) (result v128)
    (i8x16.splat (i8x16.extract_lane_s 0 (local.get 0))))
  (func (export "as-i16x8_splat-operand") (param v128) (result v128)
    (i16x8.splat (i16x8.extract_lane_u 0 (local.get 0))))
  (func (export "as-i32x4_splat-operand") (param v128) (result v128)
    (i32x4.splat (i32x4.extract_lane 0 (local.get 0))))
  (func (export "as-f32x4_splat-operand") (param v128) (result v128)
    (f32x4.splat (f32x4.extract_lane 0 (local.get 0))))
  (func (export "as-i64x2_splat-operand") (param v128) (result v128)
    (i64x2.splat (i64x2.extract_lane 0 (local.get 0))))
  (func (export "as-f64x2_splat-operand") (param v128) (result v128)
    (f64x2.splat (f64x2.extract_lane 0 (local.get 0))))

  ;; Integer arithmetic
  (func (export "as-i8x16_add-operands") (param v128 i32 v128 i32) (result v128)
    (i8x16.add (i8x16.replace_lane 0 (local.get 0) (local.get 1)) (i8x16.replace_lane 15 (local.get 2) (local.get 3))))
  (func (export "as-i16x8_add-operands") (param v128 i32 v128 i32) (result v128)
    (i16x8.add (i16x8.replace_lane 0 (local.get 0) (local.get 1)) (i16x8.replace_lane 7 (local.get 2) (local.get 3))))
  (func (export "as-i32x4_add-operands") (param v128 i32 v128 i32) (result v128)
    (i32x4.add (i32x4.replace_lane 0 (local.get 0) (local.get 1)) (i32x4.replace_lane 3 (local.get 2) (local.get 3))))
  (func (export "as-i64x2_add-operands") (param v128 i64 v128 i64) (result v128)
    (i64x2.add (i64x2.replace_lane 0 (local.get 0) (local.get 1)) (i64x2.replace_lane 1 (local.get 2) (local.get 3))))

  (func (export "swizzle-as-i8x16_add-operands") (param v128 v128 v128 v128) (result v128)
    (i8x16.add (i8x16.swizzle (local.get 0) (local.get 1)) (i8x16.swizzle (local.get 2) (local.get 3))))
  (func (export "shuffle-as-i8x16_sub-operands") (param v128 v128 v128 v128) (result v128)
    (i8x16.sub (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (local.get 0) (local.get 1))
      (i8x16.shuffle 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 (local.get 2) (local.get 3))))

  ;; Boolean horizontal reductions
  (func (export "as-i8x16_any_true-operand") (param v128 i32) (result i32)
    (v128.any_true (i8x16.replace_lane 0 (local.get 0) (local.get 1))))
  (func (export "as-i16x8_any_true-operand") (param v128 i32) (result i32)
    (v128.any_true (i16x8.replace_lane 0 (local.get 0) (local.get 1))))
  (func (export "as-i32x4_any_true-operand1") (param v128 i32) (result i32)
    (v128.any_true (i32x4.replace_lane 0 (local.get 0) (local.get 1))))
  (func (export "as-i32x4_any_true-operand2") (param v128 i64) (result i32)
    (v128.any_true (i64x2.replace_lane 0 (local.get 0) (local.get 1))))

  (func (export "swizzle-as-i8x16_all_true-operands") (param v128 v128) (result i32)
    (i8x16.all_true (i8x16.swizzle (local.get 0) (local.get 1))))
  (func (export "shuffle-as-i8x16_any_true-operands") (param v128 v128) (result i32)
    (v128.any_true (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (local.get 0) (local.get 1))))
)





;; Load and store

(module
  (memory 1)
  (func (export "as-v128_store-operand-1") (param v128 i32) (result v128)
    (v128.store (i32.const 0) (i8x16.replace_lane 0 (local.get 0) (local.get 1)))
    (v128.load (i32.const 0)))
  (func (export "as-v128_store-operand-2") (param v128 i32) (result v128)
    (v128.store (i32.const 0) (i16x8.replace_lane 0 (local.get 0) (local.get 1)))
    (v128.load (i32.const 0)))
  (func (export "as-v128_store-operand-3") (param v128 i32) (result v128)
    (v128.store (i32.const 0) (i32x4.replace_lane 0 (local.get 0) (local.get 1)))
    (v128.load (i32.const 0)))
  (func (export "as-v128_store-operand-4") (param v128 f32) (result v128)
    (v128.store (i32.const 0) (f32x4.replace_lane 0 (local.get 0) (local.get 1)))
    (v128.load (i32.const 0)))
  (func (export "as-v128_store-operand-5") (param v128 i64) (result v128)
    (v128.store (i32.const 0) (i64x2.replace_lane 0 (local.get 0) (local.get 1)))
    (v128.load (i32.const 0)))
  (func (export "as-v128_store-operand-6") (param v128 f64) (result v128)
    (v128.store (i32.const 0) (f64x2.replace_lane 0 (local.get 0) (local.get 1)))
    (v128.load (i32.const 0)))
)


;; As the argument of wasm core ops

(module
  (global $g (mut v128) (v128.const f32x4 0.0 0.0 0.0 0.0))
  (global $h (mut v128) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))
  (func (export "as-if-condition-value") (param v128) (result i32)
    (if (result i32) (i8x16.extract_lane_s 0 (local.get 0)) (then (i32.const 0xff)) (else (i32.const 0))))
  (func (export "as-return-value-1") (param v128 i32) (result v128)
    (return (i16x8.replace_lane 0 (local.get 0) (local.get 1))))
  (func (export "as-local_set-value") (param v128) (result i32) (local i32)
    (local.set 1 (i32x4.extract_lane 0 (local.get 0)))
    (return (local.get 1)))
  (func (export "as-global_set-value-1") (param v128 f32) (result v128)
    (global.set $g (f32x4.replace_lane 0 (local.get 0) (local.get 1)))
    (return (global.get $g)))

   (func (export "as-return-value-2") (param v128 v128) (result v128)
    (return (i8x16.swizzle (local.get 0) (local.get 1))))
  (func (export "as-global_set-value-2") (param v128 v128) (result v128)
    (global.set $h (i8x16.shuffle 0 1 2 3 4 5 6 7 24 25 26 27 28 29 30 31 (local.get 0) (local.get 1)))
    (return (global.get $h)))

  (func (export "as-local_set-value-1") (param v128) (result i64) (local i64)
    (local.set 1 (i64x2.extract_lane 0 (local.get 0)))
    (return (local.get 1)))
  (func (export "as-global_set-value-3") (param v128 f64) (result v128)
    (global.set $g (f64x2.replace_lane 0 (local.get 0) (local.get 1)))
    (return (global.get $g)))
)




;; Non-nat lane index

(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane_u +0x0f (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result f32) (f32x4.extract_lane +03 (v128.const f32x4 0 0 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result i64) (i64x2.extract_lane +1 (v128.const i64x2 0 0)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i8x16.replace_lane +015 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i16x8.replace_lane +0x7 (v128.const i16x8 0 0 0 0 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (i32x4.replace_lane +3 (v128.const i32x4 0 0 0 0) (i32.const 1)))") "unexpected token")
(assert_malformed (module quote "(func (result v128) (f64x2.replace_lane +0x01 (v128.const f64x2 0 0) (f64.const 1.0)))") "unexpected token")

;; Lane index literal

(module (func (result i32) (i8x16.extract_lane_s 0x0f (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))))
(module (func (result i32) (i16x8.extract_lane_s 0x07 (v128.const i16x8 0 0 0 0 0 0 0 0))))
(module (func (result i32) (i16x8.extract_lane_u 0x0_7 (v128.const i16x8 0 0 0 0 0 0 0 0))))
(module (func (result i32) (i32x4.extract_lane 03 (v128.const i32x4 0 0 0 0))))
(module (func (result f64) (f64x2.extract_lane 0x1 (v128.const f64x2 0 0))))
(module (func (result v128) (f32x4.replace_lane 0x3 (v128.const f32x4 0 0 0 0) (f32.const 1.0))))
(module (func (result v128) (i64x2.replace_lane 01 (v128.const i64x2 0 0) (i64.const 1))))

;; 1.0 is malformed lane index

(assert_malformed (module quote "(func (result i32) (i8x16.extract_lane_s 1.0 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0)))") "unexpected token")

;; Test operation with empty argument

(assert_malformed
  (module quote
    "(func $i8x16.extract_lane_s-1st-arg-empty (result i32)"
    "  (i8x16.extract_lane_s (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $i8x16.extract_lane_s-2nd-arg-empty (result i32)
      (i8x16.extract_lane_s 0)
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i8x16.extract_lane_s-arg-empty (result i32)"
    "  (i8x16.extract_lane_s)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $i16x8.extract_lane_u-1st-arg-empty (result i32)"
    "  (i16x8.extract_lane_u (v128.const i16x8 0 0 0 0 0 0 0 0))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $i16x8.extract_lane_u-2nd-arg-empty (result i32)
      (i16x8.extract_lane_u 0)
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i16x8.extract_lane_u-arg-empty (result i32)"
    "  (i16x8.extract_lane_u)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $i32x4.extract_lane-1st-arg-empty (result i32)"
    "  (i32x4.extract_lane (v128.const i32x4 0 0 0 0))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $i32x4.extract_lane-2nd-arg-empty (result i32)
      (i32x4.extract_lane 0)
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i32x4.extract_lane-arg-empty (result i32)"
    "  (i32x4.extract_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $i64x2.extract_lane-1st-arg-empty (result i64)"
    "  (i64x2.extract_lane (v128.const i64x2 0 0))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $i64x2.extract_lane-2nd-arg-empty (result i64)
      (i64x2.extract_lane 0)
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i64x2.extract_lane-arg-empty (result i64)"
    "  (i64x2.extract_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $f32x4.extract_lane-1st-arg-empty (result f32)"
    "  (f32x4.extract_lane (v128.const f32x4 0 0 0 0))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $f32x4.extract_lane-2nd-arg-empty (result f32)
      (f32x4.extract_lane 0)
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $f32x4.extract_lane-arg-empty (result f32)"
    "  (f32x4.extract_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $f64x2.extract_lane-1st-arg-empty (result f64)"
    "  (f64x2.extract_lane (v128.const f64x2 0 0))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $f64x2.extract_lane-2nd-arg-empty (result f64)
      (f64x2.extract_lane 0)
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $f64x2.extract_lane-arg-empty (result f64)"
    "  (f64x2.extract_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $i8x16.replace_lane-1st-arg-empty (result v128)"
    "  (i8x16.replace_lane (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0) (i32.const 1))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $i8x16.replace_lane-2nd-arg-empty (result v128)
      (i8x16.replace_lane 0 (i32.const 1))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i8x16.replace_lane-3rd-arg-empty (result v128)
      (i8x16.replace_lane 0 (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i8x16.replace_lane-arg-empty (result v128)"
    "  (i8x16.replace_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $i16x8.replace_lane-1st-arg-empty (result v128)"
    "  (i16x8.replace_lane (v128.const i16x8 0 0 0 0 0 0 0 0) (i32.const 1))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $i16x8.replace_lane-2nd-arg-empty (result v128)
      (i16x8.replace_lane 0 (i32.const 1))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i16x8.replace_lane-3rd-arg-empty (result v128)
      (i16x8.replace_lane 0 (v128.const i16x8 0 0 0 0 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i16x8.replace_lane-arg-empty (result v128)"
    "  (i16x8.replace_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $i32x4.replace_lane-1st-arg-empty (result v128)"
    "  (i32x4.replace_lane (v128.const i32x4 0 0 0 0) (i32.const 1))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $i32x4.replace_lane-2nd-arg-empty (result v128)
      (i32x4.replace_lane 0 (i32.const 1))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i32x4.replace_lane-3rd-arg-empty (result v128)
      (i32x4.replace_lane 0 (v128.const i32x4 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i32x4.replace_lane-arg-empty (result v128)"
    "  (i32x4.replace_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $f32x4.replace_lane-1st-arg-empty (result v128)"
    "  (f32x4.replace_lane (v128.const f32x4 0 0 0 0) (f32.const 1.0))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $f32x4.replace_lane-2nd-arg-empty (result v128)
      (f32x4.replace_lane 0 (f32.const 1.0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f32x4.replace_lane-3rd-arg-empty (result v128)
      (f32x4.replace_lane 0 (v128.const f32x4 0 0 0 0))
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $f32x4.replace_lane-arg-empty (result v128)"
    "  (f32x4.replace_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $i64x2.replace_lane-1st-arg-empty (result v128)"
    "  (i64x2.replace_lane (v128.const i64x2 0 0) (i64.const 1))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $i64x2.replace_lane-2nd-arg-empty (result v128)
      (i64x2.replace_lane 0 (i64.const 1))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $i64x2.replace_lane-3rd-arg-empty (result v128)
      (i64x2.replace_lane 0 (v128.const i64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i64x2.replace_lane-arg-empty (result v128)"
    "  (i64x2.replace_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $f64x2.replace_lane-1st-arg-empty (result v128)"
    "  (f64x2.replace_lane (v128.const f64x2 0 0) (f64.const 1.0))"
    ")"
  )
  "unexpected token"
)
(assert_invalid
  (module
    (func $f64x2.replace_lane-2nd-arg-empty (result v128)
      (f64x2.replace_lane 0 (f64.const 1.0))
    )
  )
  "type mismatch"
)
(assert_invalid
  (module
    (func $f64x2.replace_lane-3rd-arg-empty (result v128)
      (f64x2.replace_lane 0 (v128.const f64x2 0 0))
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $f64x2.replace_lane-arg-empty (result v128)"
    "  (f64x2.replace_lane)"
    ")"
  )
  "unexpected token"
)
(assert_malformed
  (module quote
    "(func $i8x16.shuffle-1st-arg-empty (result v128)"
    "  (i8x16.shuffle"
    "    (v128.const i8x16 0 1 2 3 5 6 6 7 8 9 10 11 12 13 14 15)"
    "    (v128.const i8x16 1 2 3 5 6 6 7 8 9 10 11 12 13 14 15 16)"
    "  )"
    ")"
  )
  "invalid lane length"
)
(assert_invalid
  (module
    (func $i8x16.shuffle-2nd-arg-empty (result v128)
      (i8x16.shuffle 0 1 2 3 5 6 6 7 8 9 10 11 12 13 14 15
        (v128.const i8x16 1 2 3 5 6 6 7 8 9 10 11 12 13 14 15 16)
      )
    )
  )
  "type mismatch"
)
(assert_malformed
  (module quote
    "(func $i8x16.shuffle-arg-empty (result v128)"
    "  (i8x16.shuffle)"
    ")"
  )
  "invalid lane length"
)
