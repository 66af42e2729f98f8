package main

import (
	"errors"
	"fmt"
	"io/fs"
	lisette "lisette.dev/prelude"
	"os"
)

type QueryError struct {
	query string
	cause error
}

func (v QueryError) String() string {
	return "QueryError { query: " + lisette.FormatValue(v.query) + ", cause: " + lisette.FormatValue(v.cause) + " }"
}

func (self QueryError) Error() string {
	return fmt.Sprintf("query %v: %v", self.query, self.cause.Error())
}

func (self QueryError) Unwrap() error {
	return self.cause
}

func run(q string) lisette.Result[int, error] {
	if q == "" {
		return lisette.MakeResultErr[int, error](QueryError{query: "<empty>", cause: fs.ErrInvalid})
	}
	if q == "select * from ghosts" {
		return lisette.MakeResultErr[int, error](QueryError{query: q, cause: os.ErrNotExist})
	}
	return lisette.MakeResultOk[int, error](len(q))
}

func main() {
	for _, q := range []string{"select 1", "", "select * from ghosts"} {
		subject := run(q)
		if subject.Tag == lisette.ResultOk {
			n := subject.OkVal
			fmt.Println("ok", n)
		} else {
			e := subject.ErrVal
			fmt.Println("error:", e)
			fmt.Println("  invalid:", errors.Is(e, fs.ErrInvalid), "not exist:", errors.Is(e, fs.ErrNotExist))
		}
	}
}
