package lisette

import (
	"errors"
	"reflect"
)

// Conversions at the boundary with Go functions (spec interop.boundary): Go's multiple
// results become Lisette's Result, Partial, Option and tuples; nil pointers, interfaces and
// funcs become None. The code generator passes a Go call straight to these functions
// (f(g()) binds g's results to f's parameters), so a conversion is one expression.

// ResultOf converts Go's (T, error) into Ok(v) when err is nil, Err(err) otherwise.
func ResultOf[T any](v T, err error) Result[T, error] {
	if err != nil {
		return Result[T, error]{Tag: ResultErr, ErrVal: err}
	}
	return Result[T, error]{Tag: ResultOk, OkVal: v}
}

// ResultOfPtr converts Go's (*T, error) like ResultOf, and a nil pointer with a nil
// error into Err("unexpected nil"): Ref<T> is never nil.
func ResultOfPtr[T any](v *T, err error) Result[*T, error] {
	if err == nil && v == nil {
		err = errUnexpectedNil
	}
	return ResultOf(v, err)
}

var errUnexpectedNil = errors.New("unexpected nil")

// ResultOfErr converts a lone Go error result into Ok(()) or Err(err).
func ResultOfErr(err error) Result[struct{}, error] {
	return ResultOf(struct{}{}, err)
}

// ResultOf2 converts Go's (A, B, error) into Result<(A, B), error>.
func ResultOf2[A, B any](a A, b B, err error) Result[Tuple2[A, B], error] {
	return ResultOf(Tuple2[A, B]{First: a, Second: b}, err)
}

// ResultOf3 converts Go's (A, B, C, error) into Result<(A, B, C), error>.
func ResultOf3[A, B, C any](a A, b B, c C, err error) Result[Tuple3[A, B, C], error] {
	return ResultOf(Tuple3[A, B, C]{First: a, Second: b, Third: c}, err)
}

// ResultOf4 converts Go's (A, B, C, D, error) into Result<(A, B, C, D), error>.
func ResultOf4[A, B, C, D any](a A, b B, c C, d D, err error) Result[Tuple4[A, B, C, D], error] {
	return ResultOf(Tuple4[A, B, C, D]{First: a, Second: b, Third: c, Fourth: d}, err)
}

// PartialOf converts the (n, err) of a Go reader or writer: Ok(n) without an error,
// Err(err) when nothing was transferred, Both(n, err) when both are set.
func PartialOf[T any](v T, err error) Partial[T, error] {
	switch {
	case err == nil:
		return Partial[T, error]{Tag: PartialOk, OkVal: v}
	case isZero(v):
		return Partial[T, error]{Tag: PartialErr, ErrVal: err}
	default:
		return Partial[T, error]{Tag: PartialBoth, OkVal: v, ErrVal: err}
	}
}

func isZero[T any](v T) bool {
	rv := reflect.ValueOf(&v).Elem()
	return rv.IsZero()
}

// OptionOf converts Go's comma-ok pair (v, ok) into Some(v) or None.
func OptionOf[T any](v T, ok bool) Option[T] {
	if !ok {
		return Option[T]{Tag: OptionNone}
	}
	return Option[T]{Tag: OptionSome, SomeVal: v}
}

// OptionNilable converts a Go pointer, interface, func, map or channel that may be nil
// into None when it is nil (an interface holding a nil pointer included), Some otherwise.
func OptionNilable[T any](v T) Option[T] {
	if IsNilInterface(v) {
		return Option[T]{Tag: OptionNone}
	}
	return Option[T]{Tag: OptionSome, SomeVal: v}
}

// Nilable converts an Option handed to Go into the Go value: None is nil.
func Nilable[T any](o Option[T]) T {
	if o.Tag != OptionSome {
		var zero T
		return zero
	}
	return o.SomeVal
}

// ResultToGo converts a Lisette Result returned to Go into Go's (T, error).
func ResultToGo[T any](r Result[T, error]) (T, error) {
	if r.Tag != ResultOk {
		var zero T
		return zero, r.ErrVal
	}
	return r.OkVal, nil
}

// ResultToGo2 converts a Lisette Result<(A, B), error> returned to Go into Go's (A, B, error).
func ResultToGo2[A, B any](r Result[Tuple2[A, B], error]) (A, B, error) {
	return r.OkVal.First, r.OkVal.Second, r.ErrVal
}

// ResultToGo3 converts a Lisette Result<(A, B, C), error> returned to Go into Go's (A, B, C, error).
func ResultToGo3[A, B, C any](r Result[Tuple3[A, B, C], error]) (A, B, C, error) {
	return r.OkVal.First, r.OkVal.Second, r.OkVal.Third, r.ErrVal
}

// ResultToGoErr converts a Lisette Result<(), error> returned to Go into an error.
func ResultToGoErr(r Result[struct{}, error]) error {
	if r.Tag != ResultOk {
		return r.ErrVal
	}
	return nil
}

// PartialToGo converts a Lisette Partial returned to Go into Go's (T, error).
func PartialToGo[T any](p Partial[T, error]) (T, error) {
	return p.OkVal, p.ErrVal
}

// AssertType is Lisette's assert_type<T>(v): Some(v as T) when v holds a T, None otherwise
// (a nil v included).
func AssertType[T any](v any) Option[T] {
	x, ok := v.(T)
	return OptionOf(x, ok)
}

// MapConvert copies a Go map whose values Lisette sees differently (a nilable pointer as an
// Option), converting each value with f.
func MapConvert[K comparable, V, W any](m map[K]V, f func(V) W) map[K]W {
	out := make(map[K]W, len(m))
	for k, v := range m {
		out[k] = f(v)
	}
	return out
}

// TupleToGo2 converts a Lisette pair returned to Go into Go's two results.
func TupleToGo2[A, B any](t Tuple2[A, B]) (A, B) {
	return t.First, t.Second
}

// TupleToGo3 converts a Lisette triple returned to Go into Go's three results.
func TupleToGo3[A, B, C any](t Tuple3[A, B, C]) (A, B, C) {
	return t.First, t.Second, t.Third
}
