package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ResponseTag int

const (
	ResponseStatus ResponseTag = iota
	ResponseRedirect
)

type Response struct {
	Tag      ResponseTag
	Status   int
	Redirect string
}

func (v Response) String() string {
	switch v.Tag {
	case ResponseStatus:
		return "Response.Status(" + lisette.FormatValue(v.Status) + ")"
	}
	return "Response.Redirect(" + lisette.FormatValue(v.Redirect) + ")"
}

func advice(r Response) string {
	if r.Tag == ResponseStatus {
		switch r.Status {
		case 200:
			return "fine"
		case 404:
			return "check the URL"
		default:
			code := r.Status
			return fmt.Sprintf("status %v", code)
		}
	}
	if r.Redirect == "/login" {
		return "please sign in"
	}
	target := r.Redirect
	return fmt.Sprintf("follow %v", target)
}

func main() {
	fmt.Println(advice(Response{Tag: ResponseStatus, Status: 200}))
	fmt.Println(advice(Response{Tag: ResponseStatus, Status: 404}))
	fmt.Println(advice(Response{Tag: ResponseStatus, Status: 503}))
	fmt.Println(advice(Response{Tag: ResponseRedirect, Redirect: "/login"}))
	fmt.Println(advice(Response{Tag: ResponseRedirect, Redirect: "/home"}))
}
