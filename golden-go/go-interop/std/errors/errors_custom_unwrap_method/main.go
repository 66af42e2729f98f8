package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

type QueryError struct {
	query string
	cause error
}

func (v QueryError) String() string {
	return "QueryError { query: " + lisette.FormatValue(v.query) + ", cause: " + lisette.FormatValue(v.cause) + " }"
}

func (self QueryError) Error() string {
	return fmt.Sprintf("query %v: %v", self.query, self.cause)
}

func (self QueryError) Unwrap() error {
	return self.cause
}

func main() {
	timeout := errors.New("timeout")
	e := QueryError{query: "SELECT 1", cause: timeout}
	fmt.Println(e)
	fmt.Println(errors.Is(e, timeout))
	subject := lisette.OptionNilable(errors.Unwrap(e))
	if subject.Tag == lisette.OptionSome {
		inner := subject.SomeVal
		fmt.Println("inner:", inner, inner == timeout)
	} else {
		fmt.Println("no inner error")
	}
	outer := fmt.Errorf("job 7: %w", e)
	fmt.Println(errors.Is(outer, timeout))
}
