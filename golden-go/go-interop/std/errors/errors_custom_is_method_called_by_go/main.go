package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

type StatusError struct {
	code int
}

func (v StatusError) String() string {
	return "StatusError { code: " + lisette.FormatValue(v.code) + " }"
}

func (self StatusError) Error() string {
	return fmt.Sprintf("status %v", self.code)
}

func (self StatusError) Is(target error) bool {
	subject := lisette.AssertType[StatusError](target)
	if subject.Tag == lisette.OptionSome {
		t := subject.SomeVal
		return t.code/100 == self.code/100
	}
	return false
}

func main() {
	err := fmt.Errorf("request failed: %w", StatusError{code: 404})
	client_error := StatusError{code: 400}
	server_error := StatusError{code: 500}
	fmt.Println(err)
	fmt.Println(errors.Is(err, client_error), errors.Is(err, server_error))
	fmt.Println(errors.Is(err, errors.New("status 404")))
}
