package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type ReplyTag int

const (
	ReplyData ReplyTag = iota
	ReplyTimeout
)

type Reply struct {
	Tag    ReplyTag
	Status int
	Body   string
}

func (v Reply) String() string {
	switch v.Tag {
	case ReplyData:
		return "Reply.Data { status: " + lisette.FormatValue(v.Status) + ", body: " + lisette.FormatValue(v.Body) + " }"
	}
	return "Reply.Timeout"
}

func main() {
	replies := []Reply{Reply{Tag: ReplyData, Status: 200, Body: "hello"}, Reply{Tag: ReplyTimeout}, Reply{Tag: ReplyData, Status: 500, Body: "oops"}}
	for _, r := range replies {
		if r.Tag == ReplyData && r.Status == 200 {
			body := r.Body
			fmt.Println("ok:", body)
		} else {
			fmt.Println("not ok:", r)
		}
	}
}
