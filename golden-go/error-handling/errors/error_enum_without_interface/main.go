package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type FetchErrorTag int

const (
	FetchErrorTimeout FetchErrorTag = iota
	FetchErrorNotFound
	FetchErrorForbidden
)

type FetchError struct {
	Tag      FetchErrorTag
	Timeout  int
	NotFound string
}

func (v FetchError) String() string {
	switch v.Tag {
	case FetchErrorTimeout:
		return "FetchError.Timeout(" + lisette.FormatValue(v.Timeout) + ")"
	case FetchErrorNotFound:
		return "FetchError.NotFound(" + lisette.FormatValue(v.NotFound) + ")"
	}
	return "FetchError.Forbidden"
}

func fetch(path string) lisette.Result[string, FetchError] {
	switch path {
	case "/":
		return lisette.MakeResultOk[string, FetchError]("home page")
	case "/slow":
		return lisette.MakeResultErr[string, FetchError](FetchError{Tag: FetchErrorTimeout, Timeout: 30})
	case "/admin":
		return lisette.MakeResultErr[string, FetchError](FetchError{Tag: FetchErrorForbidden})
	default:
		return lisette.MakeResultErr[string, FetchError](FetchError{Tag: FetchErrorNotFound, NotFound: path})
	}
}

func hint(e FetchError) string {
	switch e.Tag {
	case FetchErrorTimeout:
		s := e.Timeout
		return fmt.Sprintf("retry after %vs", s)
	case FetchErrorNotFound:
		p := e.NotFound
		return fmt.Sprintf("check the path %v", p)
	case FetchErrorForbidden:
		return "log in first"
	}
	panic("unreachable")
}

func main() {
	for _, p := range []string{"/", "/slow", "/admin", "/nope"} {
		subject := fetch(p)
		if subject.Tag == lisette.ResultOk {
			body := subject.OkVal
			fmt.Println(body)
		} else {
			e := subject.ErrVal
			fmt.Println(hint(e))
		}
	}
}
