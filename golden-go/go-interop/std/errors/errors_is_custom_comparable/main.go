package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

type HttpError struct {
	code int
}

func (v HttpError) String() string {
	return "HttpError { code: " + lisette.FormatValue(v.code) + " }"
}

func (self HttpError) Error() string {
	return fmt.Sprintf("http %v", self.code)
}

func main() {
	e := fmt.Errorf("GET /items: %w", HttpError{code: 404})
	fmt.Println(e)
	fmt.Println(errors.Is(e, HttpError{code: 404}), errors.Is(e, HttpError{code: 500}))
}
