package lisette

import (
	"fmt"
	"runtime/debug"
)

// PanicValue is what a Lisette `recover { ... }` block yields when a panic escapes it: the panic value and the stack at the panic.
type PanicValue struct {
	value any
	stack string
}

// Message describes the panic: string values as-is, errors via Error(), anything else with %v.
func (p PanicValue) Message() string {
	if s, ok := p.value.(string); ok {
		return s
	}
	// fmt.Sprint calls Error() for errors (and String() for Stringers),
	// recovering from a panicking method such as one on a typed nil.
	return fmt.Sprint(p.value)
}

// AsError returns Some(err) when the panic value is an error (including runtime errors), otherwise None.
func (p PanicValue) AsError() Option[error] {
	if err, ok := p.value.(error); ok {
		return Option[error]{Tag: OptionSome, SomeVal: err}
	}
	return Option[error]{}
}

// StackTrace returns the goroutine stack captured when the panic was recovered, as printed by runtime/debug.Stack.
func (p PanicValue) StackTrace() string { return p.stack }

// Value returns the raw value that was passed to panic, e.g. to re-panic with it.
func (p PanicValue) Value() any { return p.value }

// String returns Message(), so a PanicValue prints as its message (also when re-panicked and recovered again).
func (p PanicValue) String() string { return p.Message() }

// RecoverBlock runs f and returns Ok(result), or Err(PanicValue) if f panics.
func RecoverBlock[T any](f func() T) (res Result[T, PanicValue]) {
	defer func() {
		// Since Go 1.21 panic(nil) panics with *runtime.PanicNilError, so a
		// nil recover() means no panic happened (or runtime.Goexit, which
		// cannot be stopped and keeps unwinding).
		if r := recover(); r != nil {
			res = Result[T, PanicValue]{Tag: ResultErr, ErrVal: PanicValue{value: r, stack: string(debug.Stack())}}
		}
	}()
	return Result[T, PanicValue]{Tag: ResultOk, OkVal: f()}
}
