module lisette.dev/benchmarks

go 1.25

require lisette.dev/prelude v0.0.0

replace lisette.dev/prelude => ../../reference-compiler/src/main/go/prelude
