package lisette

import (
	"strconv"
	"strings"
)

// ResultTag discriminates the variants of Result.
type ResultTag uint8

// ResultErr is the zero tag on purpose: a Result that was never assigned
// (a zero struct field, a missing map entry) reads as a failure instead of
// masquerading as a success carrying a zero value. Code that propagates with
// `?` tests `Tag != ResultOk`, so any tag other than ResultOk counts as Err.
const (
	// ResultErr is the tag of Err, whose payload is ErrVal; it is the zero tag.
	ResultErr ResultTag = iota
	// ResultOk is the tag of Ok, whose payload is OkVal.
	ResultOk
)

// String returns the Lisette variant name ("Ok" or "Err").
func (t ResultTag) String() string {
	switch t {
	case ResultOk:
		return "Ok"
	case ResultErr:
		return "Err"
	}
	return "ResultTag(" + strconv.Itoa(int(t)) + ")"
}

// Result is Lisette's Result<T, E>: Ok(OkVal) when Tag is ResultOk, otherwise Err(ErrVal).
type Result[T, E any] struct {
	Tag    ResultTag
	OkVal  T
	ErrVal E
}

// MakeResultOk returns Ok(v).
func MakeResultOk[T, E any](v T) Result[T, E] {
	return Result[T, E]{Tag: ResultOk, OkVal: v}
}

// MakeResultErr returns Err(e).
func MakeResultErr[T, E any](e E) Result[T, E] {
	return Result[T, E]{Tag: ResultErr, ErrVal: e}
}

// IsOk reports whether r is Ok.
func (r Result[T, E]) IsOk() bool { return r.Tag == ResultOk }

// IsErr reports whether r is Err.
func (r Result[T, E]) IsErr() bool { return r.Tag != ResultOk }

// Ok returns Some(v) for Ok(v), and None for Err.
func (r Result[T, E]) Ok() Option[T] {
	if r.Tag == ResultOk {
		return Option[T]{Tag: OptionSome, SomeVal: r.OkVal}
	}
	return Option[T]{}
}

// Err returns Some(e) for Err(e), and None for Ok.
func (r Result[T, E]) Err() Option[E] {
	if r.Tag != ResultOk {
		return Option[E]{Tag: OptionSome, SomeVal: r.ErrVal}
	}
	return Option[E]{}
}

// UnwrapOr returns the Ok value of r, or def when r is Err.
func (r Result[T, E]) UnwrapOr(def T) T {
	if r.Tag == ResultOk {
		return r.OkVal
	}
	return def
}

// UnwrapOrElse returns the Ok value of r, or f applied to the error when r is Err.
func (r Result[T, E]) UnwrapOrElse(f func(E) T) T {
	if r.Tag == ResultOk {
		return r.OkVal
	}
	return f(r.ErrVal)
}

// String prints r in Lisette syntax: Ok(1), Err("boom") (errors print their quoted Error() text).
func (r Result[T, E]) String() string {
	var b strings.Builder
	if r.Tag == ResultOk {
		b.WriteString("Ok(")
		writeValue(&b, r.OkVal)
	} else {
		b.WriteString("Err(")
		writeValue(&b, r.ErrVal)
	}
	b.WriteByte(')')
	return b.String()
}

// ResultMap returns Ok(f(v)) for Ok(v), and passes Err through.
func ResultMap[T, E, U any](r Result[T, E], f func(T) U) Result[U, E] {
	if r.Tag == ResultOk {
		return Result[U, E]{Tag: ResultOk, OkVal: f(r.OkVal)}
	}
	return Result[U, E]{Tag: ResultErr, ErrVal: r.ErrVal}
}

// ResultMapErr returns Err(f(e)) for Err(e), and passes Ok through.
func ResultMapErr[T, E, F any](r Result[T, E], f func(E) F) Result[T, F] {
	if r.Tag == ResultOk {
		return Result[T, F]{Tag: ResultOk, OkVal: r.OkVal}
	}
	return Result[T, F]{Tag: ResultErr, ErrVal: f(r.ErrVal)}
}

// ResultMapOr returns f(v) for Ok(v), and def for Err.
func ResultMapOr[T, E, U any](r Result[T, E], def U, f func(T) U) U {
	if r.Tag == ResultOk {
		return f(r.OkVal)
	}
	return def
}

// ResultAndThen returns f(v) for Ok(v), and passes Err through.
func ResultAndThen[T, E, U any](r Result[T, E], f func(T) Result[U, E]) Result[U, E] {
	if r.Tag == ResultOk {
		return f(r.OkVal)
	}
	return Result[U, E]{Tag: ResultErr, ErrVal: r.ErrVal}
}

// ResultOrElse returns f(e) for Err(e), and passes Ok through.
func ResultOrElse[T, E, F any](r Result[T, E], f func(E) Result[T, F]) Result[T, F] {
	if r.Tag == ResultOk {
		return Result[T, F]{Tag: ResultOk, OkVal: r.OkVal}
	}
	return f(r.ErrVal)
}
