package lisette

import (
	"strconv"
	"strings"
)

// PartialTag discriminates the variants of Partial.
type PartialTag uint8

// PartialErr is the zero tag, for the same reason as ResultErr: a zero
// Partial must not look like a success.
const (
	// PartialErr is the tag of Partial.Err, whose payload is ErrVal; it is the zero tag.
	PartialErr PartialTag = iota
	// PartialOk is the tag of Partial.Ok, whose payload is OkVal.
	PartialOk
	// PartialBoth is the tag of Partial.Both, carrying both OkVal and ErrVal.
	PartialBoth
)

// String returns the Lisette variant name ("Ok", "Err" or "Both").
func (t PartialTag) String() string {
	switch t {
	case PartialErr:
		return "Err"
	case PartialOk:
		return "Ok"
	case PartialBoth:
		return "Both"
	}
	return "PartialTag(" + strconv.Itoa(int(t)) + ")"
}

// Partial is Lisette's Partial<T, E>: Ok(T), Err(E) or Both(T, E), for Go calls whose value and error may coexist.
type Partial[T, E any] struct {
	Tag    PartialTag
	OkVal  T
	ErrVal E
}

// MakePartialOk returns Partial.Ok(v).
func MakePartialOk[T, E any](v T) Partial[T, E] {
	return Partial[T, E]{Tag: PartialOk, OkVal: v}
}

// MakePartialErr returns Partial.Err(e).
func MakePartialErr[T, E any](e E) Partial[T, E] {
	return Partial[T, E]{Tag: PartialErr, ErrVal: e}
}

// MakePartialBoth returns Partial.Both(v, e).
func MakePartialBoth[T, E any](v T, e E) Partial[T, E] {
	return Partial[T, E]{Tag: PartialBoth, OkVal: v, ErrVal: e}
}

// IsOk reports whether p is Partial.Ok (a value and no error).
func (p Partial[T, E]) IsOk() bool { return p.Tag == PartialOk }

// IsErr reports whether p is Partial.Err (an error and no value).
func (p Partial[T, E]) IsErr() bool { return p.Tag != PartialOk && p.Tag != PartialBoth }

// IsBoth reports whether p is Partial.Both (a value and an error).
func (p Partial[T, E]) IsBoth() bool { return p.Tag == PartialBoth }

// hasVal reports whether p carries a value (Ok or Both).
func (p Partial[T, E]) hasVal() bool { return p.Tag == PartialOk || p.Tag == PartialBoth }

// Ok returns Some(v) for Ok(v) and Both(v, _), and None for Err.
func (p Partial[T, E]) Ok() Option[T] {
	if p.hasVal() {
		return Option[T]{Tag: OptionSome, SomeVal: p.OkVal}
	}
	return Option[T]{}
}

// Err returns Some(e) for Err(e) and Both(_, e), and None for Ok.
func (p Partial[T, E]) Err() Option[E] {
	if p.Tag != PartialOk {
		return Option[E]{Tag: OptionSome, SomeVal: p.ErrVal}
	}
	return Option[E]{}
}

// UnwrapOr returns the value of p (Ok or Both), or def when p is Err.
func (p Partial[T, E]) UnwrapOr(def T) T {
	if p.hasVal() {
		return p.OkVal
	}
	return def
}

// UnwrapOrElse returns the value of p (Ok or Both), or f applied to the error when p is Err.
func (p Partial[T, E]) UnwrapOrElse(f func(E) T) T {
	if p.hasVal() {
		return p.OkVal
	}
	return f(p.ErrVal)
}

// String prints p in Lisette syntax: Partial.Ok(1), Partial.Err("eof"), Partial.Both(3, "EOF").
func (p Partial[T, E]) String() string {
	var b strings.Builder
	switch {
	case p.Tag == PartialOk:
		b.WriteString("Partial.Ok(")
		writeValue(&b, p.OkVal)
	case p.Tag == PartialBoth:
		b.WriteString("Partial.Both(")
		writeValue(&b, p.OkVal)
		b.WriteString(", ")
		writeValue(&b, p.ErrVal)
	default:
		b.WriteString("Partial.Err(")
		writeValue(&b, p.ErrVal)
	}
	b.WriteByte(')')
	return b.String()
}

// PartialMap applies f to the value of Ok and Both, keeping any error untouched.
func PartialMap[T, E, U any](p Partial[T, E], f func(T) U) Partial[U, E] {
	if p.hasVal() {
		return Partial[U, E]{Tag: p.Tag, OkVal: f(p.OkVal), ErrVal: p.ErrVal}
	}
	return Partial[U, E]{Tag: PartialErr, ErrVal: p.ErrVal}
}

// PartialMapErr applies f to the error of Err and Both, keeping any value untouched.
func PartialMapErr[T, E, F any](p Partial[T, E], f func(E) F) Partial[T, F] {
	if p.Tag == PartialOk {
		return Partial[T, F]{Tag: PartialOk, OkVal: p.OkVal}
	}
	if p.Tag == PartialBoth {
		return Partial[T, F]{Tag: PartialBoth, OkVal: p.OkVal, ErrVal: f(p.ErrVal)}
	}
	return Partial[T, F]{Tag: PartialErr, ErrVal: f(p.ErrVal)}
}
