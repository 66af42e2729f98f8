package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type AppErrorTag int

const (
	AppErrorBadInput AppErrorTag = iota
	AppErrorNotFound
)

type AppError struct {
	Tag      AppErrorTag
	BadInput string
	NotFound int
}

func (v AppError) String() string {
	switch v.Tag {
	case AppErrorBadInput:
		return "AppError.BadInput(" + lisette.FormatValue(v.BadInput) + ")"
	}
	return "AppError.NotFound(" + lisette.FormatValue(v.NotFound) + ")"
}

func parse_id(s string) lisette.Result[int, string] {
	switch s {
	case "3":
		return lisette.MakeResultOk[int, string](3)
	case "7":
		return lisette.MakeResultOk[int, string](7)
	default:
		return lisette.MakeResultErr[int, string](fmt.Sprintf("not a number: %v", s))
	}
}

func lookup(id int) lisette.Result[string, AppError] {
	if id == 3 {
		return lisette.MakeResultOk[string, AppError]("widget")
	} else {
		return lisette.MakeResultErr[string, AppError](AppError{Tag: AppErrorNotFound, NotFound: id})
	}
}

func load(s string) lisette.Result[string, AppError] {
	res := lisette.ResultMapErr(parse_id(s), func(e string) AppError {
		return AppError{Tag: AppErrorBadInput, BadInput: e}
	})
	if res.Tag != lisette.ResultOk {
		return lisette.MakeResultErr[string, AppError](res.ErrVal)
	}
	id := res.OkVal
	return lookup(id)
}

func main() {
	fmt.Println(load("3"))
	fmt.Println(load("abc"))
	fmt.Println(load("7"))
}
