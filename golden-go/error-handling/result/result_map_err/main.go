package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type HttpErrorTag int

const (
	HttpErrorNotFound HttpErrorTag = iota
	HttpErrorServer
)

type HttpError struct {
	Tag    HttpErrorTag
	Server int
}

func (v HttpError) String() string {
	switch v.Tag {
	case HttpErrorNotFound:
		return "HttpError.NotFound"
	}
	return "HttpError.Server(" + lisette.FormatValue(v.Server) + ")"
}

func classify(code int) HttpError {
	if code == 404 {
		return HttpError{Tag: HttpErrorNotFound}
	} else {
		return HttpError{Tag: HttpErrorServer, Server: code}
	}
}

func main() {
	missing := lisette.MakeResultErr[string, int](404)
	down := lisette.MakeResultErr[string, int](503)
	page := lisette.MakeResultOk[string, int]("<html>")
	fmt.Println(lisette.ResultMapErr(missing, classify))
	fmt.Println(lisette.ResultMapErr(down, classify))
	fmt.Println(lisette.ResultMapErr(page, classify))
}
